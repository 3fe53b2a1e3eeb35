//! `data/codes.csv`: one row per code, checked field by field into [`Entry`] values.

use crate::load::locales::is_well_formed_tag;
use crate::load::table::{Record, Table};
use crate::model::{Code, Entry, Kind, Locale, Reference, Standing, Texts, TEXT_FIELDS};
use crate::{Errors, Source};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// The columns every file has, whatever its locales.
pub const FIXED_COLUMNS: [&str; 9] = [
    "kind",
    "code",
    "id",
    "standing",
    "references",
    "associated",
    "see_also",
    "note",
    "same_text",
];

#[derive(Deserialize)]
struct Row {
    kind: String,
    code: String,
    id: String,
    standing: String,
    references: String,
    associated: String,
    see_also: String,
    note: String,
    same_text: String,
}

/// Where each locale's text fields sit in a record: `columns[locale][field]`, 0-based; `None`
/// for an optional field whose column a file leaves out.
pub(crate) struct TextColumns {
    columns: Vec<Vec<Option<usize>>>,
}

/// Reads and validates every row; cross-row rules (duplicates, references between rows) included.
pub(crate) fn load(source: &Source, locales: &[Locale], errors: &mut Errors) -> Vec<Entry> {
    let Some(table) = Table::read(source, errors) else {
        return Vec::new();
    };
    table.require_columns(&FIXED_COLUMNS, errors);
    let Some(text_columns) = TextColumns::find(&table, &FIXED_COLUMNS, locales, true, errors)
    else {
        return Vec::new();
    };
    if !errors.is_empty() {
        return Vec::new();
    }

    // Codes referred to by other rows are resolved once every row is known.
    let mut entries = Vec::new();
    let mut pending_links: Vec<(u64, Vec<String>)> = Vec::new();
    for record in &table.records {
        let Some(row) = table.deserialize::<Row>(record, errors) else {
            continue;
        };
        let checker = RowChecker {
            table: &table,
            record,
        };
        if let Some((entry, see_also)) = checker.entry(row, locales, &text_columns, errors) {
            pending_links.push((record.line, see_also));
            entries.push(entry);
        }
    }
    check_unique(&table, &entries, errors);
    check_order(&table, &entries, errors);
    // Links and translations are checked only on a clean file: a row rejected above would
    // otherwise show up again as every link that points at it.
    if errors.is_empty() {
        resolve_links(&table, &mut entries, pending_links, errors);
        check_identical_translations(&table, &entries, locales, errors);
    }
    entries
}

impl TextColumns {
    /// Rejects columns other than `fixed` and `<field>.<locale>`, and malformed or unknown locale
    /// tags; finds each locale's columns. With `all_fields`, every text field needs its column;
    /// otherwise only the required fields of required locales do (a locale being added may
    /// leave its columns out until it is complete: English stands in).
    pub(crate) fn find(
        table: &Table<'_>,
        fixed: &[&str],
        locales: &[Locale],
        all_fields: bool,
        errors: &mut Errors,
    ) -> Option<TextColumns> {
        let field_names: Vec<&str> = TEXT_FIELDS.iter().map(|f| f.name).collect();
        for (i, name) in table.headers.iter().enumerate() {
            if fixed.contains(&name) {
                continue;
            }
            let Some((field, tag)) = name.split_once('.') else {
                errors.push(
                table.file(),
                1,
                i + 1,
                format!(
                    "unknown column `{name}`: expected one of {} or `<field>.<locale>` with field one of {}",
                    fixed.join(", "),
                    field_names.join(", ")
                ),
            );
                continue;
            };
            if !field_names.contains(&field) {
                errors.push(
                    table.file(),
                    1,
                    i + 1,
                    format!(
                        "unknown column `{name}`: expected a text field, one of {}",
                        field_names.join(", ")
                    ),
                );
            } else if !is_well_formed_tag(tag) {
                errors.push(
                table.file(),
                1,
                i + 1,
                format!("malformed locale tag `{tag}` in column `{name}`: expected a BCP 47 tag such as `en` or `pt-BR`"),
            );
            } else if !locales.iter().any(|l| l.tag == tag) {
                errors.push(
                    table.file(),
                    1,
                    i + 1,
                    format!(
                    "unknown locale `{tag}` in column `{name}`: add it to data/locales.csv first"
                ),
                );
            }
        }
        let mut columns = Vec::new();
        for locale in locales {
            let mut fields = vec![None; TEXT_FIELDS.len()];
            for (slot, field) in fields.iter_mut().zip(TEXT_FIELDS) {
                let name = format!("{}.{}", field.name, locale.tag);
                match table.column(&name) {
                    Some(column) => *slot = Some(column - 1),
                    // A column the file may leave out: English stands in.
                    None if !(all_fields || field.required && locale.required) => {}
                    None => errors.push(
                        table.file(),
                        1,
                        0,
                        format!("missing column `{name}` for locale `{}`", locale.tag),
                    ),
                }
            }
            columns.push(fields);
        }
        Some(TextColumns { columns })
    }
}

