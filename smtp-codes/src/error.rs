use core::fmt;

/// Why a string or number is not a code, a locale or a standing: what went wrong
/// ([`ParseError::kind`]) and what was expected ([`ParseError::expected`]).
///
/// ```
/// use smtp_codes::{Expected, Locale, ParseErrorKind, ReplyCode};
///
/// let err = "55".parse::<ReplyCode>().unwrap_err();
/// assert_eq!((err.kind(), err.expected()), (ParseErrorKind::Malformed, Expected::ReplyCode));
/// assert_eq!(
///     err.to_string(),
///     "malformed reply code: expected three digits, the first 2 to 5, such as 550"
/// );
/// let err = "xx".parse::<Locale>().unwrap_err();
/// assert_eq!((err.kind(), err.expected()), (ParseErrorKind::Unknown, Expected::Locale));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseError {
    kind: ParseErrorKind,
    expected: Expected,
}

/// What went wrong: see [`ParseError::kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The input was empty.
    Empty,
    /// The input is not of the expected form ([`Expected::form`]).
    Malformed,
    /// Well formed, but the data has no such entry (a reply code with no documented meaning,
    /// an enhanced status the registry does not list, a locale the data is not written in).
    Unknown,
}

/// What a parser expected: see [`ParseError::expected`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expected {
    /// A [`ReplyCode`](crate::ReplyCode): `550`.
    ReplyCode,
    /// A [`ReplyStatus`](crate::ReplyStatus): a reply code the data documents.
    ReplyStatus,
    /// An [`EnhancedStatusCode`](crate::EnhancedStatusCode): `5.1.1`.
    EnhancedStatusCode,
    /// An [`EnhancedStatus`](crate::EnhancedStatus): a registry entry, `X.1.1` or `5.1.1`.
    EnhancedStatus,
    /// A [`StatusClass`](crate::StatusClass): `5` or `5.X.X`.
    StatusClass,
    /// A [`StatusSubject`](crate::StatusSubject): `1` or `X.1.X`.
    StatusSubject,
    /// A [`Locale`](crate::Locale): a BCP 47 tag.
    Locale,
    /// A [`Standing`](crate::Standing): one of the words of [`Standing::as_str`](crate::Standing::as_str).
    Standing,
    /// A [`Reason`](crate::Reason): a name of the vocabulary, such as `userunknown`.
    Reason,
}

impl Expected {
    /// What it is, in words: `"reply code"`.
    pub const fn name(self) -> &'static str {
        match self {
            Expected::ReplyCode | Expected::ReplyStatus => "reply code",
            Expected::EnhancedStatusCode | Expected::EnhancedStatus => "enhanced status code",
            Expected::StatusClass => "enhanced status class",
            Expected::StatusSubject => "enhanced status subject",
            Expected::Locale => "locale",
            Expected::Standing => "standing",
            Expected::Reason => "bounce reason",
        }
    }

    /// Its form, in words: `"three digits, the first 2 to 5, such as 550"`.
    pub const fn form(self) -> &'static str {
        match self {
            Expected::ReplyCode | Expected::ReplyStatus => {
                "three digits, the first 2 to 5, such as 550"
            }
            Expected::EnhancedStatusCode => {
                "class 2, 4 or 5, a dot, then one to three digits twice, such as 5.1.1"
            }
            Expected::EnhancedStatus => "X.1.1, or a concrete code such as 5.1.1",
            Expected::StatusClass => "2, 4 or 5, or 5.X.X",
            Expected::StatusSubject => "one to three digits, or X.1.X",
            Expected::Locale => "a BCP 47 language tag such as en or tr-TR",
            Expected::Standing => "standard, extension, deprecated, non-standard or registry-only",
            Expected::Reason => "a name of the reason vocabulary, such as userunknown",
        }
    }
}

impl ParseError {
    pub(crate) const fn new(kind: ParseErrorKind, expected: Expected) -> ParseError {
        ParseError { kind, expected }
    }

    pub(crate) const fn empty(expected: Expected) -> ParseError {
        ParseError::new(ParseErrorKind::Empty, expected)
    }

    pub(crate) const fn malformed(expected: Expected) -> ParseError {
        ParseError::new(ParseErrorKind::Malformed, expected)
    }

    pub(crate) const fn unknown(expected: Expected) -> ParseError {
        ParseError::new(ParseErrorKind::Unknown, expected)
    }

    /// What went wrong.
    pub const fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// What was being parsed.
    pub const fn expected(&self) -> Expected {
        self.expected
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.expected.name();
        match self.kind {
            ParseErrorKind::Empty => write!(f, "empty input: expected a {name}"),
            ParseErrorKind::Malformed => {
                write!(f, "malformed {name}: expected {}", self.expected.form())
            }
            ParseErrorKind::Unknown => write!(f, "unknown {name}: not in the data"),
        }
    }
}

impl core::error::Error for ParseError {}
