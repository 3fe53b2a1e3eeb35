//! The validated data: what every emitter reads. Nothing here can be malformed.

use std::collections::HashMap;
use std::fmt;

pub mod ui_text;

pub use ui_text::{UiText, Word, UI_KEYS};

/// What the loaders read, before [`Data`] indexes it.
pub(crate) struct Loaded {
    pub(crate) locales: Vec<Locale>,
    pub(crate) entries: Vec<Entry>,
    pub(crate) ui: Vec<UiText>,
    pub(crate) providers: Vec<Provider>,
    pub(crate) rules: Vec<ProviderRule>,
    pub(crate) vendor: Vec<VendorEntry>,
    pub(crate) reasons: Vec<Reason>,
    pub(crate) reason_rules: Vec<ReasonRule>,
}

/// Everything in `data/`, validated.
#[derive(Clone, Debug)]
pub struct Data {
    /// The locales, English first (it is the fallback), then in `data/locales.csv` order.
    pub locales: Vec<Locale>,
    /// Every row of `data/codes.csv`, in file order.
    pub entries: Vec<Entry>,
    /// The words of the site (`data/ui.csv`), in [`Data::locales`] order.
    pub ui: Vec<UiText>,
    /// The providers whose documentation lists codes (`data/providers.csv`), in file order.
    pub providers: Vec<Provider>,
    /// How to recognise each provider's replies (`data/provider_rules.csv`), in file order.
    pub rules: Vec<ProviderRule>,
    /// What each provider documents (`data/vendor_codes.csv`), by provider, then by key.
    pub vendor: Vec<VendorEntry>,
    /// Why deliveries fail (`data/reasons.csv`), in file order.
    pub reasons: Vec<Reason>,
    /// How replies get their reason (`data/reason_rules.csv`), in file order.
    pub reason_rules: Vec<ReasonRule>,
    /// Position in `entries` of each code, so that lookups stay constant as the data grows.
    by_code: HashMap<Code, usize>,
    /// Positions in `entries` of the statuses that list each reply code as associated.
    statuses_by_reply: HashMap<u16, Vec<usize>>,
    /// Position in `reason_rules` of the rule of each target (one rule per target).
    rule_by_target: HashMap<RuleTarget, usize>,
}

