//! Every `RFC <n> §<s>` reference of data/codes.csv against data/sources/rfc-quotes.csv: for
//! each (code, reference) pair, a line quoted verbatim from that section that names the code, or
//! a marker in the row's note that says why there is none. Each quote, and each section a note
//! says does not name its code, is then checked against the RFC's text in data/sources/rfc/.
//! See data/README.md.

mod common;

use codegen::model::{Code, Data, Entry, Reference};
use std::collections::{BTreeMap, BTreeSet};

const QUOTES: &str = "data/sources/rfc-quotes.csv";

/// The folder of the RFC texts: `rfc<n>.txt`, the RFC's header and the sections the data cites.
const TEXTS: &str = "data/sources/rfc";

/// The marker of a reference whose section does not name the code: `RFC 5321 §4.2.5 does not
/// name 250: <why>`.
const NOT_NAMED: &str = " does not name ";

/// The marker of references whose text could not be read: `unverified, text not read: RFC 1985
/// §5.1; RFC 2645 §7.`
const NOT_READ: &str = "unverified, text not read: ";

fn data() -> Data {
    let sources = codegen::Sources::read(&common::root()).unwrap();
    codegen::load(&sources).unwrap_or_else(|e| panic!("{e}"))
}

/// A code as the `code` column of data/codes.csv writes it.
fn csv_form(code: Code) -> String {
    match code {
        Code::Reply(code) => code.to_string(),
        Code::Class(class) => class.to_string(),
        Code::Subject(subject) => format!("X.{subject}"),
        Code::Status { subject, detail } => format!("X.{subject}.{detail}"),
    }
}

/// The `RFC <n> §<s>` or `RFC <n>` tokens a row cites.
fn rfc_references(entry: &Entry) -> Vec<String> {
    entry
        .references
        .iter()
        .filter(|r| matches!(r, Reference::Rfc { .. }))
        .map(|r| r.to_string())
        .collect()
}

#[derive(Debug)]
struct Quote {
    /// Line in the file, for messages.
    line: u64,
    /// The code column, as codes.csv writes it.
    code: String,
    /// `RFC <n> §<s>`, or `RFC <n>` when the section is empty.
    reference: String,
    /// The RFC number.
    rfc: String,
    /// The section number, or empty.
    section: String,
    quote: String,
}

/// Reads the quotes file, checking its form: the header, an RFC number, a dotted section number
/// (or none), and a quote that is one trimmed line with single spaces.
fn parse_quotes(text: &str) -> Result<Vec<Quote>, Vec<String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut errors = Vec::new();
    let headers = reader.headers().expect("a header").clone();
    if headers.iter().collect::<Vec<_>>() != ["code", "rfc", "section", "quote"] {
        return Err(vec![format!(
            "{QUOTES}: header must be code,rfc,section,quote, not {headers:?}"
        )]);
    }
    let mut quotes = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| vec![format!("{QUOTES}: {e}")])?;
        let line = record.position().map_or(0, |p| p.line());
        let (code, rfc, section, quote) = (&record[0], &record[1], &record[2], &record[3]);
        if rfc.is_empty() || !rfc.bytes().all(|b| b.is_ascii_digit()) {
            errors.push(format!("{QUOTES}:{line}: rfc `{rfc}` is not a number"));
        }
        let dotted = section
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
        if !section.is_empty() && !dotted {
            errors.push(format!(
                "{QUOTES}:{line}: section `{section}` is not like 4.2.3"
            ));
        }
        if quote.trim() != quote || quote.is_empty() || quote.contains("  ") || quote.contains('\n')
        {
            errors.push(format!(
                "{QUOTES}:{line}: the quote must be one trimmed line with single spaces"
            ));
        }
        let reference = if section.is_empty() {
            format!("RFC {rfc}")
        } else {
            format!("RFC {rfc} §{section}")
        };
        quotes.push(Quote {
            line,
            code: code.to_owned(),
            reference,
            rfc: rfc.to_owned(),
            section: section.to_owned(),
            quote: quote.to_owned(),
        });
    }
    if errors.is_empty() {
        Ok(quotes)
    } else {
        Err(errors)
    }
}

