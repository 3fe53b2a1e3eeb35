use crate::{Expected, ParseError};
use core::fmt;
use core::str::FromStr;

/// How a code stands with respect to the standards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Standing {
    /// Defined by the base specification: RFC 5321 (with RFC 7504, which updates it to add 521
    /// and 556) for reply codes, RFC 3463 for enhanced codes.
    Standard,
    /// Defined by an SMTP service extension, or added to the registry by a later document: an
    /// RFC, or for X.7.28 an Internet-Draft.
    Extension,
    /// Once defined, now obsolete.
    Deprecated,
    /// Defined by no RFC: seen in the wild or in folk lists. Do not send it.
    NonStandard,
    /// A reply code that only the enhanced status registry names, as an associated code of one
    /// of its entries; no RFC defines it.
    RegistryOnly,
}

impl Standing {
    /// Every standing.
    pub const ALL: &'static [Standing] = &[
        Standing::Standard,
        Standing::Extension,
        Standing::Deprecated,
        Standing::NonStandard,
        Standing::RegistryOnly,
    ];

    /// The word the data uses: `"standard"`, `"extension"`, `"deprecated"`, `"non-standard"`,
    /// `"registry-only"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Standing::Standard => "standard",
            Standing::Extension => "extension",
            Standing::Deprecated => "deprecated",
            Standing::NonStandard => "non-standard",
            Standing::RegistryOnly => "registry-only",
        }
    }

    /// Whether an RFC defines the code (standard, extension or deprecated).
    pub const fn is_defined_by_rfc(self) -> bool {
        matches!(
            self,
            Standing::Standard | Standing::Extension | Standing::Deprecated
        )
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Standing {
    type Err = ParseError;

    /// The word the data uses, as [`Standing::as_str`] gives it.
    fn from_str(s: &str) -> Result<Standing, ParseError> {
        if s.is_empty() {
            return Err(ParseError::empty(Expected::Standing));
        }
        Standing::ALL
            .iter()
            .copied()
            .find(|standing| standing.as_str() == s)
            .ok_or(ParseError::malformed(Expected::Standing))
    }
}