impl Data {
    /// Validated parts, indexed for lookups.
    pub(crate) fn new(loaded: Loaded) -> Data {
        let Loaded {
            locales,
            entries,
            ui,
            providers,
            rules,
            vendor,
            reasons,
            reason_rules,
        } = loaded;
        let by_code = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.code, i))
            .collect();
        let mut statuses_by_reply: HashMap<u16, Vec<usize>> = HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            for reply in &entry.associated {
                let statuses = statuses_by_reply.entry(*reply).or_default();
                if statuses.last() != Some(&i) {
                    statuses.push(i);
                }
            }
        }
        let rule_by_target = reason_rules
            .iter()
            .enumerate()
            .map(|(i, r)| (r.target.clone(), i))
            .collect();
        Data {
            locales,
            entries,
            ui,
            providers,
            rules,
            vendor,
            reasons,
            reason_rules,
            by_code,
            statuses_by_reply,
            rule_by_target,
        }
    }

    /// The rows of one kind, in file order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(move |e| e.code.kind() == kind)
    }

    /// The row with this code, if any.
    pub fn find(&self, code: Code) -> Option<&Entry> {
        self.by_code.get(&code).map(|&i| &self.entries[i])
    }

    /// Counts of rows per kind, per standing and per locale, one line each, for people.
    pub fn summary(&self) -> Vec<String> {
        let per_kind: Vec<String> = Kind::ALL
            .iter()
            .map(|&k| format!("{} {}", k.as_str(), self.of_kind(k).count()))
            .collect();
        let per_standing: Vec<String> = Standing::ALL
            .iter()
            .map(|&s| {
                format!(
                    "{} {}",
                    s.as_str(),
                    self.entries.iter().filter(|e| e.standing == s).count()
                )
            })
            .collect();
        let per_locale: Vec<String> = self
            .locales
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let own = self.entries.iter().filter(|e| !e.texts[i].fallback).count();
                format!("{} {own}/{}", l.tag, self.entries.len())
            })
            .collect();
        let per_provider: Vec<String> = self
            .providers
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let codes = self.vendor.iter().filter(|v| v.provider == i).count();
                let rules = self.rules.iter().filter(|r| r.provider == i).count();
                format!("{} {codes} ({rules} rules)", p.id)
            })
            .collect();
        let rules_of =
            |f: &dyn Fn(&ReasonRule) -> bool| self.reason_rules.iter().filter(|r| f(r)).count();
        let reasons = format!(
            "reasons: {} ({} hard, {} by code); rules: {} reply codes, {} registry entries ({} strong), {} vendor entries, {} text patterns",
            self.reasons.len(),
            self.reasons.iter().filter(|r| r.hard == Some(true)).count(),
            self.reasons.iter().filter(|r| r.hard.is_none()).count(),
            rules_of(&|r| matches!(r.target, RuleTarget::Reply(_))),
            rules_of(&|r| matches!(r.target, RuleTarget::Status(..))),
            rules_of(&|r| matches!(r.target, RuleTarget::Status(..)) && r.strength == Strength::Strong),
            rules_of(&|r| matches!(r.target, RuleTarget::Vendor(_))),
            rules_of(&|r| matches!(r.target, RuleTarget::Pattern(_))),
        );
        vec![
            format!("rows: {} ({})", self.entries.len(), per_kind.join(", ")),
            reasons,
            format!(
                "provider codes: {} ({})",
                self.vendor.len(),
                per_provider.join(", ")
            ),
            format!("standing: {}", per_standing.join(", ")),
            format!("translated: {}", per_locale.join(", ")),
        ]
    }

    /// Enumerated statuses whose associated reply codes include `reply`, in file order.
    pub fn statuses_for_reply(&self, reply: u16) -> impl Iterator<Item = &Entry> + '_ {
        let positions = self
            .statuses_by_reply
            .get(&reply)
            .map_or(&[][..], Vec::as_slice);
        positions.iter().map(|&i| &self.entries[i])
    }
}

impl Data {
    /// The reason rule of a target (a reply code, a registry entry, a vendor entry, a pattern),
    /// if the data has one.
    pub fn rule_for(&self, target: &RuleTarget) -> Option<&ReasonRule> {
        self.rule_by_target
            .get(target)
            .map(|&i| &self.reason_rules[i])
    }

    /// The rule that gives a registry row or a reply code its usual reason: a reply code's, or a
    /// status's (`X.1.1`); `None` for classes, subjects and codes without a rule.
    pub fn rule_for_code(&self, code: Code) -> Option<&ReasonRule> {
        match code {
            Code::Reply(reply) => self.rule_for(&RuleTarget::Reply(reply)),
            Code::Status { subject, detail } => self.rule_for(&RuleTarget::Status(subject, detail)),
            Code::Class(_) | Code::Subject(_) => None,
        }
    }

    /// The rules that give the reason at `reason` (its position in [`Data::reasons`]), in file
    /// order.
    pub fn rules_of(&self, reason: usize) -> impl Iterator<Item = &ReasonRule> + '_ {
        self.reason_rules.iter().filter(move |r| r.reason == reason)
    }
}

impl Reason {
    /// For file names, anchors and message ids: `reason-userunknown`.
    pub fn slug(&self) -> String {
        format!("reason-{}", self.id)
    }
}

impl Data {
    /// The vendor entries of one provider (its position in [`Data::providers`]), in file order.
    pub fn vendor_of(&self, provider: usize) -> impl Iterator<Item = &VendorEntry> + '_ {
        self.vendor.iter().filter(move |v| v.provider == provider)
    }
}