/// Whether `needle` occurs in `text` with no digit right before it and no digit (nor `.` and a
/// digit) right after it: `550` is in "a 550 code" but not in "5501" or "550.1".
fn occurs(text: &str, needle: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices(needle).any(|(at, _)| {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let end = at + needle.len();
        let after = bytes.get(end).copied();
        let after_dot_digit =
            after == Some(b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        !before.is_some_and(|b| b.is_ascii_digit() || b == b'.')
            && !after.is_some_and(|b| b.is_ascii_digit())
            && !after_dot_digit
    })
}

/// Whether a quote names the code, in a form the RFCs use: the three digits of a reply code;
/// `X.1.1`, `2.1.1`, `4.1.1` or `5.1.1` for a status; `X.1.XXX` (or `X.1.YYY`, as the registry
/// writes it) for a subject; `5.XXX.XXX` (or `5.XXX.YYY`) for a class.
fn names(quote: &str, code: Code) -> bool {
    match code {
        Code::Reply(code) => occurs(quote, &code.to_string()),
        Code::Status { subject, detail } => ["X", "2", "4", "5"]
            .iter()
            .any(|class| occurs(quote, &format!("{class}.{subject}.{detail}"))),
        Code::Subject(subject) => ["XXX", "YYY"]
            .iter()
            .any(|detail| quote.contains(&format!("X.{subject}.{detail}"))),
        Code::Class(class) => ["XXX", "YYY"]
            .iter()
            .any(|detail| quote.contains(&format!("{class}.XXX.{detail}"))),
    }
}

/// Parses `RFC <n>` or `RFC <n> §<s>` at the start of `text`: the token and the rest. A `.`
/// ends the section unless a digit follows it.
fn reference_at(text: &str) -> Option<(String, &str)> {
    let rest = text.strip_prefix("RFC ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let (number, mut rest) = rest.split_at(digits);
    let mut token = format!("RFC {number}");
    if let Some(after) = rest.strip_prefix(" §") {
        let bytes = after.as_bytes();
        let mut end = 0;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit()
                || (bytes[end] == b'.' && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)))
        {
            end += 1;
        }
        if end == 0 {
            return None;
        }
        token.push_str(" §");
        token.push_str(&after[..end]);
        rest = &after[end..];
    }
    Some((token, rest))
}

/// The markers of one note: the references it says are not read, and the (reference, code)
/// pairs it says do not name the code.
fn markers(note: &str) -> (Vec<String>, Vec<(String, String)>) {
    let mut not_read = Vec::new();
    for (at, _) in note.match_indices(NOT_READ) {
        let mut rest = &note[at + NOT_READ.len()..];
        while let Some((token, after)) = reference_at(rest) {
            not_read.push(token);
            match after.strip_prefix("; ") {
                Some(next) => rest = next,
                None => break,
            }
        }
    }
    let mut not_named = Vec::new();
    for (at, _) in note.match_indices(NOT_NAMED) {
        let before = &note[..at];
        let token = before
            .rfind("RFC ")
            .and_then(|start| reference_at(&before[start..]))
            .filter(|(_, rest)| rest.is_empty())
            .map(|(token, _)| token);
        let code = note[at + NOT_NAMED.len()..]
            .split([':', ' ', ','])
            .next()
            .unwrap_or("")
            .to_owned();
        if let Some(token) = token {
            not_named.push((token, code));
        }
    }
    (not_read, not_named)
}

/// Everything wrong with the references of `data` against `quotes`.
fn check(data: &Data, quotes: &[Quote]) -> Vec<String> {
    let mut errors = Vec::new();
    let rows: BTreeMap<String, &Entry> =
        data.entries.iter().map(|e| (csv_form(e.code), e)).collect();
    let mut quoted: BTreeSet<(String, String)> = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for q in quotes {
        if !seen.insert((&q.code, &q.reference, &q.quote)) {
            errors.push(format!("{QUOTES}:{}: duplicate row", q.line));
        }
        // (c) a quote for a (code, reference) that codes.csv does not have.
        let Some(entry) = rows.get(&q.code) else {
            errors.push(format!("{QUOTES}:{}: no row for code `{}`", q.line, q.code));
            continue;
        };
        if !rfc_references(entry).contains(&q.reference) {
            errors.push(format!(
                "{QUOTES}:{}: {} does not cite {} (stale quote)",
                q.line, q.code, q.reference
            ));
        }
        // (b) a quote that does not name its code.
        if !names(&q.quote, entry.code) {
            errors.push(format!(
                "{QUOTES}:{}: the quote from {} does not name {}: `{}`",
                q.line, q.reference, q.code, q.quote
            ));
        }
        quoted.insert((q.code.clone(), q.reference.clone()));
    }
    for entry in &data.entries {
        let code = csv_form(entry.code);
        let references = rfc_references(entry);
        let (not_read, not_named) = markers(&entry.note);
        for token in &not_read {
            if !references.contains(token) {
                errors.push(format!(
                    "{code}: the note marks {token} as not read, but the row does not cite it"
                ));
            }
        }
        for (token, named) in &not_named {
            if !references.contains(token) || *named != code {
                errors.push(format!(
                    "{code}: the note says {token} does not name {named}, but the row does not cite it for {code}"
                ));
            }
        }
        for token in references {
            let has_quote = quoted.contains(&(code.clone(), token.clone()));
            let marked = not_read.contains(&token) || not_named.iter().any(|(t, _)| *t == token);
            match (has_quote, marked) {
                // (a) a reference with neither a quote nor a marker.
                (false, false) => errors.push(format!(
                    "{code}: {token} has no quote in {QUOTES} and the note does not say why"
                )),
                (true, true) => errors.push(format!(
                    "{code}: {token} has a quote, but the note says it does not name the code or was not read"
                )),
                _ => {}
            }
        }
    }
    errors
}

