//! Parsing server replies: [`Reply`], [`ReplyParser`] and their iterators.

mod error;
mod format;
mod lines;
mod scan;

pub use error::{ReplyError, ReplyErrorKind};
pub use lines::{Lines, MessageLines, StrLines};

use crate::{EnhancedStatusCode, ReplyCode};
use core::fmt;
use core::hash::{Hash, Hasher};
use scan::find_lf;

/// One SMTP reply as a server sent it, borrowed from the caller's buffer: its code, its
/// enhanced status code if any, and the text of each line.
///
/// ```
/// use smtp_codes::{EnhancedStatusCode, Reply};
///
/// let input = b"550-5.1.1 The email account that you tried to reach does not exist.\r\n\
///               550 5.1.1 Please try double-checking the recipient's email address.\r\n\
///               250 next reply";
/// let (reply, used) = Reply::parse(input).unwrap();
/// assert_eq!(used, input.len() - b"250 next reply".len());
/// assert_eq!(reply.code(), 550);
/// assert!(reply.is_permanent());
/// assert_eq!(reply.enhanced(), Some("5.1.1".parse::<EnhancedStatusCode>().unwrap()));
/// let text: Vec<&[u8]> = reply.message_lines().collect();
/// assert_eq!(text[1], b"Please try double-checking the recipient's email address.");
/// assert_eq!(reply.to_string(), core::str::from_utf8(&input[..used]).unwrap());
/// ```
///
/// What is accepted and what is rejected, and why, is told at [`ReplyParser`].
///
/// Two replies are equal when their codes and the texts of their lines are equal; how the
/// lines ended on the wire (CRLF or LF, `334` or `334 `) does not count.
#[derive(Clone, Copy)]
pub struct Reply<'a> {
    raw: &'a [u8],
    code: u16,
    lines: u32,
    enhanced: Option<EnhancedStatusCode>,
    /// Length in bytes of the enhanced code as written on the first line; 0 without one.
    enhanced_len: u8,
}

/// Parses replies with limits of your choice; [`Reply::parse`] uses the defaults.
///
/// # What is a reply
///
/// RFC 5321 §4.2: every line is a three-digit code, then a hyphen when more lines follow or a
/// space before the last line's text, then the text, then CRLF:
///
/// ```text
/// Reply-line = *( Reply-code "-" [ textstring ] CRLF )
///                 Reply-code [ SP textstring ] CRLF
/// ```
///
/// What this parser accepts, beyond the letter of that grammar, and what it rejects:
///
/// - **Codes**: three ASCII digits, the first `2` to `5`, the second `0` to `5`, the third
///   `0` to `9` (RFC 5321 §4.2, §4.2.1). `1yz` is not used by SMTP. Anything else is
///   [`ReplyErrorKind::InvalidCode`]. The code need not be one the data knows
///   ([`ReplyCode::status`] is then `None`).
/// - **Multi-line replies**: every line but the last has a hyphen after the code; every line
///   must have the same code, or the reply is [`ReplyErrorKind::CodeMismatch`] (RFC 5321
///   §4.2.1).
/// - **A bare code as the last line**: `334\r\n` is valid (the grammar makes the text of
///   the last line optional) and has empty text; so is `334 \r\n`. Some clients (lettre)
///   reject it.
/// - **Line endings**: CRLF, and a bare LF as well (RFC 5321 §4.1.1.4 asks receivers to be
///   liberal about it, and servers and proxies that send LF exist). A CR is part of the line
///   ending only right before the LF; elsewhere it is text.
/// - **Text**: any bytes but LF. RFC 5321 §4.2 allows printable ASCII and tab; RFC 6531 §3.7.4
///   (SMTPUTF8) allows UTF-8, and servers send other bytes as well, so the text is not
///   checked: [`Reply::lines`] gives bytes, and [`Reply::str_lines`] checks UTF-8 on demand.
/// - **Enhanced status code** (RFC 3463, RFC 2034 §4): taken from the first word of the
///   first line only, when it is well formed (class `2`, `4` or `5`, then subject and detail
///   of one to three digits each: Microsoft's `5.7.515` is one) and its class is the first
///   digit of the reply code, as RFC 2034 §4 requires ("a 2xx response must incorporate a
///   2.X.X code"). So `250 2address.org`, `550 4.2.0 ...`, and any `3yz` reply have none.
///   The word ends at a space or at the end of the line.
/// - **Line length**: RFC 5321 §4.5.3.1.5 caps a reply line at 512 octets including CRLF, but
///   real servers exceed it (long bounce texts with URLs), and the same section asks for
///   techniques that impose no limit "to the maximum extent possible". The default limit,
///   [`ReplyParser::DEFAULT_MAX_LINE_LEN`] = 8192 bytes including the line ending, is
///   sixteen times the RFC's and the same as Python's `smtplib` (`_MAXLINE`); it exists so
///   that a peer sending an endless line makes the parser fail ([`ReplyErrorKind::LineTooLong`])
///   instead of making the caller buffer forever. [`ReplyParser::with_max_lines`] bounds the
///   number of lines likewise.
/// - **Incomplete input**: when the bytes end before the end of the last line, the result
///   is [`ReplyError::Incomplete`], unless what has arrived is already malformed (a bad digit
///   is reported as soon as it arrives, a line over the limit as soon as the limit is passed).
///
/// Parsing never allocates, and the reply ends at the line ending of its last line; what follows
/// (the next reply, pipelined) is left to the next call.
///
/// ```
/// use smtp_codes::{ReplyError, ReplyErrorKind, ReplyParser};
/// let parser = ReplyParser::new().with_max_line_len(512);
/// let long = [b"250 ".as_slice(), &[b'x'; 600], b"\r\n"].concat();
/// assert!(matches!(
///     parser.parse(&long),
///     Err(ReplyError::Malformed { kind: ReplyErrorKind::LineTooLong { limit: 512 }, offset: 0, line: 1 })
/// ));
/// assert_eq!(parser.parse(b"250-first\r\n250 sec"), Err(ReplyError::Incomplete));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ReplyParser {
    max_line_len: usize,
    max_lines: usize,
}

