//! What providers document: [`Provider`], [`VendorStatus`], and how a [`Reply`] is matched
//! against them.
//!
//! The tables come from `data/providers.csv`, `data/provider_rules.csv` and
//! `data/vendor_codes.csv`, each row with the provider's own documentation as its source.

use crate::generated::vendor::TEXT_KEYED;
use crate::generated::vendor::{
    BY_ENHANCED, KEY_CLASSES, KEY_CLASS_COUNT, KEY_FOUND, KEY_NEXT, KEY_STARTS, KEY_WORDS,
    PROVIDERS, RULES, TEXT_KEYS, VENDOR,
};
use crate::said::Said;
use crate::{EnhancedStatus, EnhancedStatusCode, Reference, Reply, ReplyCode};
use core::fmt;

pub use crate::generated::vendor::{Provider, VendorStatus};

/// An enhanced code's class, subject and detail, as the tables hold them.
pub(crate) type Parts = (u8, u16, u16);

/// The facts of a provider.
#[derive(Debug)]
pub(crate) struct ProviderInfo {
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
    pub(crate) url: &'static str,
    pub(crate) statuses: &'static [VendorStatus],
}

/// One way to recognise a provider's reply.
#[derive(Debug)]
pub(crate) struct Rule {
    pub(crate) provider: Provider,
    pub(crate) text: RuleText,
}

/// What a rule looks for.
#[derive(Debug)]
pub(crate) enum RuleText {
    /// A text key (an index into `TEXT_KEYS`) anywhere in the reply.
    Contains(u16),
    /// The end of the last line, lowercase ASCII.
    EndsWith(&'static [u8]),
}

/// A text the providers' rules and entries look for.
#[derive(Debug)]
pub(crate) struct TextKey {
    pub(crate) len: u16,
    /// Whether it must not touch a letter or digit on either side (a token such as `TS01`).
    pub(crate) word: bool,
}

/// The text keys found in a reply: one pass of the keys' automaton over its lines.
pub(crate) struct Found([u64; KEY_WORDS]);

impl Found {
    pub(crate) fn scan(said: &Said<'_>) -> Found {
        let mut found = [0u64; KEY_WORDS];
        for line in said.lines() {
            let mut state = 0usize;
            for (i, &byte) in line.iter().enumerate() {
                let class = usize::from(KEY_CLASSES[usize::from(byte)]);
                state = usize::from(KEY_NEXT[state * KEY_CLASS_COUNT + class]);
                let (start, end) = (KEY_STARTS[state], KEY_STARTS[state + 1]);
                for &key in &KEY_FOUND[usize::from(start)..usize::from(end)] {
                    let info = &TEXT_KEYS[usize::from(key)];
                    if !info.word || stands_alone(line, i + 1 - usize::from(info.len), i + 1) {
                        found[usize::from(key) / 64] |= 1 << (key % 64);
                    }
                }
            }
        }
        Found(found)
    }

