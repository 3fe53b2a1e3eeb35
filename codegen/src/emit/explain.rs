//! The explain box's data: the tables `codegen/assets/explain.js` reads to explain a pasted reply
//! exactly as the crate's `Reply::classify` and `classify_line` do, and the texts it shows.
//!
//! - `docs/assets/explain-data.js`: the matcher, from the same model (and the same helpers,
//!   [`rust::TextKeys`], [`rust::standalone`], [`rust::rank`]) as the crate's tables in
//!   `smtp-codes/src/generated/`: reasons and their hard rule, text patterns in data order,
//!   reply and registry reasons with their strength, providers' recognition rules in data
//!   order, vendor entries with their keys, phrases, ranks and standalone flags, and the page
//!   each row links to.
//! - `docs/assets/explain-<tag>.js`: one locale's texts (the message and the sender's advice of
//!   each reason, registry row and vendor entry), so that a page loads only its own language.
//! - `docs/assets/explain.js`: the hand-written algorithm, copied as it is.
//!
//! Nothing here decides anything: the precedence lives in the crate (`reason.rs`, `vendor.rs`,
//! `said.rs`) and in `explain.js`, and `cargo xtask browser-test` checks that the two agree on
//! every shared test case.

use crate::emit::html::{page_name, provider_page_name, vendor_page_name};
use crate::emit::rust::{rank, standalone, TextKeys};
use crate::model::{Code, Data, RuleKind, RuleTarget, Strength, Texts, VendorKey};
use crate::output::{header, Emitter, GeneratedFile, Syntax};
use serde_json::{json, Map, Value};

const SCRIPT: &str = include_str!("../../assets/explain.js");

pub(crate) const EMITTER: Emitter = Emitter {
    name: "explain",
    owns: &["docs"],
    inputs: crate::input::ALL_INPUTS,
    emit,
};

fn emit(data: &Data) -> Vec<GeneratedFile> {
    let head = header(Syntax::Slashes, EMITTER.inputs);
    let mut files = vec![
        GeneratedFile {
            path: "docs/assets/explain.js".to_owned(),
            contents: format!("{head}{SCRIPT}"),
        },
        GeneratedFile {
            path: "docs/assets/explain-data.js".to_owned(),
            contents: format!("{head}window.smtpCodesData = {};\n", matcher(data)),
        },
    ];
    for (locale, l) in data.locales.iter().enumerate() {
        files.push(GeneratedFile {
            path: format!("docs/assets/explain-{}.js", l.tag),
            contents: format!("{head}window.smtpCodesTexts = {};\n", texts(data, locale)),
        });
    }
    files
}

/// `subject.detail`, the key of a registry row in any class.
fn status_key(subject: u16, detail: u16) -> String {
    format!("{subject}.{detail}")
}