impl Default for ReplyParser {
    fn default() -> ReplyParser {
        ReplyParser::new()
    }
}

impl ReplyParser {
    /// The default longest line in bytes, line ending included: 8192. See [`ReplyParser`].
    pub const DEFAULT_MAX_LINE_LEN: usize = 8192;
    /// The default largest number of lines in one reply: 1024. An `EHLO` reply has a few
    /// dozen.
    pub const DEFAULT_MAX_LINES: usize = 1024;

    /// A parser with the default limits.
    pub const fn new() -> ReplyParser {
        ReplyParser {
            max_line_len: ReplyParser::DEFAULT_MAX_LINE_LEN,
            max_lines: ReplyParser::DEFAULT_MAX_LINES,
        }
    }

    /// This parser with another longest line in bytes, line ending included.
    /// RFC 5321 §4.5.3.1.5 says 512.
    pub const fn with_max_line_len(mut self, bytes: usize) -> ReplyParser {
        self.max_line_len = bytes;
        self
    }

    /// This parser with another largest number of lines in one reply.
    pub const fn with_max_lines(mut self, lines: usize) -> ReplyParser {
        self.max_lines = lines;
        self
    }

    /// The longest line in bytes, line ending included.
    pub const fn max_line_len(&self) -> usize {
        self.max_line_len
    }

    /// The largest number of lines in one reply.
    pub const fn max_lines(&self) -> usize {
        self.max_lines
    }