/// Checks the fields of one record.
struct RowChecker<'t, 'a> {
    table: &'t Table<'a>,
    record: &'t Record,
}

impl RowChecker<'_, '_> {
    fn error(&self, column: &str, message: impl Into<String>, errors: &mut Errors) {
        let column = self.table.column(column).unwrap_or(0);
        errors.push(self.table.file(), self.record.line, column, message);
    }

    fn entry(
        &self,
        row: Row,
        locales: &[Locale],
        text_columns: &TextColumns,
        errors: &mut Errors,
    ) -> Option<(Entry, Vec<String>)> {
        let before = errors.0.len();
        let kind = match row.kind.as_str() {
            "reply" => Some(Kind::Reply),
            "class" => Some(Kind::Class),
            "subject" => Some(Kind::Subject),
            "status" => Some(Kind::Status),
            other => {
                self.error(
                    "kind",
                    format!("unknown kind `{other}`: expected reply, class, subject or status"),
                    errors,
                );
                None
            }
        };
        let code = kind.and_then(|kind| match parse_code(kind, &row.code) {
            Ok(code) => Some(code),
            Err(message) => {
                self.error("code", message, errors);
                None
            }
        });
        if let Err(message) = check_identifier(&row.id) {
            self.error("id", message, errors);
        }
        let standing = Standing::ALL
            .into_iter()
            .find(|s| s.as_str() == row.standing);
        if standing.is_none() {
            let expected: Vec<_> = Standing::ALL.iter().map(|s| s.as_str()).collect();
            self.error(
                "standing",
                format!(
                    "unknown standing `{}`: expected one of {}",
                    row.standing,
                    expected.join(", ")
                ),
                errors,
            );
        }
        let references = self.references(&row.references, errors);
        let associated = self.associated(kind, &row.associated, errors);
        let see_also: Vec<String> = split_list(&row.see_also).map(str::to_owned).collect();
        let texts = read_texts(self.table, self.record, locales, text_columns, errors);
        if errors.0.len() > before {
            return None;
        }
        let entry = Entry {
            line: self.record.line,
            code: code?,
            id: row.id,
            standing: standing?,
            references,
            associated,
            see_also: Vec::new(),
            note: row.note,
            same_text: row.same_text,
            texts,
        };
        Some((entry, see_also))
    }

    fn references(&self, field: &str, errors: &mut Errors) -> Vec<Reference> {
        let mut references = Vec::new();
        for item in split_list(field) {
            match parse_reference(item) {
                Some(reference) => references.push(reference),
                None => self.error(
                    "references",
                    format!("malformed reference `{item}`: expected `RFC <number>`, `RFC <number> §<section>`, `draft-<name>-<revision>` or `seed`"),
                    errors,
                ),
            }
        }
        if references.is_empty() && field.trim().is_empty() {
            self.error(
                "references",
                "missing reference: every code needs the RFC (or `seed`) it comes from",
                errors,
            );
        }
        references
    }

