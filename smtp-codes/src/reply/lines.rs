use super::rules::{text_end, word_ends, LAST};
use super::scan::find_lf;
use core::iter::FusedIterator;

/// Where the first lines of a reply end, as the parser found them, so that reading the lines
/// does not look for their ends again (one pass over the bytes): the length of each of the
/// first [`LineEnds::CAPACITY`] lines, LF included, one byte each, in two words that stay in
/// registers while the parser runs and while the lines are read (written byte by byte in
/// memory and then read as a whole, they would wait on the stores); 0 for a line longer than
/// 255 bytes, whose end is looked for when the lines are read, as for the lines after the
/// first sixteen.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineEnds {
    /// Lines 0 to 7, the first in the low byte.
    low: u64,
    /// Lines 8 to 15.
    high: u64,
}

impl LineEnds {
    /// Enough for the `EHLO` replies and the bounces of the big providers (8 to 12 lines).
    pub(crate) const CAPACITY: usize = 16;
    /// None recorded.
    pub(crate) const NONE: LineEnds = LineEnds { low: 0, high: 0 };

    /// What is recorded of a line of `length` bytes, LF included: the length, or 0 for a line
    /// longer than 255 bytes, whose end the walk looks for.
    #[inline(always)]
    pub(crate) const fn record(length: usize) -> u64 {
        if length > 255 {
            0
        } else {
            length as u64
        }
    }

    /// The ends of a reply of one line, `length` bytes long.
    #[inline(always)]
    pub(crate) const fn one(length: usize) -> LineEnds {
        LineEnds {
            low: LineEnds::record(length),
            high: 0,
        }
    }

    /// Records what [`LineEnds::record`] gives of one more line, in the order of the lines,
    /// for [`LineEnds::shifted_in`]: the lengths come in at the top of the sixteen bytes and
    /// move down one byte per line. This costs a few shifts by a constant, where putting each
    /// line in its place would shift by a count that depends on the line (slow on x86-64
    /// without BMI2) and pick a word; the caller stops after [`LineEnds::CAPACITY`] lines.
    #[inline(always)]
    pub(crate) fn shift_in(&mut self, length: u64) {
        self.low = (self.low >> 8) | (self.high << 56);
        self.high = (self.high >> 8) | (length << 56);
    }

    /// The lengths of the first `count` lines (1 to [`LineEnds::CAPACITY`]) recorded with
    /// [`LineEnds::shift_in`], moved down to their places: the first line in the low byte.
    #[inline(always)]
    pub(crate) fn shifted_in(self, count: usize) -> LineEnds {
        let both = (u128::from(self.high) << 64 | u128::from(self.low))
            >> (8 * (LineEnds::CAPACITY - count));
        LineEnds {
            low: both as u64,
            high: (both >> 64) as u64,
        }
    }

