//! Finding line feeds sixteen bytes at a time, without `unsafe` or SIMD intrinsics: whether a
//! block holds one is written so that the compiler makes it one vector compare where the target
//! has them (SSE2 on x86-64, NEON on AArch64); where, with word arithmetic (SWAR).

const HIGH: u64 = 0x8080_8080_8080_8080;
const LF: u64 = 0x0a0a_0a0a_0a0a_0a0a;

/// The high bit of the first byte of `word` (in little-endian order) that is LF; bytes after
/// it may be flagged wrongly (a borrow runs on from the LF), so only the lowest set bit
/// counts, which is all a search for the first LF needs.
#[inline(always)]
const fn first_lf_mask(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = word ^ LF;
    x.wrapping_sub(ONES) & !x & HIGH
}

/// The first LF of a word that has one, as a byte offset into it.
#[inline(always)]
fn lf_offset(word: u64) -> usize {
    (first_lf_mask(word).trailing_zeros() / 8) as usize
}

/// Whether a block holds an LF: an OR over byte compares, which the compiler turns into one
/// vector compare and mask (`pcmpeqb`, `pmovmskb` on x86-64).
#[inline(always)]
fn has_lf(block: &[u8; 16]) -> bool {
    block
        .iter()
        .fold(false, |found, &byte| found | (byte == b'\n'))
}

/// The two little-endian words of a block.
#[inline(always)]
fn words(block: &[u8; 16]) -> (u64, u64) {
    let (a, b) = block.split_at(8);
    (
        u64::from_le_bytes(a.try_into().unwrap_or([0; 8])),
        u64::from_le_bytes(b.try_into().unwrap_or([0; 8])),
    )
}

/// The first LF of two words read as sixteen bytes, low word first, if any.
#[inline(always)]
fn in_words(a: u64, b: u64) -> Option<usize> {
    if first_lf_mask(a) != 0 {
        Some(lf_offset(a))
    } else if first_lf_mask(b) != 0 {
        Some(8 + lf_offset(b))
    } else {
        None
    }
}

/// The position of the first LF of `hay` at or after `from` (`from <= hay.len()`), reading
/// sixteen bytes at a time. Fewer than sixteen bytes after the last whole block are read as
/// the last sixteen bytes of `hay`, with the bytes before `from`'s block shifted out, or one by
/// one when `hay` is shorter than that.
#[inline(always)]
pub(crate) fn find_lf(hay: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    // `at <= last` is `at + 16 <= hay.len()`, said so that the loop's test is one compare.
    if let Some(last) = hay.len().checked_sub(16) {
        while at <= last {
            let Some(block) = hay[at..].first_chunk::<16>() else {
                break;
            };
            if has_lf(block) {
                let (a, b) = words(block);
                return in_words(a, b).map(|i| at + i);
            }
            at += 16;
        }
    }
    if at >= hay.len() {
        return None;
    }
    let Some(last) = hay.last_chunk::<16>() else {
        return tail_lf(hay, at);
    };
    // Fewer than sixteen bytes are left: the last sixteen bytes of `hay` are read. When they
    // start at or after `from`, the bytes among them before `at` were read and hold no LF, so
    // the first LF found is the first after `at`.
    let last_start = hay.len() - 16;
    if last_start >= from {
        if !has_lf(last) {
            return None;
        }
        let (a, b) = words(last);
        return in_words(a, b).map(|i| last_start + i);
    }
    // Else they start before `from`, where an LF may be: the bytes before `at` are shifted
    // out, with zero bytes, which are not LF, shifted in.
    let skip = 8 * (at - last_start) as u32;
    let (lo, hi) = words(last);
    let (a, b) = if skip >= 64 {
        (hi >> (skip - 64), 0)
    } else if skip == 0 {
        (lo, hi)
    } else {
        ((lo >> skip) | (hi << (64 - skip)), hi >> skip)
    };
    in_words(a, b).map(|i| at + i)
}

/// [`find_lf`] in a haystack shorter than one block.
#[inline(never)]
fn tail_lf(hay: &[u8], at: usize) -> Option<usize> {
    hay[at..].iter().position(|&b| b == b'\n').map(|i| at + i)
}