/// A mail provider whose own documentation lists reply codes (`data/providers.csv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provider {
    /// Line of the row, for messages.
    pub line: u64,
    /// Stable identifier, the Rust variant name: `Microsoft`.
    pub id: String,
    /// The name people know: `Microsoft 365 and Outlook.com`.
    pub name: String,
    /// The provider's page for senders (postmaster, NDR reference).
    pub url: String,
    /// Maintainer's note (English).
    pub note: String,
}

impl Provider {
    /// For file names, anchors and message ids: `microsoft`.
    pub fn slug(&self) -> String {
        self.id.to_ascii_lowercase()
    }
}

/// How a rule looks at a reply's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    /// The text contains the pattern anywhere (ASCII case-insensitive).
    Contains,
    /// The last line, trimmed, ends with the pattern (ASCII case-insensitive).
    EndsWith,
}

/// One way to recognise a provider's reply (`data/provider_rules.csv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderRule {
    /// Line of the row, for messages.
    pub line: u64,
    /// Position of the provider in [`Data::providers`].
    pub provider: usize,
    /// How the pattern is looked for.
    pub kind: RuleKind,
    /// The pattern, as written.
    pub pattern: String,
    /// Where a real reply with it is quoted, or the documentation that shows it.
    pub source: String,
    /// That real reply.
    pub example: String,
}

/// An enhanced status code as written in a reply: `5.7.606`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnhancedCode {
    /// 2, 4 or 5.
    pub class: u8,
    /// 0 to 999.
    pub subject: u16,
    /// 0 to 999.
    pub detail: u16,
}

impl EnhancedCode {
    /// `class.subject.detail`, class 2, 4 or 5, one to three digits each (RFC 3463 §2).
    pub fn parse(text: &str) -> Option<EnhancedCode> {
        let mut parts = text.split('.');
        let mut next = |max: u16| -> Option<u16> {
            let part = parts.next()?;
            let ok =
                !part.is_empty() && part.len() <= 3 && part.bytes().all(|b| b.is_ascii_digit());
            ok.then(|| part.parse().ok())
                .flatten()
                .filter(|v| *v <= max)
        };
        let class = next(9)? as u8;
        let (subject, detail) = (next(999)?, next(999)?);
        (parts.next().is_none() && matches!(class, 2 | 4 | 5)).then_some(EnhancedCode {
            class,
            subject,
            detail,
        })
    }

    /// `5-7-606`, for file names, anchors and message ids.
    pub fn slug(self) -> String {
        format!("{}-{}-{}", self.class, self.subject, self.detail)
    }
}

impl fmt::Display for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class, self.subject, self.detail)
    }
}

/// What a provider's documentation uses as the code of an entry.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VendorKey {
    /// An enhanced status code: `5.7.606`.
    Enhanced(EnhancedCode),
    /// A reply code, told apart from others by the entry's `match` phrase: `421`.
    Reply(u16),
    /// A token the reply's text carries: `TSS04`, `RP-001`.
    Token(String),
    /// The provider documents the reply by its text alone, with no code (Yandex): the phrase
    /// the reply carries.
    Phrase(String),
}

impl VendorKey {
    /// For file names, anchors and message ids: `5-7-606`, `421`, `tss04`.
    pub fn slug(&self) -> String {
        match self {
            VendorKey::Enhanced(code) => code.slug(),
            VendorKey::Reply(code) => code.to_string(),
            VendorKey::Token(token) => token.to_ascii_lowercase(),
            VendorKey::Phrase(phrase) => {
                let words: Vec<String> = phrase
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_ascii_lowercase)
                    .collect();
                words.join("-")
            }
        }
    }
}

impl fmt::Display for VendorKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VendorKey::Enhanced(code) => code.fmt(f),
            VendorKey::Reply(code) => code.fmt(f),
            VendorKey::Token(token) | VendorKey::Phrase(token) => f.write_str(token),
        }
    }
}

