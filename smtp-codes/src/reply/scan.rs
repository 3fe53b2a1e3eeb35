//! Finding line feeds sixteen bytes at a time, without `unsafe` or SIMD intrinsics: whether a
//! block holds one is written so that the compiler makes it one vector compare where the target
//! has them (SSE2 on x86-64, NEON on AArch64); where in the block, with word arithmetic (SWAR).
//!
//! [`LfCursor`] gives the LFs in order, reading blocks at fixed offsets, so that finding the
//! next LF does not wait on the one before (the lines of a reply are then read at the pace of
//! the blocks, not of a chain of dependent loads); [`find_lf`] is its first LF.

const LF: u64 = 0x0a0a_0a0a_0a0a_0a0a;

/// The high bit of every byte of `word` that is LF, and of no other byte.
#[inline(always)]
const fn lf_bits(word: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let x = word ^ LF;
    // A byte's high bit is set after the addition unless its low seven bits are zero; the OR
    // with `x` adds its own high bit: only a zero byte (an LF before the XOR) leaves it clear.
    !(((x & LOW7).wrapping_add(LOW7)) | x | LOW7)
}

/// The first LF of a word's LF bits ([`lf_bits`]) that has one, as a byte offset into it.
#[inline(always)]
fn first(bits: u64) -> usize {
    (bits.trailing_zeros() / 8) as usize
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

/// The position of the first LF of `hay` at or after `from` (`from <= hay.len()`).
#[inline(always)]
pub(crate) fn find_lf(hay: &[u8], from: usize) -> Option<usize> {
    let mut cursor = LfCursor::new(from);
    cursor.fill(hay)?;
    Some(cursor.first())
}

/// [`tail`] in a haystack shorter than one block: a cursor on its first LF at or after
/// `from` (one is enough: the next call reads on from after it). Out of line and given values,
/// so that a cursor stays in registers.
#[inline(never)]
fn short_tail(hay: &[u8], from: usize) -> Option<LfCursor> {
    let at = from + hay.get(from..)?.iter().position(|&b| b == b'\n')?;
    Some(LfCursor {
        base: at,
        next: at + 1,
        low: 0x80,
        high: 0,
    })
}

/// Every LF of a haystack from a given position on, in order: see the module documentation.
/// Each block's LFs are kept as the high bits of two words, taken lowest first.
#[derive(Clone, Copy)]
pub(crate) struct LfCursor {
    /// Where the block of `low` and `high` starts.
    base: usize,
    /// Where the next block to read starts.
    next: usize,
    /// The LFs not yet given of the block's first and second eight bytes.
    low: u64,
    high: u64,
}

impl LfCursor {
    /// A cursor that gives the LFs at or after `from` (`from <= hay.len()`).
    #[inline(always)]
    pub(crate) const fn new(from: usize) -> LfCursor {
        LfCursor {
            base: from,
            next: from,
            low: 0,
            high: 0,
        }
    }

    /// The first LF of the block read ([`LfCursor::fill`]), which has one.
    #[inline(always)]
    fn first(&self) -> usize {
        if self.low != 0 {
            self.base + first(self.low)
        } else {
            self.base + 8 + first(self.high)
        }
    }

    /// The next LF of `hay`, which must be the haystack the cursor was made for.
    #[inline(always)]
    pub(crate) fn next(&mut self, hay: &[u8]) -> Option<usize> {
        loop {
            if self.low != 0 {
                let at = self.base + first(self.low);
                self.low &= self.low - 1;
                return Some(at);
            }
            if self.high != 0 {
                let at = self.base + 8 + first(self.high);
                self.high &= self.high - 1;
                return Some(at);
            }
            self.fill(hay)?;
        }
    }

    /// Reads blocks until one holds an LF; `None` when the haystack ends first.
    #[inline(always)]
    fn fill(&mut self, hay: &[u8]) -> Option<()> {
        // `next <= last` is `next + 16 <= hay.len()`, said so that the test is one compare.
        let last = hay.len().wrapping_sub(16);
        // The loop keeps one position; the cursor is written once, when a block has an LF.
        let mut next = self.next;
        while next <= last && hay.len() >= 16 {
            let Some(block) = hay[next..].first_chunk::<16>() else {
                break;
            };
            if has_lf(block) {
                let (a, b) = words(block);
                *self = LfCursor {
                    base: next,
                    next: next + 16,
                    low: lf_bits(a),
                    high: lf_bits(b),
                };
                return Some(());
            }
            next += 16;
        }
        *self = tail(hay, next)?;
        Some(())
    }
}

/// A cursor on the first block with an LF among the bytes of `hay` from `from` on, when fewer
/// than sixteen are left: the last sixteen bytes of the haystack, with those before `from`
/// cleared (they were read, or come before where the search started, and may hold an LF);
/// byte by byte in a haystack shorter than a block ([`short_tail`]). `None` without an LF.
#[inline(always)]
fn tail(hay: &[u8], from: usize) -> Option<LfCursor> {
    if from >= hay.len() {
        return None;
    }
    let Some(last) = hay.last_chunk::<16>() else {
        return short_tail(hay, from);
    };
    let base = hay.len() - 16;
    let skip = from - base;
    let (a, b) = words(last);
    let (low, high) = (lf_bits(a), lf_bits(b));
    // Clear the bytes before `from`, the first `skip` (1 to 15) of the block, with masks
    // looked up: shifts by a variable count are slow on x86-64 without BMI2.
    const KEEP: [(u64, u64); 16] = {
        let mut keep = [(0, 0); 16];
        let mut skip = 0;
        while skip < 16 {
            keep[skip] = if skip >= 8 {
                (0, u64::MAX << (8 * (skip - 8)))
            } else {
                (u64::MAX << (8 * skip), u64::MAX)
            };
            skip += 1;
        }
        keep
    };
    let (keep_low, keep_high) = KEEP[skip];
    let (low, high) = (low & keep_low, high & keep_high);
    if low | high == 0 {
        return None;
    }
    Some(LfCursor {
        base,
        next: hay.len(),
        low,
        high,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_gives_every_lf_in_order() {
        // Haystacks shorter and longer than a block, LFs at every offset of a block, the
        // search started anywhere, and bytes next to LF in value (0x8a, 0x0b, 0x09, 0x00) that
        // word arithmetic could take for one: as a naive scan finds them.
        const FILL: [u8; 6] = [0x8a, 0x0b, 0x09, 0x00, b'a', 0xff];
        let mut bytes = [0u8; 70];
        for len in 0..bytes.len() {
            for step in 1..9 {
                for (i, byte) in bytes.iter_mut().enumerate() {
                    *byte = if i % step == step - 1 {
                        b'\n'
                    } else {
                        FILL[i % 6]
                    };
                }
                let hay = &bytes[..len];
                for from in 0..=len {
                    let mut naive = (from..len).filter(|&i| hay[i] == b'\n');
                    assert_eq!(find_lf(hay, from), naive.clone().next());
                    let mut cursor = LfCursor::new(from);
                    loop {
                        let (found, expected) = (cursor.next(hay), naive.next());
                        assert_eq!(found, expected, "len {len}, LF every {step}, from {from}");
                        if expected.is_none() {
                            break;
                        }
                    }
                }
            }
        }
    }
}
