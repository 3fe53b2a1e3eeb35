//! The shape of the generated tables, and the methods every described code shares. The text
//! fields themselves (`Text` and its accessors) are generated: `generated/text.rs`.

use crate::generated::text::Text;

/// Every text of one locale, one table per kind of code, indexed like the kind's `ALL`.
#[derive(Debug)]
pub(crate) struct LocaleTexts {
    pub(crate) reply: &'static [Text],
    pub(crate) class: &'static [Text],
    pub(crate) subject: &'static [Text],
    pub(crate) status: &'static [Text],
    pub(crate) vendor: &'static [Text],
    pub(crate) reason: &'static [Text],
}

/// The facts of one code that do not depend on the locale.
#[derive(Debug)]
pub(crate) struct Info {
    pub(crate) id: &'static str,
    pub(crate) standing: crate::Standing,
    pub(crate) references: &'static [crate::Reference],
}

/// Adds the methods that read a code's generated facts to a generated enum (its text methods
/// are generated with it, in `generated/text.rs`).
///
/// `$info` names the table of [`Info`] for that enum, indexed by the enum's `index()`.
macro_rules! describe {
    ($ty:ident, $info:path) => {
        impl $ty {
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