/// One documented code or reply of a provider (`data/vendor_codes.csv`).
#[derive(Clone, Debug)]
pub struct VendorEntry {
    /// Line of the row, for messages.
    pub line: u64,
    /// Position of the provider in [`Data::providers`].
    pub provider: usize,
    /// Stable identifier, the Rust variant name: `MicrosoftBannedSendingIp`.
    pub id: String,
    /// The code the provider's documentation gives it.
    pub key: VendorKey,
    /// The reply codes it comes with.
    pub reply_codes: Vec<u16>,
    /// The enhanced status code it comes with (the key itself for an enhanced key).
    pub enhanced: Option<EnhancedCode>,
    /// A phrase of the wording that tells it apart from the provider's other entries with the
    /// same key; empty when the key alone does.
    pub match_text: String,
    /// The provider's own reply text, verbatim.
    pub wording: String,
    /// The provider's documentation page.
    pub source_url: String,
    /// That page's title.
    pub source_title: String,
    /// Maintainer's note (English).
    pub note: String,
    /// Text per locale, in [`Data::locales`] order.
    pub texts: Vec<Texts>,
    /// For file names, anchors and message ids, unique: `microsoft-5-7-606`, from
    /// [`vendor_slugs`].
    pub slug: String,
}

/// The slug of each vendor entry, in order: the provider's slug and the key's
/// (`microsoft-5-7-606`, `yahoo-tss04`); where a provider has several entries under one key,
/// each also gets its id without the provider's, in kebab case
/// (`microsoft-4-3-2-recipient-thread-limit`). The one naming function of the site's vendor
/// pages, the Markdown anchors and the message ids (`smtp-` and the slug).
pub fn vendor_slugs(providers: &[Provider], entries: &[VendorEntry]) -> Vec<String> {
    let base =
        |entry: &VendorEntry| format!("{}-{}", providers[entry.provider].slug(), entry.key.slug());
    let mut shared: HashMap<String, usize> = HashMap::new();
    for entry in entries {
        *shared.entry(base(entry)).or_default() += 1;
    }
    entries
        .iter()
        .map(|entry| {
            let base = base(entry);
            if shared[&base] < 2 {
                return base;
            }
            let own = entry
                .id
                .strip_prefix(&providers[entry.provider].id)
                .filter(|rest| !rest.is_empty())
                .unwrap_or(&entry.id);
            format!("{base}-{}", kebab(own))
        })
        .collect()
}

