use super::rules::{text_end, word_ends, LAST};
use super::scan::find_lf;
use core::iter::FusedIterator;

/// Where the first lines of a reply end, as the parser found them, so that reading the lines
/// does not look for their ends again (one pass over the bytes): the length of each of the
/// first [`LineEnds::CAPACITY`] lines, LF included, one byte each, packed in two words that
/// live in registers while the parser runs. From the first line longer than 255 bytes on, and
/// after the first sixteen, the ends are looked for when the lines are read.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineEnds {
    lengths: [u64; 2],
    len: u8,
}

impl LineEnds {
    /// Enough for the `EHLO` replies and the bounces of the big providers (8 to 12 lines).
    pub(crate) const CAPACITY: usize = 16;
    /// None recorded.
    pub(crate) const NONE: LineEnds = LineEnds {
        lengths: [0; 2],
        len: 0,
    };

    /// Records the line `index` (from 0), from `start` to its LF at `lf`, if every line before
    /// it was recorded, there is room and it is at most 255 bytes long.
    #[inline(always)]
    pub(crate) fn push(&mut self, index: usize, start: usize, lf: usize) {
        let length = lf - start + 1;
        if index == self.len as usize && index < LineEnds::CAPACITY && length <= 255 {
            self.lengths[index / 8] |= (length as u64) << (8 * (index % 8));
            self.len += 1;
        }
    }

    /// The LF of line `index` (from 0), which starts at `start`, if recorded.
    #[inline(always)]
    fn get(&self, index: usize, start: usize) -> Option<usize> {
        if index < self.len as usize {
            let length = (self.lengths[index / 8] >> (8 * (index % 8))) as u8;
            Some(start + length as usize - 1)
        } else {
            None
        }
    }
}

/// The text of each line of a [`Reply`](crate::Reply), as bytes: see
/// [`Reply::lines`](crate::Reply::lines).
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    raw: &'a [u8],
    pos: usize,
    /// Lines given so far.
    index: usize,
    /// Lines not given yet.
    remaining: usize,
    ends: LineEnds,
}

impl<'a> Lines<'a> {
    #[inline]
    pub(super) fn new(raw: &'a [u8], count: usize, ends: LineEnds) -> Lines<'a> {
        Lines {
            raw,
            pos: 0,
            index: 0,
            remaining: count,
            ends,
        }
    }

    /// The byte range of the next line's text, and moves past the line. The reply was
    /// validated: every line is `ddd`, a separator or none, text, and a line ending.
    #[inline(always)]
    fn next_range(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        let lf = match self.remaining {
            0 => return None,
            // The last line ends where the reply does: no need to look for it.
            1 => self.raw.len() - 1,
            // Found by the parser, or else looked for: a line before the last starts with
            // `ddd-`, which holds no LF.
            _ => match self.ends.get(self.index, start) {
                Some(lf) => lf,
                None => unrecorded_lf(self.raw, start)?,
            },
        };
        self.index += 1;
        self.remaining -= 1;
        self.pos = lf + 1;
        if lf - start <= 4 {
            return Some((lf, lf));
        }
        Some((start + 4, text_end(self.raw, lf)))
    }
}

/// The LF of a line before the last that the parser did not record, which starts at `start`
/// with `ddd-` (no LF there); out of line, so that the walk over recorded lines stays small.
#[inline(never)]
fn unrecorded_lf(raw: &[u8], start: usize) -> Option<usize> {
    find_lf(raw, start + 4)
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        let (start, end) = self.next_range()?;
        Some(&self.raw[start..end])
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl FusedIterator for Lines<'_> {}

impl ExactSizeIterator for Lines<'_> {}

/// The text of each line of a [`Reply`](crate::Reply) without its enhanced status code: see
/// [`Reply::message_lines`](crate::Reply::message_lines).
#[derive(Clone, Debug)]
pub struct MessageLines<'a> {
    lines: Lines<'a>,
    /// The length of the enhanced code as the first line writes it, at `raw[4..]`; 0 without.
    prefix: usize,
    /// The code's bytes as one little-endian word, and the mask of its bytes, when it is at
    /// most eight bytes long (every code but `c.ddd.ddd`): one compare per line.
    word: u64,
    mask: u64,
}

impl<'a> MessageLines<'a> {
    /// `prefix` is the length of the enhanced code at `raw[4..]`, 0 without one.
    #[inline]
    pub(super) fn new(lines: Lines<'a>, prefix: usize) -> MessageLines<'a> {
        let (word, mask) = match lines.raw.get(4..12) {
            Some(bytes) if (1..=8).contains(&prefix) => {
                let mask = u64::MAX >> (8 * (8 - prefix));
                (
                    u64::from_le_bytes(bytes.try_into().unwrap_or([0; 8])) & mask,
                    mask,
                )
            }
            _ => (0, 0),
        };
        MessageLines {
            lines,
            prefix,
            word,
            mask,
        }
    }

    /// Whether the text `raw[start..end]` starts with the first line's enhanced code.
    #[inline(always)]
    fn starts_with_code(&self, start: usize, end: usize) -> bool {
        let raw = self.lines.raw;
        let n = self.prefix;
        if end - start < n {
            return false;
        }
        match raw.get(start..start + 8) {
            Some(bytes) if self.mask != 0 => {
                let word = u64::from_le_bytes(bytes.try_into().unwrap_or([0; 8]));
                word & self.mask == self.word
            }
            _ => same(&raw[start..start + n], &raw[4..4 + n]),
        }
    }
}

impl<'a> Iterator for MessageLines<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        // The first line's code was found there; the others are compared with it.
        let first = self.lines.index == 0;
        let (start, end) = self.lines.next_range()?;
        let raw = self.lines.raw;
        let n = self.prefix;
        // The code as a whole word (not `5.1.10` after `5.1.1`), then the spaces after it.
        if n == 0
            || !(first || self.starts_with_code(start, end))
            || !word_ends(&raw[..end], start + n)
        {
            return Some(&raw[start..end]);
        }
        let mut i = start + n;
        while i < end && raw[i] == LAST {
            i += 1;
        }
        Some(&raw[i..end])
    }
}

impl FusedIterator for MessageLines<'_> {}

/// The text of each line of a [`Reply`](crate::Reply) as `&str`: see
/// [`Reply::str_lines`](crate::Reply::str_lines).
#[derive(Clone, Debug)]
pub struct StrLines<'a> {
    text: &'a str,
    lines: Lines<'a>,
}

impl<'a> StrLines<'a> {
    #[inline]
    pub(super) fn new(raw: &'a [u8], count: usize, ends: LineEnds) -> Option<StrLines<'a>> {
        let text = core::str::from_utf8(raw).ok()?;
        Some(StrLines {
            text,
            lines: Lines::new(raw, count, ends),
        })
    }
}

impl<'a> Iterator for StrLines<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        // Lines split at ASCII bytes, which are always character boundaries.
        let (start, end) = self.lines.next_range()?;
        self.text.get(start..end)
    }
}

impl FusedIterator for StrLines<'_> {}

/// Byte equality of two short slices of the same length, without a call to `memcmp`.
#[inline(always)]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}
