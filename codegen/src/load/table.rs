//! Reading a CSV file into checked records: the part every data file shares.
//!
//! Structural problems (invalid UTF-8, ragged rows, an empty file, unknown or missing columns)
//! are reported here with their line and column; the meaning of each field is checked by the
//! caller.

use crate::{Errors, Source};
use csv::StringRecord;
use serde::de::DeserializeOwned;

/// A CSV file whose structure is sound: a header row and records of the same length.
pub(crate) struct Table<'a> {
    pub(crate) source: &'a Source,
    pub(crate) headers: StringRecord,
    pub(crate) records: Vec<Record>,
}

/// One data row and the line it starts on.
pub(crate) struct Record {
    pub(crate) line: u64,
    pub(crate) fields: StringRecord,
}

impl<'a> Table<'a> {
    /// Reads `source`, recording every structural problem in `errors`.
    /// Returns `None` when the file cannot be read at all (empty, or a broken header row).
    pub(crate) fn read(source: &'a Source, errors: &mut Errors) -> Option<Table<'a>> {
        let file = source.name.as_str();
        if source.bytes.iter().all(|b| b.is_ascii_whitespace()) {
            errors.push(
                file,
                1,
                0,
                "the file is empty: expected a header row naming the columns",
            );
            return None;
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(source.bytes.as_slice());
        let headers = match reader.headers() {
            Ok(headers) => headers.clone(),
            Err(err) => {
                report_csv_error(file, &err, None, errors);
                return None;
            }
        };
        let mut records = Vec::new();
        for result in reader.records() {
            match result {
                Ok(fields) => {
                    let line = fields.position().map_or(0, |p| p.line());
                    records.push(Record { line, fields });
                }
                Err(err) => report_csv_error(file, &err, Some(&headers), errors),
            }
        }
        Some(Table {
            source,
            headers,
            records,
        })
    }

    /// The file name, for messages.
    pub(crate) fn file(&self) -> &str {
        &self.source.name
    }

    /// The 1-based column of a header, if present.
    pub(crate) fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name).map(|i| i + 1)
    }

    /// Checks that every column in `required` is present and that no header appears twice.
    pub(crate) fn require_columns(&self, required: &[&str], errors: &mut Errors) {
        for name in required {
            if self.column(name).is_none() {
                errors.push(self.file(), 1, 0, format!("missing column `{name}`"));
            }
        }
        for (i, name) in self.headers.iter().enumerate() {
            if self.headers.iter().take(i).any(|earlier| earlier == name) {
                errors.push(
                    self.file(),
                    1,
                    i + 1,
                    format!("column `{name}` appears twice"),
                );
            }
        }
    }

    /// Deserializes the fixed columns of a record with serde; other columns are left to the caller.
    pub(crate) fn deserialize<T: DeserializeOwned>(
        &self,
        record: &Record,
        errors: &mut Errors,
    ) -> Option<T> {
        match record.fields.deserialize::<T>(Some(&self.headers)) {
            Ok(value) => Some(value),
            Err(err) => {
                report_csv_error(self.file(), &err, Some(&self.headers), errors);
                None
            }
        }
    }
}

/// Turns a csv error into a located one, naming the column where the csv crate knows it.
fn report_csv_error(
    file: &str,
    err: &csv::Error,
    headers: Option<&StringRecord>,
    errors: &mut Errors,
) {
    let line = err.position().map_or(0, |p| p.line());
    let column_name = |index: usize| {
        headers
            .and_then(|h| h.get(index))
            .map(|name| format!(" (column `{name}`)"))
            .unwrap_or_default()
    };
    match err.kind() {
        csv::ErrorKind::Utf8 { err: utf8, .. } => errors.push(
            file,
            line,
            utf8.field() + 1,
            format!(
                "invalid UTF-8 in field {}{}: expected UTF-8 text",
                utf8.field() + 1,
                column_name(utf8.field())
            ),
        ),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => errors.push(
            file,
            line,
            0,
            format!("ragged row: expected {expected_len} fields like the header row, found {len}"),
        ),
        csv::ErrorKind::Deserialize { err: de, .. } => {
            let field = de.field().map_or(0, |f| f as usize);
            errors.push(
                file,
                line,
                field + 1,
                format!("{}{}", de.kind(), column_name(field)),
            )
        }
        _ => errors.push(file, line, 0, format!("unreadable CSV: {err}")),
    }
}
