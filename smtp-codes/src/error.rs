use core::fmt;

/// Why a string is not a code or a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseError {
    /// The input was empty.
    Empty,
    /// The input is not of the code's form: `550` (three digits, first 2 to 5, second 0 to 5)
    /// for reply codes, `5.1.1` (class 2, 4 or 5, then one to three digits twice) for enhanced
    /// status codes, a BCP 47 tag for locales.
    Malformed,
    /// Well formed, but the data has no such code or locale.
    Unknown,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseError::Empty => "empty input",
            ParseError::Malformed => "malformed code",
            ParseError::Unknown => "unknown code",
        })
    }
}

impl core::error::Error for ParseError {}
