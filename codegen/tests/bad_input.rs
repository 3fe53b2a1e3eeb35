//! Every kind of bad input gets an error that names the file, the line, the column and what
//! was expected, and no output at all.

mod common;

use codegen::{generate, Error, Source, Sources};

const HEADER: &str = "kind,code,id,standing,references,associated,see_also,note,same_text,\
message.en,explanation.en,sender.en,admin.en,described_as.en,\
message.tr,explanation.tr,sender.tr,admin.tr,described_as.tr";

const LOCALES: &str =
    "tag,english_name,native_name,required\nen,English,English,yes\ntr,Turkish,Türkçe,yes\n";

/// A valid row of `kind` with the given code and identifier.
fn row(kind: &str, code: &str, id: &str) -> String {
    let associated = if kind == "status" { "550" } else { "" };
    format!(
        "{kind},{code},{id},standard,RFC 5321 §4.2.3,{associated},,,,\
         Message {id},Explanation {id}.,Sender {id}.,Admin {id}.,,\
         İleti {id},Açıklama {id}.,Gönderen {id}.,Yönetici {id}.,"
    )
}

fn valid_rows() -> Vec<String> {
    vec![
        row("reply", "550", "MailboxUnavailable"),
        row("class", "5", "PermanentFailure"),
        row("subject", "X.1", "AddressingStatus"),
        row("status", "X.1.1", "BadDestinationMailboxAddress"),
    ]
}

fn sources(codes: impl Into<Vec<u8>>) -> Sources {
    let real = Sources::read(&common::root()).unwrap();
    Sources {
        codes: Source {
            name: "data/codes.csv".into(),
            bytes: codes.into(),
        },
        locales: Source {
            name: "data/locales.csv".into(),
            bytes: LOCALES.into(),
        },
        ui: Source {
            name: "data/ui.csv".into(),
            bytes: common::ui_csv(&["en", "tr"]),
        },
        // The real provider files: they need only the English and Turkish texts these
        // tests' locales require.
        providers: real.providers,
        provider_rules: real.provider_rules,
        vendor_codes: Source {
            name: "data/vendor_codes.csv".into(),
            bytes: common::vendor_csv(&["en", "tr"]),
        },
        reasons: Source {
            name: "data/reasons.csv".into(),
            bytes: common::reasons_csv(&["en", "tr"]),
        },
        // No reason rules: they name codes the small test file does not have.
        reason_rules: Source {
            name: "data/reason_rules.csv".into(),
            bytes: b"kind,target,reason,strength,example,source,note\n".to_vec(),
        },
    }
}

fn csv(header: &str, rows: &[String]) -> String {
    let mut text = header.to_owned() + "\n";
    for row in rows {
        text += row;
        text += "\n";
    }
    text
}

/// Generates from `codes` and returns the errors, asserting that generation failed.
fn errors(codes: impl Into<Vec<u8>>) -> Vec<Error> {
    match generate(&sources(codes)) {
        Ok(files) => panic!("expected errors, got {} files", files.len()),
        Err(errors) => errors.0,
    }
}

/// Asserts that exactly one error was reported, at `line:column` of data/codes.csv, and that
/// its message contains `expected`.
fn assert_one_error(codes: impl Into<Vec<u8>>, line: u64, column: usize, expected: &str) {
    let errors = errors(codes);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let error = &errors[0];
    assert_eq!(error.file, "data/codes.csv", "{error}");
    assert_eq!((error.line, error.column), (line, column), "{error}");
    assert!(
        error.message.contains(expected),
        "`{}` does not contain `{expected}`",
        error.message
    );
    let shown = error.to_string();
    assert!(
        shown.starts_with(&format!("data/codes.csv:{line}:{column}: ")),
        "{shown}"
    );
}

/// The rows with row `index` (0-based, line `index + 2`) replaced.
fn with_row(index: usize, replacement: String) -> String {
    let mut rows = valid_rows();
    rows[index] = replacement;
    csv(HEADER, &rows)
}

