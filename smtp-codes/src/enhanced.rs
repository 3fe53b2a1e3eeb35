use crate::generated::enhanced::{ASSOCIATED, CLASS_INFO, STATUS_INFO, STATUS_PARTS, SUBJECT_INFO};
use crate::text::describe;
use crate::{EnhancedStatus, Expected, ParseError, ReplyStatus, StatusClass, StatusSubject};
use core::fmt;
use core::num::NonZeroU32;
use core::str::FromStr;

describe!(StatusClass, CLASS_INFO);
describe!(StatusSubject, SUBJECT_INFO);
describe!(EnhancedStatus, STATUS_INFO);

/// An enhanced mail system status code (RFC 3463), such as `5.1.1`: class, subject, detail.
///
/// Any well-formed code parses, whether the registry knows it or not: servers send codes that
/// are not registered (Microsoft's `5.7.515`, say). [`EnhancedStatusCode::status`] finds the
/// registry entry, when there is one.
///
/// ```
/// use smtp_codes::{EnhancedStatus, EnhancedStatusCode, Locale};
/// let code: EnhancedStatusCode = "5.1.1".parse().unwrap();
/// assert!(code.is_permanent());
/// assert_eq!(code.status(), Some(EnhancedStatus::BadDestinationMailboxAddress));
/// assert_eq!(code.to_string(), "5.1.1");
/// assert!("5.7.515".parse::<EnhancedStatusCode>().unwrap().status().is_none());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnhancedStatusCode(
    /// `class << 24 | subject << 12 | detail`: one word, never zero (the class is 2, 4 or 5),
    /// so that an `Option<EnhancedStatusCode>` is one word too and a parsed reply carries it
    /// in a register; ordered as class, subject, detail.
    NonZeroU32,
);

/// Subject and detail take twelve bits each (at most 999).
const SUBJECT_SHIFT: u32 = 12;
const CLASS_SHIFT: u32 = 24;
const PART_MASK: u32 = 0xfff;

impl EnhancedStatusCode {
    /// A code from its parts: class 2, 4 or 5; subject and detail 0 to 999 (one to three
    /// digits, RFC 3463 §2). `None` otherwise.
    pub const fn new(class: u8, subject: u16, detail: u16) -> Option<EnhancedStatusCode> {
        if matches!(class, 2 | 4 | 5) && subject <= 999 && detail <= 999 {
            Some(EnhancedStatusCode::pack(class, subject, detail))
        } else {
            None
        }
    }

    /// Parses a code from bytes, as found on the wire. See the [`FromStr`] implementation.
    pub const fn parse_bytes(bytes: &[u8]) -> Result<EnhancedStatusCode, ParseError> {
        if bytes.is_empty() {
            return Err(ParseError::empty(Expected::EnhancedStatusCode));
        }
        match EnhancedStatusCode::scan(bytes) {
            Some((code, end)) if end == bytes.len() => Ok(code),
            _ => Err(ParseError::malformed(Expected::EnhancedStatusCode)),
        }
    }

    /// The grammar of RFC 3463 §2, `class "." subject "." detail` with class `2`, `4` or `5`
    /// and subject and detail of one to three digits, at the start of `bytes`: the code and
    /// the number of bytes it takes. What follows it is left to the caller: nothing for
    /// [`EnhancedStatusCode::parse_bytes`], a space or the end of the text in a reply. The one
    /// place this grammar is written.
    #[inline(always)]
    pub(crate) const fn scan(bytes: &[u8]) -> Option<(EnhancedStatusCode, usize)> {
        // The common one-digit subject, `c.d.` then the detail (`5.1.1`, `5.7.26`,
        // `5.7.515`): one test of the first five bytes, then the detail's other digits, without
        // the general loops. The same grammar as below: a subject digit followed by a dot is
        // the whole subject.
        if bytes.len() >= 5 {
            let [c, dot, s, dot2, d] = [bytes[0], bytes[1], bytes[2], bytes[3], bytes[4]];
            if matches!(c, b'2' | b'4' | b'5')
                & (dot == b'.')
                & s.is_ascii_digit()
                & (dot2 == b'.')
                & d.is_ascii_digit()
            {
                // `c.d.d` ends here after one more test; a longer detail is read by the one
                // digit scanner.
                let (detail, end) = if bytes.len() == 5 || !bytes[5].is_ascii_digit() {
                    ((d - b'0') as u16, 5)
                } else {
                    match digits(bytes, 4) {
                        Some(found) => found,
                        None => return None,
                    }
                };
                let code = EnhancedStatusCode::pack(c - b'0', (s - b'0') as u16, detail);
                return Some((code, end));
            }
        }
        let class = match bytes {
            [c @ (b'2' | b'4' | b'5'), b'.', ..] => *c - b'0',
            _ => return None,
        };
        let (subject, dot) = match digits(bytes, 2) {
            Some(found) => found,
            None => return None,
        };
        if dot >= bytes.len() || bytes[dot] != b'.' {
            return None;
        }
        match digits(bytes, dot + 1) {
            Some((detail, end)) => Some((EnhancedStatusCode::pack(class, subject, detail), end)),
            None => None,
        }
    }

