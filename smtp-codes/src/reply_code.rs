use crate::generated::reply_status::STATUSES;
use crate::text::describe;
use crate::{EnhancedStatus, Expected, ParseError, ReplyStatus};
use core::fmt;
use core::str::FromStr;

/// A three-digit SMTP reply code (RFC 5321 §4.2), such as `550`: any code a server may send,
/// whether or not an RFC defines it.
///
/// The crate's types come in pairs. A `…Code` type holds any well-formed code as a value:
/// [`ReplyCode`] here, [`EnhancedStatusCode`](crate::EnhancedStatusCode) for `5.1.1`. A
/// `…Status` type is an entry the data documents, with its meaning, advice and references:
/// [`ReplyStatus`] for reply codes, [`EnhancedStatus`] for the registry's `X.1.1`. From a code,
/// `status()` finds its entry, when there is one.
///
/// The first digit must be 2 to 5: RFC 5321 §4.2 and §4.3.2 forbid servers any other, and
/// §4.2.1 says "FTP's 1yz codes are not part of the SMTP model". The second and third digits
/// may be any digit: servers send codes such as `571`, which the grammar of RFC 5321 §4.2
/// (second digit 0 to 5) does not allow, and RFC 5321 asks clients to read a code they do not
/// know by its first digit (§4.2, §4.3.2), as Postfix, Exim, Python's `smtplib` and Go's
/// `net/textproto` do (see [`ReplyParser`](crate::ReplyParser)).
/// [`ReplyCode::is_rfc5321_form`] tells the two apart.
///
/// ```
/// use smtp_codes::{Locale, ReplyCode, ReplyStatus};
///
/// let code: ReplyCode = "550".parse().unwrap();
/// assert_eq!(code, 550);
/// assert!(code.is_permanent());
/// assert_eq!((code.class(), code.category(), code.detail()), (5, 5, 0));
/// let status = code.status().unwrap();
/// assert_eq!(status, ReplyStatus::MailboxUnavailable);
/// assert_eq!(status.message(Locale::En), "Requested action not taken: mailbox unavailable");
///
/// // A code no RFC defines is still a value.
/// let odd = ReplyCode::new(571).unwrap();
/// assert!(odd.is_permanent() && !odd.is_rfc5321_form() && odd.status().is_none());
/// assert!(ReplyCode::new(650).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReplyCode(u16);

impl ReplyCode {
    /// The code with this number: 200 to 599. `None` otherwise.
    pub const fn new(code: u16) -> Option<ReplyCode> {
        if matches!(code, 200..=599) {
            Some(ReplyCode(code))
        } else {
            None
        }
    }

    /// A code the reply parser has checked: first digit 2 to 5, three digits.
    pub(crate) const fn from_checked(code: u16) -> ReplyCode {
        debug_assert!(matches!(code, 200..=599));
        ReplyCode(code)
    }

    /// The number, such as `550`.
    pub const fn get(self) -> u16 {
        self.0
    }

    /// The first digit (RFC 5321 §4.2.1): 2 positive completion, 3 positive intermediate,
    /// 4 transient negative, 5 permanent negative.
    pub const fn class(self) -> u8 {
        (self.0 / 100) as u8
    }

    /// The second digit (RFC 5321 §4.2.1): 0 syntax, 1 information, 2 connections,
    /// 3 and 4 unspecified, 5 mail system; 6 to 9 are outside the RFC's grammar.
    pub const fn category(self) -> u8 {
        (self.0 / 10 % 10) as u8
    }

    /// The third digit: the finer meaning within the category.
    pub const fn detail(self) -> u8 {
        (self.0 % 10) as u8
    }

    /// Whether the code fits the grammar of RFC 5321 §4.2, `Reply-code = %x32-35 %x30-35
    /// %x30-39`: second digit 0 to 5. Servers also send codes such as `571`; RFC 5321 asks
    /// clients to interpret a code they do not know "by interpreting the first digit only"
    /// (§4.2, §4.3.2), so such a code is read, and this tells it apart.
    pub const fn is_rfc5321_form(self) -> bool {
        self.category() <= 5
    }

    /// `2yz` and `3yz`: the command was accepted (completely or so far).
    pub const fn is_positive(self) -> bool {
        self.0 < 400
    }

    /// `2yz`: positive completion.
    pub const fn is_completion(self) -> bool {
        self.0 < 300
    }

    /// `3yz`: positive intermediate; the server waits for more (the message after `DATA`).
    pub const fn is_intermediate(self) -> bool {
        matches!(self.0, 300..=399)
    }

    /// `4yz`: transient negative completion; the same command may succeed later.
    pub const fn is_transient(self) -> bool {
        matches!(self.0, 400..=499)
    }

    /// `5yz`: permanent negative completion; repeating the command unchanged will fail again.
    pub const fn is_permanent(self) -> bool {
        self.0 >= 500
    }

    /// `4yz` or `5yz`: the command failed.
    pub const fn is_negative(self) -> bool {
        self.0 >= 400
    }

    /// The entry the data has for this code, with its meaning; `None` for a code no RFC, no
    /// registry entry and no folk list in the data names.
    pub const fn status(self) -> Option<ReplyStatus> {
        ReplyStatus::from_number(self.0)
    }

