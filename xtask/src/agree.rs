//! The agreement check of `cargo xtask browser-test`: the shared test cases
//! (`smtp-codes/tests/data/explain-cases.csv`, every `input`, and
//! `smtp-codes/tests/data/labelled.csv`, every `reply`), explained by the command's own code
//! (its `find.rs` and `output.rs`, over the crate's `classify_line` and `Reply::classify`) and
//! by the site's explain box (`window.smtpCodesExplain` in `docs/assets/explain.js`), must give
//! the same replies with the same fields. Cases built from the data add what those files do not
//! reach ([`data_cases`]): the examples of the rules, each provider's entries in its own words,
//! and text patterns of the same length side by side (the tie-breaks).

use crate::find::{Finder, LineReader};
use crate::output::Explanation;
use codegen::model::{Data, RuleKind, RuleTarget, VendorKey};
use serde_json::Value;
use smtp_codes::Locale;
use std::path::Path;

/// The fields of the command's `--json` output that are compared: every one of them.
pub const FIELDS: &[&str] = &[
    "line",
    "input",
    "code",
    "enhanced",
    "provider",
    "vendor_status",
    "reason",
    "reason_message",
    "hard_bounce",
    "decided_by",
    "pattern",
    "message",
    "sender_advice",
    "locale",
];

/// One shared test case: where it comes from and its text.
pub struct Case {
    /// `explain-cases.csv:12`.
    pub origin: String,
    /// The text, as pasted into the box or given to the command.
    pub text: String,
}

fn read_column(path: &Path, column: &str, name: &str) -> Result<Vec<Case>, String> {
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    let index = headers
        .iter()
        .position(|h| h == column)
        .ok_or_else(|| format!("{}: no column {column}", path.display()))?;
    let mut cases = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{}: {e}", path.display()))?;
        let line = record.position().map_or(0, |p| p.line());
        cases.push(Case {
            origin: format!("{name}:{line}"),
            text: record[index].to_owned(),
        });
    }
    Ok(cases)
}

/// Every case of `explain-cases.csv` (column `input`), then every reply of `labelled.csv`
/// (column `reply`).
pub fn cases(root: &Path) -> Result<Vec<Case>, String> {
    let data = root.join("smtp-codes/tests/data");
    let mut cases = read_column(
        &data.join("explain-cases.csv"),
        "input",
        "explain-cases.csv",
    )?;
    cases.extend(read_column(
        &data.join("labelled.csv"),
        "reply",
        "labelled.csv",
    )?);
    Ok(cases)
}

/// What the command writes with `--json` for `text` given on standard input, one object per
/// reply, in `locale`.
pub fn command_answer(text: &str, locale: Locale) -> Vec<Value> {
    let mut reader = LineReader::new(text.as_bytes());
    let mut finder = Finder::new();
    let mut line = Vec::new();
    let mut found = Vec::new();
    // Reading from memory cannot fail.
    while let Ok(Some(info)) = reader.next_line(&mut line) {
        finder.push(info.number, &line, &mut |f| found.push(f));
    }
    finder.finish(&mut |f| found.push(f));
    found
        .iter()
        .map(|f| {
            let mut out = Vec::new();
            Explanation::new(f, locale)
                .write_json(&mut out)
                .expect("writing to memory");
            serde_json::from_slice(&out).expect("the command writes JSON")
        })
        .collect()
}

/// The differences between the command's answer and the page's for one case, one line each.
pub fn differences(case: &Case, command: &[Value], page: &Value) -> Vec<String> {
    let Some(page) = page.as_array() else {
        return vec![format!("{}: the page gave no list: {page}", case.origin)];
    };
    let mut lines = Vec::new();
    if command.len() != page.len() {
        lines.push(format!(
            "{}: the command found {} replies, the page {}",
            case.origin,
            command.len(),
            page.len()
        ));
    }
    for (i, (c, p)) in command.iter().zip(page).enumerate() {
        for field in FIELDS {
            if c[field] != p[field] {
                lines.push(format!(
                    "{} reply {}: {field}: command {}, page {}",
                    case.origin,
                    i + 1,
                    c[field],
                    p[field]
                ));
            }
        }
    }
    lines
}