/// Whether a line is page furniture of an RFC text file: a page footer (`De Winter  Standards
/// Track  [Page 3]`) or a running header (`RFC 1985  SMTP Service Extension - ETRN  August 1996`).
fn is_page_furniture(line: &str) -> bool {
    let trimmed = line.trim_end();
    let footer = trimmed.ends_with(']')
        && trimmed.rfind("[Page ").is_some_and(|at| {
            let number = &trimmed[at + "[Page ".len()..trimmed.len() - 1];
            !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
        });
    let header = trimmed
        .strip_prefix("RFC ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        && trimmed.contains("  ")
        && trimmed
            .rsplit(' ')
            .next()
            .is_some_and(|year| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()));
    footer || header
}

/// The section number of a heading line (`5.1  Server action ...`, `4.2.1. ATRN`): digits and
/// dots at the start of the line, an optional final dot, white space, then text.
fn heading(line: &str) -> Option<&str> {
    let bytes = line.as_bytes();
    let mut end = 0;
    while end < bytes.len()
        && (bytes[end].is_ascii_digit()
            || (bytes[end] == b'.' && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)))
    {
        end += 1;
    }
    if end == 0 || !bytes[0].is_ascii_digit() {
        return None;
    }
    let number = &line[..end];
    let rest = line[end..].strip_prefix('.').unwrap_or(&line[end..]);
    let text = rest.trim_start();
    (text.len() < rest.len() && !text.is_empty()).then_some(number)
}

/// The sections of an RFC text of data/sources/rfc/: section number → the section's text, from
/// its heading to the next heading or `[...]` line, with page furniture left out and line breaks
/// and runs of spaces written as one space (the form of the quotes).
fn rfc_sections(text: &str) -> BTreeMap<String, String> {
    let mut sections: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let line = line.replace('\u{c}', "");
        if is_page_furniture(&line) {
            continue;
        }
        if line.trim() == "[...]" {
            current = None;
            continue;
        }
        if let Some(number) = heading(&line) {
            current = Some(number.to_owned());
        }
        if let Some(number) = &current {
            let section = sections.entry(number.clone()).or_default();
            section.push(' ');
            section.push_str(&line);
        }
    }
    sections
        .into_iter()
        .map(|(number, text)| {
            (
                number,
                text.split_whitespace().collect::<Vec<_>>().join(" "),
            )
        })
        .collect()
}

/// The RFC texts of data/sources/rfc/, by RFC number.
fn real_texts() -> BTreeMap<String, String> {
    let dir = common::root().join(TEXTS);
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let number = name
                .strip_prefix("rfc")
                .and_then(|n| n.strip_suffix(".txt"))
                .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                .unwrap_or_else(|| panic!("{TEXTS}/{name}: expected rfc<number>.txt"))
                .to_owned();
            let text = std::fs::read_to_string(&path).expect("read an RFC text");
            (number, text)
        })
        .collect()
}

