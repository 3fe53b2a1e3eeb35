//! The rules of a reply line, each written once: the code's digits (in
//! [`crate::reply_code`]), the separator, the line ending, the enhanced code's word (its
//! grammar is [`EnhancedStatusCode::scan`]), and, on [`ReplyParser`](super::ReplyParser), the
//! line-count and line-length limits. The fast paths of the parser and the error paths both
//! call these; they are `#[inline(always)]` so that the fast paths stay fast.

use crate::EnhancedStatusCode;

/// The separator after the code of a line that goes on: `ddd-`.
pub(super) const MORE: u8 = b'-';
/// The separator after the code of the last line, before its text: `ddd `.
pub(super) const LAST: u8 = b' ';

/// What the byte after a line's code says (RFC 5321 §4.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Separator {
    /// `-`: more lines follow.
    More,
    /// A space, or the line ending right after the code (a bare code, which RFC 5321 §4.2
    /// asks clients to accept): this is the last line.
    Last,
    /// The input ends before the separator can be told (nothing yet, or a CR that may be the
    /// start of CRLF).
    Open,
    /// Anything else.
    Invalid,
}

/// The separator rule: `sep` is the byte after the code, `next` the one after it, each `None`
/// where the input ends.
#[inline(always)]
pub(super) fn separator(sep: Option<u8>, next: Option<u8>) -> Separator {
    // The two separators of nearly every line as two compares; the rest out of line.
    match sep {
        Some(MORE) => Separator::More,
        Some(LAST) => Separator::Last,
        _ => separator_other(sep, next),
    }
}

/// [`separator`] for a byte that is neither `-` nor a space.
#[cold]
#[inline(never)]
const fn separator_other(sep: Option<u8>, next: Option<u8>) -> Separator {
    match sep {
        Some(b'\n') => Separator::Last,
        Some(b'\r') => match next {
            Some(b'\n') => Separator::Last,
            None => Separator::Open,
            Some(_) => Separator::Invalid,
        },
        None => Separator::Open,
        Some(_) => Separator::Invalid,
    }
}

/// The first four bytes of a line with the code `code` and the separator `sep` ([`MORE`] or
/// [`LAST`]), read as one little-endian word: the fast path of the parser compares a line's
/// head with this instead of calling [`separator`] byte by byte.
#[inline(always)]
pub(super) const fn head(code: [u8; 3], sep: u8) -> u32 {
    u32::from_le_bytes([code[0], code[1], code[2], sep])
}

/// Where the text of a line whose LF is at `lf` ends: before a CR right before the LF, else
/// before the LF (a CR elsewhere is text). The caller knows that the line holds text.
#[inline(always)]
pub(super) const fn text_end(line: &[u8], lf: usize) -> usize {
    if line[lf - 1] == b'\r' {
        lf - 1
    } else {
        lf
    }
}

/// Whether the word of a line's text that ends before `bytes[at]` is a whole word: a space
/// follows, or the line ending (an LF, or a CR right before one), which ends the text (RFC 2034
/// §3: the status code "is always followed by one or more spaces"). `bytes` holds the line
/// and may go on past it: the line's own bytes say where its text ends, so the caller need not
/// know where the line ends. Used for the enhanced code of the first line and for the same
/// code repeated on the other lines.
#[inline(always)]
pub(super) fn word_ends(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(&(LAST | b'\n')) => true,
        Some(b'\r') => bytes.get(at + 1) == Some(&b'\n'),
        _ => false,
    }
}

/// The enhanced status code at the start of the text of the first line, `input[4..]` up to
/// the first line's LF, if it is one and its class is the reply's first digit (`class`, an
/// ASCII digit), with its length in bytes: the grammar of [`EnhancedStatusCode::scan`], then
/// [`word_ends`] (RFC 3463 §2, RFC 2034 §3 and §4). The caller knows that the first line has
/// text (its LF is past `input[8]`), but this does not need to know where it ends: the code's
/// bytes are digits and dots, so the scan stops at the line ending at the latest, and
/// [`word_ends`] reads the line ending itself. (So the scan does not wait for the search of
/// the LF.)
#[inline(always)]
pub(super) fn enhanced_code(input: &[u8], class: u8) -> Option<(EnhancedStatusCode, u8)> {
    // RFC 2034 §4: "a 2xx response must incorporate a 2.X.X code"; 3yz replies have none,
    // and `scan` reads no class 3. Tested first: most replies have no code.
    if input.get(4) != Some(&class) {
        return None;
    }
    let (code, end) = EnhancedStatusCode::scan(&input[4..])?;
    if !word_ends(input, 4 + end) {
        return None;
    }
    // At most `5.999.999`: nine bytes.
    Some((code, end as u8))
}