/// Cases built from the data, one per line of a text (as a log piped in):
/// - every `example` of `data/provider_rules.csv` and `data/reason_rules.csv`;
/// - every vendor entry as its provider's server would write it: reply code, enhanced code,
///   key (a token or phrase), documented wording, then the provider's first `contains` rule,
///   so that recognition, phrases and ranks all come into play;
/// - each text pattern next to the next one of the same length, in both orders and in two
///   lines of a multi-line reply, so that the longest-match tie-breaks (earliest end, lowest
///   index) are compared.
pub fn data_cases(data: &Data) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut push = |origin: String, text: String| {
        if !text.trim().is_empty() {
            cases.push(Case { origin, text });
        }
    };
    for (i, rule) in data.rules.iter().enumerate() {
        push(
            format!("provider_rules.csv row {}", i + 1),
            rule.example.clone(),
        );
    }
    for (i, rule) in data.reason_rules.iter().enumerate() {
        push(
            format!("reason_rules.csv row {}", i + 1),
            rule.example.clone(),
        );
    }
    for v in &data.vendor {
        let class = v.enhanced.map_or(5, |e| e.class);
        let code = v
            .reply_codes
            .first()
            .copied()
            .unwrap_or(if class == 4 { 450 } else { 550 });
        let enhanced = v.enhanced.map(|e| e.to_string()).unwrap_or_default();
        let key = match &v.key {
            VendorKey::Token(token) => format!("[{token}]"),
            VendorKey::Phrase(phrase) => phrase.clone(),
            VendorKey::Enhanced(_) | VendorKey::Reply(_) => String::new(),
        };
        let host = data
            .rules
            .iter()
            .find(|r| r.provider == v.provider && r.kind == RuleKind::Contains)
            .map(|r| r.pattern.clone())
            .unwrap_or_default();
        let own = format!("{code} {enhanced} {key} {}", v.wording);
        push(format!("vendor {} (alone)", v.id), own.clone());
        push(
            format!("vendor {} (recognised)", v.id),
            format!("{own} {host}"),
        );
    }
    let patterns: Vec<&str> = data
        .reason_rules
        .iter()
        .filter_map(|r| match &r.target {
            RuleTarget::Pattern(text) => Some(text.as_str()),
            _ => None,
        })
        .collect();
    for (i, a) in patterns.iter().enumerate() {
        if let Some(b) = patterns[i + 1..].iter().find(|b| b.len() == a.len()) {
            push(
                format!("patterns {a:?} and {b:?}"),
                format!(
                    "550 {a} {b}\n451 {} then {a}\n550-{b} first\n550 {a} second",
                    b.to_ascii_uppercase()
                ),
            );
        }
    }
    cases
}

#[cfg(test)]
mod tests {
    use super::{command_answer, differences, Case};
    use smtp_codes::Locale;

    #[test]
    fn the_command_answer_is_its_json_and_a_changed_field_is_a_difference() {
        let text = "Jan 1 mx postfix/smtp[1]: to=<a@example.com>, status=bounced (host x said: \
                    550 5.1.1 <a@example.com>: User unknown (in reply to RCPT TO command))\n\
                    not a reply\n\
                    421-4.7.0 first\n  421 4.7.0 [TSS04] second";
        let answer = command_answer(text, Locale::default());
        assert_eq!(answer.len(), 2);
        assert_eq!(answer[0]["reason"], "userunknown");
        assert_eq!(answer[0]["enhanced"], "5.1.1");
        assert_eq!(answer[1]["line"], 3);
        assert_eq!(answer[1]["vendor_status"], "YahooTss04");
        let case = Case {
            origin: "test".to_owned(),
            text: text.to_owned(),
        };
        let same = serde_json::Value::Array(answer.clone());
        assert!(differences(&case, &answer, &same).is_empty());
        let mut changed = answer.clone();
        changed[1]["hard_bounce"] = serde_json::json!(true);
        let found = differences(&case, &answer, &serde_json::Value::Array(changed));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("reply 2: hard_bounce"), "{found:?}");
        let fewer = serde_json::Value::Array(answer[..1].to_vec());
        assert!(!differences(&case, &answer, &fewer).is_empty());
    }
}