/// Everything wrong with the quotes and the "does not name" markers of `data` against the RFC
/// texts `texts` (RFC number → text of data/sources/rfc/rfc<n>.txt).
fn check_texts(data: &Data, quotes: &[Quote], texts: &BTreeMap<String, String>) -> Vec<String> {
    let mut errors = Vec::new();
    let mut cited = BTreeSet::new();
    let mut sections = BTreeMap::new();
    for (number, text) in texts {
        if !text
            .to_ascii_lowercase()
            .contains(&format!("request for comments: {number}"))
        {
            errors.push(format!(
                "{TEXTS}/rfc{number}.txt does not say it is RFC {number}"
            ));
        }
        sections.insert(number.clone(), rfc_sections(text));
    }
    let mut section_text = |rfc: &str, section: &str, whom: String| -> Option<String> {
        cited.insert(rfc.to_owned());
        let Some(text) = texts.get(rfc) else {
            errors.push(format!(
                "{whom}: no text of RFC {rfc} in {TEXTS}/rfc{rfc}.txt"
            ));
            return None;
        };
        if section.is_empty() {
            return Some(text.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        let found = sections[rfc].get(section).cloned();
        if found.is_none() {
            errors.push(format!(
                "{whom}: {TEXTS}/rfc{rfc}.txt has no section {section}"
            ));
        }
        found
    };
    let mut wrong = Vec::new();
    for q in quotes {
        let whom = format!("{QUOTES}:{}", q.line);
        if let Some(text) = section_text(&q.rfc, &q.section, whom.clone()) {
            if !text.contains(&q.quote) {
                wrong.push(format!(
                    "{whom}: the quote is not in {} as {TEXTS}/rfc{}.txt has it: `{}`",
                    q.reference, q.rfc, q.quote
                ));
            }
        }
    }
    for entry in &data.entries {
        let code = csv_form(entry.code);
        let (_, not_named) = markers(&entry.note);
        for (token, _) in not_named {
            let Some((rfc, section)) = token
                .strip_prefix("RFC ")
                .and_then(|rest| rest.split_once(" §"))
            else {
                continue;
            };
            if let Some(text) = section_text(rfc, section, code.clone()) {
                if names(&text, entry.code) {
                    wrong.push(format!(
                        "{code}: the note says {token} does not name {code}, but {TEXTS}/rfc{rfc}.txt does"
                    ));
                }
            }
        }
    }
    for number in texts.keys() {
        if !cited.contains(number) {
            errors.push(format!(
                "{TEXTS}/rfc{number}.txt: no quote or note uses it (stale text)"
            ));
        }
    }
    errors.extend(wrong);
    errors
}

fn real_quotes() -> Vec<Quote> {
    let text = std::fs::read_to_string(common::root().join(QUOTES)).expect("read the quotes");
    parse_quotes(&text).unwrap_or_else(|errors| panic!("{}", errors.join("\n")))
}

#[test]
fn every_reference_has_a_quote_that_names_its_code_or_a_note_that_says_why() {
    let errors = check(&data(), &real_quotes());
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn a_quote_that_does_not_name_its_code_fails() {
    let data = data();
    let mut quotes = real_quotes();
    let q = quotes
        .iter_mut()
        .find(|q| q.code == "214" && q.reference == "RFC 5321 §4.2.2")
        .expect("214 quotes RFC 5321 §4.2.2");
    // The text of RFC 5321 §4.1.1.8 (HELP), which names no reply code.
    q.quote = "This command causes the server to send helpful information to the client.".into();
    let errors = check(&data, &quotes);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("does not name 214"), "{errors:?}");
}

#[test]
fn a_reference_without_a_quote_or_a_marker_fails() {
    let data = data();
    let quotes: Vec<Quote> = real_quotes()
        .into_iter()
        .filter(|q| !(q.code == "X.4.6" && q.reference == "RFC 3463 §3.5"))
        .collect();
    let errors = check(&data, &quotes);
    assert_eq!(
        errors,
        ["X.4.6: RFC 3463 §3.5 has no quote in data/sources/rfc-quotes.csv and the note does not say why"]
    );
}

#[test]
fn a_stale_quote_fails() {
    let data = data();
    let mut quotes = real_quotes();
    // 214 no longer cites RFC 5321 §4.1.1.8.
    quotes.push(Quote {
        line: 0,
        code: "214".into(),
        reference: "RFC 5321 §4.1.1.8".into(),
        rfc: "5321".into(),
        section: "4.1.1.8".into(),
        quote: "214 Help message".into(),
    });
    let errors = check(&data, &quotes);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("214 does not cite RFC 5321 §4.1.1.8 (stale quote)"),
        "{errors:?}"
    );
}

#[test]
fn codes_are_found_only_as_whole_codes() {
    assert!(names(
        "250 Requested mail action okay, completed",
        Code::Reply(250)
    ));
    assert!(!names("2501 and 1250", Code::Reply(250)));
    assert!(!names("5.2.50", Code::Reply(250)));
    assert!(names(
        "532 5.7.10 too weak",
        Code::Status {
            subject: 7,
            detail: 10
        }
    ));
    assert!(!names(
        "X.7.10 Encryption Needed",
        Code::Status {
            subject: 7,
            detail: 1
        }
    ));
    assert!(names(
        "X.7.1 Delivery not authorized",
        Code::Status {
            subject: 7,
            detail: 1
        }
    ));
    assert!(names(
        "X.4.XXX Network and Routing Status",
        Code::Subject(4)
    ));
    assert!(names("5.XXX.XXX Permanent Failure", Code::Class(5)));
    assert!(!names(
        "4.XXX.XXX Persistent Transient Failure",
        Code::Class(5)
    ));
}

#[test]
fn note_markers_are_read() {
    let (not_read, not_named) = markers(
        "Text. RFC 5321 §4.2.5 does not name 250: why. unverified, text not read: RFC 1985 §5.1; RFC 1869; RFC 2645 §7.",
    );
    assert_eq!(not_read, ["RFC 1985 §5.1", "RFC 1869", "RFC 2645 §7"]);
    assert_eq!(
        not_named,
        [("RFC 5321 §4.2.5".to_owned(), "250".to_owned())]
    );
}

#[test]
fn the_quotes_file_form_is_checked() {
    let errors = parse_quotes("code,rfc,section,quote\n250,5321,4.2.x,\"250  OK\"\n").unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(parse_quotes("code,rfc,quote\n").is_err());
}

#[test]
fn every_quote_is_in_its_section_of_the_rfc_text_and_every_unnamed_code_is_absent() {
    let errors = check_texts(&data(), &real_quotes(), &real_texts());
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn a_quote_that_is_not_in_its_section_fails() {
    let data = data();
    let texts = real_texts();
    let mut quotes = real_quotes();
    let q = quotes
        .iter_mut()
        .find(|q| q.code == "458" && q.reference == "RFC 1985 §5.1")
        .expect("458 quotes RFC 1985 §5.1");
    // Still names 458, but RFC 1985 §5.1 does not say it.
    q.quote = "458 Unable to queue messages for node <y>".into();
    let errors = check_texts(&data, &quotes, &texts);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("the quote is not in RFC 1985 §5.1"),
        "{errors:?}"
    );
}

#[test]
fn a_note_that_says_a_section_does_not_name_a_code_it_names_fails() {
    let mut data = data();
    let texts = real_texts();
    let entry = data
        .entries
        .iter_mut()
        .find(|e| csv_form(e.code) == "X.7.26")
        .expect("a row for X.7.26");
    // RFC 7372 §3.4 is the section that defines X.7.26.
    entry
        .note
        .push_str(" RFC 7372 §3.4 does not name X.7.26: a wrong marker.");
    let errors = check_texts(&data, &real_quotes(), &texts);
    assert_eq!(
        errors,
        ["X.7.26: the note says RFC 7372 §3.4 does not name X.7.26, but data/sources/rfc/rfc7372.txt does"]
    );
}

#[test]
fn rfc_texts_are_read_by_section() {
    let text = "\
Network Working Group                                  A. Author
Request for Comments: 9999                                  1999

4.  Heading

   First line of
   section 4.

4.1 Sub-heading with a 250 code
   on this line, and across

Author                      Standards Track                    [Page 2]
\u{c}
RFC 9999                  Example                          January 1999

   a page break.

[...]

7.2.1. Third
   Text.
";
    let sections = rfc_sections(text);
    assert_eq!(sections.keys().collect::<Vec<_>>(), ["4", "4.1", "7.2.1"]);
    assert_eq!(sections["4"], "4. Heading First line of section 4.");
    assert_eq!(
        sections["4.1"],
        "4.1 Sub-heading with a 250 code on this line, and across a page break."
    );
    assert_eq!(sections["7.2.1"], "7.2.1. Third Text.");
    assert!(is_page_furniture(
        "De Winter                   Standards Track                     [Page 4]"
    ));
    assert!(is_page_furniture(
        "RFC 1985             SMTP Service Extension - ETRN           August 1996"
    ));
    assert!(!is_page_furniture(
        "   250 OK, queuing for node <x> started"
    ));
    assert_eq!(heading("250 OK"), Some("250"));
    assert_eq!(heading("   5.1 Indented"), None);
    assert_eq!(heading("5.1."), None);
}