    pub(crate) fn has(&self, key: u16) -> bool {
        self.0[usize::from(key) / 64] & (1 << (key % 64)) != 0
    }
}

/// Whether `line[start..end]` touches no letter or digit on either side.
fn stands_alone(line: &[u8], start: usize, end: usize) -> bool {
    let alnum = |i: usize| line.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let touches = (start > 0 && alnum(start - 1)) || alnum(end);
    !touches
}

/// What an entry's documentation uses as its code; tokens and phrases with their text key.
#[derive(Debug)]
pub(crate) enum Key {
    Enhanced(u8, u16, u16),
    Reply(u16),
    Token(&'static str, u16),
    Phrase(&'static str, u16),
}

/// The facts of a vendor entry.
#[derive(Debug)]
pub(crate) struct VendorInfo {
    pub(crate) id: &'static str,
    pub(crate) provider: Provider,
    pub(crate) key: Key,
    pub(crate) reply_codes: &'static [ReplyCode],
    pub(crate) enhanced: Option<(u8, u16, u16)>,
    /// The text key of the phrase of the wording that tells the entry apart; `None` when the
    /// key does.
    pub(crate) phrase: Option<u16>,
    /// How many phrases of the entries sharing its key its wording holds: where one
    /// provider's wording repeats another's phrase and adds its own, the fuller one wins.
    pub(crate) rank: u8,
    pub(crate) wording: &'static str,
    pub(crate) references: &'static [Reference],
    /// Whether the entry names its provider by itself, without a recognition rule: a token or
    /// an unregistered enhanced code no other provider documents.
    pub(crate) standalone: bool,
}

/// The code a provider's documentation gives an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VendorCode {
    /// An enhanced status code: Microsoft's `5.7.606`.
    Enhanced(EnhancedStatusCode),
    /// A reply code, with a documented wording that tells the entry apart: Mimecast's `421`.
    Reply(ReplyCode),
    /// A token the reply's text carries: Yahoo's `TSS04`, Outlook.com's `RP-001`.
    Token(&'static str),
    /// A reply documented by its text alone, with no code: Yandex's `No such user`.
    Phrase(&'static str),
}

impl fmt::Display for VendorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VendorCode::Enhanced(code) => code.fmt(f),
            VendorCode::Reply(code) => code.fmt(f),
            VendorCode::Token(text) | VendorCode::Phrase(text) => f.write_str(text),
        }
    }
}

const fn enhanced((class, subject, detail): (u8, u16, u16)) -> EnhancedStatusCode {
    match EnhancedStatusCode::new(class, subject, detail) {
        Some(code) => code,
        None => panic!("the generator writes only valid enhanced codes"),
    }
}

impl Provider {
    fn info(self) -> &'static ProviderInfo {
        &PROVIDERS[self.index()]
    }

    /// The stable identifier in the data: the variant's name, `"Microsoft"`.
    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// The name people know: `"Microsoft (Exchange Online, Microsoft 365, Outlook.com)"`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The provider's documentation for senders, where its codes are listed.
    pub fn url(self) -> &'static str {
        self.info().url
    }

    /// Every entry the provider documents, in data order.
    pub fn vendor_statuses(self) -> &'static [VendorStatus] {
        self.info().statuses
    }
}

impl fmt::Display for Provider {
    /// The identifier: `Microsoft`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl VendorStatus {
    fn info(self) -> &'static VendorInfo {
        &VENDOR[self.index()]
    }

    /// The stable identifier in the data: the variant's name.
    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// The provider that documents it.
    pub fn provider(self) -> Provider {
        self.info().provider
    }

    /// The code the provider's documentation gives it.
    pub fn code(self) -> VendorCode {
        match self.info().key {
            Key::Enhanced(class, subject, detail) => {
                VendorCode::Enhanced(enhanced((class, subject, detail)))
            }
            Key::Reply(code) => VendorCode::Reply(ReplyCode::from_checked(code)),
            Key::Token(token, _) => VendorCode::Token(token),
            Key::Phrase(phrase, _) => VendorCode::Phrase(phrase),
        }
    }

    /// The reply codes it comes with, as documented (may be empty).
    pub fn reply_codes(self) -> &'static [ReplyCode] {
        self.info().reply_codes
    }

    /// The enhanced status code it comes with, as documented.
    pub fn enhanced(self) -> Option<EnhancedStatusCode> {
        self.info().enhanced.map(enhanced)
    }

    /// The registry entry its enhanced code builds on, if the registry lists that code; the
    /// provider's meaning may differ from the registry's title.
    pub fn registry_status(self) -> Option<EnhancedStatus> {
        self.enhanced().and_then(EnhancedStatusCode::status)
    }

    /// The provider's own wording of the reply, verbatim as its documentation gives it (in
    /// English); may be empty where the documentation gives only the code.
    pub fn wording(self) -> &'static str {
        self.info().wording
    }

    /// The provider's documentation page(s) that define it.
    pub fn references(self) -> &'static [Reference] {
        self.info().references
    }
}

impl fmt::Display for VendorStatus {
    /// The provider and the code: `Microsoft 5.7.606`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.provider(), self.code())
    }
}

