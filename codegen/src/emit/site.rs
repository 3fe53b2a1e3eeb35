//! What the HTML site and the Markdown reference share: how codes are grouped on an index, which
//! codes are related to which, and the names of kinds and standings in a locale. Formats stay
//! in their own emitters (`html`, `markdown`); this module only derives.

use crate::model::{Code, Data, Entry, Kind, RuleKind, Standing, UiText, VendorEntry, Word};

/// A part of an index: reply codes, or enhanced status codes.
pub(crate) struct Section<'a> {
    /// Anchor of the section: `reply-codes`, `enhanced-codes`.
    pub(crate) anchor: &'static str,
    /// Heading, in the locale.
    pub(crate) heading: &'a Word,
    /// Paragraph under the heading, in the locale.
    pub(crate) intro: &'a Word,
    /// The groups of rows, never empty.
    pub(crate) groups: Vec<Group<'a>>,
}

/// Rows under one heading of an index.
pub(crate) struct Group<'a> {
    /// Anchor of the group, unique on the index: `reply-5xx`, `classes`, `subject-x-1`.
    pub(crate) anchor: String,
    /// Heading, in the locale (or English standing in).
    pub(crate) heading: Word,
    /// The rows, in data order; never empty.
    pub(crate) entries: Vec<&'a Entry>,
}

/// The sections of an index in the locale at `locale` (an index into [`Data::locales`]).
pub(crate) fn sections(data: &Data, locale: usize) -> Vec<Section<'_>> {
    let t = &data.ui[locale];
    let mut reply_groups = Vec::new();
    for (digit, heading) in [
        (2, &t.reply_class_2),
        (3, &t.reply_class_3),
        (4, &t.reply_class_4),
        (5, &t.reply_class_5),
    ] {
        let entries: Vec<&Entry> = data
            .of_kind(Kind::Reply)
            .filter(|e| matches!(e.code, Code::Reply(c) if c / 100 == digit))
            .collect();
        if !entries.is_empty() {
            reply_groups.push(Group {
                anchor: format!("reply-{digit}xx"),
                heading: heading.clone(),
                entries,
            });
        }
    }

    let mut enhanced_groups = Vec::new();
    let classes: Vec<&Entry> = data.of_kind(Kind::Class).collect();
    if !classes.is_empty() {
        enhanced_groups.push(Group {
            anchor: "classes".to_owned(),
            heading: t.classes.clone(),
            entries: classes,
        });
    }
    for subject in data.of_kind(Kind::Subject) {
        let Code::Subject(number) = subject.code else {
            continue;
        };
        let mut entries = vec![subject];
        entries.extend(
            data.of_kind(Kind::Status)
                .filter(|e| matches!(e.code, Code::Status { subject, .. } if subject == number)),
        );
        enhanced_groups.push(Group {
            anchor: format!("subject-x-{number}"),
            heading: message(data, subject, locale),
            entries,
        });
    }
    let orphans: Vec<&Entry> = data
        .of_kind(Kind::Status)
        .filter(|e| match e.code {
            Code::Status { subject, .. } => data.find(Code::Subject(subject)).is_none(),
            _ => false,
        })
        .collect();
    if !orphans.is_empty() {
        enhanced_groups.push(Group {
            anchor: "other-statuses".to_owned(),
            heading: t.other_statuses.clone(),
            entries: orphans,
        });
    }

    let mut sections = Vec::new();
    if !reply_groups.is_empty() {
        sections.push(Section {
            anchor: "reply-codes",
            heading: &t.reply_codes,
            intro: &t.reply_codes_intro,
            groups: reply_groups,
        });
    }
    if !enhanced_groups.is_empty() {
        sections.push(Section {
            anchor: "enhanced-codes",
            heading: &t.enhanced_codes,
            intro: &t.enhanced_intro,
            groups: enhanced_groups,
        });
    }
    sections
}

/// The language of a row's texts in the locale at `locale` when it is not the locale's own:
/// English, when the row has no text of its own there.
pub(crate) fn text_lang<'a>(data: &'a Data, entry: &Entry, locale: usize) -> Option<&'a str> {
    entry.texts[locale]
        .fallback
        .then(|| data.locales.first().map(|l| l.tag.as_str()))
        .flatten()
}