    /// The LF of the next line, which starts at `start`, if recorded, and moves on to the
    /// line after it.
    #[inline(always)]
    fn next(&mut self, start: usize) -> Option<usize> {
        let length = self.low as u8;
        self.low = (self.low >> 8) | (self.high << 56);
        self.high >>= 8;
        if length != 0 {
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
    /// The reply, which ends with the LF of its last line: the lines are over when `pos`
    /// reaches its end (no count is kept, so that the walk's state fits in registers).
    raw: &'a [u8],
    /// Where the next line starts.
    pos: usize,
    ends: LineEnds,
}

impl<'a> Lines<'a> {
    #[inline]
    pub(super) fn new(raw: &'a [u8], ends: LineEnds) -> Lines<'a> {
        Lines { raw, pos: 0, ends }
    }

    /// The byte range of the next line's text, and moves past the line. The reply was
    /// validated: every line is `ddd`, a separator or none, text, and a line ending.
    #[inline(always)]
    fn next_range(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        if start >= self.raw.len() {
            return None;
        }
        let lf = match self.ends.next(start) {
            Some(lf) => lf,
            None => unrecorded(self.raw, start)?,
        };
        self.pos = lf + 1;
        Some(text(self.raw, start, lf))
    }
}

/// The text of the line from `start` to its LF at `lf`: after `ddd-` or `ddd `, before the
/// line ending; empty for a bare code (`334` CRLF or `334` LF, where the range is put after
/// the code).
#[inline(always)]
fn text(raw: &[u8], start: usize, lf: usize) -> (usize, usize) {
    let text = start + 4;
    (text, text_end(raw, lf).max(text))
}

/// The LF of a line the parser did not record, which starts at `start`: the first LF after
/// its code (the fourth byte is LF for a bare code).
#[inline(always)]
fn unrecorded(raw: &[u8], start: usize) -> Option<usize> {
    // A reply shorter than a block has every line recorded (at most three lines, none over
    // 255 bytes), so this is not reached; the byte loop keeps the block search below free of
    // its out-of-line path for short haystacks, whose call would make the walk keep its
    // state on the stack.
    if raw.len() < 16 {
        let mut at = start + 3;
        while at < raw.len() && raw[at] != b'\n' {
            at += 1;
        }
        return (at < raw.len()).then_some(at);
    }
    find_lf(raw, start + 3)
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        let (start, end) = self.next_range()?;
        Some(&self.raw[start..end])
    }

    /// Exact: one LF ends each line. Counted when asked (in the bytes left), so that the
    /// walk keeps no count.
    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.raw.get(self.pos..).unwrap_or_default();
        let count = left.iter().filter(|&&byte| byte == b'\n').count();
        (count, Some(count))
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
    /// The code's bytes then spaces, eight bytes read as one little-endian word, when the
    /// code is at most seven bytes long (every code but `c.dd.ddd` and longer); else 0. A
    /// line's first eight bytes compared with it say in one step how far the code and the
    /// spaces after it go.
    pattern: u64,
}

impl<'a> MessageLines<'a> {
    /// `prefix` is the length of the enhanced code at `raw[4..]`, 0 without one.
    #[inline]
    pub(super) fn new(lines: Lines<'a>, prefix: usize) -> MessageLines<'a> {
        let bytes = match prefix {
            1..8 => lines.raw.get(4..).and_then(<[u8]>::first_chunk::<8>),
            _ => None,
        };
        // The masks of the first 0 to 8 bytes of a word, looked up: shifts by a variable
        // count are slow on x86-64 without BMI2.
        const BYTES: [u64; 9] = {
            let mut masks = [0u64; 9];
            let mut i = 1;
            while i < 9 {
                masks[i] = u64::MAX >> (8 * (8 - i));
                i += 1;
            }
            masks
        };
        let pattern = match bytes {
            Some(bytes) => {
                let code = BYTES[prefix];
                u64::from_le_bytes(*bytes) & code | u64::from_le_bytes([LAST; 8]) & !code
            }
            None => 0,
        };
        MessageLines {
            lines,
            prefix,
            pattern,
        }
    }

    /// Where the text `raw[start..end]` goes on after the enhanced code and the spaces after
    /// it, when it starts with the code as a whole word (not `5.1.10` after `5.1.1`); else
    /// `start`.
    #[inline(always)]
    fn after_code(&self, start: usize, end: usize) -> usize {
        if self.pattern != 0 {
            self.after_code_word(start, end)
        } else {
            after_code_slow(self.lines.raw, self.prefix, start, end)
        }
    }

    /// [`MessageLines::after_code`] with the code compared as one word ([`Self::pattern`]).
    #[inline(always)]
    fn after_code_word(&self, start: usize, end: usize) -> usize {
        let raw = self.lines.raw;
        let n = self.prefix;
        let word = match raw.get(start..).and_then(<[u8]>::first_chunk::<8>) {
            Some(bytes) => u64::from_le_bytes(*bytes),
            // Near the end of the reply: its last eight bytes (it has more than eight when it
            // has a code), moved down to `start`; the zero bytes moved in are neither code nor
            // space. (`start` is at most the end: a bare code's empty text starts there.)
            None => match raw.last_chunk::<8>() {
                Some(last) => u64::from_le_bytes(*last)
                    .checked_shr(8 * (start + 8 - raw.len()) as u32)
                    .unwrap_or(0),
                None => 0,
            },
        };
        // How many bytes from `start` on are the code and then spaces. The line ending after
        // the text is neither, so the count stops at `end` at the latest.
        // (All eight alike: 64 trailing zeros, 8 bytes.)
        let same = ((word ^ self.pattern).trailing_zeros() / 8) as usize;
        let text = start + same;
        if same == 8 {
            // The code and spaces (the code has at most seven bytes); past the eighth byte,
            // more spaces are counted one by one.
            return skip_spaces(raw, text, end);
        }
        // The code, then a space (more than `n` alike) or the end of the text.
        let whole = same > n || (same == n && text == end);
        if whole {
            text
        } else {
            start
        }
    }
}

/// [`MessageLines::after_code`] byte by byte, for the code of `n` bytes at `raw[4..]` when
/// it is too long to compare as a word.
#[inline(always)]
fn after_code_slow(raw: &[u8], n: usize, start: usize, end: usize) -> usize {
    if end - start < n || !same(&raw[start..start + n], &raw[4..4 + n]) {
        return start;
    }
    if word_ends(raw, start + n) {
        skip_spaces(raw, start + n, end)
    } else {
        start
    }
}

/// Where the spaces of `raw` from `at` on end, at most at `end`.
#[inline(always)]
fn skip_spaces(raw: &[u8], mut at: usize, end: usize) -> usize {
    while at < end && raw[at] == LAST {
        at += 1;
    }
    at
}

impl<'a> Iterator for MessageLines<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        let (start, end) = self.lines.next_range()?;
        let raw = self.lines.raw;
        if self.prefix == 0 {
            return Some(&raw[start..end]);
        }
        Some(&raw[self.after_code(start, end)..end])
    }

    /// [`MessageLines::next`] in a loop, with the test of which way the code is compared
    /// made once, not once a line (`sum`, `count`, `for_each` and `last` come here).
    #[inline]
    fn fold<B, F>(mut self, init: B, mut f: F) -> B
    where
        F: FnMut(B, &'a [u8]) -> B,
    {
        let mut acc = init;
        let raw = self.lines.raw;
        if self.prefix == 0 {
            while let Some((start, end)) = self.lines.next_range() {
                acc = f(acc, &raw[start..end]);
            }
        } else if self.pattern != 0 {
            while let Some((start, end)) = self.lines.next_range() {
                let text = self.after_code_word(start, end);
                acc = f(acc, &raw[text..end]);
            }
        } else {
            while let Some((start, end)) = self.lines.next_range() {
                let text = after_code_slow(raw, self.prefix, start, end);
                acc = f(acc, &raw[text..end]);
            }
        }
        acc
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
    pub(super) fn new(raw: &'a [u8], ends: LineEnds) -> Option<StrLines<'a>> {
        let text = core::str::from_utf8(raw).ok()?;
        Some(StrLines {
            text,
            lines: Lines::new(raw, ends),
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