#[test]
fn the_baseline_is_valid() {
    let files = generate(&sources(csv(HEADER, &valid_rows()))).expect("valid");
    assert!(files.iter().any(|f| f.path.ends_with("reply_status.rs")));
}

#[test]
fn duplicate_code() {
    let mut rows = valid_rows();
    rows.insert(1, row("reply", "550", "AnotherName"));
    assert_one_error(
        csv(HEADER, &rows),
        3,
        2,
        "duplicate code `550`: already on line 2",
    );
}

#[test]
fn duplicate_identifier() {
    let mut rows = valid_rows();
    rows.insert(1, row("reply", "551", "MailboxUnavailable"));
    assert_one_error(
        csv(HEADER, &rows),
        3,
        3,
        "duplicate identifier `MailboxUnavailable`: already on line 2",
    );
}

#[test]
fn rows_out_of_order() {
    // A reply code after the enhanced rows: the kinds are out of order.
    let mut rows = valid_rows();
    rows.push(row("reply", "551", "UserNotLocal"));
    assert_one_error(
        csv(HEADER, &rows),
        6,
        2,
        "row out of order: `551` comes after `X.1.1` (line 5), but kinds go reply, class, subject, status",
    );
    // Two reply codes by number, the wrong way round.
    let mut rows = valid_rows();
    rows.insert(0, row("reply", "551", "UserNotLocal"));
    assert_one_error(
        csv(HEADER, &rows),
        3,
        2,
        "row out of order: `550` comes after `551` (line 2), but reply rows go by number",
    );
}

#[test]
fn malformed_reply_codes() {
    for (code, expected) in [
        ("55", "expected three digits"),
        ("5500", "expected three digits"),
        (" 550", "expected three digits"),
        ("550 ", "expected three digits"),
        ("5a0", "expected three digits"),
        ("650", "first digit must be 2 to 5"),
        ("150", "first digit must be 2 to 5"),
        ("560", "second digit must be 0 to 5"),
        ("", "expected three digits"),
    ] {
        assert_one_error(
            with_row(0, row("reply", code, "MailboxUnavailable")),
            2,
            2,
            expected,
        );
    }
}

#[test]
fn malformed_status_codes() {
    for code in [
        "5.1", "6.1.1", "5.1.1000", "X.1", "X.1.1000", "X.1.", "X..1", "X.1.1.1", "Y.1.1", "X.a.1",
    ] {
        assert_one_error(
            with_row(3, row("status", code, "BadDestinationMailboxAddress")),
            5,
            2,
            "malformed status",
        );
    }
}

#[test]
fn malformed_class_and_subject() {
    assert_one_error(
        with_row(1, row("class", "6", "PermanentFailure")),
        3,
        2,
        "expected 2, 4 or 5",
    );
    assert_one_error(
        with_row(2, row("subject", "1", "AddressingStatus")),
        4,
        2,
        "expected `X.`",
    );
    assert_one_error(
        with_row(2, row("subject", "X.1000", "AddressingStatus")),
        4,
        2,
        "expected `X.`",
    );
}

#[test]
fn code_whose_class_does_not_fit_its_kind() {
    // A concrete class in a registry row: the registry's entries hold for every class.
    assert_one_error(
        with_row(3, row("status", "5.1.1", "BadDestinationMailboxAddress")),
        5,
        2,
        "expected `X.1.1`",
    );
    // An enhanced code in a reply row.
    assert_one_error(
        with_row(0, row("reply", "5.1.1", "MailboxUnavailable")),
        2,
        2,
        "does not fit kind `reply`",
    );
    // A reply code in a class row.
    assert_one_error(
        with_row(1, row("class", "550", "PermanentFailure")),
        3,
        2,
        "expected 2, 4 or 5",
    );
}

