use crate::generated::reply_code::{INFO, STATUSES};
use crate::text::describe;
use crate::{EnhancedStatus, ParseError, ReplyCode};
use core::fmt;
use core::str::FromStr;

describe!(ReplyCode, reply, INFO);

impl ReplyCode {
    /// The number, such as `550`.
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// The first digit (RFC 5321 §4.2.1): 2 positive completion, 3 positive intermediate,
    /// 4 transient negative, 5 permanent negative.
    pub const fn class(self) -> u8 {
        (self.code() / 100) as u8
    }

    /// The second digit (RFC 5321 §4.2.1): 0 syntax, 1 information, 2 connections,
    /// 3 and 4 unspecified, 5 mail system.
    pub const fn category(self) -> u8 {
        (self.code() / 10 % 10) as u8
    }

    /// `2yz` and `3yz`: the command was accepted (completely or so far).
    pub const fn is_positive(self) -> bool {
        matches!(self.code(), 200..=399)
    }

    /// `2yz`: positive completion.
    pub const fn is_completion(self) -> bool {
        matches!(self.code(), 200..=299)
    }

    /// `3yz`: positive intermediate; the server waits for more (the message after `DATA`).
    pub const fn is_intermediate(self) -> bool {
        matches!(self.code(), 300..=399)
    }

    /// `4yz`: transient negative completion; the same command may succeed later.
    pub const fn is_transient(self) -> bool {
        matches!(self.code(), 400..=499)
    }

    /// `5yz`: permanent negative completion; repeating the command unchanged will fail again.
    pub const fn is_permanent(self) -> bool {
        matches!(self.code(), 500..=599)
    }

    /// `4yz` or `5yz`.
    pub const fn is_negative(self) -> bool {
        matches!(self.code(), 400..=599)
    }

    /// The enhanced statuses whose registry entry lists this code among its associated basic
    /// status codes: what the enhanced code after a `550` usually is.
    pub fn enhanced_statuses(self) -> &'static [EnhancedStatus] {
        STATUSES[self.index()]
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.code(), f)
    }
}

impl From<ReplyCode> for u16 {
    fn from(code: ReplyCode) -> u16 {
        code.code()
    }
}

impl TryFrom<u16> for ReplyCode {
    type Error = ParseError;

    /// [`ParseError::Malformed`] outside `200..=559` or with a second digit over 5,
    /// [`ParseError::Unknown`] for a well-formed code the data does not have.
    fn try_from(code: u16) -> Result<ReplyCode, ParseError> {
        match ReplyCode::from_u16(code) {
            Some(reply) => Ok(reply),
            None if is_well_formed(code) => Err(ParseError::Unknown),
            None => Err(ParseError::Malformed),
        }
    }
}

impl FromStr for ReplyCode {
    type Err = ParseError;

    /// Exactly three ASCII digits, nothing around them.
    fn from_str(s: &str) -> Result<ReplyCode, ParseError> {
        match s.as_bytes() {
            [] => Err(ParseError::Empty),
            &[a, b, c] if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() => {
                let code =
                    u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0');
                ReplyCode::try_from(code)
            }
            _ => Err(ParseError::Malformed),
        }
    }
}

/// RFC 5321 §4.2: first digit 2 to 5, second 0 to 5, third any.
pub(crate) const fn is_well_formed(code: u16) -> bool {
    matches!(code, 200..=599) && code / 10 % 10 <= 5
}