    /// Parses one reply from the start of `input`; returns it and the number of bytes it
    /// took, line ending of its last line included. See [`ReplyParser`] for the rules.
    #[inline(always)]
    pub fn parse<'a>(&self, input: &'a [u8]) -> Result<(Reply<'a>, usize), ReplyError> {
        // The first line fixes the code.
        let [c0, c1, c2, ..] = *input else {
            return Err(partial_code(input, 0, 1));
        };
        // One branch for the three digits; which one is wrong is found off the hot path.
        if !(matches!(c0, b'2'..=b'5') & matches!(c1, b'0'..=b'5') & c2.is_ascii_digit()) {
            return Err(partial_code(&input[..3], 0, 1));
        }
        // 111 * b'0' = 5328 is taken off once instead of b'0' from each digit.
        let code = u16::from(c0) * 100 + u16::from(c1) * 10 + u16::from(c2) - 5328;
        let codes = [c0, c1, c2];

        // The first line: its separator, its length, its enhanced code. The code holds no LF.
        let Some(lf) = find_lf(input, 3) else {
            return Err(self.unfinished(input, 0, 1, code, codes));
        };
        if self.max_lines == 0 {
            return Err(self.too_many(0, 1));
        }
        let last = separator(input, 0, lf, 1)?;
        if lf >= self.max_line_len {
            return Err(self.too_long(0, 1));
        }
        let mut enhanced = None;
        let mut enhanced_len = 0u8;
        // An enhanced code needs at least `ddd x.y.z` and starts with the class digit.
        if lf > 8 && input[4] == c0 {
            let end = if input[lf - 1] == b'\r' { lf - 1 } else { lf };
            if let Some((found, word)) = enhanced_code(&input[4..end], c0) {
                enhanced = Some(found);
                enhanced_len = word;
            }
        }
        let start = lf + 1;
        if last {
            // One line: the common case, kept short so that it can be inlined.
            let reply = Reply {
                raw: &input[..start],
                code,
                lines: 1,
                enhanced,
                enhanced_len,
            };
            return Ok((reply, start));
        }
        self.parse_more(input, start, code, codes, enhanced, enhanced_len)
    }

    /// The lines after the first, from `start`, when the first line has a hyphen.
    #[inline(never)]
    fn parse_more<'a>(
        &self,
        input: &'a [u8],
        mut start: usize,
        code: u16,
        codes: [u8; 3],
        enhanced: Option<EnhancedStatusCode>,
        enhanced_len: u8,
    ) -> Result<(Reply<'a>, usize), ReplyError> {
        let [c0, c1, c2] = codes;
        let mut line = 1usize;
        let mut last = false;
        // `ddd-` or `ddd ` with the first line's code, read as one word.
        let more = u32::from_le_bytes([c0, c1, c2, b'-']);
        let end = u32::from_le_bytes([c0, c1, c2, b' ']);
        while !last {
            line += 1;
            let head = match input.get(start..).and_then(<[u8]>::first_chunk::<4>) {
                Some(&head) => u32::from_le_bytes(head),
                None => 0,
            };
            // After `ddd-` or `ddd `, which hold no LF, the LF is looked for from the fifth byte.
            let (lf, is_last) = if head == more {
                (find_lf(input, start + 4), false)
            } else if head == end {
                (find_lf(input, start + 4), true)
            } else {
                let (lf, is_last) = self.other_line(input, start, line, code, codes)?;
                (Some(lf), is_last)
            };
            let Some(lf) = lf else {
                return Err(self.unfinished(input, start, line, code, codes));
            };
            last = is_last;
            if line > self.max_lines {
                return Err(self.too_many(start, line));
            }
            if lf - start >= self.max_line_len {
                return Err(self.too_long(start, line));
            }
            start = lf + 1;
        }
        let reply = Reply {
            raw: &input[..start],
            code,
            lines: line as u32,
            enhanced,
            enhanced_len,
        };
        Ok((reply, start))
    }

    /// A line after the first that does not start with `ddd-` or `ddd ` (the first line's
    /// code): a bare code, or an error to report. Its LF and whether it is the last line.
    #[cold]
    #[inline(never)]
    fn other_line(
        &self,
        input: &[u8],
        start: usize,
        line: usize,
        code: u16,
        codes: [u8; 3],
    ) -> Result<(usize, bool), ReplyError> {
        let Some(lf) = find_lf(input, start) else {
            return Err(self.unfinished(input, start, line, code, codes));
        };
        match input.get(start..start + 3) {
            Some(&[a, b, c]) if [a, b, c] == codes => {}
            Some(_) => return Err(mismatch(input, start, line, code)),
            None => return Err(mismatch_prefix(input, start, line, code, codes)),
        }
        if line > self.max_lines {
            return Err(self.too_many(start, line));
        }
        Ok((lf, separator(input, start, lf, line)?))
    }

    /// No LF after `start`: the line so far is checked, then it is incomplete or too long.
    #[cold]
    fn unfinished(
        &self,
        input: &[u8],
        start: usize,
        line: usize,
        expected: u16,
        code: [u8; 3],
    ) -> ReplyError {
        if line > 1 {
            if input.len() >= start + 3 {
                if input[start..start + 3] != code {
                    return mismatch(input, start, line, expected);
                }
            } else {
                return mismatch_prefix(input, start, line, expected, code);
            }
        }
        if line > self.max_lines {
            return self.too_many(start, line);
        }
        match input.get(start + 3) {
            None | Some(b' ' | b'-') => {}
            Some(b'\r') if input.len() == start + 4 => {}
            Some(_) => return malformed(ReplyErrorKind::InvalidSeparator, start + 3, line),
        }
        if input.len() - start >= self.max_line_len {
            self.too_long(start, line)
        } else {
            ReplyError::Incomplete
        }
    }

    #[cold]
    fn too_many(&self, start: usize, line: usize) -> ReplyError {
        malformed(
            ReplyErrorKind::TooManyLines {
                limit: self.max_lines,
            },
            start,
            line,
        )
    }

    #[cold]
    fn too_long(&self, start: usize, line: usize) -> ReplyError {
        malformed(
            ReplyErrorKind::LineTooLong {
                limit: self.max_line_len,
            },
            start,
            line,
        )
    }
}

