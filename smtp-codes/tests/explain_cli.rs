//! The `smtp-codes explain` command against the crate: for every real reply shape in
//! `tests/data/explain-cases.csv` (a raw reply, `Diagnostic-Code:` fields, Postfix, Exim,
//! sendmail and OpenSMTPD log lines, Postfix and Exim bounces, a Microsoft 365 NDR line, each
//! quoted from the public page in its `source` column), the command's `--json` output must be
//! what the crate's API gives for the same input, and what the file's columns say. Then exit
//! statuses and bad input: binary data, a 10 MB line, an empty stream, unknown options.
#![cfg(feature = "cli")]

use smtp_codes::{classify_line, Classification, DecidedBy, Locale, Reason, Reply};
use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_smtp-codes");

/// Runs the command with `args`, `stdin` as its standard input, and no locale in the
/// environment (so the default is English unless `--lang` says otherwise).
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run smtp-codes");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    // Written from a thread: a large input would otherwise fill the pipe while the command's
    // output fills the other one.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(output.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

struct Case {
    line: u64,
    shape: String,
    input: String,
    code: u16,
    enhanced: String,
    reason: Reason,
    hard: bool,
    provider: String,
    source: String,
}

fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/explain-cases.csv");
    let mut reader = csv::Reader::from_path(path).expect("read tests/data/explain-cases.csv");
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let columns = [
        "shape", "input", "code", "enhanced", "reason", "hard", "provider", "source",
    ]
    .map(column);
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            let line = record.position().unwrap().line();
            let field = |i: usize| record[columns[i]].to_owned();
            Case {
                line,
                shape: field(0),
                input: field(1),
                code: field(2).parse().unwrap(),
                enhanced: field(3),
                reason: field(4).parse().unwrap(),
                hard: match field(5).as_str() {
                    "yes" => true,
                    "no" => false,
                    other => panic!("line {line}: hard is {other:?}"),
                },
                provider: field(6),
                source: field(7),
            }
        })
        .collect()
}

/// The crate's answer for a case, by its public API, as the README says the command reads
/// text: a multi-line reply (`550-...` lines, indented or not) is parsed whole with
/// `Reply::parse` (when its lines do not make a whole reply, they are joined by a space and go
/// to `classify_line`); otherwise the first line that holds a reply, with the indented lines after
/// it joined by a space, goes to `classify_line`. The line number and the text it was found
/// in come with it.
fn crate_answer(input: &str) -> (u64, String, Classification) {
    let lines: Vec<&str> = input.lines().collect();
    let starts_block = |line: &str| {
        let b = line.as_bytes();
        b.len() > 3 && b[..3].iter().all(u8::is_ascii_digit) && b[3] == b'-'
    };
    if let Some(start) = lines.iter().position(|l| starts_block(l.trim_start())) {
        let code = &lines[start].trim_start()[..3];
        let block: Vec<&str> = lines[start..]
            .iter()
            .map(|l| l.trim())
            .take_while(|l| l.starts_with(code))
            .collect();
        let wire: String = block.iter().map(|l| format!("{l}\r\n")).collect();
        let found = match Reply::parse(wire.as_bytes()) {
            Ok((reply, used)) if used == wire.len() => reply.classify(),
            // No last line (a reply flattened into one line): read flattened.
            _ => classify_line(block.join(" ").as_bytes()).unwrap(),
        };
        return (start as u64 + 1, block.join("\n"), found);
    }
    let start = lines
        .iter()
        .position(|l| classify_line(l.as_bytes()).is_some())
        .expect("a line with a reply");
    let mut text = lines[start].trim().to_owned();
    for line in &lines[start + 1..] {
        if !line.starts_with([' ', '\t']) {
            break;
        }
        text.push(' ');
        text.push_str(line.trim());
    }
    let found = classify_line(text.as_bytes()).unwrap();
    (start as u64 + 1, text, found)
}

/// The meaning, as the README documents it: the provider's entry, else the enhanced code's
/// registry entry, else the reply code's.
fn meaning(c: &Classification, locale: Locale) -> Option<&'static str> {
    if let Some(v) = c.vendor_status().filter(|v| !v.message(locale).is_empty()) {
        return Some(v.message(locale));
    }
    if let Some(status) = c.enhanced().and_then(|e| e.status()) {
        return Some(status.message(locale));
    }
    c.code().status().map(|s| s.message(locale))
}

/// What the sender can do, as the README documents it: the provider's entry, else the reason's
/// when one was found, else the enhanced code's, else the reply code's, else the reason's.
fn advice(c: &Classification, locale: Locale) -> Option<&'static str> {
    let candidates = [
        c.vendor_status().map(|v| v.sender_advice(locale)),
        (!matches!(c.reason(), Reason::Undefined | Reason::OnHold))
            .then(|| c.reason().sender_advice(locale)),
        c.enhanced()
            .and_then(|e| e.status())
            .map(|s| s.sender_advice(locale)),
        c.code().status().map(|s| s.sender_advice(locale)),
        Some(c.reason().sender_advice(locale)),
    ];
    candidates.into_iter().flatten().find(|t| !t.is_empty())
}