/// A row's message in the locale, with its language.
pub(crate) fn message(data: &Data, entry: &Entry, locale: usize) -> Word {
    Word {
        text: entry.texts[locale].message.clone(),
        lang: text_lang(data, entry, locale).map(str::to_owned),
    }
}

/// A list of codes related to one code, under a heading.
pub(crate) struct Related<'a> {
    /// Heading, in the locale.
    pub(crate) heading: &'a Word,
    /// The related rows; never empty.
    pub(crate) entries: Vec<&'a Entry>,
}

/// The codes related to `entry`: a reply code's usual enhanced statuses, a status's usual reply
/// codes and its subject, a subject's statuses, and the data's `see_also`.
pub(crate) fn related<'a>(data: &'a Data, entry: &'a Entry, t: &'a UiText) -> Vec<Related<'a>> {
    let mut lists = Vec::new();
    let mut push = |heading: &'a Word, entries: Vec<&'a Entry>| {
        if !entries.is_empty() {
            lists.push(Related { heading, entries });
        }
    };
    match entry.code {
        Code::Reply(code) => push(
            &t.statuses_for_reply,
            data.statuses_for_reply(code).collect(),
        ),
        Code::Status { subject, .. } => {
            push(
                &t.replies_for_status,
                entry
                    .associated
                    .iter()
                    .filter_map(|c| data.find(Code::Reply(*c)))
                    .collect(),
            );
            push(
                &t.part_of,
                data.find(Code::Subject(subject)).into_iter().collect(),
            );
        }
        Code::Subject(number) => push(
            &t.in_subject,
            data.of_kind(Kind::Status)
                .filter(|e| matches!(e.code, Code::Status { subject, .. } if subject == number))
                .collect(),
        ),
        Code::Class(_) => {}
    }
    push(
        &t.see_also,
        entry
            .see_also
            .iter()
            .filter_map(|c| data.find(*c))
            .collect(),
    );
    lists
}

/// The name of a standing in the locale.
pub(crate) fn standing_name(t: &UiText, standing: Standing) -> &Word {
    match standing {
        Standing::Standard => &t.standing_standard,
        Standing::Extension => &t.standing_extension,
        Standing::Deprecated => &t.standing_deprecated,
        Standing::NonStandard => &t.standing_non_standard,
        Standing::RegistryOnly => &t.standing_registry_only,
    }
}

/// What a standing means, in the locale.
pub(crate) fn standing_text(t: &UiText, standing: Standing) -> &Word {
    match standing {
        Standing::Standard => &t.standing_standard_text,
        Standing::Extension => &t.standing_extension_text,
        Standing::Deprecated => &t.standing_deprecated_text,
        Standing::NonStandard => &t.standing_non_standard_text,
        Standing::RegistryOnly => &t.standing_registry_only_text,
    }
}

/// What a kind of code is called, in the locale.
pub(crate) fn kind_name(t: &UiText, kind: Kind) -> &Word {
    match kind {
        Kind::Reply => &t.kind_reply,
        Kind::Class => &t.kind_class,
        Kind::Subject => &t.kind_subject,
        Kind::Status => &t.kind_status,
    }
}

/// The seed's wording, when there is one and it says something else than the message.
pub(crate) fn described_as(entry: &Entry, locale: usize) -> Option<&str> {
    let texts = &entry.texts[locale];
    let wording = texts.described_as.trim();
    (!wording.is_empty() && wording != texts.message.trim()).then_some(&texts.described_as)
}

/// `In replies it reads {codes}: …`, with the codes set apart.
pub(crate) struct WrittenAs {
    pub(crate) before: String,
    pub(crate) codes: Vec<String>,
    pub(crate) after: String,
    /// The language of the words around the codes when it is not the locale's own.
    pub(crate) lang: Option<String>,
}

