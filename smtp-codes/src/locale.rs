use crate::{Expected, Locale, ParseError};
use core::fmt;
use core::str::FromStr;

impl Locale {
    /// The locale for a BCP 47 tag: an exact match first (`pt-BR`), then the language alone
    /// (`tr-TR` -> `tr`). Case and `_` instead of `-` are accepted, as found in `LANG` variables.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.split(['.', '@']).next().unwrap_or(tag); // `tr_TR.UTF-8`, `de_DE@euro`
        let same = |a: &str, b: &str| {
            a.len() == b.len()
                && a.bytes().zip(b.bytes()).all(|(x, y)| {
                    let norm = |c: u8| {
                        if c == b'_' {
                            b'-'
                        } else {
                            c.to_ascii_lowercase()
                        }
                    };
                    norm(x) == norm(y)
                })
        };
        if let Some(locale) = Locale::ALL.iter().find(|l| same(l.tag(), tag)) {
            return Some(*locale);
        }
        let language = tag.split(['-', '_']).next().unwrap_or(tag);
        Locale::ALL
            .iter()
            .find(|l| same(l.tag(), language))
            .copied()
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Locale {
    type Err = ParseError;

    /// See [`Locale::from_tag`].
    fn from_str(s: &str) -> Result<Locale, ParseError> {
        if s.is_empty() {
            return Err(ParseError::empty(Expected::Locale));
        }
        let well_formed = s
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'@'));
        if !well_formed {
            return Err(ParseError::malformed(Expected::Locale));
        }
        Locale::from_tag(s).ok_or(ParseError::unknown(Expected::Locale))
    }
}

impl Default for Locale {
    /// English, the fallback of every text.
    fn default() -> Locale {
        Locale::ALL[0]
    }
}