/// The JSON object the README documents, from the crate's answer.
fn expected_json(line: u64, input: &str, c: &Classification, locale: Locale) -> serde_json::Value {
    let (decided_by, pattern) = match c.decided_by() {
        DecidedBy::VendorStatus(_) => ("vendor_status", None),
        DecidedBy::EnhancedStatus(_) => ("enhanced_status", None),
        DecidedBy::Pattern(at) => ("pattern", Some(at.pattern)),
        DecidedBy::ReplyCode(_) => ("reply_code", None),
        DecidedBy::Nothing => ("nothing", None),
        _ => ("other", None),
    };
    serde_json::json!({
        "line": line,
        "input": input,
        "code": c.code().get(),
        "enhanced": c.enhanced().map(|e| e.to_string()),
        "provider": c.provider().map(|p| p.id()),
        "vendor_status": c.vendor_status().map(|v| v.id()),
        "reason": c.reason().as_str(),
        "reason_message": c.reason().message(locale),
        "hard_bounce": c.is_hard_bounce(),
        "decided_by": decided_by,
        "pattern": pattern,
        "message": meaning(c, locale),
        "sender_advice": advice(c, locale),
        "locale": locale.tag(),
    })
}

#[test]
fn the_command_says_what_the_crate_says_for_every_case() {
    let cases = cases();
    assert!(cases.len() >= 15, "{} cases", cases.len());
    let shapes: std::collections::BTreeSet<&str> = cases
        .iter()
        .map(|c| c.shape.split('-').next().unwrap())
        .collect();
    for shape in [
        "raw",
        "diagnostic",
        "postfix",
        "exim",
        "sendmail",
        "outlook",
    ] {
        assert!(shapes.contains(shape), "no case of shape {shape}");
    }
    for case in &cases {
        let at = format!("line {} ({}, {})", case.line, case.shape, case.source);
        assert!(case.source.starts_with("http"), "{at}: no source");
        let (line, text, found) = crate_answer(&case.input);
        // The file's columns.
        assert_eq!(found.code().get(), case.code, "{at}: code");
        assert_eq!(
            found.enhanced().map(|e| e.to_string()).unwrap_or_default(),
            case.enhanced,
            "{at}: enhanced"
        );
        assert_eq!(found.reason(), case.reason, "{at}: reason");
        assert_eq!(found.is_hard_bounce(), case.hard, "{at}: hard");
        assert_eq!(
            found.provider().map(|p| p.id()).unwrap_or_default(),
            case.provider,
            "{at}: provider"
        );
        // The command, on standard input and as an argument, in every locale.
        for &locale in Locale::ALL {
            let expected = expected_json(line, &text, &found, locale);
            let piped = run(
                &["explain", "--json", "--lang", locale.tag()],
                case.input.as_bytes(),
            );
            assert_eq!(piped.status.code(), Some(0), "{at}: {piped:?}");
            assert_eq!(json_lines(&piped), vec![expected.clone()], "{at}: {locale}");
            let argument = run(
                &["explain", "--json", "--lang", locale.tag(), &case.input],
                b"",
            );
            assert_eq!(
                json_lines(&argument),
                vec![expected],
                "{at}: argument, {locale}"
            );
        }
    }
}

#[test]
fn a_log_piped_in_explains_each_reply_and_skips_the_rest() {
    let cases = cases();
    let mut log = String::new();
    for case in &cases {
        log.push_str("Oct 19 18:30:29 mail postfix/qmgr[1006]: 7A47B58BA5: removed\n");
        log.push_str(&case.input);
        log.push('\n');
    }
    let output = run(&["explain", "--json"], log.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    let found = json_lines(&output);
    assert_eq!(found.len(), cases.len());
    for (json, case) in found.iter().zip(&cases) {
        assert_eq!(json["code"], case.code, "{}", case.input);
        assert_eq!(json["reason"], case.reason.as_str(), "{}", case.input);
    }
    // Line numbers count from the start of the stream.
    assert_eq!(found[0]["line"], 2);
}

#[test]
fn the_language_comes_from_the_option_or_the_environment() {
    let reply = "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown";
    let locale_of = |output: Output| json_lines(&output)[0]["locale"].clone();
    let env_run = |vars: &[(&str, &str)]| {
        let mut command = Command::new(BIN);
        command
            .args(["explain", "--json", reply])
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (name, value) in vars {
            command.env(name, value);
        }
        command.output().unwrap()
    };
    assert_eq!(locale_of(env_run(&[])), "en");
    assert_eq!(locale_of(env_run(&[("LANG", "tr_TR.UTF-8")])), "tr");
    assert_eq!(
        locale_of(env_run(&[
            ("LANG", "tr_TR.UTF-8"),
            ("LC_MESSAGES", "de_DE")
        ])),
        "de"
    );
    assert_eq!(
        locale_of(env_run(&[("LC_MESSAGES", "de_DE"), ("LC_ALL", "C")])),
        "en"
    );
    assert_eq!(locale_of(env_run(&[("LANG", "fr_FR.UTF-8")])), "en");
    assert_eq!(
        locale_of(run(&["explain", "--json", "--lang", "de-AT", reply], b"")),
        "de"
    );
    let unknown = run(&["explain", "--lang", "xx", reply], b"");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("en, tr, de"));
}