/// Whether the line `input[start..=lf]`, whose code was checked, is the last one: its
/// separator is a space or the line ends after the code (a bare code).
#[inline(always)]
fn separator(input: &[u8], start: usize, lf: usize, line: usize) -> Result<bool, ReplyError> {
    // `start + 3 <= lf`: the code holds no LF. An if chain, not a match: no jump table.
    let sep = input[start + 3];
    if sep == b' ' {
        Ok(true)
    } else if sep == b'-' {
        // The line goes on after the hyphen: `lf > start + 3`.
        Ok(false)
    } else if sep == b'\n' || (sep == b'\r' && lf - start == 4) {
        // `ddd` LF or `ddd` CR LF: a bare code.
        Ok(true)
    } else {
        Err(malformed(ReplyErrorKind::InvalidSeparator, start + 3, line))
    }
}

const fn malformed(kind: ReplyErrorKind, offset: usize, line: usize) -> ReplyError {
    ReplyError::Malformed { kind, offset, line }
}

/// The first line has fewer than three bytes: incomplete unless one is already wrong.
#[cold]
fn partial_code(input: &[u8], start: usize, line: usize) -> ReplyError {
    let rest = &input[start..];
    let checks: [fn(u8) -> bool; 3] = [
        |b| matches!(b, b'2'..=b'5'),
        |b| matches!(b, b'0'..=b'5'),
        |b| b.is_ascii_digit(),
    ];
    for (i, (&byte, check)) in rest.iter().zip(checks).enumerate() {
        if !check(byte) {
            return malformed(ReplyErrorKind::InvalidCode, start + i, line);
        }
    }
    ReplyError::Incomplete
}

/// A continuation line whose three code bytes differ from the first line's.
fn mismatch(input: &[u8], start: usize, line: usize, expected: u16) -> ReplyError {
    match partial_code(&input[..start + 3], start, line) {
        ReplyError::Incomplete => {
            let b = &input[start..start + 3];
            let found =
                u16::from(b[0] - b'0') * 100 + u16::from(b[1] - b'0') * 10 + u16::from(b[2] - b'0');
            malformed(
                ReplyErrorKind::CodeMismatch { expected, found },
                start,
                line,
            )
        }
        invalid => invalid,
    }
}