    /// Parses exactly three ASCII digits, as found on the wire. See the [`FromStr`]
    /// implementation.
    pub const fn parse_bytes(bytes: &[u8]) -> Result<ReplyCode, ParseError> {
        match *bytes {
            [] => Err(ParseError::empty(Expected::ReplyCode)),
            [a, b, c] if digits_ok([a, b, c]) => Ok(ReplyCode(digits_value([a, b, c]))),
            _ => Err(ParseError::malformed(Expected::ReplyCode)),
        }
    }
}

/// The rule for one digit of a reply code, at `position` 0, 1 or 2: the first `2` to `5`, the
/// second and third any ASCII digit. The one place the rule is written; the reply parser and
/// [`ReplyCode::parse_bytes`] both use it.
///
/// RFC 5321's grammar (§4.2, `Reply-code = %x32-35 %x30-35 %x30-39`) allows only `0` to `5`
/// as the second digit, but its rules for clients read the first digit alone: "a sender-SMTP
/// MUST be prepared to handle codes not specified in this document and MUST do so by
/// interpreting the first digit only" (§4.2); "SMTP clients SHOULD, when possible, interpret
/// only the first digit of the reply and MUST be prepared to deal with unrecognized reply
/// codes by interpreting the first digit only" (§4.3.2). The first digit is the one §4.3.2
/// bounds for servers: they "MUST NOT transmit reply codes to an SMTP client that are other
/// than three digits or that do not start in a digit between 2 and 5 inclusive".
/// [`ReplyCode::is_rfc5321_form`] tells the codes of the grammar apart.
#[inline(always)]
pub(crate) const fn digit_ok(position: usize, byte: u8) -> bool {
    if position == 0 {
        matches!(byte, b'2'..=b'5')
    } else {
        byte.is_ascii_digit()
    }
}

/// [`digit_ok`] for the three digits of a code at once, without a branch per digit.
#[inline(always)]
pub(crate) const fn digits_ok([a, b, c]: [u8; 3]) -> bool {
    digit_ok(0, a) & digit_ok(1, b) & digit_ok(2, c)
}

/// The number three checked ASCII digits stand for.
#[inline(always)]
pub(crate) const fn digits_value([a, b, c]: [u8; 3]) -> u16 {
    // 111 * b'0' = 5328 is taken off once instead of b'0' from each digit.
    a as u16 * 100 + b as u16 * 10 + c as u16 - 5328
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for ReplyCode {
    type Err = ParseError;

    /// Exactly three ASCII digits, the first 2 to 5, nothing around them.
    fn from_str(s: &str) -> Result<ReplyCode, ParseError> {
        ReplyCode::parse_bytes(s.as_bytes())
    }
}

impl TryFrom<u16> for ReplyCode {
    type Error = ParseError;

    /// [`ParseError`] of kind `Malformed` outside 200 to 599.
    fn try_from(code: u16) -> Result<ReplyCode, ParseError> {
        ReplyCode::new(code).ok_or(ParseError::malformed(Expected::ReplyCode))
    }
}

impl From<ReplyCode> for u16 {
    fn from(code: ReplyCode) -> u16 {
        code.0
    }
}

impl PartialEq<u16> for ReplyCode {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

impl PartialEq<ReplyCode> for u16 {
    fn eq(&self, other: &ReplyCode) -> bool {
        *self == other.0
    }
}

describe!(ReplyStatus, crate::generated::reply_status::INFO);

impl ReplyStatus {
    /// The code, such as `550`.
    pub const fn code(self) -> ReplyCode {
        ReplyCode(self as u16)
    }

    /// The enhanced statuses whose registry entry lists this code among its associated basic
    /// status codes: what the enhanced code after a `550` usually is.
    pub fn enhanced_statuses(self) -> &'static [EnhancedStatus] {
        STATUSES[self.index()]
    }
}

impl fmt::Display for ReplyStatus {
    /// The code: `550`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.code(), f)
    }
}

impl From<ReplyStatus> for ReplyCode {
    fn from(status: ReplyStatus) -> ReplyCode {
        status.code()
    }
}

impl TryFrom<u16> for ReplyStatus {
    type Error = ParseError;

    /// [`ParseError`] of kind `Malformed` outside 200 to 599, `Unknown` for a code the data
    /// does not document.
    fn try_from(code: u16) -> Result<ReplyStatus, ParseError> {
        match ReplyCode::new(code) {
            Some(code) => code
                .status()
                .ok_or(ParseError::unknown(Expected::ReplyStatus)),
            None => Err(ParseError::malformed(Expected::ReplyStatus)),
        }
    }
}

impl FromStr for ReplyStatus {
    type Err = ParseError;

    /// Three digits, as for [`ReplyCode`]; `Unknown` for a code the data does not document.
    fn from_str(s: &str) -> Result<ReplyStatus, ParseError> {
        let code = ReplyCode::parse_bytes(s.as_bytes())
            .map_err(|e| ParseError::new(e.kind(), Expected::ReplyStatus))?;
        code.status()
            .ok_or(ParseError::unknown(Expected::ReplyStatus))
    }
}