/// The tables of the matcher, as one JSON object.
fn matcher(data: &Data) -> Value {
    let reasons: Vec<Value> = data.reasons.iter().map(|r| json!([r.id, r.hard])).collect();
    let mut patterns = Vec::new();
    let mut reply_reasons = Map::new();
    let mut status_reasons = Map::new();
    let mut vendor_reasons: Vec<Option<usize>> = vec![None; data.vendor.len()];
    for rule in &data.reason_rules {
        let strong = rule.strength == Strength::Strong;
        match &rule.target {
            RuleTarget::Reply(code) => {
                reply_reasons.insert(code.to_string(), json!([rule.reason, strong]));
            }
            RuleTarget::Status(subject, detail) => {
                status_reasons.insert(status_key(*subject, *detail), json!([rule.reason, strong]));
            }
            RuleTarget::Vendor(index) => vendor_reasons[*index] = Some(rule.reason),
            RuleTarget::Pattern(text) => patterns.push(json!([text, rule.reason])),
        }
    }
    // The rows the registry has, with their pages: a reply code's, a status's, a subject's.
    let mut replies = Map::new();
    let mut statuses = Map::new();
    let mut subjects = Map::new();
    for entry in &data.entries {
        let page = json!(page_name(entry.code));
        match entry.code {
            Code::Reply(code) => {
                replies.insert(code.to_string(), page);
            }
            Code::Status { subject, detail } => {
                statuses.insert(status_key(subject, detail), page);
            }
            Code::Subject(subject) => {
                subjects.insert(subject.to_string(), page);
            }
            Code::Class(_) => {}
        }
    }
    let keys = TextKeys::of(data);
    let key_rows: Vec<Value> = keys
        .keys
        .iter()
        .map(|(text, word)| json!([text, word]))
        .collect();
    let rules: Vec<Value> = data
        .rules
        .iter()
        .map(|rule| match rule.kind {
            RuleKind::Contains => {
                json!([rule.provider, "contains", keys.index(&rule.pattern, false)])
            }
            RuleKind::EndsWith => {
                json!([
                    rule.provider,
                    "ends_with",
                    rule.pattern.to_ascii_lowercase()
                ])
            }
        })
        .collect();
    let providers: Vec<Value> = data
        .providers
        .iter()
        .map(|p| json!({ "id": p.id, "name": p.name, "page": provider_page_name(p) }))
        .collect();
    let vendor: Vec<Value> = data
        .vendor
        .iter()
        .zip(&vendor_reasons)
        .map(|(v, reason)| {
            let (kind, key) = match &v.key {
                VendorKey::Enhanced(_) => ("enhanced", Value::Null),
                VendorKey::Reply(code) => ("reply", json!(code)),
                VendorKey::Token(token) => ("token", json!(keys.index(token, true))),
                VendorKey::Phrase(phrase) => ("phrase", json!(keys.index(phrase, false))),
            };
            let phrase = (!v.match_text.is_empty()).then(|| keys.index(&v.match_text, false));
            json!({
                "id": v.id,
                "provider": v.provider,
                "kind": kind,
                "key": key,
                "phrase": phrase,
                "rank": rank(data, v),
                "standalone": standalone(data, v),
                "reason": reason,
                "code": v.key.to_string(),
                "page": vendor_page_name(v),
            })
        })
        .collect();
    // The entries of each enhanced code in data order, as the crate's `BY_ENHANCED`; then the
    // entries keyed by text or reply code, as its `TEXT_KEYED`.
    let mut by_enhanced = Map::new();
    for (index, v) in data.vendor.iter().enumerate() {
        if let Some(e) = v.enhanced {
            let list = by_enhanced
                .entry(e.to_string())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(list) = list {
                list.push(json!(index));
            }
        }
    }
    let text_keyed: Vec<usize> = data
        .vendor
        .iter()
        .enumerate()
        .filter(|(_, v)| !matches!(v.key, VendorKey::Enhanced(_)))
        .map(|(i, _)| i)
        .collect();
    json!({
        "reasons": reasons,
        "patterns": patterns,
        "replyReasons": reply_reasons,
        "statusReasons": status_reasons,
        "replies": replies,
        "statuses": statuses,
        "subjects": subjects,
        "keys": key_rows,
        "rules": rules,
        "providers": providers,
        "vendor": vendor,
        "byEnhanced": by_enhanced,
        "textKeyed": text_keyed,
    })
}

/// A row's message and sender's advice in a locale, and whether English stands in.
fn pair(texts: &Texts) -> Value {
    json!([texts.message, texts.sender, texts.fallback])
}

/// One locale's texts, as one JSON object.
fn texts(data: &Data, locale: usize) -> Value {
    let mut replies = Map::new();
    let mut statuses = Map::new();
    for entry in &data.entries {
        let texts = pair(&entry.texts[locale]);
        match entry.code {
            Code::Reply(code) => {
                replies.insert(code.to_string(), texts);
            }
            Code::Status { subject, detail } => {
                statuses.insert(status_key(subject, detail), texts);
            }
            Code::Subject(_) | Code::Class(_) => {}
        }
    }
    let t = &data.ui[locale];
    let mut ui = Map::new();
    for (key, word) in t.words() {
        if key.starts_with("explain_") || matches!(key, "meaning" | "sender") {
            ui.insert(key.to_owned(), json!([word.text, word.lang]));
        }
    }
    json!({
        "lang": data.locales[locale].tag,
        "ui": ui,
        "reasons": data.reasons.iter().map(|r| pair(&r.texts[locale])).collect::<Vec<_>>(),
        "replies": replies,
        "statuses": statuses,
        "vendor": data.vendor.iter().map(|v| pair(&v.texts[locale])).collect::<Vec<_>>(),
    })
}