/// A continuation line cut short inside its code: incomplete while it still matches.
fn mismatch_prefix(
    input: &[u8],
    start: usize,
    line: usize,
    expected: u16,
    code: [u8; 3],
) -> ReplyError {
    match partial_code(input, start, line) {
        ReplyError::Incomplete if input[start..].iter().zip(code).all(|(a, b)| *a == b) => {
            ReplyError::Incomplete
        }
        ReplyError::Incomplete => {
            // A valid but different code so far: report it as a mismatch at the line start.
            let mut found = 0u16;
            for (i, digit) in code.iter().enumerate() {
                let d = input.get(start + i).copied().unwrap_or(*digit);
                found = found * 10 + u16::from(d - b'0');
            }
            malformed(
                ReplyErrorKind::CodeMismatch { expected, found },
                start,
                line,
            )
        }
        invalid => invalid,
    }
}

/// The enhanced status code at the start of a first line's text, if it is one and its class
/// is the reply's first digit (`class`, an ASCII digit); with the length of the code.
/// `class "." 1*3digit "." 1*3digit`, then a space or the end of the text (RFC 3463 §2,
/// RFC 2034 §4).
#[inline(always)]
fn enhanced_code(text: &[u8], class: u8) -> Option<(EnhancedStatusCode, u8)> {
    if text.len() < 5 || text[0] != class || text[1] != b'.' {
        return None;
    }
    // The common `c.d.d`, then a space or the end of the text, without the loops.
    if let [_, b'.', s @ b'0'..=b'9', b'.', d @ b'0'..=b'9', rest @ ..] = text {
        if matches!(rest.first(), None | Some(b' ')) {
            let code = EnhancedStatusCode::new(class - b'0', (s - b'0') as u16, (d - b'0') as u16)?;
            return Some((code, 5));
        }
    }
    let (subject, at) = digits(text, 2)?;
    if text.get(at) != Some(&b'.') {
        return None;
    }
    let (detail, end) = digits(text, at + 1)?;
    if end < text.len() && text[end] != b' ' {
        return None;
    }
    let code = EnhancedStatusCode::new(class - b'0', subject, detail)?;
    Some((code, end as u8))
}

/// One to three ASCII digits at `at`, not followed by a fourth: the value and where they end.
#[inline(always)]
fn digits(text: &[u8], at: usize) -> Option<(u16, usize)> {
    let mut value = 0u16;
    let mut i = at;
    while i < text.len() && text[i].is_ascii_digit() {
        if i - at == 3 {
            return None;
        }
        value = value * 10 + u16::from(text[i] - b'0');
        i += 1;
    }
    if i == at {
        None
    } else {
        Some((value, i))
    }
}

impl<'a> Reply<'a> {
    /// Parses one reply from the start of `input` with the default limits; returns it and
    /// the number of bytes it took. See [`ReplyParser`] for the rules and the limits.
    #[inline]
    pub fn parse(input: &'a [u8]) -> Result<(Reply<'a>, usize), ReplyError> {
        ReplyParser::new().parse(input)
    }

    /// The reply code, such as `550`; [`ReplyCode::status`] says what the data knows of it.
    pub const fn code(&self) -> ReplyCode {
        ReplyCode::from_checked(self.code)
    }