impl EnhancedStatusCode {
    /// The provider entries documented with this exact code (`5.7.1` has several), in
    /// provider order; empty when no provider documents it.
    pub fn vendor_statuses(self) -> &'static [VendorStatus] {
        let code = (self.class(), self.subject(), self.detail());
        match BY_ENHANCED.binary_search_by_key(&code, |(c, _)| *c) {
            Ok(i) => BY_ENHANCED[i].1,
            Err(_) => &[],
        }
    }
}

impl Said<'_> {
    /// The provider a recognition rule of the data finds in the reply's text.
    pub(crate) fn recognised_provider(&self, found: &Found) -> Option<Provider> {
        let last = self.lines().last().unwrap_or_default().trim_ascii_end();
        RULES.iter().find_map(|rule| {
            let matched = match rule.text {
                RuleText::Contains(key) => found.has(key),
                RuleText::EndsWith(pattern) => {
                    last.len() >= pattern.len()
                        && last[last.len() - pattern.len()..].eq_ignore_ascii_case(pattern)
                }
            };
            matched.then_some(rule.provider)
        })
    }

    /// See [`Reply::vendor_status`]; `provider` is [`Said::recognised_provider`].
    pub(crate) fn vendor_status(
        &self,
        found: &Found,
        provider: Option<Provider>,
    ) -> Option<VendorStatus> {
        let code = self.code.get();
        let mut best: Option<((u8, u8), VendorStatus)> = None;
        let mut consider = |status: VendorStatus| {
            let info = status.info();
            if !(Some(info.provider) == provider || (provider.is_none() && info.standalone)) {
                return;
            }
            let (matched, score) = match info.key {
                Key::Enhanced(..) => (true, 1),
                Key::Reply(key) => (key == code, 1),
                Key::Token(_, key) | Key::Phrase(_, key) => (found.has(key), 3),
            };
            let score = match info.phrase {
                _ if !matched => return,
                None => score,
                Some(phrase) if found.has(phrase) => score.max(2),
                Some(_) => return,
            };
            let score = (score, info.rank);
            if best.is_none_or(|(top, _)| score > top) {
                best = Some((score, status));
            }
        };
        if let Some(enhanced) = self.enhanced {
            enhanced
                .vendor_statuses()
                .iter()
                .copied()
                .for_each(&mut consider);
        }
        TEXT_KEYED.iter().copied().for_each(&mut consider);
        best.map(|(_, status)| status)
    }
}

impl Reply<'_> {
    /// The mail provider that sent the reply: found by the data's recognition rules (Gmail's
    /// `- gsmtp`, Microsoft's `protection.outlook.com` hosts, Yahoo's `[TSS04]`), or else by a
    /// code that only one provider documents and the registry does not list (`5.7.606`).
    ///
    /// ```
    /// use smtp_codes::{Provider, Reply};
    /// let (reply, _) = Reply::parse(b"550 5.7.606 Access denied, banned sending IP [203.0.113.5]\r\n").unwrap();
    /// assert_eq!(reply.provider(), Some(Provider::Microsoft));
    /// ```
    pub fn provider(&self) -> Option<Provider> {
        let said = Said::of(self);
        let found = Found::scan(&said);
        let recognised = said.recognised_provider(&found);
        recognised.or_else(|| said.vendor_status(&found, None).map(VendorStatus::provider))
    }

    /// The most specific entry a provider documents for this reply, or `None`.
    ///
    /// Entries are matched by their code (the reply's enhanced code, a token in its text such
    /// as `[TSS04]`, or its reply code) and, where a provider documents several replies under
    /// one code, by a phrase of the provider's wording. An entry counts only when its provider
    /// is recognised ([`Reply::provider`]'s rules), or when its code names the provider by
    /// itself (a token, or an enhanced code no other provider uses and the registry does not
    /// list): so Gmail's `5.7.27 ... - gsmtp` gets Gmail's meaning, and the same code from an
    /// unknown server only the registry's. Among the matches, a token or phrase beats a code
    /// with a phrase, which beats a bare code; between two phrases of one code, the entry whose
    /// documented wording holds more of that code's phrases (it repeats the general text and
    /// adds its own); then data order.
    pub fn vendor_status(&self) -> Option<VendorStatus> {
        let said = Said::of(self);
        let found = Found::scan(&said);
        said.vendor_status(&found, said.recognised_provider(&found))
    }
}
