//! `data/locales.csv`: which locales the data has, their names, and which must be complete.

use crate::load::table::Table;
use crate::model::Locale;
use crate::{Errors, Source};
use serde::Deserialize;

const COLUMNS: [&str; 4] = ["tag", "english_name", "native_name", "required"];

#[derive(Deserialize)]
struct Row {
    tag: String,
    english_name: String,
    native_name: String,
    required: String,
}

/// Reads the locale list. English must be present and required: it is every text's fallback.
pub(crate) fn load(source: &Source, errors: &mut Errors) -> Vec<Locale> {
    let Some(table) = Table::read(source, errors) else {
        return Vec::new();
    };
    table.require_columns(&COLUMNS, errors);
    for (i, name) in table.headers.iter().enumerate() {
        if !COLUMNS.contains(&name) {
            errors.push(
                table.file(),
                1,
                i + 1,
                format!(
                    "unknown column `{name}`: expected one of {}",
                    COLUMNS.join(", ")
                ),
            );
        }
    }
    if !errors.is_empty() {
        return Vec::new();
    }
    let mut locales: Vec<Locale> = Vec::new();
    for record in &table.records {
        let Some(row) = table.deserialize::<Row>(record, errors) else {
            continue;
        };
        let column = |name| table.column(name).unwrap_or(0);
        if !is_well_formed_tag(&row.tag) {
            errors.push(
                table.file(),
                record.line,
                column("tag"),
                format!(
                    "malformed locale tag `{}`: expected a BCP 47 tag such as `en` or `pt-BR`",
                    row.tag
                ),
            );
            continue;
        }
        if locales.iter().any(|l| l.tag.eq_ignore_ascii_case(&row.tag)) {
            errors.push(
                table.file(),
                record.line,
                column("tag"),
                format!("duplicate locale `{}`", row.tag),
            );
            continue;
        }
        let required = match row.required.as_str() {
            "yes" => true,
            "no" => false,
            other => {
                errors.push(
                    table.file(),
                    record.line,
                    column("required"),
                    format!("expected `yes` or `no`, found `{other}`"),
                );
                continue;
            }
        };
        for (name, value) in [
            ("english_name", &row.english_name),
            ("native_name", &row.native_name),
        ] {
            if value.trim().is_empty() {
                errors.push(
                    table.file(),
                    record.line,
                    column(name),
                    format!("missing `{name}`"),
                );
            }
        }
        locales.push(Locale {
            tag: row.tag,
            english_name: row.english_name,
            native_name: row.native_name,
            required,
        });
    }
    match locales.iter().position(|l| l.tag == "en") {
        Some(0) if locales[0].required => {}
        Some(0) => errors.push(
            table.file(),
            2,
            column_of(&table, "required"),
            "`en` must be required: it is the fallback",
        ),
        _ => errors.push(
            table.file(),
            2,
            1,
            "expected `en` as the first locale: English is required and is the fallback",
        ),
    }
    locales
}

fn column_of(table: &Table<'_>, name: &str) -> usize {
    table.column(name).unwrap_or(0)
}

/// Whether `tag` is a well-formed BCP 47 tag of the form the data uses:
/// `language[-Script][-REGION]`, e.g. `en`, `tr`, `pt-BR`, `zh-Hant`, `es-419`.
pub(crate) fn is_well_formed_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let mut rest: Vec<&str> = parts.collect();
    if let Some(script) = rest.first() {
        let b = script.as_bytes();
        if b.len() == 4 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase) {
            rest.remove(0);
        }
    }
    match rest.as_slice() {
        [] => true,
        [region] => {
            (region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase()))
                || (region.len() == 3 && region.bytes().all(|b| b.is_ascii_digit()))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_well_formed_tag;

    #[test]
    fn tags() {
        for good in [
            "en",
            "tr",
            "de",
            "pt-BR",
            "zh-Hant",
            "zh-Hant-TW",
            "es-419",
            "fil",
        ] {
            assert!(is_well_formed_tag(good), "{good}");
        }
        for bad in [
            "", "e", "EN", "en_US", "en-us", "english", "en-", "-en", "pt-BR-x", "zh-hant",
        ] {
            assert!(!is_well_formed_tag(bad), "{bad}");
        }
    }
}
