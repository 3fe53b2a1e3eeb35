//! `data/providers.csv`, `data/provider_rules.csv` and `data/vendor_codes.csv`: the mail
//! providers whose own documentation lists reply codes, how to recognise their replies, and
//! what each documented code or token means.

use crate::load::codes::{read_texts, TextColumns};
use crate::load::table::{Record, Table};
use crate::model::{
    vendor_slugs, EnhancedCode, Locale, Provider, ProviderRule, RuleKind, VendorEntry, VendorKey,
};
use crate::{Errors, Source};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

const PROVIDER_COLUMNS: [&str; 4] = ["id", "name", "url", "note"];
const RULE_COLUMNS: [&str; 5] = ["provider", "kind", "pattern", "source", "example"];
/// The columns of `vendor_codes.csv` besides the text fields of each locale.
pub const VENDOR_COLUMNS: [&str; 10] = [
    "provider",
    "id",
    "key",
    "reply_codes",
    "enhanced",
    "match",
    "wording",
    "source_url",
    "source_title",
    "note",
];

/// Collections reserved for the project's independent check: never a source of our data.
const RESERVED_SOURCES: [&str; 3] = [
    "sisimai/set-of-emails",
    "activecampaign/smtp-field-manual",
    "smtpfieldmanual.com",
];

#[derive(Deserialize)]
struct ProviderRow {
    id: String,
    name: String,
    url: String,
    note: String,
}

#[derive(Deserialize)]
struct RuleRow {
    provider: String,
    kind: String,
    pattern: String,
    source: String,
    example: String,
}

#[derive(Deserialize)]
struct VendorRow {
    provider: String,
    id: String,
    key: String,
    reply_codes: String,
    enhanced: String,
    #[serde(rename = "match")]
    match_text: String,
    wording: String,
    source_url: String,
    source_title: String,
    note: String,
}

/// An error at a named column of a record.
fn at(table: &Table<'_>, record: &Record, column: &str, message: String, errors: &mut Errors) {
    errors.push(
        table.file(),
        record.line,
        table.column(column).unwrap_or(0),
        message,
    );
}

/// Rejects columns the file does not define.
fn only_columns(table: &Table<'_>, allowed: &dyn Fn(&str) -> bool, errors: &mut Errors) {
    for (i, name) in table.headers.iter().enumerate() {
        if !allowed(name) {
            errors.push(table.file(), 1, i + 1, format!("unknown column `{name}`"));
        }
    }
}

fn check_url(url: &str) -> Result<(), String> {
    if !(url.starts_with("https://") || url.starts_with("http://"))
        || url.contains(char::is_whitespace)
    {
        return Err(format!(
            "malformed URL `{url}`: expected an http(s) address"
        ));
    }
    let lower = url.to_ascii_lowercase();
    if let Some(reserved) = RESERVED_SOURCES.iter().find(|r| lower.contains(*r)) {
        return Err(format!(
            "`{url}` is in {reserved}, a collection reserved for the project's independent check: cite the provider's own documentation"
        ));
    }
    Ok(())
}

/// Reads the providers: UpperCamelCase ids, unique, with a name and a documentation URL.
pub(crate) fn load_providers(source: &Source, errors: &mut Errors) -> Vec<Provider> {
    let Some(table) = Table::read(source, errors) else {
        return Vec::new();
    };
    table.require_columns(&PROVIDER_COLUMNS, errors);
    only_columns(&table, &|name| PROVIDER_COLUMNS.contains(&name), errors);
    if !errors.is_empty() {
        return Vec::new();
    }
    let mut providers: Vec<Provider> = Vec::new();
    for record in &table.records {
        let Some(row) = table.deserialize::<ProviderRow>(record, errors) else {
            continue;
        };
        let before = errors.0.len();
        if let Err(message) = crate::load::codes::check_identifier(&row.id) {
            at(&table, record, "id", message, errors);
        }
        if let Some(first) = providers.iter().find(|p| p.id == row.id) {
            at(
                &table,
                record,
                "id",
                format!(
                    "duplicate provider `{}`: already on line {}",
                    row.id, first.line
                ),
                errors,
            );
        }
        if row.name.trim().is_empty() {
            at(
                &table,
                record,
                "name",
                "missing name: expected the provider's name, such as Microsoft 365".into(),
                errors,
            );
        }
        if let Err(message) = check_url(&row.url) {
            at(&table, record, "url", message, errors);
        }
        if errors.0.len() == before {
            providers.push(Provider {
                line: record.line,
                id: row.id,
                name: row.name,
                url: row.url,
                note: row.note,
            });
        }
    }
    providers
}