#[test]
fn missing_english_text() {
    let broken =
        row("reply", "550", "MailboxUnavailable").replace("Explanation MailboxUnavailable.", "");
    assert_one_error(
        with_row(0, broken),
        2,
        11,
        "missing English text `explanation.en`",
    );
    let blank =
        row("reply", "550", "MailboxUnavailable").replace("Message MailboxUnavailable", "  ");
    assert_one_error(
        with_row(0, blank),
        2,
        10,
        "missing English text `message.en`",
    );
}

#[test]
fn missing_required_translation() {
    let broken =
        row("reply", "550", "MailboxUnavailable").replace("Yönetici MailboxUnavailable.", "");
    assert_one_error(
        with_row(0, broken),
        2,
        18,
        "missing required text `admin.tr`",
    );
}

#[test]
fn unknown_column() {
    let header = HEADER.to_owned() + ",comment";
    let rows: Vec<String> = valid_rows().into_iter().map(|r| r + ",text").collect();
    assert_one_error(csv(&header, &rows), 1, 20, "unknown column `comment`");
    // A misspelt column is unknown, and the column it should have been is missing.
    let header = HEADER.replace(",note,", ",notes,");
    let found = errors(csv(&header, &valid_rows()));
    let messages: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 2, "{messages:#?}");
    assert!(
        messages[0].starts_with("data/codes.csv:1:0: missing column `note`"),
        "{messages:#?}"
    );
    assert!(
        messages[1].starts_with("data/codes.csv:1:8: unknown column `notes`"),
        "{messages:#?}"
    );
    let header = HEADER.replace("described_as.tr", "tagline.tr");
    let found = errors(csv(&header, &valid_rows()));
    assert!(
        found
            .iter()
            .any(|e| (e.line, e.column) == (1, 19)
                && e.message.contains("unknown column `tagline.tr`")),
        "{found:#?}"
    );
}

#[test]
fn unknown_or_malformed_locale_tag() {
    let mut header = HEADER.to_owned() + ",message.fr";
    let rows: Vec<String> = valid_rows().into_iter().map(|r| r + ",Message").collect();
    assert_one_error(csv(&header, &rows), 1, 20, "unknown locale `fr`");
    header = HEADER.to_owned() + ",message.EN_us";
    assert_one_error(csv(&header, &rows), 1, 20, "malformed locale tag `EN_us`");
}

#[test]
fn malformed_locale_in_locales_csv() {
    let mut sources = sources(csv(HEADER, &valid_rows()));
    sources.locales.bytes = (LOCALES.to_owned() + "Deutsch,German,Deutsch,no\n").into_bytes();
    let errors = generate(&sources).unwrap_err().0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        (errors[0].file.as_str(), errors[0].line, errors[0].column),
        ("data/locales.csv", 4, 1)
    );
    assert!(errors[0].message.contains("malformed locale tag `Deutsch`"));
}

#[test]
fn ragged_row() {
    let mut rows = valid_rows();
    rows[1].push_str(",extra");
    assert_one_error(
        csv(HEADER, &rows),
        3,
        0,
        "ragged row: expected 19 fields like the header row, found 20",
    );
    rows = valid_rows();
    rows[2] = "subject,X.1".into();
    assert_one_error(csv(HEADER, &rows), 4, 0, "expected 19 fields");
}

#[test]
fn invalid_identifier() {
    for id in [
        "550Mailbox",
        "mailboxUnavailable",
        "Mailbox_Unavailable",
        "Mailbox Unavailable",
        "Self",
        "",
        "Ünicode",
    ] {
        assert_one_error(
            with_row(0, row("reply", "550", id)),
            2,
            3,
            "expected an UpperCamelCase Rust identifier",
        );
    }
}

#[test]
fn invalid_utf8() {
    let mut bytes = csv(HEADER, &valid_rows()).into_bytes();
    let at = bytes
        .windows(8)
        .position(|w| w == b"Sender P")
        .expect("row 2's sender field");
    bytes[at + 1] = 0xFF;
    assert_one_error(
        bytes,
        3,
        12,
        "invalid UTF-8 in field 12 (column `sender.en`)",
    );
}