    /// The enhanced status code of the reply (RFC 3463, RFC 2034): the first word of the
    /// first line, when it is a well-formed code whose class is the first digit of the reply
    /// code. See [`ReplyParser`].
    pub const fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }

    /// The first digit: 2, 3, 4 or 5; [`ReplyCode::class`].
    pub const fn class(&self) -> u8 {
        self.code().class()
    }

    /// `2yz` or `3yz`; [`ReplyCode::is_positive`].
    pub const fn is_positive(&self) -> bool {
        self.code().is_positive()
    }

    /// `2yz`; [`ReplyCode::is_completion`].
    pub const fn is_completion(&self) -> bool {
        self.code().is_completion()
    }

    /// `3yz`; [`ReplyCode::is_intermediate`].
    pub const fn is_intermediate(&self) -> bool {
        self.code().is_intermediate()
    }

    /// `4yz`; [`ReplyCode::is_transient`].
    pub const fn is_transient(&self) -> bool {
        self.code().is_transient()
    }

    /// `5yz`; [`ReplyCode::is_permanent`].
    pub const fn is_permanent(&self) -> bool {
        self.code().is_permanent()
    }

    /// `4yz` or `5yz`; [`ReplyCode::is_negative`].
    pub const fn is_negative(&self) -> bool {
        self.code().is_negative()
    }

    /// The number of lines, at least 1.
    pub const fn line_count(&self) -> usize {
        self.lines as usize
    }

    /// The bytes of the reply as received, from the first code to the last line ending.
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.raw
    }

    /// The text of each line, without code, separator and line ending, as received.
    pub fn lines(&self) -> Lines<'a> {
        Lines::new(self.raw, self.lines as usize)
    }

    /// The text of each line without the enhanced status code: on every line that starts
    /// with the reply's enhanced code, as written on the first line, the code and the spaces
    /// after it are left out (RFC 2034 §4 repeats the code on every line). A line that starts
    /// with another code keeps it. Without an enhanced code, the same as [`Reply::lines`].
    pub fn message_lines(&self) -> MessageLines<'a> {
        let prefix = if self.enhanced_len == 0 {
            &[][..]
        } else {
            &self.raw[4..4 + self.enhanced_len as usize]
        };
        MessageLines::new(Lines::new(self.raw, self.lines as usize), prefix)
    }

    /// The text of each line as `&str`, or `None` when some text is not UTF-8 (RFC 6531 allows
    /// UTF-8; other encodings are not text this crate can read).
    pub fn str_lines(&self) -> Option<StrLines<'a>> {
        StrLines::new(self.raw, self.lines as usize)
    }

    /// The text of the first line, as [`Reply::lines`] gives it.
    pub fn first_line(&self) -> &'a [u8] {
        self.lines().next().unwrap_or_default()
    }

    /// The reply in wire form, CRLF line endings, written through [`core::fmt::Write`]:
    /// the same as its [`Display`](fmt::Display). Text that is not UTF-8 is written with
    /// U+FFFD replacement characters; [`Reply::encode`] writes bytes exactly.
    pub fn write_to<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        format::write_reply(self, out)
    }

    /// The number of bytes [`Reply::encode`] writes.
    pub fn wire_len(&self) -> usize {
        format::wire_len(self)
    }

    /// Writes the reply in wire form into `buf`, byte for byte whatever the text's encoding,
    /// and returns the number of bytes written; `None` when `buf` is shorter than
    /// [`Reply::wire_len`]. Unlike [`Reply::as_bytes`], lines always end with CRLF and an
    /// empty last line is the bare code, as [`Reply::write_to`] writes them.
    ///
    /// ```
    /// use smtp_codes::Reply;
    /// let (reply, _) = Reply::parse(b"250-a\n250 b\n").unwrap();
    /// let mut buf = [0u8; 64];
    /// let n = reply.encode(&mut buf).unwrap();
    /// assert_eq!(&buf[..n], b"250-a\r\n250 b\r\n");
    /// assert_eq!(n, reply.wire_len());
    /// ```
    pub fn encode(&self, buf: &mut [u8]) -> Option<usize> {
        format::encode(self, buf)
    }
}

impl PartialEq for Reply<'_> {
    fn eq(&self, other: &Reply<'_>) -> bool {
        self.code == other.code && self.lines == other.lines && self.lines().eq(other.lines())
    }
}

impl Eq for Reply<'_> {}

impl Hash for Reply<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code.hash(state);
        for line in self.lines() {
            line.hash(state);
        }
    }
}

impl fmt::Debug for Reply<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Text<'a>(&'a [u8]);
        impl fmt::Debug for Text<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match core::str::from_utf8(self.0) {
                    Ok(s) => fmt::Debug::fmt(s, f),
                    Err(_) => write!(f, "b\"{}\"", self.0.escape_ascii()),
                }
            }
        }
        struct AllLines<'a>(Lines<'a>);
        impl fmt::Debug for AllLines<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list().entries(self.0.clone().map(Text)).finish()
            }
        }
        f.debug_struct("Reply")
            .field("code", &self.code)
            .field("enhanced", &self.enhanced)
            .field("lines", &AllLines(self.lines()))
            .finish()
    }
}

impl fmt::Display for Reply<'_> {
    /// The wire form: see [`Reply::write_to`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        format::write_reply(self, f)
    }
}
