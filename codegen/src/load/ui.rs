//! `data/ui.csv`: the words of the site and the Markdown reference themselves (headings, labels,
//! the filter box), one row per key and one column per locale, so that adding a locale stays a
//! data-only change.
//!
//! The keys are fixed here, because the emitters use each of them by name: an unknown key, a
//! missing key, a missing locale column or a missing text in a required locale is an error that
//! names the file, the line and the column. A key whose text carries placeholders (`{shown}`)
//! must carry them in every locale.

use crate::input::Source;
use crate::load::table::Table;
use crate::model::ui_text::PLACEHOLDERS;
use crate::model::Locale;
use crate::model::{UiText, Word, UI_KEYS};
use crate::Errors;

/// Reads `data/ui.csv`: a `key` column and one column per locale, named by its tag.
/// Returns the texts in `locales` order; empty cells of optional locales hold the English text.
pub(crate) fn load(source: &Source, locales: &[Locale], errors: &mut Errors) -> Vec<UiText> {
    let Some(table) = Table::read(source, errors) else {
        return Vec::new();
    };
    let file = table.file().to_owned();
    table.require_columns(&["key"], errors);
    for (i, name) in table.headers.iter().enumerate() {
        if name != "key" && !locales.iter().any(|l| l.tag == name) {
            errors.push(
                &file,
                1,
                i + 1,
                format!(
                    "unknown column `{name}`: expected `key` or a locale tag of data/locales.csv ({})",
                    locales.iter().map(|l| l.tag.as_str()).collect::<Vec<_>>().join(", ")
                ),
            );
        }
    }
    let mut columns = Vec::new();
    for locale in locales {
        match table.column(&locale.tag) {
            Some(column) => columns.push(column),
            None => errors.push(
                &file,
                1,
                0,
                format!(
                    "missing column `{}`: every locale of data/locales.csv needs one (its cells may stay empty while the locale is not required)",
                    locale.tag
                ),
            ),
        }
    }
    if !errors.is_empty() {
        return Vec::new();
    }
    let key_column = table.column("key").unwrap_or(1);

    // values[locale][key index]
    let mut values: Vec<Vec<Option<String>>> = vec![vec![None; UI_KEYS.len()]; locales.len()];
    let mut seen: Vec<Option<u64>> = vec![None; UI_KEYS.len()];
    for record in &table.records {
        let key = record.fields.get(key_column - 1).unwrap_or("");
        let Some(index) = UI_KEYS.iter().position(|k| *k == key) else {
            errors.push(
                &file,
                record.line,
                key_column,
                format!(
                    "unknown key `{key}`: the site uses only the keys listed in codegen/src/ui.rs"
                ),
            );
            continue;
        };
        if let Some(first) = seen[index] {
            errors.push(
                &file,
                record.line,
                key_column,
                format!("duplicate key `{key}`: already on line {first}"),
            );
            continue;
        }
        seen[index] = Some(record.line);
        let placeholders = PLACEHOLDERS
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(&[][..], |(_, p)| *p);
        for (l, (locale, column)) in locales.iter().zip(&columns).enumerate() {
            let text = record.fields.get(column - 1).unwrap_or("");
            if text.trim().is_empty() {
                if locale.required {
                    errors.push(
                        &file,
                        record.line,
                        *column,
                        format!(
                            "missing text of `{key}` in the required locale `{}`",
                            locale.tag
                        ),
                    );
                }
                continue;
            }
            for placeholder in placeholders {
                if !text.contains(placeholder) {
                    errors.push(
                        &file,
                        record.line,
                        *column,
                        format!("the text of `{key}` in `{}` must contain the placeholder `{placeholder}`", locale.tag),
                    );
                }
            }
            values[l][index] = Some(text.to_owned());
        }
    }
    for (index, key) in UI_KEYS.iter().enumerate() {
        if seen[index].is_none() {
            errors.push(
                &file,
                0,
                key_column,
                format!("missing key `{key}`: add a row for it"),
            );
        }
    }
    let english: Vec<String> = values
        .first()
        .map(|v| v.iter().map(|t| t.clone().unwrap_or_default()).collect())
        .unwrap_or_default();
    // English comes first (locales.rs checks it): the language of every fallback.
    let fallback = locales.first().map(|l| l.tag.clone());
    values
        .into_iter()
        .map(|texts| {
            UiText::from_values(
                texts
                    .into_iter()
                    .zip(&english)
                    .map(|(text, en)| match text {
                        Some(text) => Word::own(text),
                        None => Word {
                            text: en.clone(),
                            lang: fallback.clone(),
                        },
                    })
                    .collect(),
            )
        })
        .collect()
}