    fn associated(&self, kind: Option<Kind>, field: &str, errors: &mut Errors) -> Vec<u16> {
        let mut codes = Vec::new();
        if kind != Some(Kind::Status) {
            if !field.trim().is_empty() {
                self.error(
                    "associated",
                    "only status rows have associated reply codes",
                    errors,
                );
            }
            return codes;
        }
        for item in split_list(field) {
            match parse_code(Kind::Reply, item) {
                Ok(Code::Reply(code)) => codes.push(code),
                _ => self.error("associated", format!("malformed associated reply code `{item}`: expected three digits such as 550"), errors),
            }
        }
        codes
    }
}

/// The texts of one record in every locale, checked: required fields present in required
/// locales (and in any locale that has some text), one-line fields on one line. A locale with no
/// text of its own gets English, marked as a fallback.
pub(crate) fn read_texts(
    table: &Table<'_>,
    record: &Record,
    locales: &[Locale],
    text_columns: &TextColumns,
    errors: &mut Errors,
) -> Vec<Texts> {
    let error = |column: &str, message: String, errors: &mut Errors| {
        errors.push(
            table.file(),
            record.line,
            table.column(column).unwrap_or(0),
            message,
        );
    };
    let mut all: Vec<Texts> = Vec::new();
    for (locale, columns) in locales.iter().zip(&text_columns.columns) {
        let mut texts = Texts::default();
        for (field, &column) in TEXT_FIELDS.iter().zip(columns) {
            let value = column
                .and_then(|c| record.fields.get(c))
                .unwrap_or("")
                .to_owned();
            texts.set(field, value);
        }
        let required = TEXT_FIELDS.iter().filter(|f| f.required);
        let missing: Vec<&str> = required
            .clone()
            .filter(|f| texts.get(f).trim().is_empty())
            .map(|f| f.name)
            .collect();
        let has_any = missing.len() < required.count();
        if locale.required || has_any {
            for name in &missing {
                let what = if locale.tag == "en" {
                    "English"
                } else {
                    "required"
                };
                error(
                    &format!("{name}.{}", locale.tag),
                    format!(
                        "missing {what} text `{name}.{}`: every row needs it",
                        locale.tag
                    ),
                    errors,
                );
            }
        }
        for field in TEXT_FIELDS.iter().filter(|f| f.one_line) {
            if texts.get(field).contains('\n') {
                error(
                    &format!("{}.{}", field.name, locale.tag),
                    format!("`{}` is one line: expected no line break", field.name),
                    errors,
                );
            }
        }
        if has_any || locale.required {
            all.push(texts);
        } else {
            // No text in this optional locale: English stands in, and says so.
            // Fields a row may leave empty (the seed's wording) stay the locale's own.
            let mut english = all.first().cloned().unwrap_or_default();
            for field in TEXT_FIELDS.iter().filter(|f| !f.required) {
                english.set(field, texts.get(field).to_owned());
            }
            english.fallback = true;
            all.push(english);
        }
    }
    all
}