    /// The code from parts known to be valid: class 2, 4 or 5, subject and detail at most 999.
    const fn pack(class: u8, subject: u16, detail: u16) -> EnhancedStatusCode {
        let word =
            (class as u32) << CLASS_SHIFT | (subject as u32) << SUBJECT_SHIFT | detail as u32;
        match NonZeroU32::new(word) {
            Some(word) => EnhancedStatusCode(word),
            // Not reached: the class is not 0.
            None => EnhancedStatusCode(NonZeroU32::MIN),
        }
    }

    /// The class: 2 success, 4 persistent transient failure, 5 permanent failure.
    pub const fn class(self) -> u8 {
        (self.0.get() >> CLASS_SHIFT) as u8
    }

    /// The subject: 0 to 999 (the registry uses 0 to 7).
    pub const fn subject(self) -> u16 {
        ((self.0.get() >> SUBJECT_SHIFT) & PART_MASK) as u16
    }

    /// The detail: 0 to 999.
    pub const fn detail(self) -> u16 {
        (self.0.get() & PART_MASK) as u16
    }

    /// The class, with its meaning.
    pub const fn status_class(self) -> StatusClass {
        match StatusClass::from_u8(self.class()) {
            Some(class) => class,
            // `new` and `parse_bytes` admit only the classes the registry has.
            None => panic!("an EnhancedStatusCode always has class 2, 4 or 5"),
        }
    }

    /// The subject, with its meaning, if the registry has that subject.
    pub const fn status_subject(self) -> Option<StatusSubject> {
        StatusSubject::from_u16(self.subject())
    }

    /// The registry entry `X.subject.detail`, if there is one.
    pub const fn status(self) -> Option<EnhancedStatus> {
        EnhancedStatus::from_parts(self.subject(), self.detail())
    }

    /// Class 2: success.
    pub const fn is_success(self) -> bool {
        self.class() == 2
    }

    /// Class 4: persistent transient failure; a later attempt may succeed.
    pub const fn is_transient(self) -> bool {
        self.class() == 4
    }

    /// Class 5: permanent failure; resending the same message will fail again.
    pub const fn is_permanent(self) -> bool {
        self.class() == 5
    }

    /// Class 4 or 5.
    pub const fn is_failure(self) -> bool {
        self.class() != 2
    }
}

/// One to three ASCII digits at `at`, not followed by a fourth: the value and where they
/// end. The one digit scanner of the crate: subjects and details of enhanced codes, in
/// [`EnhancedStatusCode::scan`] and in [`StatusSubject`]'s `FromStr`.
#[inline(always)]
pub(crate) const fn digits(bytes: &[u8], at: usize) -> Option<(u16, usize)> {
    let mut value = 0u16;
    let mut i = at;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        if i - at == 3 {
            return None;
        }
        value = value * 10 + (bytes[i] - b'0') as u16;
        i += 1;
    }
    if i == at {
        None
    } else {
        Some((value, i))
    }
}

impl fmt::Display for EnhancedStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class(), self.subject(), self.detail())
    }
}

impl fmt::Debug for EnhancedStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnhancedStatusCode")
            .field("class", &self.class())
            .field("subject", &self.subject())
            .field("detail", &self.detail())
            .finish()
    }
}

impl FromStr for EnhancedStatusCode {
    type Err = ParseError;

    /// `class "." subject "." detail` (RFC 3463 §2): class `2`, `4` or `5`, subject and detail
    /// one to three digits each. Nothing may surround it. Leading zeros are accepted as the
    /// grammar allows (`5.01.1` is `5.1.1`).
    fn from_str(s: &str) -> Result<EnhancedStatusCode, ParseError> {
        EnhancedStatusCode::parse_bytes(s.as_bytes())
    }
}

impl From<EnhancedStatusCode> for (u8, u16, u16) {
    fn from(code: EnhancedStatusCode) -> (u8, u16, u16) {
        (code.class(), code.subject(), code.detail())
    }
}

impl EnhancedStatus {
    /// The subject number: `X.1.1` -> 1.
    pub fn subject(self) -> u16 {
        STATUS_PARTS[self.index()].0
    }

