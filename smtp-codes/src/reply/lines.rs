use super::rules::{text_end, word_ends, LAST};
use super::scan::find_lf;
use core::iter::FusedIterator;

/// The text of each line of a [`Reply`](crate::Reply), as bytes: see
/// [`Reply::lines`](crate::Reply::lines).
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    raw: &'a [u8],
    pos: usize,
    /// Lines not given yet.
    remaining: usize,
}

impl<'a> Lines<'a> {
    pub(super) fn new(raw: &'a [u8], count: usize) -> Lines<'a> {
        Lines {
            raw,
            pos: 0,
            remaining: count,
        }
    }

    /// The byte range of the next line's text, and moves past the line. The reply was
    /// validated: every line is `ddd`, a separator or none, text, and a line ending.
    #[inline]
    fn next_range(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        let lf = match self.remaining {
            0 => return None,
            // The last line ends where the reply does: no need to look for it.
            1 => self.raw.len() - 1,
            // A line before the last starts with `ddd-`, which holds no LF.
            _ => find_lf(self.raw, start + 4)?,
        };
        self.remaining -= 1;
        self.pos = lf + 1;
        if lf - start <= 4 {
            return Some((lf, lf));
        }
        Some((start + 4, text_end(self.raw, lf)))
    }
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
    prefix: &'a [u8],
}

impl<'a> MessageLines<'a> {
    pub(super) fn new(lines: Lines<'a>, prefix: &'a [u8]) -> MessageLines<'a> {
        MessageLines { lines, prefix }
    }
}

impl<'a> Iterator for MessageLines<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        let line = self.lines.next()?;
        if self.prefix.is_empty() {
            return Some(line);
        }
        let n = self.prefix.len();
        // The code as a whole word (not `5.1.10` after `5.1.1`), then the spaces after it.
        if line.len() < n || !same(&line[..n], self.prefix) || !word_ends(line, n) {
            return Some(line);
        }
        let mut i = n;
        while i < line.len() && line[i] == LAST {
            i += 1;
        }
        Some(&line[i..])
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
    pub(super) fn new(raw: &'a [u8], count: usize) -> Option<StrLines<'a>> {
        let text = core::str::from_utf8(raw).ok()?;
        Some(StrLines {
            text,
            lines: Lines::new(raw, count),
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