/// Parses a code as the `code` column writes it for `kind`; the error says what was expected.
pub fn parse_code(kind: Kind, text: &str) -> Result<Code, String> {
    let digits = |s: &str, max: usize| -> Option<u16> {
        (!s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match kind {
        Kind::Reply => {
            if text.contains('.') {
                return Err(format!(
                    "`{text}` does not fit kind `reply`: expected three digits such as 550 (enhanced status codes are rows of kind `status`, written X.1.1)"
                ));
            }
            let b = text.as_bytes();
            if b.len() != 3 || !b.iter().all(u8::is_ascii_digit) {
                return Err(format!(
                    "malformed reply code `{text}`: expected three digits such as 550"
                ));
            }
            if !(b'2'..=b'5').contains(&b[0]) {
                return Err(format!(
                    "malformed reply code `{text}`: the first digit must be 2 to 5 (RFC 5321 §4.2.1; 1yz is not used by SMTP)"
                ));
            }
            if b[1] > b'5' {
                return Err(format!("malformed reply code `{text}`: the second digit must be 0 to 5 (RFC 5321 §4.2.1)"));
            }
            Ok(Code::Reply(digits(text, 3).unwrap_or(0)))
        }
        Kind::Class => match text {
            "2" | "4" | "5" => Ok(Code::Class(text.as_bytes()[0] - b'0')),
            _ => Err(format!(
                "malformed class `{text}`: expected 2, 4 or 5 (RFC 3463 §2)"
            )),
        },
        Kind::Subject => match text.strip_prefix("X.").and_then(|s| digits(s, 3)) {
            Some(subject) => Ok(Code::Subject(subject)),
            None => Err(format!(
                "malformed subject `{text}`: expected `X.` and one to three digits, such as X.1"
            )),
        },
        Kind::Status => {
            let parts: Vec<&str> = text.split('.').collect();
            match parts.as_slice() {
                ["X", subject, detail] => match (digits(subject, 3), digits(detail, 3)) {
                    (Some(subject), Some(detail)) => Ok(Code::Status { subject, detail }),
                    _ => Err(format!(
                        "malformed status `{text}`: subject and detail are one to three digits each, such as X.1.1 (RFC 3463 §2)"
                    )),
                },
                [class @ ("2" | "4" | "5"), subject, detail]
                    if digits(subject, 3).is_some() && digits(detail, 3).is_some() =>
                {
                    Err(format!(
                        "`{text}` has class {class}, but status rows apply to every class: expected `X.{subject}.{detail}`"
                    ))
                }
                _ => Err(format!(
                    "malformed status `{text}`: expected X.<subject>.<detail> with one to three digits each, such as X.1.1"
                )),
            }
        }
    }
}

/// Parses a code written anywhere in the file (`see_also`): its form says its kind.
fn parse_any_code(text: &str) -> Option<Code> {
    let kind = if !text.contains('.') {
        if text.len() == 1 {
            Kind::Class
        } else {
            Kind::Reply
        }
    } else if text.matches('.').count() == 1 {
        Kind::Subject
    } else {
        Kind::Status
    };
    parse_code(kind, text).ok()
}

fn parse_reference(text: &str) -> Option<Reference> {
    if text == "seed" {
        return Some(Reference::Seed);
    }
    if let Some(name) = text.strip_prefix("draft-") {
        let well_formed = name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && name
                .rsplit_once('-')
                .is_some_and(|(_, rev)| rev.len() == 2 && rev.bytes().all(|b| b.is_ascii_digit()));
        return well_formed.then(|| Reference::Draft(text.to_owned()));
    }
    let rest = text.strip_prefix("RFC ")?;
    let (number, section) = match rest.split_once(" §") {
        Some((number, section)) => (number, Some(section)),
        None => (rest, None),
    };
    let number: u32 = number
        .parse()
        .ok()
        .filter(|_| number.bytes().all(|b| b.is_ascii_digit()))?;
    let section = match section {
        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.') => {
            Some(s.to_owned())
        }
        Some(_) => return None,
        None => None,
    };
    Some(Reference::Rfc { number, section })
}

/// Items of a `; `-separated list, trimmed; empty items are skipped.
fn split_list(field: &str) -> impl Iterator<Item = &str> {
    field.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// Identifiers become Rust variant names, so they must be UpperCamelCase Rust identifiers.
pub(crate) fn check_identifier(id: &str) -> Result<(), String> {
    const KEYWORDS: [&str; 1] = ["Self"];
    let mut chars = id.chars();
    let ok = matches!(chars.next(), Some(c) if c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
        && !KEYWORDS.contains(&id);
    if ok {
        Ok(())
    } else {
        Err(format!(
            "invalid identifier `{id}`: expected an UpperCamelCase Rust identifier (ASCII letters and digits, starting with a capital letter), such as MailboxUnavailable"
        ))
    }
}

fn check_unique(table: &Table<'_>, entries: &[Entry], errors: &mut Errors) {
    let code_column = table.column("code").unwrap_or(0);
    let id_column = table.column("id").unwrap_or(0);
    let mut codes: HashMap<Code, u64> = HashMap::new();
    let mut ids: HashMap<&str, u64> = HashMap::new();
    for entry in entries {
        if let Some(first) = codes.insert(entry.code, entry.line) {
            codes.insert(entry.code, first);
            errors.push(
                table.file(),
                entry.line,
                code_column,
                format!("duplicate code `{}`: already on line {first}", entry.code),
            );
        }
        if let Some(first) = ids.insert(&entry.id, entry.line) {
            ids.insert(&entry.id, first);
            errors.push(
                table.file(),
                entry.line,
                id_column,
                format!(
                    "duplicate identifier `{}`: already on line {first}",
                    entry.id
                ),
            );
        }
    }
}

/// Rows are in the documented order (data/README.md): reply codes by number, then classes,
/// subjects and statuses by number. It is the order of `ALL` in the crate and of every listing.
fn check_order(table: &Table<'_>, entries: &[Entry], errors: &mut Errors) {
    let code_column = table.column("code").unwrap_or(0);
    for pair in entries.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        // `Code` orders by kind (reply, class, subject, status), then by number.
        if after.code < before.code {
            let kinds = if after.code.kind() == before.code.kind() {
                format!("{} rows go by number", after.code.kind().as_str())
            } else {
                "kinds go reply, class, subject, status".to_owned()
            };
            errors.push(
                table.file(),
                after.line,
                code_column,
                format!(
                    "row out of order: `{}` comes after `{}` (line {}), but {kinds}: move it up",
                    after.code, before.code, before.line
                ),
            );
        }
    }
}

/// Associated and see-also codes must name rows of the file.
fn resolve_links(
    table: &Table<'_>,
    entries: &mut [Entry],
    see_also: Vec<(u64, Vec<String>)>,
    errors: &mut Errors,
) {
    let known: HashSet<Code> = entries.iter().map(|e| e.code).collect();
    let associated_column = table.column("associated").unwrap_or(0);
    let see_also_column = table.column("see_also").unwrap_or(0);
    for (entry, (_, links)) in entries.iter_mut().zip(see_also) {
        for code in &entry.associated {
            if !known.contains(&Code::Reply(*code)) {
                errors.push(table.file(), entry.line, associated_column, format!("associated reply code `{code}` has no row: add it (standing registry-only if no RFC defines it)"));
            }
        }
        for link in links {
            match parse_any_code(&link).filter(|code| known.contains(code)) {
                Some(code) => entry.see_also.push(code),
                None => errors.push(table.file(), entry.line, see_also_column, format!("see_also `{link}` is not a code of this file: expected codes such as 550, X.1.1, X.1 or 5")),
            }
        }
    }
}

/// A translation that is the English text unchanged was almost always forgotten.
fn check_identical_translations(
    table: &Table<'_>,
    entries: &[Entry],
    locales: &[Locale],
    errors: &mut Errors,
) {
    for entry in entries.iter().filter(|e| e.same_text.trim().is_empty()) {
        let english = &entry.texts[0];
        for (locale, texts) in locales
            .iter()
            .zip(&entry.texts)
            .skip(1)
            .filter(|(_, t)| !t.fallback)
        {
            let translated = TEXT_FIELDS.iter().filter(|f| f.translated);
            for (field, en, other) in translated.map(|f| (f.name, english.get(f), texts.get(f))) {
                if en == other {
                    let column = format!("{field}.{}", locale.tag);
                    errors.push(
                        table.file(),
                        entry.line,
                        table.column(&column).unwrap_or(0),
                        format!("`{column}` is identical to the English text: translate it, or say why in `same_text`"),
                    );
                }
            }
        }
    }
}