    /// The detail number: `X.1.1` -> 1.
    pub fn detail(self) -> u16 {
        STATUS_PARTS[self.index()].1
    }

    /// The registry's associated basic status codes: the reply codes this status usually
    /// comes with (`X.1.1`: 550, 553, 503, 501, 451).
    pub fn reply_statuses(self) -> &'static [ReplyStatus] {
        ASSOCIATED[self.index()]
    }

    /// This status in a class: `X.1.1` in class 5 is `5.1.1`.
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatus, StatusClass};
    /// let code = EnhancedStatus::BadDestinationMailboxAddress.with_class(StatusClass::PermanentFailure);
    /// assert_eq!(code.to_string(), "5.1.1");
    /// ```
    pub fn with_class(self, class: StatusClass) -> EnhancedStatusCode {
        EnhancedStatusCode::pack(class.number(), self.subject(), self.detail())
    }
}

impl fmt::Display for EnhancedStatus {
    /// The registry's form: `X.1.1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "X.{}.{}", self.subject(), self.detail())
    }
}

impl FromStr for EnhancedStatus {
    type Err = ParseError;

    /// The registry's form `X.1.1` (or `x.1.1`), or a concrete code such as `5.1.1`.
    fn from_str(s: &str) -> Result<EnhancedStatus, ParseError> {
        let expected = Expected::EnhancedStatus;
        let restate = |e: ParseError| ParseError::new(e.kind(), expected);
        let code = match s.as_bytes() {
            [] => return Err(ParseError::empty(expected)),
            [b'X' | b'x', rest @ ..] => {
                let mut concrete = [0u8; 12];
                if rest.len() + 1 > concrete.len() {
                    return Err(ParseError::malformed(expected));
                }
                concrete[0] = b'2';
                concrete[1..=rest.len()].copy_from_slice(rest);
                EnhancedStatusCode::parse_bytes(&concrete[..=rest.len()]).map_err(restate)?
            }
            bytes => EnhancedStatusCode::parse_bytes(bytes).map_err(restate)?,
        };
        code.status().ok_or(ParseError::unknown(expected))
    }
}

impl StatusClass {
    /// The class digit: 2, 4 or 5.
    pub const fn number(self) -> u8 {
        self as u8
    }
}

impl StatusSubject {
    /// The subject number: `X.1.X` -> 1.
    pub const fn number(self) -> u16 {
        self as u16
    }
}

impl fmt::Display for StatusClass {
    /// The registry's form: `5.X.X`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.X.X", self.number())
    }
}

impl fmt::Display for StatusSubject {
    /// The registry's form: `X.1.X`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "X.{}.X", self.number())
    }
}

impl FromStr for StatusClass {
    type Err = ParseError;

    /// The class digit (`5`) or the registry's form (`5.X.X`, also `5.XXX.XXX`).
    fn from_str(s: &str) -> Result<StatusClass, ParseError> {
        let expected = Expected::StatusClass;
        let digit = match s.as_bytes() {
            [] => return Err(ParseError::empty(expected)),
            [d] => *d,
            [d, b'.', rest @ ..]
                if rest.eq_ignore_ascii_case(b"X.X") || rest.eq_ignore_ascii_case(b"XXX.XXX") =>
            {
                *d
            }
            _ => return Err(ParseError::malformed(expected)),
        };
        match digit {
            b'0'..=b'9' => StatusClass::from_u8(digit - b'0').ok_or(ParseError::unknown(expected)),
            _ => Err(ParseError::malformed(expected)),
        }
    }
}

impl FromStr for StatusSubject {
    type Err = ParseError;

    /// The registry's form `X.1.X` (also `X.1.XXX`), or the number alone (`1`).
    fn from_str(s: &str) -> Result<StatusSubject, ParseError> {
        let expected = Expected::StatusSubject;
        let number = match s.as_bytes() {
            [] => return Err(ParseError::empty(expected)),
            [b'X' | b'x', b'.', rest @ ..] => match rest.iter().position(|&b| b == b'.') {
                Some(dot)
                    if rest[dot + 1..].eq_ignore_ascii_case(b"X")
                        || rest[dot + 1..].eq_ignore_ascii_case(b"XXX") =>
                {
                    &rest[..dot]
                }
                _ => return Err(ParseError::malformed(expected)),
            },
            bytes => bytes,
        };
        match digits(number, 0) {
            Some((subject, end)) if end == number.len() => {
                StatusSubject::from_u16(subject).ok_or(ParseError::unknown(expected))
            }
            _ => Err(ParseError::malformed(expected)),
        }
    }
}
