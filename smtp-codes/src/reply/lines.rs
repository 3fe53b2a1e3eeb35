use super::find_lf;
use core::iter::FusedIterator;

/// The text of each line of a [`Reply`](crate::Reply), as bytes: see
/// [`Reply::lines`](crate::Reply::lines).
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    raw: &'a [u8],
    pos: usize,
}

impl<'a> Lines<'a> {
    pub(super) fn new(raw: &'a [u8]) -> Lines<'a> {
        Lines { raw, pos: 0 }
    }

    /// The byte range of the next line's text, and moves past the line.
    fn next_range(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        let raw = self.raw;
        if start >= raw.len() {
            return None;
        }
        match raw.get(start + 3) {
            Some(b'\n') => {
                self.pos = start + 4;
                Some((start + 4, start + 4))
            }
            Some(b'\r') => {
                self.pos = start + 5;
                Some((start + 5, start + 5))
            }
            _ => {
                let text = (start + 4).min(raw.len());
                let lf = find_lf(raw, text, raw.len()).unwrap_or(raw.len());
                self.pos = lf + 1;
                let end = if lf > text && raw[lf - 1] == b'\r' {
                    lf - 1
                } else {
                    lf
                };
                Some((text, end))
            }
        }
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        let (start, end) = self.next_range()?;
        Some(&self.raw[start..end])
    }
}

impl FusedIterator for Lines<'_> {}

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

    fn next(&mut self) -> Option<&'a [u8]> {
        let line = self.lines.next()?;
        if self.prefix.is_empty() {
            return Some(line);
        }
        match line.strip_prefix(self.prefix) {
            Some(rest) if rest.is_empty() || rest[0] == b' ' => {
                let spaces = rest.iter().take_while(|&&b| b == b' ').count();
                Some(&rest[spaces..])
            }
            _ => Some(line),
        }
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
    pub(super) fn new(raw: &'a [u8]) -> Option<StrLines<'a>> {
        let text = core::str::from_utf8(raw).ok()?;
        Some(StrLines {
            text,
            lines: Lines::new(raw),
        })
    }
}

impl<'a> Iterator for StrLines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        // Lines split at ASCII bytes, which are always character boundaries.
        let (start, end) = self.lines.next_range()?;
        self.text.get(start..end)
    }
}

impl FusedIterator for StrLines<'_> {}
