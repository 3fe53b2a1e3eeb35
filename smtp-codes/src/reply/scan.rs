//! Finding line feeds sixteen bytes at a time, without `unsafe` or SIMD intrinsics (SWAR).

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

/// The first LF of a 16-byte block, as an offset into it.
#[inline(always)]
fn in_block(block: &[u8; 16]) -> Option<usize> {
    let (a, b) = block.split_at(8);
    let a = first_lf_mask(u64::from_le_bytes(a.try_into().unwrap_or([0; 8])));
    let b = first_lf_mask(u64::from_le_bytes(b.try_into().unwrap_or([0; 8])));
    if a != 0 {
        Some((a.trailing_zeros() / 8) as usize)
    } else if b != 0 {
        Some(8 + (b.trailing_zeros() / 8) as usize)
    } else {
        None
    }
}

/// The position of the first LF of `hay` at or after `from` (`from <= hay.len()`), reading
/// sixteen, then eight bytes at a time. Most reply lines are short: the first sixteen bytes
/// are read before anything else is set up.
#[inline(always)]
pub(crate) fn find_lf(hay: &[u8], from: usize) -> Option<usize> {
    if let Some(block) = hay.get(from..).and_then(<[u8]>::first_chunk::<16>) {
        if let Some(i) = in_block(block) {
            return Some(from + i);
        }
        return find_lf_from(hay, from + 16);
    }
    find_lf_from(hay, from)
}

/// [`find_lf`] past its first block.
#[inline(always)]
fn find_lf_from(hay: &[u8], from: usize) -> Option<usize> {
    let rest = hay.get(from..)?;
    let mut at = from;
    let mut pairs = rest.chunks_exact(16);
    for pair in &mut pairs {
        let (a, b) = pair.split_at(8);
        let a = first_lf_mask(u64::from_le_bytes(a.try_into().ok()?));
        let b = first_lf_mask(u64::from_le_bytes(b.try_into().ok()?));
        if a | b != 0 {
            return Some(if a != 0 {
                at + (a.trailing_zeros() / 8) as usize
            } else {
                at + 8 + (b.trailing_zeros() / 8) as usize
            });
        }
        at += 16;
    }
    let mut tail = pairs.remainder();
    if let Some((word, rest)) = tail.split_first_chunk::<8>() {
        let a = first_lf_mask(u64::from_le_bytes(*word));
        if a != 0 {
            return Some(at + (a.trailing_zeros() / 8) as usize);
        }
        at += 8;
        tail = rest;
    }
    if tail.is_empty() {
        return None;
    }
    let mask = match hay.last_chunk::<8>() {
        // The last eight bytes, shifted so that the tail comes first; the zero bytes shifted
        // in are not LF.
        Some(last) => first_lf_mask(u64::from_le_bytes(*last) >> ((8 - tail.len()) * 8)),
        None => return tail.iter().position(|&b| b == b'\n').map(|i| at + i),
    };
    if mask != 0 {
        Some(at + (mask.trailing_zeros() / 8) as usize)
    } else {
        None
    }
}