/// Reads the recognition rules; each names a provider and shows the pattern in a real example.
pub(crate) fn load_rules(
    source: &Source,
    providers: &[Provider],
    errors: &mut Errors,
) -> Vec<ProviderRule> {
    let Some(table) = Table::read(source, errors) else {
        return Vec::new();
    };
    table.require_columns(&RULE_COLUMNS, errors);
    only_columns(&table, &|name| RULE_COLUMNS.contains(&name), errors);
    if !errors.is_empty() {
        return Vec::new();
    }
    let mut rules = Vec::new();
    for record in &table.records {
        let Some(row) = table.deserialize::<RuleRow>(record, errors) else {
            continue;
        };
        let before = errors.0.len();
        let provider = providers.iter().position(|p| p.id == row.provider);
        if provider.is_none() {
            at(
                &table,
                record,
                "provider",
                format!(
                    "unknown provider `{}`: add it to data/providers.csv first",
                    row.provider
                ),
                errors,
            );
        }
        let kind = match row.kind.as_str() {
            "contains" => Some(RuleKind::Contains),
            "ends_with" => Some(RuleKind::EndsWith),
            other => {
                at(
                    &table,
                    record,
                    "kind",
                    format!("unknown kind `{other}`: expected contains or ends_with"),
                    errors,
                );
                None
            }
        };
        if row.pattern.trim().len() < 4 || row.pattern.trim() != row.pattern {
            at(&table, record, "pattern", format!("pattern `{}` is too short to tell a provider apart or has surrounding spaces: expected at least 4 characters, trimmed", row.pattern), errors);
        }
        if let Err(message) = check_url(&row.source) {
            at(&table, record, "source", message, errors);
        }
        let pattern = row.pattern.to_ascii_lowercase();
        let example = row.example.trim().to_ascii_lowercase();
        let shown = match kind {
            Some(RuleKind::EndsWith) => example.ends_with(&pattern),
            _ => example.contains(&pattern),
        };
        if !shown {
            at(
                &table,
                record,
                "example",
                format!(
                    "the example does not show the pattern `{}`: expected a real reply that {} it",
                    row.pattern,
                    if kind == Some(RuleKind::EndsWith) {
                        "ends with"
                    } else {
                        "contains"
                    }
                ),
                errors,
            );
        }
        if errors.0.len() == before {
            if let (Some(provider), Some(kind)) = (provider, kind) {
                rules.push(ProviderRule {
                    line: record.line,
                    provider,
                    kind,
                    pattern: row.pattern,
                    source: row.source,
                    example: row.example,
                });
            }
        }
    }
    rules
}

