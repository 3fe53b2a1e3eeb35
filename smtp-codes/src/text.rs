//! The shape of the generated tables, and the methods every described code shares.

/// The text of one code in one locale.
#[derive(Debug)]
pub(crate) struct Text {
    pub(crate) message: &'static str,
    pub(crate) explanation: &'static str,
    pub(crate) sender: &'static str,
    pub(crate) admin: &'static str,
    pub(crate) described_as: &'static str,
}

/// Every text of one locale, one table per kind of code, indexed like the kind's `ALL`.
#[derive(Debug)]
pub(crate) struct LocaleTexts {
    pub(crate) reply: &'static [Text],
    pub(crate) class: &'static [Text],
    pub(crate) subject: &'static [Text],
    pub(crate) status: &'static [Text],
}

/// The facts of one code that do not depend on the locale.
#[derive(Debug)]
pub(crate) struct Info {
    pub(crate) id: &'static str,
    pub(crate) standing: crate::Standing,
    pub(crate) references: &'static [crate::Reference],
}

/// Adds the methods that read a code's generated text and facts to a generated enum.
///
/// `$texts` names the field of [`LocaleTexts`] and `$info` the table of [`Info`] for that enum;
/// both are indexed by the enum's `index()`.
macro_rules! describe {
    ($ty:ident, $texts:ident, $info:path) => {
        impl $ty {
            fn text(self, locale: $crate::Locale) -> &'static $crate::text::Text {
                &$crate::generated::TEXTS[locale as usize].$texts[self.index()]
            }

            /// A short message, one line, in `locale`: the code's standard meaning.
            pub fn message(self, locale: $crate::Locale) -> &'static str {
                self.text(locale).message
            }

            /// What the code means and its usual causes, in `locale`.
            pub fn explanation(self, locale: $crate::Locale) -> &'static str {
                self.text(locale).explanation
            }

            /// What the sender of the message (or the client that got the reply) can do, in `locale`.
            pub fn sender_advice(self, locale: $crate::Locale) -> &'static str {
                self.text(locale).sender
            }

            /// What the administrator of the server that sent the reply can do, in `locale`.
            pub fn admin_advice(self, locale: $crate::Locale) -> &'static str {
                self.text(locale).admin
            }

            /// Other wording found in the wild for this code (such as a folk list's), in `locale`,
            /// when the data records one. It may be wrong: [`Self::message`] is the meaning.
            pub fn described_as(self, locale: $crate::Locale) -> Option<&'static str> {
                Some(self.text(locale).described_as).filter(|s| !s.is_empty())
            }

            /// The stable identifier of the code in the data: the variant's name.
            pub fn id(self) -> &'static str {
                $info[self.index()].id
            }

            /// How the code stands with respect to the standards.
            pub fn standing(self) -> $crate::Standing {
                $info[self.index()].standing
            }

            /// Where the code is defined (RFC sections, in the data's order), and the seed article
            /// for a code known from it (see [`Document::SeedArticle`](crate::Document::SeedArticle)).
            pub fn references(self) -> &'static [$crate::Reference] {
                $info[self.index()].references
            }
        }
    };
}

pub(crate) use describe;