#[test]
fn empty_file() {
    assert_one_error("", 1, 0, "the file is empty");
    assert_one_error("\n\n", 1, 0, "the file is empty");
}

#[test]
fn header_only_is_not_an_error_but_has_no_codes() {
    let files = generate(&sources(HEADER.to_owned() + "\n")).expect("valid, if useless");
    let reply = files
        .iter()
        .find(|f| f.path.ends_with("reply_status.rs"))
        .unwrap();
    assert!(
        reply
            .contents
            .contains("pub const ALL: &'static [ReplyStatus] = &[];"),
        "{}",
        reply.contents
    );
}

#[test]
fn references_and_links_are_checked() {
    let bad_reference =
        row("reply", "550", "MailboxUnavailable").replace("RFC 5321 §4.2.3", "RFC5321");
    assert_one_error(
        with_row(0, bad_reference),
        2,
        5,
        "malformed reference `RFC5321`",
    );
    let no_reference = row("reply", "550", "MailboxUnavailable").replace("RFC 5321 §4.2.3", "");
    assert_one_error(with_row(0, no_reference), 2, 5, "missing reference");
    let dangling = row("status", "X.1.1", "BadDestinationMailboxAddress").replace(",550,", ",551,");
    assert_one_error(
        with_row(3, dangling),
        5,
        6,
        "associated reply code `551` has no row",
    );
    let see_also = row("reply", "550", "MailboxUnavailable").replace("§4.2.3,,,", "§4.2.3,,X.9.9,");
    assert_one_error(
        with_row(0, see_also),
        2,
        7,
        "see_also `X.9.9` is not a code",
    );
}

#[test]
fn identical_translation_needs_a_reason() {
    let same = row("reply", "550", "MailboxUnavailable")
        .replace("İleti MailboxUnavailable", "Message MailboxUnavailable");
    assert_one_error(
        with_row(0, same.clone()),
        2,
        15,
        "`message.tr` is identical to the English text",
    );
    let explained = same.replace("§4.2.3,,,,,", "§4.2.3,,,,a keyword,");
    generate(&sources(with_row(0, explained))).expect("identical text with a reason is accepted");
}

#[test]
fn all_errors_are_reported_at_once() {
    let mut rows = valid_rows();
    rows[0] = row("reply", "650", "MailboxUnavailable");
    rows[1] = row("class", "5", "bad id");
    let errors = errors(csv(HEADER, &rows));
    let places: Vec<(u64, usize)> = errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(places, [(2, 2), (3, 3)]);
}

/// Two entries of one provider under one key whose ids read alike in a file name: their page
/// and message id would be the same, and the loader says so at the second.
#[test]
fn vendor_entries_whose_slugs_collide() {
    let mut sources = sources(csv(HEADER, &valid_rows()));
    let header = "provider,id,key,reply_codes,enhanced,match,wording,source_url,source_title,note,\
message.en,explanation.en,sender.en,admin.en,message.tr,explanation.tr,sender.tr,admin.tr";
    let entry = |id: &str, phrase: &str| {
        format!(
            "Google,{id},5.7.1,550,5.7.1,{phrase},Rejected: foo bar1 here,https://support.google.com/a/answer/3726730,\
SMTP errors and codes,,Message {id},Explanation {id}.,Sender {id}.,Admin {id}.,\
İleti {id},Açıklama {id}.,Gönderen {id}.,Yönetici {id}."
        )
    };
    sources.vendor_codes.bytes = csv(
        header,
        &[entry("GoogleFooBar", ""), entry("GoogleFOOBar", "foo bar1")],
    )
    .into_bytes();
    let errors = match generate(&sources) {
        Ok(files) => panic!("expected errors, got {} files", files.len()),
        Err(errors) => errors.0,
    };
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let error = &errors[0];
    assert_eq!(
        (error.file.as_str(), error.line, error.column),
        ("data/vendor_codes.csv", 3, 2),
        "{error}"
    );
    assert!(
        error
            .message
            .contains("`google-5-7-1-foo-bar` is already line 2's"),
        "{error}"
    );
}
