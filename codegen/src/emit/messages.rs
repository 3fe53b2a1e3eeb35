//! Message files for applications, one of each format per locale:
//!
//! - Fluent: `smtp-codes/locales/fluent/<tag>/smtp_codes.ftl`, the layout `fluent-templates`
//!   (`locales/<tag>/*.ftl`) and `i18n-embed` (`<assets_dir>/<tag>/<domain>.ftl`) read;
//! - gettext: `smtp-codes/locales/gettext/<tag>.po`;
//! - JSON: `smtp-codes/locales/json/<tag>.json`.
//!
//! Message ids come from the code, never from text: [`message_id`], and for a provider's
//! documented code [`vendor_message_id`] (`smtp-microsoft-5-7-606`), after the registry's, and
//! for a bounce reason [`reason_message_id`] (`smtp-reason-userunknown`), last. The short message is the
//! message itself; the explanation, the advice to sender and admin and the seed's wording are
//! attributes in Fluent (`.explanation`), entries of their own in gettext
//! (`smtp-550.explanation`) and fields in JSON. A locale's file holds only the rows that have
//! text of their own in it: for the others, applications fall back to English as the loaders do.
//!
//! Each format is escaped by its own small function ([`ftl_pattern`], [`po_string`]); JSON is
//! written by `serde_json`.

use crate::model::{Code, Data, Locale, Reason, Texts, VendorEntry, TEXT_FIELDS};
use crate::output::{header, Emitter, GeneratedFile, Syntax};
use crate::{CODES_CSV, LOCALES_CSV, PROVIDERS_CSV, REASONS_CSV, VENDOR_CODES_CSV};
use serde_json::{Map, Value};

/// Folder of every message file.
pub const DIR: &str = "smtp-codes/locales";

/// The message id of a code: `smtp-550`, `smtp-5-x-x`, `smtp-x-1-x`, `smtp-x-1-1`.
pub fn message_id(code: Code) -> String {
    format!("smtp-{}", code.slug())
}

/// The message id of a provider's documented code: `smtp-` and the entry's slug
/// ([`vendor_slugs`](crate::model::vendor_slugs)), `smtp-microsoft-5-7-606`, `smtp-yahoo-tss04`.
pub fn vendor_message_id(entry: &VendorEntry) -> String {
    format!("smtp-{}", entry.slug)
}

/// The message id of a bounce reason: `smtp-` and the reason's slug, `smtp-reason-userunknown`.
pub fn reason_message_id(reason: &Reason) -> String {
    format!("smtp-{}", reason.slug())
}

/// The fields of a row besides its message, each with the name every format gives it (the
/// Fluent attribute, the suffix of the gettext id, the JSON key: `TextField::attribute`), and
/// its text (empty when absent).
fn fields(texts: &Texts) -> impl Iterator<Item = (&'static str, &str)> {
    TEXT_FIELDS
        .iter()
        .filter_map(|field| field.attribute.map(|name| (name, texts.get(field))))
}

pub(crate) const EMITTER: Emitter = Emitter {
    name: "messages",
    owns: &[DIR],
    inputs: &[
        CODES_CSV,
        LOCALES_CSV,
        PROVIDERS_CSV,
        VENDOR_CODES_CSV,
        REASONS_CSV,
    ],
    emit,
};

fn emit(data: &Data) -> Vec<GeneratedFile> {
    let mut files = Vec::new();
    for (index, locale) in data.locales.iter().enumerate() {
        let codes = data
            .entries
            .iter()
            .map(|e| (message_id(e.code), &e.texts[index]));
        let vendor = data
            .vendor
            .iter()
            .map(|v| (vendor_message_id(v), &v.texts[index]));
        let reasons = data
            .reasons
            .iter()
            .map(|r| (reason_message_id(r), &r.texts[index]));
        let rows: Vec<(String, &Texts)> = codes
            .chain(vendor)
            .chain(reasons)
            .filter(|(_, t)| !t.fallback)
            .collect();
        let tag = &locale.tag;
        let name = format!("{} ({})", locale.english_name, locale.native_name);
        files.push(GeneratedFile {
            path: format!("{DIR}/fluent/{tag}/smtp_codes.ftl"),
            contents: fluent(&name, &rows),
        });
        files.push(GeneratedFile {
            path: format!("{DIR}/gettext/{tag}.po"),
            contents: gettext(locale, &name, &rows),
        });
        files.push(GeneratedFile {
            path: format!("{DIR}/json/{tag}.json"),
            contents: json(tag, &rows),
        });
    }
    files
}

fn fluent(name: &str, rows: &[(String, &Texts)]) -> String {
    let mut out = header(Syntax::Hash, EMITTER.inputs);
    out.push_str(&format!("# SMTP code texts in {name}.\n"));
    for (id, texts) in rows {
        out.push('\n');
        out.push_str(id);
        out.push_str(" =");
        out.push_str(&ftl_pattern(&texts.message));
        out.push('\n');
        for (attribute, text) in fields(texts) {
            if !text.is_empty() {
                out.push_str("    .");
                out.push_str(attribute);
                out.push_str(" =");
                out.push_str(&ftl_pattern(text).replace("\n    ", "\n        "));
                out.push('\n');
            }
        }
    }
    out
}