/// `XDgRefHeaderTooLong` -> `x-dg-ref-header-too-long`, `Ipv6Guidelines` -> `ipv6-guidelines`.
fn kebab(camel: &str) -> String {
    let chars: Vec<char> = camel.chars().collect();
    let mut out = String::with_capacity(camel.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && c.is_ascii_uppercase() {
            let before = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if before.is_ascii_lowercase()
                || before.is_ascii_digit()
                || (before.is_ascii_uppercase() && next_lower)
            {
                out.push('-');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A reason a delivery failed (`data/reasons.csv`): Sisimai's vocabulary.
#[derive(Clone, Debug)]
pub struct Reason {
    /// Line of the row, for messages.
    pub line: u64,
    /// The vocabulary's name: `userunknown`.
    pub id: String,
    /// The Rust variant: `UserUnknown`.
    pub variant: String,
    /// Whether it is a hard bounce: the address (or the message as it is) will not succeed;
    /// `None` when the reply code decides (hard for a 5yz reply, soft for a 4yz one).
    pub hard: Option<bool>,
    /// The vocabulary's documentation of the reason.
    pub source: String,
    /// Maintainer's note (English).
    pub note: String,
    /// Text per locale, in [`Data::locales`] order.
    pub texts: Vec<Texts>,
}

/// What a reason rule applies to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RuleTarget {
    /// A reply code.
    Reply(u16),
    /// A registry entry `X.subject.detail`, in any class.
    Status(u16, u16),
    /// A vendor entry, by position in [`Data::vendor`].
    Vendor(usize),
    /// A text pattern, lowercase, matched ignoring ASCII case.
    Pattern(String),
}

/// Whether a code decides a reason by itself or only stands in when no text pattern does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Strength {
    /// Only a fallback (X.7.1, 550).
    Weak,
    /// The code alone determines the reason (X.1.1: userunknown).
    Strong,
}

/// One rule of `data/reason_rules.csv`.
#[derive(Clone, Debug)]
pub struct ReasonRule {
    /// Line of the row, for messages.
    pub line: u64,
    /// What it applies to.
    pub target: RuleTarget,
    /// Position of the reason in [`Data::reasons`].
    pub reason: usize,
    /// How strongly a code decides.
    pub strength: Strength,
    /// A real reply that shows it.
    pub example: String,
    /// Where that reply is quoted.
    pub source: String,
    /// Maintainer's note (English).
    pub note: String,
}

/// A locale of the data, from `data/locales.csv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag as written in the column names (`en`, `tr`, `pt-BR`).
    pub tag: String,
    /// The language's name in English (`Turkish`).
    pub english_name: String,
    /// The language's name in itself (`Türkçe`).
    pub native_name: String,
    /// Whether every row must have its own text in this locale.
    pub required: bool,
}

impl Locale {
    /// The Rust variant name: `en` -> `En`, `pt-BR` -> `PtBr`.
    pub fn variant(&self) -> String {
        self.tag
            .split('-')
            .map(|part| {
                let lower = part.to_ascii_lowercase();
                let mut chars = lower.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                    None => String::new(),
                }
            })
            .collect()
    }
}

/// The four families of rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A three-digit reply code (RFC 5321 §4.2).
    Reply,
    /// An enhanced status class sub-code: 2, 4 or 5 (RFC 3463 §2).
    Class,
    /// An enhanced status subject sub-code `X.N.XXX` (RFC 3463 §2).
    Subject,
    /// An enumerated enhanced status code `X.N.N` of the IANA registry.
    Status,
}

impl Kind {
    /// All kinds, in the order the outputs list them.
    pub const ALL: [Kind; 4] = [Kind::Reply, Kind::Class, Kind::Subject, Kind::Status];

    /// The word used in the `kind` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Reply => "reply",
            Kind::Class => "class",
            Kind::Subject => "subject",
            Kind::Status => "status",
        }
    }
}

/// A code, as validated for its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// `550`
    Reply(u16),
    /// `5` (written `5.X.X` for people)
    Class(u8),
    /// `X.1` (written `X.1.X` for people)
    Subject(u16),
    /// `X.1.1`
    Status {
        /// The subject sub-code.
        subject: u16,
        /// The detail sub-code.
        detail: u16,
    },
}

impl Code {
    /// The kind of row this code belongs to.
    pub fn kind(self) -> Kind {
        match self {
            Code::Reply(_) => Kind::Reply,
            Code::Class(_) => Kind::Class,
            Code::Subject(_) => Kind::Subject,
            Code::Status { .. } => Kind::Status,
        }
    }

    /// A form safe in file names, anchors and message ids: `550`, `5-x-x`, `x-1-x`, `x-1-1`.
    pub fn slug(self) -> String {
        self.to_string().to_ascii_lowercase().replace('.', "-")
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Code::Reply(code) => write!(f, "{code}"),
            Code::Class(class) => write!(f, "{class}.X.X"),
            Code::Subject(subject) => write!(f, "X.{subject}.X"),
            Code::Status { subject, detail } => write!(f, "X.{subject}.{detail}"),
        }
    }
}

/// How a code stands with respect to the standards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Standing {
    /// Defined by the base specification (RFC 5321 and its update RFC 7504, RFC 3463).
    Standard,
    /// Defined by an SMTP service extension, or added to the enhanced status registry by a later
    /// document (an RFC, or for X.7.28 an Internet-Draft).
    Extension,
    /// Once defined, now obsolete.
    Deprecated,
    /// Defined by no RFC; seen in the wild or in folk lists.
    NonStandard,
    /// A reply code that only the enhanced status registry names, as an associated code.
    RegistryOnly,
}

