//! `data/reasons.csv` and `data/reason_rules.csv`: why a delivery failed (Sisimai's reason
//! vocabulary), and how a reply's code, provider entry or text leads to a reason.

use crate::input::Source;
use crate::load::codes::{check_identifier, read_texts, TextColumns};
use crate::load::table::{Record, Table};
use crate::model::{
    Code, Entry, Kind, Locale, Reason, ReasonRule, RuleTarget, Strength, VendorEntry,
};
use crate::Errors;
use serde::Deserialize;
use std::collections::HashSet;

/// The columns of `reasons.csv` besides the text fields of each locale.
pub const REASON_COLUMNS: [&str; 5] = ["id", "variant", "hard", "source", "note"];
const RULE_COLUMNS: [&str; 7] = [
    "kind", "target", "reason", "strength", "example", "source", "note",
];

#[derive(Deserialize)]
struct ReasonRow {
    id: String,
    variant: String,
    hard: String,
    source: String,
    note: String,
}

#[derive(Deserialize)]
struct RuleRow {
    kind: String,
    target: String,
    reason: String,
    strength: String,
    example: String,
    source: String,
    note: String,
}

fn at(table: &Table<'_>, record: &Record, column: &str, message: String, errors: &mut Errors) {
    let column = table.column(column).unwrap_or(0);
    errors.push(table.file(), record.line, column, message);
}

/// Reads the reasons: a lowercase id (the vocabulary's name), a Rust variant, hard or soft.
pub(crate) fn load_reasons(
    source: &Source,
    locales: &[Locale],
    errors: &mut Errors,
) -> Vec<Reason> {
    let Some(table) = Table::read(source, errors) else {
        return Vec::new();
    };
    table.require_columns(&REASON_COLUMNS, errors);
    let Some(columns) = TextColumns::find(&table, &REASON_COLUMNS, locales, false, errors) else {
        return Vec::new();
    };
    if !errors.is_empty() {
        return Vec::new();
    }
    let mut reasons: Vec<Reason> = Vec::new();
    for record in &table.records {
        let Some(row) = table.deserialize::<ReasonRow>(record, errors) else {
            continue;
        };
        let before = errors.0.len();
        if row.id.is_empty() || !row.id.bytes().all(|b| b.is_ascii_lowercase()) {
            at(&table, record, "id", format!("malformed reason `{}`: expected the vocabulary's lowercase name, such as userunknown", row.id), errors);
        }
        if reasons.iter().any(|r| r.id == row.id) {
            at(
                &table,
                record,
                "id",
                format!("duplicate reason `{}`", row.id),
                errors,
            );
        }
        if let Err(message) = check_identifier(&row.variant) {
            at(&table, record, "variant", message, errors);
        } else if row.variant.to_ascii_lowercase() != row.id {
            at(
                &table,
                record,
                "variant",
                format!("`{}` is not `{}` in UpperCamelCase", row.variant, row.id),
                errors,
            );
        }
        let hard = match row.hard.as_str() {
            "yes" => Some(Some(true)),
            "no" => Some(Some(false)),
            "by-code" => Some(None),
            other => {
                at(&table, record, "hard", format!("expected yes, no or by-code (hard for a 5yz reply, soft for a 4yz), found `{other}`"), errors);
                None
            }
        };
        if !row.source.starts_with("https://") && !row.source.starts_with("http://") {
            at(
                &table,
                record,
                "source",
                format!(
                    "malformed URL `{}`: expected the vocabulary's documentation of the reason",
                    row.source
                ),
                errors,
            );
        }
        let texts = read_texts(&table, record, locales, &columns, errors);
        if errors.0.len() == before {
            reasons.push(Reason {
                line: record.line,
                id: row.id,
                variant: row.variant,
                hard: hard.flatten(),
                source: row.source,
                note: row.note,
                texts,
            });
        }
    }
    if errors.is_empty() && !reasons.iter().any(|r| r.id == "undefined") {
        errors.push(
            table.file(),
            0,
            0,
            "missing reason `undefined`: the classifier's answer when nothing decides",
        );
    }
    reasons
}

