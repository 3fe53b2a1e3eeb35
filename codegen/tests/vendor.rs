//! The provider data read back through the crate: every documented entry is found from a reply
//! that carries its own documented wording, and no entry is found for a server nobody knows.

use codegen::model::{Data, RuleKind, VendorKey};
use smtp_codes::{Reply, VendorStatus};
use std::path::Path;

fn data() -> Data {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    codegen::load(&codegen::Sources::read(&root).unwrap()).unwrap()
}

/// A reply as the provider would send it: its reply code, its enhanced code, its documented
/// wording (or for a token, the token), and a pattern of one of its recognition rules.
fn reply_for(data: &Data, index: usize) -> Option<String> {
    let entry = &data.vendor[index];
    let code = entry
        .reply_codes
        .first()
        .copied()
        .or(entry.enhanced.map(|e| u16::from(e.class) * 100 + 50))?;
    if let (Some(e), Some(code)) = (entry.enhanced, entry.reply_codes.first()) {
        if u16::from(e.class) != code / 100 {
            // Documented so, but a reply whose enhanced class differs from its code's first
            // digit has no enhanced code (RFC 2034 §4): the note of such a row says so.
            assert!(entry.note.contains("RFC 2034"), "{}", entry.id);
            return None;
        }
    }
    // The longest pattern: a host name rather than a token another entry could claim.
    let rule = data
        .rules
        .iter()
        .filter(|r| r.provider == entry.provider)
        .max_by_key(|r| r.pattern.len())?;
    let enhanced = entry.enhanced.map(|e| format!("{e} ")).unwrap_or_default();
    let mut text = entry.wording.clone();
    if let VendorKey::Token(token) = &entry.key {
        if !text.contains(token.as_str()) {
            text = format!("[{token}] {text}");
        }
    }
    let marker = &rule.pattern;
    Some(match rule.kind {
        RuleKind::EndsWith => format!("{code} {enhanced}{text} {marker}\r\n"),
        RuleKind::Contains => format!("{code} {enhanced}{text} ({marker})\r\n"),
    })
}

#[test]
fn every_entry_is_found_from_its_own_wording() {
    let data = data();
    assert_eq!(VendorStatus::ALL.len(), data.vendor.len());
    let mut checked = 0;
    let mut missed = Vec::new();
    for (index, entry) in data.vendor.iter().enumerate() {
        let Some(wire) = reply_for(&data, index) else {
            continue;
        };
        let (reply, _) = Reply::parse(wire.as_bytes()).unwrap_or_else(|e| panic!("{wire:?}: {e}"));
        checked += 1;
        let found = reply.vendor_status();
        if found.map(VendorStatus::id) != Some(entry.id.as_str()) {
            missed.push(format!("{}: {wire:?} gave {found:?}", entry.id));
        }
        assert_eq!(
            reply.provider().map(|p| p.id()),
            Some(data.providers[entry.provider].id.as_str()),
            "{wire:?}"
        );
    }
    assert!(
        checked * 10 >= data.vendor.len() * 9,
        "only {checked} entries could be checked"
    );
    assert!(
        missed.is_empty(),
        "{} of {checked} entries not found:\n{}",
        missed.len(),
        missed.join("\n")
    );
}

#[test]
fn rule_examples_name_their_provider() {
    let data = data();
    for rule in &data.rules {
        let provider = &data.providers[rule.provider].id;
        // The example is quoted as found (a log line, a reply): read it as the text of a reply.
        let wire = format!("550 {}\r\n", rule.example.replace(['\r', '\n'], " "));
        let (reply, _) = Reply::parse(wire.as_bytes()).unwrap();
        let found = reply.provider().map(|p| p.id());
        // Rules are tried in data order; an earlier provider's rule may claim a reply that
        // quotes another's host (an iCloud reply pointing at Proofpoint's lookup page).
        let first = data
            .rules
            .iter()
            .find(|r| {
                let text = wire.to_ascii_lowercase();
                let pattern = r.pattern.to_ascii_lowercase();
                match r.kind {
                    RuleKind::Contains => text.contains(&pattern),
                    RuleKind::EndsWith => text.trim_end().ends_with(&pattern),
                }
            })
            .map(|r| data.providers[r.provider].id.as_str());
        assert_eq!(found, first, "{}: {}", rule.pattern, rule.example);
        assert!(found.is_some(), "{provider}: {}", rule.example);
    }
}