/// Text as a Fluent pattern, to follow `id =` or `.attribute =`: ` text` on one line, or one
/// indented line per line of text. Whatever Fluent would read as syntax is written as a string
/// literal placeable (`{"{"}`): braces anywhere; `[`, `*` and `.` at the start of a line (they
/// open variant keys and attributes); whitespace at either end of a line (Fluent trims it);
/// empty lines (Fluent drops them); control characters.
pub fn ftl_pattern(text: &str) -> String {
    let lines: Vec<String> = text.split('\n').map(ftl_line).collect();
    if lines.len() == 1 {
        format!(" {}", lines[0])
    } else {
        lines.iter().map(|line| format!("\n    {line}")).collect()
    }
}

fn ftl_line(line: &str) -> String {
    if line.is_empty() {
        return "{\"\"}".to_owned();
    }
    let count = line.chars().count();
    let mut out = String::with_capacity(line.len());
    for (i, c) in line.chars().enumerate() {
        let at_edge = i == 0 || i + 1 == count;
        let literal = match c {
            '{' | '}' => true,
            '[' | '*' | '.' => i == 0,
            c if c.is_whitespace() => at_edge,
            c => c.is_control(),
        };
        if !literal {
            out.push(c);
        } else if c.is_control() || c.is_whitespace() && c != ' ' {
            out.push_str(&format!("{{\"\\u{:04X}\"}}", u32::from(c)));
        } else {
            out.push_str(&format!("{{\"{c}\"}}"));
        }
    }
    out
}

fn gettext(locale: &Locale, name: &str, rows: &[(String, &Texts)]) -> String {
    let mut out = header(Syntax::Hash, EMITTER.inputs);
    out.push_str(&format!("# SMTP code texts in {name}.\n"));
    out.push_str("\nmsgid \"\"\nmsgstr \"\"\n");
    let tag = &locale.tag;
    // No revision date: the output depends on the data only, never on when it was generated.
    for field in [
        "Project-Id-Version: smtp-codes".to_owned(),
        "PO-Revision-Date: ".to_owned(),
        "Last-Translator: smtp-codes contributors".to_owned(),
        format!("Language-Team: {}", locale.english_name),
        format!("Language: {}", tag.replace('-', "_")),
        "MIME-Version: 1.0".to_owned(),
        "Content-Type: text/plain; charset=UTF-8".to_owned(),
        "Content-Transfer-Encoding: 8bit".to_owned(),
    ] {
        out.push_str(&format!("\"{field}\\n\"\n"));
    }
    for (id, texts) in rows {
        let mut entries = vec![(id.clone(), texts.message.as_str())];
        for (field, text) in fields(texts) {
            if !text.is_empty() {
                entries.push((format!("{id}.{field}"), text));
            }
        }
        for (msgid, text) in entries {
            out.push_str(&format!(
                "\nmsgid {}\nmsgstr {}\n",
                po_string(&msgid),
                po_string(text)
            ));
        }
    }
    out
}

/// Text as a gettext PO string: quoted, with `\` `"` and control characters escaped; text with
/// line breaks is split after each `\n` into one quoted line each, as gettext's tools write it.
pub fn po_string(text: &str) -> String {
    let escape = |part: &str| -> String {
        let mut out = String::with_capacity(part.len() + 2);
        out.push('"');
        for c in part.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '"' => out.push_str("\\\""),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                c if c.is_ascii_control() => out.push_str(&format!("\\{:03o}", u32::from(c))),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    let parts: Vec<&str> = text.split_inclusive('\n').collect();
    if parts.len() <= 1 {
        escape(text)
    } else {
        let mut out = "\"\"".to_owned();
        for part in parts {
            out.push('\n');
            out.push_str(&escape(part));
        }
        out
    }
}

fn json(tag: &str, rows: &[(String, &Texts)]) -> String {
    let mut messages = Map::new();
    for (id, texts) in rows {
        let mut fields_map = Map::new();
        fields_map.insert("message".to_owned(), Value::from(texts.message.as_str()));
        for (field, text) in fields(texts) {
            if !text.is_empty() {
                fields_map.insert(field.to_owned(), Value::from(text));
            }
        }
        messages.insert(id.clone(), Value::Object(fields_map));
    }
    let mut root = Map::new();
    root.insert(
        "@generated".to_owned(),
        Value::from(header(Syntax::Plain, EMITTER.inputs)),
    );
    root.insert("locale".to_owned(), Value::from(tag));
    root.insert("messages".to_owned(), Value::Object(messages));
    let mut out = serde_json::to_string_pretty(&Value::Object(root))
        .expect("a map of strings always serializes");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::{ftl_pattern, po_string};

    #[test]
    fn fluent_escapes_syntax() {
        assert_eq!(ftl_pattern("plain text"), " plain text");
        assert_eq!(ftl_pattern("a { $x } b"), " a {\"{\"} $x {\"}\"} b");
        assert_eq!(ftl_pattern("[x] *y .z"), " {\"[\"}x] *y .z");
        assert_eq!(ftl_pattern("*a"), " {\"*\"}a");
        assert_eq!(ftl_pattern(".a"), " {\".\"}a");
        assert_eq!(ftl_pattern(" a "), " {\" \"}a{\" \"}");
        assert_eq!(ftl_pattern("\"q\" \\"), " \"q\" \\");
        assert_eq!(ftl_pattern("a\n\n.b"), "\n    a\n    {\"\"}\n    {\".\"}b");
        assert_eq!(ftl_pattern("a\tb\r"), " a\tb{\"\\u000D\"}");
    }

    #[test]
    fn po_escapes_strings() {
        assert_eq!(po_string("plain"), "\"plain\"");
        assert_eq!(po_string("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
        assert_eq!(po_string("a\nb"), "\"\"\n\"a\\n\"\n\"b\"");
        assert_eq!(po_string("a\tb\u{7}"), "\"a\\tb\\007\"");
    }
}
