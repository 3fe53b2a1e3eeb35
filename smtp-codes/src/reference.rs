use core::fmt;

/// Where a code is defined or described: an RFC (and section), an Internet-Draft, or the seed
/// article, with a link to the text.
///
/// ```
/// use smtp_codes::{Document, ReplyCode};
///
/// let status = ReplyCode::new(550).unwrap().status().unwrap();
/// let reference = status.references().iter().find(|r| r.section() == Some("4.2.3")).unwrap();
/// assert_eq!(reference.document(), Document::Rfc(5321));
/// assert_eq!(reference.to_string(), "RFC 5321 §4.2.3");
/// assert_eq!(
///     reference.url(),
///     Some("https://www.rfc-editor.org/rfc/rfc5321.html#section-4.2.3")
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference {
    document: Document,
    section: Option<&'static str>,
    url: Option<&'static str>,
}

/// The document a [`Reference`] points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Document {
    /// An RFC, by number.
    Rfc(u16),
    /// An Internet-Draft, by its full name with revision (`draft-levine-mailbomb-header-00`):
    /// the registry cites one where no RFC was published.
    InternetDraft(&'static str),
    /// The seed article: a Turkish folk list of SMTP codes that this project started from. It
    /// describes codes; it defines none (see [`Standing::NonStandard`](crate::Standing::NonStandard)).
    SeedArticle,
}

impl Reference {
    /// Built by the generated tables; the URL comes from the generator, which writes the same
    /// links into the docs.
    pub(crate) const fn new(
        document: Document,
        section: Option<&'static str>,
        url: Option<&'static str>,
    ) -> Reference {
        Reference {
            document,
            section,
            url,
        }
    }

    /// The document.
    pub const fn document(&self) -> Document {
        self.document
    }

    /// The section of an RFC, such as `"4.2.3"`, when the reference names one.
    pub const fn section(&self) -> Option<&'static str> {
        self.section
    }

    /// A link to the text: the RFC Editor's page at the section's anchor, or the
    /// IETF Datatracker's page of a draft. `None` for the seed article.
    pub const fn url(&self) -> Option<&'static str> {
        self.url
    }
}

impl fmt::Display for Reference {
    /// `RFC 5321 §4.2.3`, `RFC 3463`, the draft's name, or `seed article`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.document, self.section) {
            (Document::Rfc(number), Some(section)) => write!(f, "RFC {number} §{section}"),
            (Document::Rfc(number), None) => write!(f, "RFC {number}"),
            (Document::InternetDraft(name), _) => f.write_str(name),
            (Document::SeedArticle, _) => f.write_str("seed article"),
        }
    }
}
