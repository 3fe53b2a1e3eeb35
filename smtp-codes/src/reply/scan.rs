//! Finding line feeds eight bytes at a time, without `unsafe` or SIMD intrinsics (SWAR).

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH: u64 = 0x8080_8080_8080_8080;
const LF: u64 = 0x0a0a_0a0a_0a0a_0a0a;

/// The high bit of every byte of `word` that is LF, exactly (no borrow between bytes).
#[inline(always)]
const fn lf_mask(word: u64) -> u64 {
    let x = word ^ LF;
    !(((x & LOW7) + LOW7) | x) & HIGH
}

#[inline(always)]
fn word_at(hay: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&hay[at..at + 8]);
    u64::from_le_bytes(word)
}

/// The positions of the line feeds of a byte string, in order, from a starting offset.
#[derive(Clone, Debug)]
pub(crate) struct LfScanner<'a> {
    hay: &'a [u8],
    /// Offset of the word `mask` describes (before the first word: `usize::MAX - 7`).
    base: usize,
    /// LFs of that word not given yet, one high bit per byte.
    mask: u64,
}

impl<'a> LfScanner<'a> {
    /// Scans `hay` from offset 0. Nothing is read until the first [`LfScanner::next_lf`].
    #[inline]
    pub(crate) const fn new(hay: &'a [u8]) -> LfScanner<'a> {
        LfScanner {
            hay,
            // The word "before" offset 0: the first refill moves eight bytes on, to 0.
            base: usize::MAX - 7,
            mask: 0,
        }
    }

    /// The LF mask of the eight bytes from `at` (fewer at the end, padded with non-LF).
    #[inline(always)]
    fn load(&self, at: usize) -> u64 {
        let hay = self.hay;
        let len = hay.len();
        if at + 8 <= len {
            lf_mask(word_at(hay, at))
        } else if at < len {
            if len >= 8 {
                // The last eight bytes, shifted so that byte `at` comes first; the zero bytes
                // shifted in are not LF.
                lf_mask(word_at(hay, len - 8) >> ((at + 8 - len) * 8))
            } else {
                let mut mask = 0;
                let mut i = at;
                while i < len {
                    if hay[i] == b'\n' {
                        mask |= 0x80 << ((i - at) * 8);
                    }
                    i += 1;
                }
                mask
            }
        } else {
            0
        }
    }

    /// The position of the next LF.
    #[inline(always)]
    pub(crate) fn next_lf(&mut self) -> Option<usize> {
        if self.mask == 0 {
            return self.refill();
        }
        let at = self.base + (self.mask.trailing_zeros() / 8) as usize;
        self.mask &= self.mask - 1;
        Some(at)
    }

    /// Moves to the next word holding an LF and gives its first LF. The loop works on
    /// locals, not on `self`, so that the state stays in registers.
    #[inline(never)]
    fn refill(&mut self) -> Option<usize> {
        let hay = self.hay;
        let len = hay.len();
        let mut base = self.base.wrapping_add(8);
        let mask = loop {
            if base + 16 <= len {
                let a = lf_mask(word_at(hay, base));
                let b = lf_mask(word_at(hay, base + 8));
                if a != 0 {
                    break a;
                }
                if b != 0 {
                    base += 8;
                    break b;
                }
                base += 16;
            } else if base < len {
                let a = self.load(base);
                if a != 0 {
                    break a;
                }
                base += 8;
            } else {
                self.base = len;
                self.mask = 0;
                return None;
            }
        };
        let at = base + (mask.trailing_zeros() / 8) as usize;
        self.base = base;
        self.mask = mask & (mask - 1);
        Some(at)
    }
}