/// The person's output: the codes, the provider, the reason, hard or soft, the meaning and the
/// advice, with the site's words for "Meaning" and "What the sender can do" (data/ui.csv) in
/// each locale, and no colour when the output is not a terminal.
#[test]
fn the_output_for_a_person_is_in_the_locale_and_plain_in_a_pipe() {
    let ui = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/ui.csv"))
        .expect("read data/ui.csv");
    let mut reader = csv::Reader::from_reader(ui.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let word = |key: &str, tag: &str| {
        let column = headers.iter().position(|h| h == tag).unwrap();
        let row = rows.iter().find(|r| &r[0] == key).unwrap();
        row[column].to_owned()
    };
    let reply = "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1";
    for &locale in Locale::ALL {
        let output = run(&["explain", "--lang", locale.tag(), reply], b"");
        assert_eq!(output.status.code(), Some(0));
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(!text.contains('\x1b'), "colour in a pipe: {text}");
        let wire = format!("{reply}\r\n");
        let (parsed, _) = Reply::parse(wire.as_bytes()).unwrap();
        let found = parsed.classify();
        assert!(text.starts_with("421 4.7.0"), "{text}");
        let provider = found.provider().expect("Yahoo's TSS04");
        for needle in [
            provider.name(),
            found.reason().as_str(),
            found.reason().message(locale),
            meaning(&found, locale).unwrap(),
            advice(&found, locale).unwrap(),
            &word("meaning", locale.tag()),
            &word("sender", locale.tag()),
        ] {
            assert!(text.contains(needle), "{locale}: {needle:?} not in\n{text}");
        }
    }
}

#[test]
fn help_shows_the_readme_examples() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
        .expect("read README.md");
    let examples: Vec<&str> = readme
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("smtp-codes explain") || l.contains("| smtp-codes explain"))
        .collect();
    assert!(examples.len() >= 3, "README examples: {examples:?}");
    for args in [&["--help"][..], &["explain", "--help"]] {
        let help = String::from_utf8(run(args, b"").stdout).unwrap();
        for example in &examples {
            assert!(
                help.contains(example),
                "{args:?}: {example:?} not in\n{help}"
            );
        }
    }
}

#[test]
fn exit_status_says_whether_anything_was_explained() {
    let noise = "Oct 19 18:30:29 mail postfix/qmgr[1006]: 7A47B58BA5: removed\n";
    let output = run(&["explain"], noise.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no SMTP reply found"));
    let output = run(&["explain", "no reply in here"], b"");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        run(&["explain", "550 5.1.1 user unknown"], b"")
            .status
            .code(),
        Some(0)
    );
    // Usage errors.
    assert_eq!(
        run(&["explain", "--no-such-option"], b"").status.code(),
        Some(2)
    );
    assert_eq!(run(&[], b"").status.code(), Some(2));
    assert_eq!(run(&["frobnicate"], b"").status.code(), Some(2));
}

#[test]
fn an_empty_stream_is_said_to_be_empty() {
    let output = run(&["explain"], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("empty"));
}

#[test]
fn binary_input_is_read_as_bytes_without_a_panic() {
    // Every byte value, many times over, with NULs and invalid UTF-8.
    let binary: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 256) as u8).collect();
    let output = run(&["explain", "--json"], &binary);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(matches!(output.status.code(), Some(0 | 1)), "{output:?}");
    let binary_without_reply = vec![0u8, 159, 146, 150, 0, 255, b'\n', 0, 1, 2];
    let output = run(&["explain"], &binary_without_reply);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("binary"));
    // A reply among binary bytes is still found; its text is shown with U+FFFD.
    let mut mixed = vec![0u8, 0xff, b'\n'];
    mixed.extend_from_slice(b"550 5.1.1 \xff\xfe user unknown\n\x00\x01\n");
    let output = run(&["explain", "--json"], &mixed);
    assert_eq!(output.status.code(), Some(0));
    let found = json_lines(&output);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["line"], 2);
    assert_eq!(found[0]["reason"], "userunknown");
    assert!(found[0]["input"].as_str().unwrap().contains('\u{FFFD}'));
}

#[test]
fn a_10_mb_line_is_cut_with_a_warning() {
    // A line of 10 MB with a reply at its start, then a line with a reply.
    let mut input = b"550 5.1.1 user unknown ".to_vec();
    input.resize(10 * 1024 * 1024, b'x');
    input.extend_from_slice(b"\n452 4.2.2 mailbox full\n");
    let output = run(&["explain", "--json"], &input);
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 1") && stderr.contains("64 KiB"),
        "{stderr}"
    );
    let found = json_lines(&output);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0]["reason"], "userunknown");
    assert_eq!(found[0]["input"].as_str().unwrap().len(), 64 * 1024);
    assert_eq!(found[1]["line"], 2);
    assert_eq!(found[1]["reason"], "mailboxfull");
}