/// Reads the vendor codes and checks them against each other: ids unique, keys well formed,
/// each `match` phrase taken from the provider's wording, entries grouped by provider in the
/// order of `providers.csv` and by key within a provider.
pub(crate) fn load_vendor(
    source: &Source,
    providers: &[Provider],
    locales: &[Locale],
    errors: &mut Errors,
) -> Vec<VendorEntry> {
    let Some(table) = Table::read(source, errors) else {
        return Vec::new();
    };
    table.require_columns(&VENDOR_COLUMNS, errors);
    let Some(text_columns) = TextColumns::find(&table, &VENDOR_COLUMNS, locales, false, errors)
    else {
        return Vec::new();
    };
    if !errors.is_empty() {
        return Vec::new();
    }
    let mut entries: Vec<VendorEntry> = Vec::new();
    let mut ids: HashMap<String, u64> = HashMap::new();
    for record in &table.records {
        let Some(row) = table.deserialize::<VendorRow>(record, errors) else {
            continue;
        };
        let before = errors.0.len();
        let provider = providers.iter().position(|p| p.id == row.provider);
        match provider {
            None => at(
                &table,
                record,
                "provider",
                format!(
                    "unknown provider `{}`: add it to data/providers.csv first",
                    row.provider
                ),
                errors,
            ),
            Some(p) if !row.id.starts_with(&providers[p].id) => at(
                &table,
                record,
                "id",
                format!(
                    "identifier `{}` must start with its provider's, `{}`",
                    row.id, providers[p].id
                ),
                errors,
            ),
            Some(_) => {}
        }
        if let Err(message) = crate::load::codes::check_identifier(&row.id) {
            at(&table, record, "id", message, errors);
        }
        if let Some(first) = ids.insert(row.id.clone(), record.line) {
            ids.insert(row.id.clone(), first);
            at(
                &table,
                record,
                "id",
                format!("duplicate identifier `{}`: already on line {first}", row.id),
                errors,
            );
        }
        let key = match parse_key(&row.key) {
            Ok(key) => Some(key),
            Err(message) => {
                at(&table, record, "key", message, errors);
                None
            }
        };
        let mut reply_codes = Vec::new();
        for item in row
            .reply_codes
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            match item.parse::<u16>() {
                Ok(code) if item.len() == 3 && (200..=599).contains(&code) => {
                    reply_codes.push(code)
                }
                _ => at(
                    &table,
                    record,
                    "reply_codes",
                    format!("malformed reply code `{item}`: expected three digits from 200 to 599"),
                    errors,
                ),
            }
        }
        let enhanced = match row.enhanced.trim() {
            "" => None,
            text => match EnhancedCode::parse(text) {
                Some(code) => Some(code),
                None => {
                    at(&table, record, "enhanced", format!("malformed enhanced status code `{text}`: expected class 2, 4 or 5 and one to three digits twice, such as 5.7.1"), errors);
                    None
                }
            },
        };
        match (&key, enhanced) {
            (Some(VendorKey::Enhanced(k)), Some(e)) if *k != e => at(&table, record, "enhanced", format!("`{e}` differs from the key `{k}`: an enhanced key is the enhanced code"), errors),
            (Some(VendorKey::Reply(code)), _) if !reply_codes.contains(code) => at(&table, record, "reply_codes", format!("the key is the reply code {code}: list it here too"), errors),
            (Some(VendorKey::Phrase(phrase)), _) if !row.wording.to_ascii_lowercase().contains(&phrase.to_ascii_lowercase()) => at(&table, record, "key", format!("the phrase `{phrase}` is not in the provider's wording: take it from there"), errors),
            (Some(VendorKey::Phrase(_)), _) if !row.match_text.is_empty() => at(&table, record, "match", "the key is already a phrase: leave match empty".into(), errors),
            (Some(VendorKey::Reply(_)), _) if row.match_text.trim().is_empty() => at(&table, record, "match", "a reply code alone does not identify a provider's entry: give the phrase of its wording that does".into(), errors),
            _ => {}
        }
        if let Some(e) = enhanced.filter(|_| !row.note.contains("RFC 2034")) {
            for code in &reply_codes {
                if u16::from(e.class) != code / 100 {
                    at(&table, record, "enhanced", format!("class {} of `{e}` is not the first digit of reply code {code} (RFC 2034 §4): fix it, or where the provider's page really says so, say it in `note` naming RFC 2034", e.class), errors);
                }
            }
        }
        if !row.match_text.is_empty()
            && !row
                .wording
                .to_ascii_lowercase()
                .contains(&row.match_text.to_ascii_lowercase())
        {
            at(
                &table,
                record,
                "match",
                format!(
                    "the phrase `{}` is not in the provider's wording: take it from there",
                    row.match_text
                ),
                errors,
            );
        }
        if row.match_text.trim() != row.match_text {
            at(
                &table,
                record,
                "match",
                "the phrase has surrounding spaces: trim it".into(),
                errors,
            );
        }
        if let Err(message) = check_url(&row.source_url) {
            at(&table, record, "source_url", message, errors);
        }
        if row.source_title.trim().is_empty() {
            at(
                &table,
                record,
                "source_title",
                "missing title: expected the documentation page's title".into(),
                errors,
            );
        }
        let texts = read_texts(&table, record, locales, &text_columns, errors);
        if errors.0.len() == before {
            if let (Some(provider), Some(key)) = (provider, key) {
                let enhanced = enhanced.or(match key {
                    VendorKey::Enhanced(code) => Some(code),
                    _ => None,
                });
                entries.push(VendorEntry {
                    line: record.line,
                    provider,
                    id: row.id,
                    key,
                    reply_codes,
                    enhanced,
                    match_text: row.match_text,
                    wording: row.wording,
                    source_url: row.source_url,
                    source_title: row.source_title,
                    note: row.note,
                    texts,
                    slug: String::new(),
                });
            }
        }
    }
    check_vendor_set(&table, &entries, errors);
    let slugs = vendor_slugs(providers, &entries);
    let mut seen: HashMap<&str, u64> = HashMap::new();
    for (entry, slug) in entries.iter().zip(&slugs) {
        if let Some(first) = seen.insert(slug, entry.line) {
            at_line(&table, entry.line, "id", format!("the page and message id `{slug}` is already line {first}'s: choose an id that tells them apart"), errors);
        }
    }
    for (entry, slug) in entries.iter_mut().zip(slugs) {
        entry.slug = slug;
    }
    entries
}

