//! The words of the site itself (`data/ui.csv`), one field per key: the keys are declared here,
//! once, because the emitters use each of them by name.

use std::fmt;
use std::ops::Deref;

/// One text of `data/ui.csv` in one locale, and the language it is really in.
///
/// A locale that is not required may leave a cell empty; English stands in, and `lang` says so,
/// so that the site can mark the element (`lang="en"`) for screen readers and search engines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    /// The text.
    pub text: String,
    /// The tag of the language the text is in when it is not the locale's own (English, when
    /// it stood in for an empty cell); `None` when the locale has its own text.
    pub lang: Option<String>,
}

impl Word {
    /// A text in the locale's own language.
    pub fn own(text: impl Into<String>) -> Word {
        Word {
            text: text.into(),
            lang: None,
        }
    }

    /// Whether the text is another language's, standing in for the locale's.
    pub fn is_fallback(&self) -> bool {
        self.lang.is_some()
    }
}

impl Deref for Word {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq<str> for Word {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Word {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

macro_rules! ui_texts {
    ($($(#[doc = $doc:literal])* $key:ident $([$($placeholder:literal),*])?,)*) => {
        /// The site's own words in one locale: one field per key of `data/ui.csv`, each with
        /// the language it is really in.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct UiText {
            $($(#[doc = $doc])* pub $key: Word,)*
        }

        /// Every key of `data/ui.csv`, in the order of [`UiText`]'s fields.
        pub const UI_KEYS: &[&str] = &[$(stringify!($key)),*];

        /// The placeholders each key's text must contain, by key.
        pub(crate) const PLACEHOLDERS: &[(&str, &[&str])] = &[$((stringify!($key), &[$($($placeholder),*)?])),*];

        impl UiText {
            /// Builds the texts from values in [`UI_KEYS`] order.
            pub(crate) fn from_values(values: Vec<Word>) -> UiText {
                let mut values = values.into_iter();
                UiText { $($key: values.next().unwrap_or_default(),)* }
            }

            /// Every text with its key, in [`UI_KEYS`] order.
            pub fn words(&self) -> Vec<(&'static str, &Word)> {
                vec![$((stringify!($key), &self.$key)),*]
            }
        }
    };
}

ui_texts! {
    /// Short name of the site: "SMTP codes".
    site_name,
    /// Heading of each locale's index and Markdown reference.
    index_title,
    /// The paragraph under the index heading.
    index_intro,
    /// Label of the filter box.
    filter_label,
    /// Placeholder of the filter box.
    filter_placeholder,
    /// How many rows the filter shows.
    filter_count ["{shown}", "{total}"],
    /// Shown when the filter matches nothing.
    filter_none,
    /// Heading of the table of contents.
    contents,
    /// Heading of the reply code section.
    reply_codes,
    /// Paragraph under it.
    reply_codes_intro,
    /// Group heading of 2xx replies.
    reply_class_2,
    /// Group heading of 3xx replies.
    reply_class_3,
    /// Group heading of 4xx replies.
    reply_class_4,
    /// Group heading of 5xx replies.
    reply_class_5,
    /// Heading of the enhanced status code section.
    enhanced_codes,
    /// Paragraph under it.
    enhanced_intro,
    /// Group heading of the status classes.
    classes,
    /// Group heading of statuses whose subject has no row.
    other_statuses,
    /// Column heading: the code.
    col_code,
    /// Column heading: the message.
    col_message,
    /// Column heading: the standing.
    col_standing,
    /// Section of a code page: the explanation.
    meaning,
    /// Section of a code page: what the sender can do.
    sender,
    /// Section of a code page: what the admin can do.
    admin,
    /// Section of a code page: the seed's wording.
    described_as,
    /// Sentence before the seed's wording.
    described_as_intro,
    /// Section of a code page: the standing.
    standing,
    /// Name of the standing `standard`.
    standing_standard,
    /// Name of the standing `extension`.
    standing_extension,
    /// Name of the standing `deprecated`.
    standing_deprecated,
    /// Name of the standing `non-standard`.
    standing_non_standard,
    /// Name of the standing `registry-only`.
    standing_registry_only,
    /// What `standard` means.
    standing_standard_text,
    /// What `extension` means.
    standing_extension_text,
    /// What `deprecated` means.
    standing_deprecated_text,
    /// What `non-standard` means.
    standing_non_standard_text,
    /// What `registry-only` means.
    standing_registry_only_text,
    /// Section of a code page: the references.
    references,
    /// How the reference `seed` reads.
    seed_reference,
    /// Section of a code page: related codes.
    related,
    /// Related codes of a reply code: the statuses sent with it.
    statuses_for_reply,
    /// Related codes of a status: the reply codes sent with it.
    replies_for_status,
    /// Related codes of a status: its subject and class.
    part_of,
    /// Related codes of a subject: its statuses.
    in_subject,
    /// Related codes: the data's `see_also`.
    see_also,
    /// What a reply code is, for page headings.
    kind_reply,
    /// What a class is.
    kind_class,
    /// What a subject is.
    kind_subject,
    /// What a status is.
    kind_status,
    /// How a status is written in replies: `{codes}` becomes `4.7.1, 5.7.1`.
    written_as ["{codes}"],
    /// Label of the language switcher.
    language,
    /// Other locales of the Markdown reference.
    other_languages,
    /// Link back to the index.
    all_codes,
    /// The skip link at the top of each page.
    skip_to_content,
    /// Shown next to text that falls back to English.
    fallback_notice,
    /// Heading of the reply figure.
    figure_title,
    /// Figure label: the reply code.
    figure_reply_code,
    /// Figure label: the class.
    figure_class,
    /// Figure label: the subject.
    figure_subject,
    /// Figure label: the detail.
    figure_detail,
    /// Figure label: the free text.
    figure_text,
    /// Caption of the figure.
    figure_caption,
    /// The footer of every page.
    footer,
    /// The root page's invitation to pick a language.
    choose_language,
    /// Heading of the index's and the Markdown reference's providers section.
    providers,
    /// Paragraph under it.
    providers_intro,
    /// Column heading: the codes a provider's entry comes with.
    col_sent_with,
    /// What a provider's page is about, above its heading.
    kind_provider,
    /// What a vendor entry's page is about, above its heading.
    kind_vendor,
    /// Link to a provider's own documentation.
    provider_docs,
    /// Section of a provider page: how its replies are recognised.
    recognition,
    /// Paragraph under it.
    recognition_intro,
    /// A rule that looks for its pattern anywhere: `{pattern}` becomes the pattern.
    rule_contains ["{pattern}"],
    /// A rule that looks at the end of the last line.
    rule_ends_with ["{pattern}"],
    /// Label of a rule's real example.
    rule_example,
    /// Label of the page a fact comes from.
    source,
    /// Section of a provider page: its documented codes.
    provider_codes,
    /// Shown on a provider page without documented codes.
    provider_no_codes,
    /// Section of a vendor page: the provider's own reply text.
    wording,
    /// Sentence before it.
    wording_intro,
    /// Section of a vendor page: the reply codes and enhanced code it comes with.
    sent_with,
    /// Section of a vendor page: the registry entries under its codes.
    builds_on,
    /// Paragraph under it.
    builds_on_intro,
    /// Section of provider and vendor pages: the maintainers' notes.
    notes,
    /// Sentence before the notes, which are in English.
    notes_intro,
    /// Section of a registry page: the vendor entries that use its code.
    provider_use,
    /// Paragraph under it.
    provider_use_intro,
    /// Heading of the index's and the Markdown reference's reasons section.
    reasons,
    /// Paragraph under it.
    reasons_intro,
    /// Column heading: the bounce reason.
    col_reason,
    /// Column heading and section of a reason page: hard or soft.
    bounce,
    /// What a reason's page is about, above its heading.
    kind_reason,
    /// A hard bounce, as a badge.
    bounce_hard,
    /// A soft bounce, as a badge.
    bounce_soft,
    /// A reason whose reply code decides, as a badge.
    bounce_by_code,
    /// What a hard bounce means.
    bounce_hard_text,
    /// What a soft bounce means.
    bounce_soft_text,
    /// What a reason whose reply code decides means.
    bounce_by_code_text,
    /// Section of a reason page: what the sending side's admin can do.
    reason_admin,
    /// Link to the vocabulary's documentation of a reason.
    reason_source,
    /// Section of a reason page: the rules that give it.
    leads_to,
    /// Paragraph under it.
    leads_to_intro,
    /// Shown on a reason page when no rule gives it.
    leads_to_none,
    /// Rules of a reason: the providers' documented codes.
    rules_vendor,
    /// Rules of a reason: the registry entries.
    rules_status,
    /// A registry entry's reason that the code alone decides.
    strength_strong,
    /// A registry entry's reason that applies when no text pattern matches.
    strength_weak,
    /// Rules of a reason: the text patterns.
    rules_pattern,
    /// Paragraph under it.
    rules_pattern_intro,
    /// Rules of a reason: the reply codes.
    rules_reply,
    /// Paragraph under it: when a reply code's reason applies.
    rules_reply_intro,
    /// Heading of the precedence of the rules.
    precedence,
    /// Sentence before the list.
    precedence_intro,
    /// First: the provider's documented code.
    precedence_vendor,
    /// Second: a strong registry reason.
    precedence_strong,
    /// Third: a text pattern.
    precedence_pattern,
    /// Fourth: a weak registry reason.
    precedence_weak,
    /// Fifth: the reply code.
    precedence_reply,
    /// Last: undefined.
    precedence_undefined,
    /// Label on a code's page and section: the reason a rule gives it.
    usual_reason,
    /// Column heading: a text pattern.
    col_pattern,
    /// Heading of the explain box (index) and of its own page.
    explain_title,
    /// Paragraph under it: what to paste, and that nothing leaves the page.
    explain_intro,
    /// Label of the box's text area.
    explain_label,
    /// The button that explains.
    explain_button,
    /// Keyboard hint under the text area.
    explain_hint,
    /// How many replies were found: `{count}` becomes the number.
    explain_found ["{count}"],
    /// Shown when the text holds no reply.
    explain_none,
    /// Link from the index to the box's own page.
    explain_page,
    /// Label of an explanation: the codes.
    explain_codes,
    /// Label of an explanation: the line the reply starts on.
    explain_line,
    /// Label of an explanation: the reason.
    explain_reason,
    /// Label of an explanation: hard or soft.
    explain_bounce,
    /// A hard bounce.
    explain_hard,
    /// A soft bounce.
    explain_soft,
    /// Label of an explanation: the provider.
    explain_provider,
    /// Label of an explanation: the provider's documented entry.
    explain_vendor,
    /// Label of an explanation: the text the reply was found in.
    explain_input,
}