/// Reads the rules. Each target must exist; a pattern needs a real example that shows it and
/// the source quoting that example.
pub(crate) fn load_rules(
    source: &Source,
    reasons: &[Reason],
    entries: &[Entry],
    vendor: &[VendorEntry],
    errors: &mut Errors,
) -> Vec<ReasonRule> {
    let Some(table) = Table::read(source, errors) else {
        return Vec::new();
    };
    table.require_columns(&RULE_COLUMNS, errors);
    for (i, name) in table.headers.iter().enumerate() {
        if !RULE_COLUMNS.contains(&name) {
            errors.push(
                table.file(),
                1,
                i + 1,
                format!(
                    "unknown column `{name}`: expected one of {}",
                    RULE_COLUMNS.join(", ")
                ),
            );
        }
    }
    if !errors.is_empty() {
        return Vec::new();
    }
    let mut rules: Vec<ReasonRule> = Vec::new();
    let mut seen: HashSet<RuleTarget> = HashSet::new();
    for record in &table.records {
        let Some(row) = table.deserialize::<RuleRow>(record, errors) else {
            continue;
        };
        let before = errors.0.len();
        let target = match row.kind.as_str() {
            "reply" => match entries
                .iter()
                .find(|e| e.code.kind() == Kind::Reply && e.code.to_string() == row.target)
            {
                Some(Entry {
                    code: Code::Reply(code),
                    ..
                }) => Some(RuleTarget::Reply(*code)),
                _ => {
                    at(
                        &table,
                        record,
                        "target",
                        format!("`{}` is not a reply code of data/codes.csv", row.target),
                        errors,
                    );
                    None
                }
            },
            "status" => match entries
                .iter()
                .find(|e| e.code.kind() == Kind::Status && e.code.to_string() == row.target)
            {
                Some(Entry {
                    code: Code::Status { subject, detail },
                    ..
                }) => Some(RuleTarget::Status(*subject, *detail)),
                _ => {
                    at(
                        &table,
                        record,
                        "target",
                        format!(
                            "`{}` is not a registry entry of data/codes.csv (written X.1.1)",
                            row.target
                        ),
                        errors,
                    );
                    None
                }
            },
            "vendor" => match vendor.iter().position(|v| v.id == row.target) {
                Some(index) => Some(RuleTarget::Vendor(index)),
                None => {
                    at(
                        &table,
                        record,
                        "target",
                        format!("`{}` is not an id of data/vendor_codes.csv", row.target),
                        errors,
                    );
                    None
                }
            },
            "pattern" => {
                let pattern = row.target.to_ascii_lowercase();
                if pattern.trim().len() < 4 || pattern.trim_start() != pattern {
                    at(&table, record, "target", format!("pattern `{}` is too short or starts with a space: expected at least 4 characters", row.target), errors);
                }
                if !row.example.to_ascii_lowercase().contains(&pattern) {
                    at(&table, record, "example", format!("the example does not contain the pattern `{}`: expected a real reply that shows it", row.target), errors);
                }
                if row.source.is_empty() {
                    at(
                        &table,
                        record,
                        "source",
                        "a pattern needs the source that quotes its example".into(),
                        errors,
                    );
                }
                Some(RuleTarget::Pattern(pattern))
            }
            other => {
                at(
                    &table,
                    record,
                    "kind",
                    format!("unknown kind `{other}`: expected reply, status, vendor or pattern"),
                    errors,
                );
                None
            }
        };
        let reason = reasons.iter().position(|r| r.id == row.reason);
        if reason.is_none() {
            at(
                &table,
                record,
                "reason",
                format!(
                    "unknown reason `{}`: add it to data/reasons.csv",
                    row.reason
                ),
                errors,
            );
        }
        let strength = match row.strength.as_str() {
            "strong" => Some(Strength::Strong),
            "weak" => Some(Strength::Weak),
            other => {
                at(
                    &table,
                    record,
                    "strength",
                    format!("expected strong or weak, found `{other}`"),
                    errors,
                );
                None
            }
        };
        if !row.example.is_empty() && !row.source.starts_with("http") {
            at(
                &table,
                record,
                "source",
                "an example needs the URL of the page that quotes it".into(),
                errors,
            );
        }
        let lower = row.source.to_ascii_lowercase();
        if ["set-of-emails", "smtp-field-manual", "smtpfieldmanual"]
            .iter()
            .any(|r| lower.contains(r))
        {
            at(
                &table,
                record,
                "source",
                "a collection reserved for the project's independent check: cite a primary source"
                    .into(),
                errors,
            );
        }
        if let Some(target) = &target {
            if !seen.insert(target.clone()) {
                at(
                    &table,
                    record,
                    "target",
                    format!("a second rule for `{}`", row.target),
                    errors,
                );
            }
        }
        if errors.0.len() == before {
            if let (Some(target), Some(reason), Some(strength)) = (target, reason, strength) {
                rules.push(ReasonRule {
                    line: record.line,
                    target,
                    reason,
                    strength,
                    example: row.example,
                    source: row.source,
                    note: row.note,
                });
            }
        }
    }
    rules
}