impl Standing {
    /// All standings, in the order the outputs list them.
    pub const ALL: [Standing; 5] = [
        Standing::Standard,
        Standing::Extension,
        Standing::Deprecated,
        Standing::NonStandard,
        Standing::RegistryOnly,
    ];

    /// The word used in the `standing` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Standard => "standard",
            Standing::Extension => "extension",
            Standing::Deprecated => "deprecated",
            Standing::NonStandard => "non-standard",
            Standing::RegistryOnly => "registry-only",
        }
    }

    /// Whether an RFC defines the code (standard, extension or deprecated).
    pub fn is_defined_by_rfc(self) -> bool {
        matches!(
            self,
            Standing::Standard | Standing::Extension | Standing::Deprecated
        )
    }

    /// The Rust variant name in the crate's `Standing` enum.
    pub fn variant(self) -> &'static str {
        match self {
            Standing::Standard => "Standard",
            Standing::Extension => "Extension",
            Standing::Deprecated => "Deprecated",
            Standing::NonStandard => "NonStandard",
            Standing::RegistryOnly => "RegistryOnly",
        }
    }
}

/// Where a code is defined.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reference {
    /// An RFC, optionally with the section that defines the code.
    Rfc {
        /// RFC number.
        number: u32,
        /// Section number such as `4.2.3`, if one applies.
        section: Option<String>,
    },
    /// An Internet-Draft, by its full name with revision (`draft-levine-mailbomb-header-00`):
    /// the registry cites one where no RFC was published.
    Draft(String),
    /// Listed in the seed article (a folk list; not a definition).
    Seed,
}

impl Reference {
    /// Link to the text: the RFC Editor's HTML rendering, at the section.
    pub fn url(&self) -> Option<String> {
        match self {
            Reference::Rfc {
                number,
                section: Some(section),
            } => Some(format!(
                "https://www.rfc-editor.org/rfc/rfc{number}.html#section-{section}"
            )),
            Reference::Rfc {
                number,
                section: None,
            } => Some(format!("https://www.rfc-editor.org/rfc/rfc{number}.html")),
            Reference::Draft(name) => Some(format!("https://datatracker.ietf.org/doc/html/{name}")),
            Reference::Seed => None,
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reference::Rfc {
                number,
                section: Some(section),
            } => write!(f, "RFC {number} §{section}"),
            Reference::Rfc {
                number,
                section: None,
            } => write!(f, "RFC {number}"),
            Reference::Draft(name) => f.write_str(name),
            Reference::Seed => f.write_str("seed"),
        }
    }
}

/// One row of `data/codes.csv`.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Line of the row in the CSV, for messages.
    pub line: u64,
    /// The code.
    pub code: Code,
    /// Stable identifier: the Rust variant name.
    pub id: String,
    /// Standing.
    pub standing: Standing,
    /// Where it is defined; never empty.
    pub references: Vec<Reference>,
    /// For statuses: the registry's associated reply codes. Every one is a reply row.
    pub associated: Vec<u16>,
    /// Codes worth reading next. Every one is a row.
    pub see_also: Vec<Code>,
    /// Maintainer's note (English).
    pub note: String,
    /// Why a translated text may equal the English one; empty when it may not.
    pub same_text: String,
    /// Text per locale, in [`Data::locales`] order; English filled in where a locale has none.
    pub texts: Vec<Texts>,
}

