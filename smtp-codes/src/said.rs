//! What a server said, as the matchers read it: a reply code, an enhanced code and lines of
//! text, from a parsed [`Reply`] or from one flattened line of a log or a `Diagnostic-Code`.

use crate::reply::Lines;
use crate::{EnhancedStatusCode, Reply, ReplyCode};

/// A reply's code, enhanced code and text lines.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Said<'a> {
    pub(crate) code: ReplyCode,
    pub(crate) enhanced: Option<EnhancedStatusCode>,
    text: Text<'a>,
}

#[derive(Clone, Copy, Debug)]
enum Text<'a> {
    /// The lines of a parsed reply.
    Reply(Reply<'a>),
    /// One line holding the whole text.
    Line(&'a [u8]),
}

impl<'a> Said<'a> {
    /// A parsed reply. Without an enhanced code at the start of its text (RFC 2034 §4), a
    /// qmail-style `#5.1.1` in the text stands in for classifying: qmail and its descendants
    /// end their replies with one (`554 Sorry, no mailbox here by that name. (#5.1.1)`).
    pub(crate) fn of(reply: &Reply<'a>) -> Said<'a> {
        let mut said = Said {
            code: reply.code(),
            enhanced: reply.enhanced(),
            text: Text::Reply(*reply),
        };
        if said.enhanced.is_none() {
            said.enhanced = said.lines().find_map(|line| hash_code(line, said.code));
        }
        said
    }

    /// One flattened line; a qmail-style `#5.1.1` stands in for a missing enhanced code, as
    /// in [`Said::of`].
    pub(crate) fn line(
        code: ReplyCode,
        enhanced: Option<EnhancedStatusCode>,
        text: &'a [u8],
    ) -> Said<'a> {
        Said {
            code,
            enhanced: enhanced.or_else(|| hash_code(text, code)),
            text: Text::Line(text),
        }
    }

    /// The text of each line.
    pub(crate) fn lines(&self) -> SaidLines<'a> {
        match self.text {
            Text::Reply(reply) => SaidLines::Reply(reply.lines()),
            Text::Line(line) => SaidLines::Line(Some(line)),
        }
    }
}

/// The lines of a [`Said`].
pub(crate) enum SaidLines<'a> {
    Reply(Lines<'a>),
    Line(Option<&'a [u8]>),
}

impl<'a> Iterator for SaidLines<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        match self {
            SaidLines::Reply(lines) => lines.next(),
            SaidLines::Line(line) => line.take(),
        }
    }
}

/// The first `#class.subject.detail` in `line` whose class is the reply's first digit.
fn hash_code(line: &[u8], code: ReplyCode) -> Option<EnhancedStatusCode> {
    line.iter().enumerate().find_map(|(i, &b)| {
        if b != b'#' {
            return None;
        }
        let rest = &line[i + 1..];
        let end = rest
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b'.'))
            .unwrap_or(rest.len());
        let found = EnhancedStatusCode::parse_bytes(&rest[..end]).ok()?;
        (found.class() == code.class()).then_some(found)
    })
}
