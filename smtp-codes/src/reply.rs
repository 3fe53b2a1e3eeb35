//! Parsing server replies: [`Reply`], [`ReplyParser`] and their iterators.

mod error;
mod format;
mod lines;
mod rules;
mod scan;

pub use error::{ReplyError, ReplyErrorKind};
pub use lines::{Lines, MessageLines, StrLines};

use lines::LineEnds;

use crate::reply_code::{digit_ok, digits_ok, digits_value};
use crate::{EnhancedStatusCode, ReplyCode};
use core::fmt;
use core::hash::{Hash, Hasher};
use rules::Separator;
use scan::first_line_lf;

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
    /// Where the first lines end, found while parsing.
    ends: LineEnds,
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
/// Reply-code = %x32-35 %x30-35 %x30-39
/// ```
///
/// What this parser accepts, beyond the letter of that grammar, and what it rejects:
///
/// - **Codes**: three ASCII digits, the first `2` to `5`, the second and third any digit.
///   Anything else is [`ReplyErrorKind::InvalidCode`]. The grammar above allows `0` to `5` as
///   the second digit, but servers send codes such as `571` (Courier's refusal when a mail
///   filter gives no text, `courier/submit.C`: `571 Delivery not authorized, message
///   refused.`), and RFC 5321 tells clients to read a code they do not know by its first
///   digit, which carries the outcome:
///
///   > Consequently, a sender-SMTP MUST be prepared to handle codes not specified in this
///   > document and MUST do so by interpreting the first digit only. (§4.2)
///
///   > SMTP clients SHOULD, when possible, interpret only the first digit of the reply and
///   > MUST be prepared to deal with unrecognized reply codes by interpreting the first digit
///   > only. Unless extended using the mechanisms described in Section 2.2, SMTP servers MUST
///   > NOT transmit reply codes to an SMTP client that are other than three digits or that do
///   > not start in a digit between 2 and 5 inclusive. (§4.3.2)
///
///   §4.2.1 adds: "An unsophisticated SMTP client, or one that receives an unexpected code,
///   will be able to determine its next action (proceed as planned, redo, retrench, etc.) by
///   examining this first digit", and "FTP's 1yz codes are not part of the SMTP model".
///   The clients mail flows through check no more than that; none checks the second digit:
///
///   - Postfix, `src/smtp/smtp_chat.c` (`smtp_chat_resp`): a line counts when it starts with
///     exactly three `ISDIGIT` bytes followed by `-` (more lines), a space or the end of the
///     line; the code is `atoi` of the last line. `src/smtp/smtp_proto.c` then acts on
///     `resp->code / 100`.
///   - Exim, `src/src/smtp_out.c` (`smtp_read_response`): every line must start with three
///     `isdigit` bytes followed by `-`, a space or the end of the line; the answer is whether
///     the first byte of the reply is the expected first digit (`buffer[0] == okdigit`).
///   - Python, `Lib/smtplib.py` (`SMTP.getreply`): `int(line[:3])` with no range check; a line
///     goes on when `line[3:4] == b"-"`.
///   - Go, `src/net/textproto/reader.go` (`parseCodeLine`, used by `ReadResponse`): the fourth
///     byte must be a space or `-`, and `strconv.Atoi(line[0:3])` must give at least 100.
///
///   So a code such as `571` is read, and [`ReplyCode::is_rfc5321_form`] says that it is
///   outside the grammar: `reply.code().is_rfc5321_form()` is the strict check, for a caller
///   that wants one (there is no strict mode besides it: one way to ask). The code need not be
///   one the data knows ([`ReplyCode::status`] is then `None`).
/// - **Multi-line replies**: every line but the last has a hyphen after the code; every line
///   must have the same code, or the reply is [`ReplyErrorKind::CodeMismatch`]. RFC 5321
///   §4.2.1: "In a multiline reply, the reply code on each of the lines MUST be the same. It is
///   reasonable for the client to rely on this, so it can make processing decisions based on
///   the code in any line, assuming that all others will be the same." Clients disagree on a
///   reply that breaks the rule (Postfix and `smtplib` keep the last line's code, Exim the
///   first line's first digit, Go's `ReadResponse` reads the odd line as text and waits for a
///   line with the first code), so it is an error here, and the error says where: its offset
///   is the start of the first line whose code differs, and `found` is that line's code. To
///   read what the server went on to say, parse again from that offset, as in the example
///   below (a greeting whose last line refuses the connection: the `421` is what counts).
/// - **A bare code as the last line**: `334\r\n` is valid (the grammar makes the text of
///   the last line optional) and has empty text; so is `334 \r\n`. RFC 5321 §4.2: "clients
///   that do not receive it SHOULD be prepared to process the code alone (with or without a
///   trailing space character)". Some clients (lettre) reject it.
/// - **Empty and space-padded lines**: `250-` and `250- ` continue a reply like any other
///   line (the grammar makes every line's text optional); the text keeps its spaces, as
///   received: [`Reply::lines`] gives `""` and `" "`.
/// - **Line endings**: CRLF, and a bare LF as well (RFC 5321 §4.1.1.4 asks receivers to be
///   liberal about it, and servers and proxies that send LF exist). A CR is part of the line
///   ending only right before the LF; elsewhere it is text.
/// - **Text**: any bytes but LF. RFC 5321 §4.2 allows printable ASCII and tab; RFC 6531 §3.7.4
///   (SMTPUTF8) allows UTF-8, and servers send other bytes as well, so the text is not
///   checked: [`Reply::lines`] gives bytes, and [`Reply::str_lines`] checks UTF-8 on demand.
///   Text that quotes another reply (`... said: 450 4.2.0 ...`) is text: only the code at the
///   start of each line counts.
/// - **Enhanced status code** (RFC 3463, RFC 2034): the first word of the first line's text,
///   when it is well formed (class `2`, `4` or `5`, then subject and detail of one to three
///   digits each: Microsoft's `5.7.515` is one) and its class is the first digit of the reply
///   code, as RFC 2034 §4 requires ("a 2xx response must incorporate a 2.X.X code"). So
///   `250 2address.org`, `550 4.2.0 ...`, and any `3yz` reply have none. RFC 2034 puts the code
///   first ("preface the text part of almost all response lines with a status code", §4) and
///   says that it "is always followed by one or more spaces" (§3): the word ends at a space
///   (one or more: `550 5.7.26  text` has `5.7.26`) or at the end of the line. Hence none for
///   qmail's `553 sorry, ... rcpthosts (#5.7.1)` and the `550 #5.1.0 Address rejected.` quoted
///   on the Linux kernel lists (not the first word, or not only digits and dots), nor for older OpenSMTPD's
///   `250 2.0.0: Ok` (a colon, not a space, follows; OpenSMTPD has since dropped the colon).
///   Postfix reads these alike: `dsn_valid` (`src/global/dsn_util.c`) wants the code followed
///   by the end of the text or whitespace, and `smtp_chat_resp` looks for it only at the start
///   of the text (after any spaces) of a `2yz`, `4yz` or `5yz` reply, with the reply's first
///   digit.
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
///
/// // A code outside RFC 5321's grammar is read, and says so.
/// let (reply, _) = parser.parse(b"571 Delivery not authorized, message refused.\r\n").unwrap();
/// assert!(reply.is_permanent() && !reply.code().is_rfc5321_form());
/// ```
///
/// A reply whose lines carry different codes, and how to read what its last line says:
///
/// ```
/// use smtp_codes::{Reply, ReplyError, ReplyErrorKind};
/// let input = b"220-mx.example.fr ESMTP\r\n421 4.2.1 Service not available\r\n";
/// let err = Reply::parse(input).unwrap_err();
/// let ReplyError::Malformed { kind: ReplyErrorKind::CodeMismatch { expected, found }, offset, line } = err
/// else {
///     panic!("{err:?}")
/// };
/// assert_eq!((expected, found, line), (220, 421, 2));
/// // The line with the other code starts a reply of its own.
/// let (rest, used) = Reply::parse(&input[offset..]).unwrap();
/// assert_eq!(offset + used, input.len());
/// assert!(rest.is_transient());
/// assert_eq!(rest.enhanced().unwrap().to_string(), "4.2.1");
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
        let codes = [c0, c1, c2];
        // One branch for the three digits; which one is wrong is found off the hot path.
        if !digits_ok(codes) {
            return Err(partial_code(&input[..3], 0, 1));
        }
        let code = digits_value(codes);

        // The first line: its rules, then its enhanced code. The code holds no LF.
        let Some(lf) = first_line_lf(input) else {
            return Err(self.unfinished(input, 0, 1, codes));
        };
        let last = self.line(input, 0, lf, 1)?;
        let start = lf + 1;
        let (mut reply, used) = if last {
            // One line: the common case, kept short so that it can be inlined.
            let ends = LineEnds::one(start);
            let reply = Reply {
                raw: &input[..start],
                code,
                lines: 1,
                enhanced: None,
                enhanced_len: 0,
                ends,
            };
            (reply, start)
        } else {
            self.parse_more(input, lf, code, codes)?
        };
        // The enhanced code, once the reply is known to be whole (and not before: nothing is
        // kept across the lines). It needs at least `ddd x.y.z`, and text on the first line
        // (not the bare code `550` LF, whose next line could start with a code).
        if lf > 8 {
            if let Some((found, len)) = rules::enhanced_code(input, c0) {
                reply.enhanced = Some(found);
                reply.enhanced_len = len;
            }
        }
        Ok((reply, used))
    }

    /// The line-count rule: a reply has at most [`ReplyParser::max_lines`] lines. `line` counts
    /// from 1.
    #[inline(always)]
    const fn lines_ok(&self, line: usize) -> bool {
        line <= self.max_lines
    }

    /// The line-length rule: the line that starts at `start` and whose LF is at `end` (or
    /// whose bytes so far end before `end`, with the LF still to come) is at most
    /// [`ReplyParser::max_line_len`] bytes long, LF included.
    #[inline(always)]
    const fn fits(&self, start: usize, end: usize) -> bool {
        end - start < self.max_line_len
    }

    /// The rules for the line `input[start..=lf]` once its code is known to be the reply's,
    /// in the order their errors are reported: the line count, the separator, the length.
    /// Whether it is the last line.
    #[inline(always)]
    fn line(&self, input: &[u8], start: usize, lf: usize, line: usize) -> Result<bool, ReplyError> {
        if !self.lines_ok(line) {
            return Err(self.too_many(start, line));
        }
        // `start + 3 <= lf`: the code holds no LF.
        let last = match rules::separator(Some(input[start + 3]), input.get(start + 4).copied()) {
            Separator::More => false,
            Separator::Last => true,
            Separator::Open | Separator::Invalid => {
                return Err(malformed(ReplyErrorKind::InvalidSeparator, start + 3, line))
            }
        };
        if !self.fits(start, lf) {
            return Err(self.too_long(start, line));
        }
        Ok(last)
    }

    /// The lines after the first, whose LF is at `first_lf`, when the first line has a hyphen.
    ///
    /// The LFs come a block at a time ([`scan::lf_block`]), and each block's two words of LF
    /// bits are taken in two inner loops, so that they stay in two general registers. A line
    /// that goes on (`ddd-` with the reply's code) is checked with one compare of its head,
    /// and its count and length with one test each against limits folded once: below them, the
    /// line is within [`ReplyParser::max_lines`] and [`ReplyParser::max_line_len`] and is
    /// recorded in [`LineEnds`]; at or above them, [`ReplyParser::limits`] tells which.
    #[inline(never)]
    fn parse_more<'a>(
        &self,
        input: &'a [u8],
        first_lf: usize,
        code: u16,
        codes: [u8; 3],
    ) -> Result<(Reply<'a>, usize), ReplyError> {
        // The same loop twice (`LONG` only tells the copies apart): in the first, for inputs
        // of at least one block (nearly all), the compiler knows from this test that a block
        // fits and that `input.len() - 4` does not wrap, and drops those tests from the loop.
        if input.len() >= 16 {
            self.more_lines::<true>(input, first_lf, code, codes)
        } else {
            self.more_lines::<false>(input, first_lf, code, codes)
        }
    }

    /// [`ReplyParser::parse_more`], for an input of at least 16 bytes when `LONG`.
    #[inline(always)]
    fn more_lines<'a, const LONG: bool>(
        &self,
        input: &'a [u8],
        first_lf: usize,
        code: u16,
        codes: [u8; 3],
    ) -> Result<(Reply<'a>, usize), ReplyError> {
        debug_assert_eq!(LONG, input.len() >= 16);
        // `ddd ` and `ddd-` with the first line's code, read as one word each.
        let end = rules::head(codes, rules::LAST);
        let more = rules::head(codes, rules::MORE);
        // A line whose number is at most `fast_lines` and whose length is below `fast_len`
        // passes both limits and has its length recorded (at most 255, within the capacity).
        let fast_lines = self.max_lines.min(LineEnds::CAPACITY);
        let fast_len = self.max_line_len.min(255) + 1;
        let mut line = 1usize;
        let mut start = first_lf + 1;
        let mut ends = LineEnds::NONE;
        ends.shift_in(LineEnds::record(first_lf + 1));
        let mut next = start;
        // Where a head can start, said so that the compiler knows `start + 4` in bounds from
        // one compare.
        let head_last = input.len().wrapping_sub(4);
        // The last line, or one that is not `ddd-`: where it starts, its LF, its head.
        let (lf, head) = 'lines: loop {
            let Some(block) = scan::lf_block(input, next) else {
                return Err(self.unfinished(input, start, line + 1, codes));
            };
            next = block.next;
            for (base, mut bits) in [(block.base, block.low), (block.base + 8, block.high)] {
                while bits != 0 {
                    let lf = base + scan::first(bits);
                    bits &= bits - 1;
                    line += 1;
                    // The four bytes from `start`, past the LF in a line of fewer than
                    // four, which is then no `ddd-`; none where the input ends first.
                    let head = if start <= head_last {
                        match input.get(start..start + 4) {
                            Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
                            _ => 0,
                        }
                    } else {
                        0
                    };
                    if head != more {
                        break 'lines (lf, head);
                    }
                    let length = lf + 1 - start;
                    if line <= fast_lines && length < fast_len {
                        ends.shift_in(length as u64);
                    } else {
                        self.limits(start, lf, line)?;
                        if line <= LineEnds::CAPACITY {
                            ends.shift_in(LineEnds::record(length));
                        }
                    }
                    start = lf + 1;
                }
            }
        };
        if head == end {
            // The separator is known (and the head holds no LF, so the LF is the line's).
            self.limits(start, lf, line)?;
        } else {
            // Such a line ends the reply or is an error.
            self.other_line(input, start, lf, line, codes)?;
        }
        if line <= LineEnds::CAPACITY {
            ends.shift_in(LineEnds::record(lf + 1 - start));
        }
        let used = lf + 1;
        let reply = Reply {
            raw: &input[..used],
            code,
            lines: line as u32,
            enhanced: None,
            enhanced_len: 0,
            ends: ends.shifted_in(line.min(LineEnds::CAPACITY)),
        };
        Ok((reply, used))
    }

    /// The count and length rules, in this order, for the line `input[start..=lf]`, whose
    /// separator is known to be right.
    #[inline(always)]
    fn limits(&self, start: usize, lf: usize, line: usize) -> Result<(), ReplyError> {
        if !self.lines_ok(line) {
            return Err(self.too_many(start, line));
        }
        if !self.fits(start, lf) {
            return Err(self.too_long(start, line));
        }
        Ok(())
    }

    /// A line after the first, with its LF at `lf`, that does not start with `ddd-` or `ddd `
    /// (the first line's code): a bare code, which is the last line, or an error to report.
    #[cold]
    #[inline(never)]
    fn other_line(
        &self,
        input: &[u8],
        start: usize,
        lf: usize,
        line: usize,
        codes: [u8; 3],
    ) -> Result<(), ReplyError> {
        match input.get(start..start + 3) {
            Some(found) if found == codes => {}
            Some(_) => return Err(mismatch(input, start, line, codes)),
            None => return Err(mismatch_prefix(input, start, line, codes)),
        }
        // The code is the reply's and the head is not `ddd-`, so the separator rule says
        // last line or error.
        let last = self.line(input, start, lf, line)?;
        debug_assert!(last, "`ddd-` with the reply's code is read in `parse_more`");
        Ok(())
    }

    /// No LF after `start`: the line so far is checked by the same rules, then it is
    /// incomplete or too long.
    #[cold]
    fn unfinished(&self, input: &[u8], start: usize, line: usize, codes: [u8; 3]) -> ReplyError {
        if line > 1 {
            match input.get(start..start + 3) {
                Some(found) if found == codes => {}
                Some(_) => return mismatch(input, start, line, codes),
                None => return mismatch_prefix(input, start, line, codes),
            }
        }
        if !self.lines_ok(line) {
            return self.too_many(start, line);
        }
        let sep = rules::separator(input.get(start + 3).copied(), input.get(start + 4).copied());
        if sep == Separator::Invalid {
            return malformed(ReplyErrorKind::InvalidSeparator, start + 3, line);
        }
        if self.fits(start, input.len()) {
            ReplyError::Incomplete
        } else {
            self.too_long(start, line)
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

const fn malformed(kind: ReplyErrorKind, offset: usize, line: usize) -> ReplyError {
    ReplyError::Malformed { kind, offset, line }
}

/// The code of a line cut short before its third digit, from `start`: incomplete unless a
/// digit so far breaks the digit rule.
#[cold]
fn partial_code(input: &[u8], start: usize, line: usize) -> ReplyError {
    for (i, &byte) in input[start..].iter().enumerate().take(3) {
        if !digit_ok(i, byte) {
            return malformed(ReplyErrorKind::InvalidCode, start + i, line);
        }
    }
    ReplyError::Incomplete
}

/// A continuation line whose three code bytes differ from the first line's `codes`.
#[cold]
fn mismatch(input: &[u8], start: usize, line: usize, codes: [u8; 3]) -> ReplyError {
    match partial_code(&input[..start + 3], start, line) {
        ReplyError::Incomplete => {
            let found = [input[start], input[start + 1], input[start + 2]];
            malformed(
                ReplyErrorKind::CodeMismatch {
                    expected: digits_value(codes),
                    found: digits_value(found),
                },
                start,
                line,
            )
        }
        invalid => invalid,
    }
}

/// A continuation line cut short inside its code: incomplete while it still matches.
#[cold]
fn mismatch_prefix(input: &[u8], start: usize, line: usize, codes: [u8; 3]) -> ReplyError {
    match partial_code(input, start, line) {
        ReplyError::Incomplete if input[start..].iter().zip(codes).all(|(a, b)| *a == b) => {
            ReplyError::Incomplete
        }
        ReplyError::Incomplete => {
            // A valid but different code so far: reported at once, the digits still to come
            // taken from the first line's code (see `ReplyErrorKind::CodeMismatch`).
            let mut found = codes;
            for (digit, byte) in found.iter_mut().zip(&input[start..]) {
                *digit = *byte;
            }
            malformed(
                ReplyErrorKind::CodeMismatch {
                    expected: digits_value(codes),
                    found: digits_value(found),
                },
                start,
                line,
            )
        }
        invalid => invalid,
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
    #[inline]
    pub fn lines(&self) -> Lines<'a> {
        Lines::new(self.raw, self.ends)
    }

    /// The text of each line without the enhanced status code: on every line that starts
    /// with the reply's enhanced code, as written on the first line, the code and the spaces
    /// after it are left out (RFC 2034 §4 repeats the code on every line). A line that starts
    /// with another code keeps it. Without an enhanced code, the same as [`Reply::lines`].
    #[inline]
    pub fn message_lines(&self) -> MessageLines<'a> {
        MessageLines::new(
            Lines::new(self.raw, self.ends),
            usize::from(self.enhanced_len),
        )
    }

    /// The text of each line as `&str`, or `None` when some text is not UTF-8 (RFC 6531 allows
    /// UTF-8; other encodings are not text this crate can read).
    #[inline]
    pub fn str_lines(&self) -> Option<StrLines<'a>> {
        StrLines::new(self.raw, self.ends)
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
