//! What the HTML site and the Markdown reference share: how codes are grouped on an index, which
//! codes are related to which, and the names of kinds and standings in a locale. Formats stay
//! in their own emitters (`html`, `markdown`); this module only derives.

use crate::model::{
    Code, Data, Entry, Kind, Reason, ReasonRule, RuleKind, RuleTarget, Standing, Strength, UiText,
    VendorEntry, Word,
};

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

/// How hard a bounce is, as a badge: its word in the locale and its CSS class.
pub(crate) struct Bounce<'a> {
    pub(crate) word: &'a Word,
    pub(crate) class: &'static str,
}

/// Whether a bounce with `reason` is hard, after a reply of `class` (4 or 5) when one is known:
/// a reason whose reply code decides (`by-code`) is hard after a 5yz reply and soft after a 4yz
/// one, and says so when no class is known.
pub(crate) fn bounce<'a>(t: &'a UiText, reason: &Reason, class: Option<u16>) -> Bounce<'a> {
    match (reason.hard, class) {
        (Some(true), _) | (None, Some(5)) => Bounce {
            word: &t.bounce_hard,
            class: "hard",
        },
        (Some(false), _) | (None, Some(4)) => Bounce {
            word: &t.bounce_soft,
            class: "soft",
        },
        (None, _) => Bounce {
            word: &t.bounce_by_code,
            class: "by-code",
        },
    }
}

/// What a reason's hard-bounce rule means, as a sentence.
pub(crate) fn bounce_text<'a>(t: &'a UiText, reason: &Reason) -> &'a Word {
    match reason.hard {
        Some(true) => &t.bounce_hard_text,
        Some(false) => &t.bounce_soft_text,
        None => &t.bounce_by_code_text,
    }
}

/// How strongly a registry entry decides its reason, in words.
pub(crate) fn strength_name(t: &UiText, strength: Strength) -> &Word {
    match strength {
        Strength::Strong => &t.strength_strong,
        Strength::Weak => &t.strength_weak,
    }
}

/// The steps by which a reply gets its reason, in order (the crate's `Reply::classify`).
pub(crate) fn precedence(t: &UiText) -> [&Word; 6] {
    [
        &t.precedence_vendor,
        &t.precedence_strong,
        &t.precedence_pattern,
        &t.precedence_weak,
        &t.precedence_reply,
        &t.precedence_undefined,
    ]
}

/// The reason a rule of the data gives a code or a provider's entry: the reason, how hard, and
/// for a registry entry whether it decides alone.
pub(crate) struct Usual<'a> {
    pub(crate) reason: &'a Reason,
    pub(crate) bounce: Bounce<'a>,
    pub(crate) strength: Option<&'a Word>,
}

/// The usual reason of a registry row or reply code, where a rule names one. A reply code's
/// class decides a `by-code` reason; a registry entry is sent in either class, so it stays
/// `by-code` there.
pub(crate) fn usual_reason<'a>(data: &'a Data, t: &'a UiText, code: Code) -> Option<Usual<'a>> {
    let rule = data.rule_for_code(code)?;
    let reason = &data.reasons[rule.reason];
    let (class, strength) = match code {
        Code::Reply(reply) => (Some(reply / 100), None),
        _ => (None, Some(strength_name(t, rule.strength))),
    };
    Some(Usual {
        reason,
        bounce: bounce(t, reason, class),
        strength,
    })
}

/// The class of the replies a vendor entry is documented with: its reply codes' when they
/// agree, else its enhanced code's.
fn vendor_class(entry: &VendorEntry) -> Option<u16> {
    let mut classes: Vec<u16> = entry.reply_codes.iter().map(|c| c / 100).collect();
    classes.dedup();
    match classes.as_slice() {
        [class] => Some(*class),
        _ => entry.enhanced.map(|e| u16::from(e.class)),
    }
}

/// The usual reason of a provider's documented entry, where a rule names one.
pub(crate) fn vendor_reason<'a>(
    data: &'a Data,
    t: &'a UiText,
    entry: &VendorEntry,
) -> Option<Usual<'a>> {
    let index = data.vendor.iter().position(|v| v.slug == entry.slug)?;
    let rule = data.rule_for(&RuleTarget::Vendor(index))?;
    let reason = &data.reasons[rule.reason];
    Some(Usual {
        reason,
        bounce: bounce(t, reason, vendor_class(entry)),
        strength: None,
    })
}

/// What leads to a reason, by kind of rule, in the order the classifier applies them (the
/// registry entries of both strengths together, each with its strength).
pub(crate) struct LeadsTo<'a> {
    pub(crate) vendor: Vec<&'a VendorEntry>,
    pub(crate) statuses: Vec<(&'a Entry, Strength)>,
    /// Each pattern (lowercase) and its rule.
    pub(crate) patterns: Vec<(&'a str, &'a ReasonRule)>,
    pub(crate) replies: Vec<&'a Entry>,
}

impl LeadsTo<'_> {
    pub(crate) fn is_empty(&self) -> bool {
        self.vendor.is_empty()
            && self.statuses.is_empty()
            && self.patterns.is_empty()
            && self.replies.is_empty()
    }
}

/// The rules that give the reason at `reason` (its position in [`Data::reasons`]).
pub(crate) fn leads_to(data: &Data, reason: usize) -> LeadsTo<'_> {
    let mut leads = LeadsTo {
        vendor: Vec::new(),
        statuses: Vec::new(),
        patterns: Vec::new(),
        replies: Vec::new(),
    };
    for rule in data.rules_of(reason) {
        match &rule.target {
            RuleTarget::Vendor(index) => leads.vendor.push(&data.vendor[*index]),
            RuleTarget::Status(subject, detail) => {
                let code = Code::Status {
                    subject: *subject,
                    detail: *detail,
                };
                leads
                    .statuses
                    .extend(data.find(code).map(|e| (e, rule.strength)));
            }
            RuleTarget::Pattern(pattern) => leads.patterns.push((pattern, rule)),
            RuleTarget::Reply(reply) => leads.replies.extend(data.find(Code::Reply(*reply))),
        }
    }
    leads
}

/// The language of a reason's texts in the locale at `locale` when it is not the locale's own.
pub(crate) fn reason_lang<'a>(data: &'a Data, reason: &Reason, locale: usize) -> Option<&'a str> {
    reason.texts[locale]
        .fallback
        .then(|| data.locales.first().map(|l| l.tag.as_str()))
        .flatten()
}