/// The concrete codes a status appears as: one per class of its associated reply codes
/// (every class when it has none).
pub(crate) fn written_as(entry: &Entry, t: &UiText) -> Option<WrittenAs> {
    let Code::Status { subject, detail } = entry.code else {
        return None;
    };
    let mut classes: Vec<u16> = entry.associated.iter().map(|c| c / 100).collect();
    classes.sort_unstable();
    classes.dedup();
    if classes.is_empty() {
        classes = vec![2, 4, 5];
    }
    let (before, after) = t.written_as.split_once("{codes}")?;
    Some(WrittenAs {
        before: before.to_owned(),
        codes: classes
            .iter()
            .map(|class| format!("{class}.{subject}.{detail}"))
            .collect(),
        after: after.to_owned(),
        lang: t.written_as.lang.clone(),
    })
}

/// The language of a vendor entry's texts in the locale at `locale` when it is not the locale's
/// own: English, when the entry has no text of its own there.
pub(crate) fn vendor_lang<'a>(
    data: &'a Data,
    entry: &VendorEntry,
    locale: usize,
) -> Option<&'a str> {
    entry.texts[locale]
        .fallback
        .then(|| data.locales.first().map(|l| l.tag.as_str()))
        .flatten()
}

/// The tag of English when the locale at `locale` is another: for the providers' own words and
/// the maintainers' notes, which are English in every locale.
pub(crate) fn english_within(data: &Data, locale: usize) -> Option<&str> {
    (locale != 0).then(|| data.locales[0].tag.as_str())
}

/// The vendor entries a registry row's page lists under "how providers use it": for a status,
/// the entries whose enhanced code has its subject and detail (in any class); for a subject, the
/// entries with its subject whose status the registry does not list (so that they are shown
/// somewhere). In data order.
pub(crate) fn provider_use<'a>(data: &'a Data, entry: &Entry) -> Vec<&'a VendorEntry> {
    data.vendor
        .iter()
        .filter(|v| match (entry.code, v.enhanced) {
            (Code::Status { subject, detail }, Some(e)) => {
                e.subject == subject && e.detail == detail
            }
            (Code::Subject(subject), Some(e)) => {
                e.subject == subject
                    && data
                        .find(Code::Status {
                            subject: e.subject,
                            detail: e.detail,
                        })
                        .is_none()
            }
            _ => false,
        })
        .collect()
}

/// The registry rows a vendor entry builds on: its enhanced code's status (or its subject, when
/// the registry has no such status), then its reply codes.
pub(crate) fn builds_on<'a>(data: &'a Data, entry: &VendorEntry) -> Vec<&'a Entry> {
    let mut rows = Vec::new();
    if let Some(e) = entry.enhanced {
        let status = data.find(Code::Status {
            subject: e.subject,
            detail: e.detail,
        });
        rows.extend(status.or_else(|| data.find(Code::Subject(e.subject))));
    }
    rows.extend(
        entry
            .reply_codes
            .iter()
            .filter_map(|c| data.find(Code::Reply(*c))),
    );
    rows
}

/// The codes a vendor entry comes with besides its key, as written: `550 5.7.606`.
pub(crate) fn sent_with(entry: &VendorEntry) -> Vec<String> {
    let mut codes: Vec<String> = entry.reply_codes.iter().map(u16::to_string).collect();
    if let Some(e) = entry.enhanced {
        codes.push(e.to_string());
    }
    codes
}

/// A provider's recognition rule as a sentence, split around its pattern.
pub(crate) struct RuleText {
    pub(crate) before: String,
    pub(crate) pattern: String,
    pub(crate) after: String,
    /// The language of the words around the pattern when it is not the locale's own.
    pub(crate) lang: Option<String>,
}

/// How a rule reads in the locale: `The reply contains {pattern}`.
pub(crate) fn rule_text(t: &UiText, kind: RuleKind, pattern: &str) -> RuleText {
    let word = match kind {
        RuleKind::Contains => &t.rule_contains,
        RuleKind::EndsWith => &t.rule_ends_with,
    };
    let (before, after) = word.split_once("{pattern}").unwrap_or((&word.text, ""));
    RuleText {
        before: before.to_owned(),
        pattern: pattern.to_owned(),
        after: after.to_owned(),
        lang: word.lang.clone(),
    }
}