fn at_line(table: &Table<'_>, line: u64, column: &str, message: String, errors: &mut Errors) {
    errors.push(
        table.file(),
        line,
        table.column(column).unwrap_or(0),
        message,
    );
}

/// Rules across rows: order, and at most one entry per (provider, key) without a `match` phrase.
fn check_vendor_set(table: &Table<'_>, entries: &[VendorEntry], errors: &mut Errors) {
    let key_column = table.column("key").unwrap_or(0);
    for pair in entries.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if (b.provider, &b.key) < (a.provider, &a.key) {
            errors.push(table.file(), b.line, key_column, format!("row out of order: `{}` comes after `{}` (line {}), but rows go by provider (in data/providers.csv order), then by key: move it up", b.key, a.key, a.line));
        }
    }
    let mut plain: HashSet<(usize, &VendorKey)> = HashSet::new();
    let mut phrases: HashSet<(usize, &VendorKey, String)> = HashSet::new();
    for entry in entries {
        if entry.match_text.is_empty() {
            if !plain.insert((entry.provider, &entry.key)) {
                errors.push(table.file(), entry.line, table.column("match").unwrap_or(0), format!("a second entry for `{}` without a match phrase: give each entry but one the phrase of its wording that tells it apart", entry.key));
            }
        } else if !phrases.insert((
            entry.provider,
            &entry.key,
            entry.match_text.to_ascii_lowercase(),
        )) {
            errors.push(
                table.file(),
                entry.line,
                table.column("match").unwrap_or(0),
                format!(
                    "duplicate match phrase `{}` for `{}`",
                    entry.match_text, entry.key
                ),
            );
        }
    }
}

/// A key: an enhanced status code (`5.7.606`), a reply code (`421`), a token the reply
/// carries (`TSS04`, `RP-001`, `ES000010`), or the phrase of a reply documented without a code.
pub fn parse_key(text: &str) -> Result<VendorKey, String> {
    if text.contains('.') {
        return EnhancedCode::parse(text)
            .map(VendorKey::Enhanced)
            .ok_or_else(|| format!("malformed key `{text}`: an enhanced status code is class 2, 4 or 5 and one to three digits twice, such as 5.7.606"));
    }
    let bytes = text.as_bytes();
    if bytes.len() == 3 && bytes.iter().all(u8::is_ascii_digit) {
        let code: u16 = text.parse().unwrap_or(0);
        return if (200..=599).contains(&code) {
            Ok(VendorKey::Reply(code))
        } else {
            Err(format!(
                "malformed key `{text}`: a reply code is 200 to 599"
            ))
        };
    }
    let token = bytes.len() >= 3
        && bytes[0].is_ascii_uppercase()
        && bytes
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'-')
        && bytes.iter().any(u8::is_ascii_digit);
    let phrase = text.contains(' ') && text.trim() == text && text.len() >= 8;
    if token {
        Ok(VendorKey::Token(text.to_owned()))
    } else if phrase {
        Ok(VendorKey::Phrase(text.to_owned()))
    } else {
        Err(format!("malformed key `{text}`: expected an enhanced code (5.7.606), a reply code (421), a token of capitals, digits and hyphens with a digit (TSS04, RP-001), or for a reply documented without a code, a phrase of its text of two words or more"))
    }
}
