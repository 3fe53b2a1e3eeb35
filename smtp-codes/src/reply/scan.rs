//! Finding line feeds sixteen bytes at a time, without `unsafe` or SIMD intrinsics: whether a
//! block holds one is written so that the compiler makes it one vector compare where the target
//! has them (SSE2 on x86-64, NEON on AArch64); where in the block, with word arithmetic (SWAR).
//!
//! [`lf_block`] gives the next block that holds an LF, with all of that block's LFs; the
//! parser takes them in order and asks for the block after it ([`LfBlock::next`]);
//! [`find_lf`] is the first LF of the first such block.

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
pub(crate) fn first(bits: u64) -> usize {
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
    Some(lf_block(hay, from)?.first())
}

/// The first LF of a reply's first line: [`find_lf`] from byte 3, for a haystack whose first
/// three bytes are the reply code's digits. None of the bytes before where the search
/// reaches holds an LF (they are digits, or were read), so the last block, which may reach
/// back over them, needs none of its bytes cleared: a single line, the most common reply,
/// usually ends in that block.
#[inline(always)]
pub(crate) fn first_line_lf(hay: &[u8]) -> Option<usize> {
    let mut block = LfBlock {
        base: 3,
        next: 3,
        low: 0,
        high: 0,
    };
    block.fill::<false>(hay)?;
    Some(block.first())
}

/// [`tail`] in a haystack shorter than one block: the first LF at or after `from` (one is
/// enough: the next call reads on from after it). Out of line and given values, so that a
/// block stays in registers.
#[inline(never)]
fn short_tail(hay: &[u8], from: usize) -> Option<LfBlock> {
    let at = from + hay.get(from..)?.iter().position(|&b| b == b'\n')?;
    Some(LfBlock {
        base: at,
        next: at + 1,
        low: 0x80,
        high: 0,
    })
}

/// The LFs of one block of a haystack, as the high bits of its two words ([`lf_bits`]), at
/// least one set: what [`lf_block`] finds. The caller takes them lowest first, word by word
/// ([`first`] gives a bit's byte offset), rather than through a cursor that keeps its place in
/// the block between calls: the two words then live in two registers, not in one vector
/// register that is shuffled at every LF (which is what the compiler made of a cursor, since
/// it computes both words at once from the block's vector load).
#[derive(Clone, Copy)]
pub(crate) struct LfBlock {
    /// Where the block starts: `low` covers `base..base + 8`, `high` the eight bytes after.
    pub(crate) base: usize,
    /// Where the next block to read starts.
    pub(crate) next: usize,
    /// The LFs of the block's first and second eight bytes.
    pub(crate) low: u64,
    pub(crate) high: u64,
}

impl LfBlock {
    /// The block's first LF.
    #[inline(always)]
    fn first(&self) -> usize {
        if self.low != 0 {
            self.base + first(self.low)
        } else {
            self.base + 8 + first(self.high)
        }
    }
}

/// The first block of `hay` from `from` on (`from <= hay.len()`) that holds an LF, its bytes
/// before `from` left out; `None` when the haystack ends first. Blocks are read at fixed
/// offsets from `from`, so that the search for the LFs of a reply does not wait on the checks
/// of each line (the lines are read at the pace of the blocks, not of a chain of dependent
/// loads): the next block starts at [`LfBlock::next`].
#[inline(always)]
pub(crate) fn lf_block(hay: &[u8], from: usize) -> Option<LfBlock> {
    let mut block = LfBlock {
        base: from,
        next: from,
        low: 0,
        high: 0,
    };
    block.fill::<true>(hay)?;
    Some(block)
}

impl LfBlock {
    /// Reads blocks from [`LfBlock::next`] on until one holds an LF, and becomes it; `None`
    /// when the haystack ends first. (Written as an update of `self`, not as a function that
    /// returns a block: the compiler makes a shorter loop of it in [`find_lf`].) `CLEAR`:
    /// whether bytes before the search's start may hold an LF, which the last block must
    /// then leave out ([`tail`]).
    #[inline(always)]
    fn fill<const CLEAR: bool>(&mut self, hay: &[u8]) -> Option<()> {
        // `next <= last` is `next + 16 <= hay.len()`, said so that the test is one compare.
        let last = hay.len().wrapping_sub(16);
        // The loop keeps one position; the block is written once, when it has an LF.
        let mut next = self.next;
        while next <= last && hay.len() >= 16 {
            let Some(block) = hay[next..].first_chunk::<16>() else {
                break;
            };
            if has_lf(block) {
                let (a, b) = words(block);
                *self = LfBlock {
                    base: next,
                    next: next + 16,
                    low: lf_bits(a),
                    high: lf_bits(b),
                };
                return Some(());
            }
            next += 16;
        }
        *self = tail::<CLEAR>(hay, next)?;
        Some(())
    }
}

/// The first block with an LF among the bytes of `hay` from `from` on, when fewer
/// than sixteen are left: the last sixteen bytes of the haystack, with those before `from`
/// cleared (they were read, or come before where the search started, and may hold an LF);
/// byte by byte in a haystack shorter than a block ([`short_tail`]). `None` without an LF.
#[inline(always)]
fn tail<const CLEAR: bool>(hay: &[u8], from: usize) -> Option<LfBlock> {
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
    let (low, high) = if CLEAR {
        let (keep_low, keep_high) = KEEP[skip];
        (low & keep_low, high & keep_high)
    } else {
        (low, high)
    };
    if low | high == 0 {
        return None;
    }
    Some(LfBlock {
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
    fn blocks_give_every_lf_in_order() {
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
                    let mut next = from;
                    loop {
                        let block = lf_block(hay, next);
                        let Some(block) = block else {
                            assert_eq!(naive.next(), None, "len {len}, LF every {step}");
                            break;
                        };
                        assert!(block.low | block.high != 0);
                        next = block.next;
                        for (base, mut bits) in
                            [(block.base, block.low), (block.base + 8, block.high)]
                        {
                            while bits != 0 {
                                let found = base + first(bits);
                                bits &= bits - 1;
                                let expected = naive.next();
                                assert_eq!(
                                    Some(found),
                                    expected,
                                    "len {len}, LF every {step}, from {from}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}