/// What one text field is: declared once in `text_fields!` below, read by the loader (columns,
/// checks), the message files (ids), the Rust emitter (the crate's accessors) and every
/// emitter that loops over the fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextField {
    /// The name in column headers (`message.en`) and in [`Texts`].
    pub name: &'static str,
    /// Whether every row must have it in every required locale.
    pub required: bool,
    /// Whether it must fit on one line.
    pub one_line: bool,
    /// Whether a translation may not equal the English text (unless `same_text` says why).
    pub translated: bool,
    /// The message-file key: `None` for the message itself, else the Fluent attribute, the
    /// gettext id suffix and the JSON field (`explanation`, `described-as`).
    pub attribute: Option<&'static str>,
    /// The name of the method that returns it in the `smtp-codes` crate.
    pub method: &'static str,
    /// Whether the crate's method returns `Option<&str>` (`None` when empty) instead of `&str`.
    pub optional: bool,
    /// What it holds: the doc of [`Texts`]' field and, after "in `locale`", of the crate's method.
    pub doc: &'static str,
}

/// Declares the text fields once: the [`Texts`] struct and [`TEXT_FIELDS`] come from the same
/// list, so adding a field is one entry here plus its CSV columns (and the templates that show
/// it).
macro_rules! text_fields {
    ($($name:ident {
        required: $required:literal,
        one_line: $one_line:literal,
        translated: $translated:literal,
        attribute: $attribute:expr,
        method: $method:literal,
        optional: $optional:literal,
        doc: $doc:literal $(,)?
    },)*) => {
        /// The text of one row in one locale: one field per entry of [`TEXT_FIELDS`].
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Texts {
            $(#[doc = $doc] pub $name: String,)*
            /// True when this locale had no text of its own and English stands in.
            pub fallback: bool,
        }

        /// Every text field, in the order of the columns of a locale.
        pub const TEXT_FIELDS: &[TextField] = &[$(TextField {
            name: stringify!($name),
            required: $required,
            one_line: $one_line,
            translated: $translated,
            attribute: $attribute,
            method: $method,
            optional: $optional,
            doc: $doc,
        },)*];

        impl Texts {
            /// The value of a field of [`TEXT_FIELDS`].
            pub fn get(&self, field: &TextField) -> &str {
                match field.name {
                    $(stringify!($name) => &self.$name,)*
                    other => unreachable!("`{other}` is not a text field"),
                }
            }

            /// Sets a field of [`TEXT_FIELDS`].
            pub(crate) fn set(&mut self, field: &TextField, value: String) {
                match field.name {
                    $(stringify!($name) => self.$name = value,)*
                    other => unreachable!("`{other}` is not a text field"),
                }
            }
        }
    };
}

text_fields! {
    message {
        required: true,
        one_line: true,
        translated: true,
        attribute: None,
        method: "message",
        optional: false,
        doc: "A short message, one line: the code's standard meaning.",
    },
    explanation {
        required: true,
        one_line: false,
        translated: true,
        attribute: Some("explanation"),
        method: "explanation",
        optional: false,
        doc: "What the code means and its usual causes.",
    },
    sender {
        required: true,
        one_line: false,
        translated: true,
        attribute: Some("sender"),
        method: "sender_advice",
        optional: false,
        doc: "What the sender of the message (or the client that got the reply) can do.",
    },
    admin {
        required: true,
        one_line: false,
        translated: true,
        attribute: Some("admin"),
        method: "admin_advice",
        optional: false,
        doc: "What the administrator of the server that sent the reply can do.",
    },
    described_as {
        required: false,
        one_line: false,
        translated: false,
        attribute: Some("described-as"),
        method: "described_as",
        optional: true,
        doc: "Other wording found in the wild for this code (such as a folk list's), kept verbatim; it may be wrong, the message gives the meaning.",
    },
}

#[cfg(test)]
mod tests {
    use super::kebab;

    #[test]
    fn kebab_case_of_ids() {
        assert_eq!(kebab("XDgRefHeaderTooLong"), "x-dg-ref-header-too-long");
        assert_eq!(kebab("Ipv6GuidelinesNotMet"), "ipv6-guidelines-not-met");
        assert_eq!(kebab("RecipientThreadLimit"), "recipient-thread-limit");
        assert_eq!(kebab("BlocklistOne"), "blocklist-one");
    }
}
