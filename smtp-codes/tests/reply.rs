//! `Reply::parse`: every rule of `ReplyParser`'s documentation, then the parser test vectors
//! of other SMTP clients, each marked with where it comes from:
//!
//! - lettre (`src/transport/smtp/response.rs`, tests `test_response_from_str`,
//!   `test_response_incomplete`, `test_enhanced_status_code`);
//! - smtp-proto (`src/response/parser.rs`, tests `parse_response` and the chunked receiver
//!   loop in it, `parse_ehlo`);
//! - go-smtp (`client_test.go`: `TestBasic_SMTPError`, `basicServer`,
//!   `TestClient_TooLongLine`) and Go's `net/textproto` (`reader_test.go`,
//!   `readResponseTests`), which go-smtp reads replies with;
//! - Python's smtplib (`Lib/test/test_smtplib.py`: `TooLongLineTests`, the `Hola mundo`
//!   greeting of `GeneralTests`, `BadHELOServerTests`' `199` reply).
//!
//! Where this parser decides otherwise than a peer, the test says so and why.
//! Only codes 250, 550 and 5.1.1 are assumed to be in the data; every other code is looked
//! up through `ReplyCode::status`.

use smtp_codes::{
    EnhancedStatusCode, Reply, ReplyCode, ReplyError, ReplyErrorKind, ReplyParser, ReplyStatus,
};

fn esc(s: &str) -> EnhancedStatusCode {
    s.parse().unwrap()
}

/// Parses a whole input that must be exactly one reply.
fn one(input: &str) -> Reply<'_> {
    let (reply, used) = Reply::parse(input.as_bytes()).unwrap_or_else(|e| panic!("{input:?}: {e}"));
    assert_eq!(used, input.len(), "{input:?}");
    reply
}

fn lines<'a>(reply: &Reply<'a>) -> Vec<&'a str> {
    reply.str_lines().unwrap().collect()
}

fn message(reply: &Reply<'_>) -> Vec<String> {
    reply
        .message_lines()
        .map(|l| String::from_utf8(l.to_vec()).unwrap())
        .collect()
}

fn malformed(input: &[u8]) -> (ReplyErrorKind, usize, usize) {
    match Reply::parse(input) {
        Err(ReplyError::Malformed { kind, offset, line }) => (kind, offset, line),
        other => panic!(
            "{}: expected malformed, got {other:?}",
            input.escape_ascii()
        ),
    }
}

// ---------------------------------------------------------------------------------------
// What is accepted.

#[test]
fn single_line() {
    let reply = one("250 OK\r\n");
    assert_eq!(reply.code(), 250);
    assert_eq!(lines(&reply), ["OK"]);
    assert_eq!(reply.line_count(), 1);
    assert_eq!(reply.first_line(), b"OK");
    assert_eq!(reply.enhanced(), None);
    assert_eq!(reply.code().status(), Some(ReplyStatus::Ok));
    assert!(reply.is_positive() && reply.is_completion());
    assert!(!reply.is_transient() && !reply.is_permanent() && !reply.is_negative());
    assert_eq!(reply.as_bytes(), b"250 OK\r\n");
}

#[test]
fn known_and_unknown_codes() {
    let reply = one("550 5.1.1 no\r\n");
    assert_eq!(reply.code().status(), Some(ReplyStatus::MailboxUnavailable));
    // 559 is well formed but no RFC defines it: parsed, and known only if the data has it.
    let odd = one("559 whatever\r\n");
    assert_eq!(odd.code(), 559);
    assert_eq!(odd.code().status(), ReplyCode::new(559).unwrap().status());
    assert!(odd.is_permanent());
}

#[test]
fn codes_outside_rfc5321_grammar() {
    // RFC 5321's grammar has 0 to 5 as the second digit; the parser reads 6 to 9 as well, as
    // RFC 5321 §4.2 and §4.3.2 tell clients to (by the first digit), and says so.
    for code in [260u16, 299, 360, 471, 571, 599] {
        let wire = format!("{code} text\r\n");
        let reply = one(&wire);
        assert_eq!(reply.code(), code);
        assert!(!reply.code().is_rfc5321_form(), "{code}");
        assert_eq!(reply.class(), (code / 100) as u8);
    }
    assert!(one("550 text\r\n").code().is_rfc5321_form());
    // Multi-line, the same code on every line; a different one is still a mismatch.
    let reply = one("571-5.7.1 first\r\n571 5.7.1 second\r\n");
    assert_eq!((reply.code().get(), reply.line_count()), (571, 2));
    assert_eq!(reply.enhanced(), Some(esc("5.7.1")));
    assert_eq!(
        malformed(b"571-a\r\n579 b\r\n"),
        (
            ReplyErrorKind::CodeMismatch {
                expected: 571,
                found: 579
            },
            7,
            2
        )
    );
    // Cut inside the code: incomplete, not malformed.
    assert_eq!(Reply::parse(b"29"), Err(ReplyError::Incomplete));
    assert_eq!(Reply::parse(b"571-a\r\n57"), Err(ReplyError::Incomplete));
    // The first digit is still 2 to 5, and the other two are digits.
    assert_eq!(
        malformed(b"671 no\r\n"),
        (ReplyErrorKind::InvalidCode, 0, 1)
    );
    assert_eq!(
        malformed(b"5x1 no\r\n"),
        (ReplyErrorKind::InvalidCode, 1, 1)
    );
}

#[test]
fn classes() {
    assert!(one("354 go\r\n").is_intermediate());
    assert!(one("354 go\r\n").is_positive());
    assert!(one("421 bye\r\n").is_transient());
    assert!(one("421 bye\r\n").is_negative());
    assert!(one("554 no\r\n").is_permanent());
    assert_eq!(one("421 x\r\n").class(), 4);
}

#[test]
fn multi_line() {
    let reply =
        one("250-mx.example.com Hello\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n");
    assert_eq!(reply.code(), 250);
    assert_eq!(reply.line_count(), 4);
    assert_eq!(
        lines(&reply),
        [
            "mx.example.com Hello",
            "SIZE 35882577",
            "8BITMIME",
            "SMTPUTF8"
        ]
    );
}

#[test]
fn bare_code_last_line() {
    for input in ["334\r\n", "334\n", "334 \r\n", "334 \n"] {
        let reply = one(input);
        assert_eq!(reply.code(), 334);
        assert_eq!(lines(&reply), [""], "{input:?}");
    }
    // A bare code ends a multi-line reply too.
    let reply = one("250-first\r\n250\r\n");
    assert_eq!(lines(&reply), ["first", ""]);
    // A bare code has no enhanced code, even when the bytes after its line ending read as one.
    for input in ["550\n5.1.1 next\r\n", "550\r\n5.1.1 next\r\n"] {
        let (reply, used) = Reply::parse(input.as_bytes()).unwrap();
        let first_line = input.find('\n').unwrap() + 1;
        assert_eq!((reply.enhanced(), used), (None, first_line), "{input:?}");
    }
    // Empty continuation lines.
    let reply = one("250-\r\n250-\n250 end\r\n");
    assert_eq!(lines(&reply), ["", "", "end"]);
}

#[test]
fn lf_only_and_mixed_line_endings() {
    let reply = one("250-a\n250-b\r\n250 c\n");
    assert_eq!(lines(&reply), ["a", "b", "c"]);
    // A CR elsewhere than right before the LF is text.
    let reply = one("250 a\rb\r\r\n");
    assert_eq!(reply.first_line(), b"a\rb\r");
}

#[test]
fn text_keeps_spaces_after_the_separator() {
    let reply = one("250  two spaces\r\n");
    assert_eq!(reply.first_line(), b" two spaces");
    let reply = one("250 trailing  \r\n");
    assert_eq!(reply.first_line(), b"trailing  ");
}

#[test]
fn utf8_text() {
    let reply = one("550 5.1.1 Alıcı bulunamadı: posta kutusu yok — 受信者\r\n");
    assert_eq!(
        lines(&reply),
        ["5.1.1 Alıcı bulunamadı: posta kutusu yok — 受信者"]
    );
    assert_eq!(
        message(&reply),
        ["Alıcı bulunamadı: posta kutusu yok — 受信者"]
    );
}

#[test]
fn non_utf8_text_is_bytes() {
    let input = b"550 caf\xe9\r\n";
    let (reply, used) = Reply::parse(input).unwrap();
    assert_eq!(used, input.len());
    assert_eq!(reply.first_line(), b"caf\xe9");
    assert!(reply.str_lines().is_none());
    assert_eq!(reply.to_string(), "550 caf\u{fffd}\r\n");
}

#[test]
fn stream_of_replies() {
    let input = b"220 ready\r\n250-hi\r\n250 SIZE 10\r\n334 \r\n235 2.7.0 ok\r\n354";
    let mut at = 0;
    let mut codes = vec![];
    loop {
        match Reply::parse(&input[at..]) {
            Ok((reply, used)) => {
                codes.push(reply.code());
                at += used;
            }
            Err(ReplyError::Incomplete) => break,
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(codes, [220, 250, 334, 235]);
    assert_eq!(&input[at..], b"354");
}

// ---------------------------------------------------------------------------------------
// Enhanced status codes.

#[test]
fn enhanced_code_from_first_word() {
    let reply = one("550 5.1.1 <x@example.com>: Recipient address rejected\r\n");
    assert_eq!(reply.enhanced(), Some(esc("5.1.1")));
    assert!(reply.enhanced().unwrap().status().is_some());
    assert_eq!(one("250 2.0.0\r\n").enhanced(), Some(esc("2.0.0")));
    assert_eq!(one("452 4.2.2 full\r\n").enhanced(), Some(esc("4.2.2")));
}

#[test]
fn enhanced_code_three_digit_parts() {
    // Microsoft's 5.7.515, and the longest the grammar allows.
    let reply = one("550 5.7.515 Access denied, sending domain does not meet the required authentication level.\r\n");
    let code = reply.enhanced().unwrap();
    assert_eq!(code, esc("5.7.515"));
    assert_eq!((code.subject(), code.detail()), (7, 515));
    assert_eq!(
        one("550 5.999.999 x\r\n").enhanced(),
        Some(esc("5.999.999"))
    );
    assert_eq!(one("550 5.1000.1 x\r\n").enhanced(), None);
    assert_eq!(one("550 5.1.1000 x\r\n").enhanced(), None);
}

#[test]
fn no_enhanced_code_when_not_a_code_word() {
    for input in [
        "250 2address.org\r\n",
        "250 100.address.org\r\n",
        "250 2.0.0.0 four parts\r\n",
        "250 2.0.0x ok\r\n",
        "250 2.0 ok\r\n",
        "250 2..0 ok\r\n",
        "250 111111111111\r\n",
        "250 99999999999999\r\n",
        "250 \r\n",
        "250\r\n",
        "250  2.0.0 leading space\r\n",
        "250 2.0.0\tok\r\n",
    ] {
        assert_eq!(one(input).enhanced(), None, "{input:?}");
    }
}

#[test]
fn enhanced_class_must_match_reply_class() {
    // RFC 2034 §4: a 5xx reply carries 5.X.X, and so on; 3xx replies carry none.
    assert_eq!(one("550 4.2.0 mailbox full\r\n").enhanced(), None);
    assert_eq!(one("250 5.0.0 ?\r\n").enhanced(), None);
    assert_eq!(one("354 2.0.0 go ahead\r\n").enhanced(), None);
    assert_eq!(one("550 6.1.1 class 6\r\n").enhanced(), None);
}

#[test]
fn enhanced_code_from_first_line_only() {
    let reply = one("250-mail.example\r\n250 2.1.5 recipient ok\r\n");
    assert_eq!(reply.enhanced(), None);
}

#[test]
fn message_lines_strip_the_repeated_code() {
    let reply = one(concat!(
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n",
        "550-5.1.1 double-checking the recipient's email address for typos or\r\n",
        "550-5.1.1   unnecessary spaces.\r\n",
        "550-5.1.1\r\n",
        "550-no code on this line\r\n",
        "550-5.1.10 another code\r\n",
        "550 5.2.0 a different code stays\r\n",
    ));
    assert_eq!(reply.enhanced(), Some(esc("5.1.1")));
    assert_eq!(
        message(&reply),
        [
            "The email account that you tried to reach does not exist. Please try",
            "double-checking the recipient's email address for typos or",
            "unnecessary spaces.",
            "",
            "no code on this line",
            "5.1.10 another code",
            "5.2.0 a different code stays",
        ]
    );
    // Without an enhanced code, the lines as they are.
    let reply = one("250-a\r\n250 b\r\n");
    assert_eq!(message(&reply), ["a", "b"]);
}

#[test]
fn message_lines_at_the_end_of_the_reply() {
    // The last lines are shorter than the eight bytes compared at once: the code alone, the
    // code and one letter, a bare code (its empty text starts where the reply ends), a line
    // that only starts like the code; with CRLF and with LF.
    for (input, text) in [
        ("550-5.1.1 a\r\n550 5.1.1\r\n", ["a", ""]),
        ("550-5.1.1 a\n550 5.1.1\n", ["a", ""]),
        ("550-5.1.1 a\r\n550 5.1.1 b\r\n", ["a", "b"]),
        ("550-5.1.1 a\n550 5.1\n", ["a", "5.1"]),
        ("550-5.1.1 a\r\n550\r\n", ["a", ""]),
        ("550-5.1.1 a\n550\n", ["a", ""]),
        ("550-5.7.26 a\r\n550 5.7.2\r\n", ["a", "5.7.2"]),
        ("550-5.7.26 a\n550 5.7.26x\n", ["a", "5.7.26x"]),
    ] {
        assert_eq!(message(&one(input)), text, "{input:?}");
    }
}

// ---------------------------------------------------------------------------------------
// What is rejected, and where.

#[test]
fn invalid_codes() {
    use ReplyErrorKind::InvalidCode;
    assert_eq!(malformed(b"199 no\r\n"), (InvalidCode, 0, 1));
    assert_eq!(malformed(b"650 no\r\n"), (InvalidCode, 0, 1));
    assert_eq!(malformed(b"060 no\r\n"), (InvalidCode, 0, 1));
    assert_eq!(malformed(b"25x no\r\n"), (InvalidCode, 2, 1));
    assert_eq!(malformed(b"2\r\n"), (InvalidCode, 1, 1));
    assert_eq!(malformed(b" 250 no\r\n"), (InvalidCode, 0, 1));
    assert_eq!(malformed(b"\r\n"), (InvalidCode, 0, 1));
    assert_eq!(malformed(b"HTTP/1.1 200 OK\r\n"), (InvalidCode, 0, 1));
    // A bad digit is reported as soon as it arrives, not as incomplete.
    assert_eq!(malformed(b"6"), (InvalidCode, 0, 1));
    assert_eq!(malformed(b"2x"), (InvalidCode, 1, 1));
    // On a continuation line.
    assert_eq!(malformed(b"250-a\r\n2x0 b\r\n"), (InvalidCode, 8, 2));
}

#[test]
fn invalid_separators() {
    use ReplyErrorKind::InvalidSeparator;
    assert_eq!(malformed(b"2500 OK\r\n"), (InvalidSeparator, 3, 1));
    assert_eq!(malformed(b"250\tOK\r\n"), (InvalidSeparator, 3, 1));
    assert_eq!(malformed(b"250:OK\r\n"), (InvalidSeparator, 3, 1));
    assert_eq!(malformed(b"250\rX\r\n"), (InvalidSeparator, 3, 1));
    assert_eq!(malformed(b"250-a\r\n250_b\r\n"), (InvalidSeparator, 10, 2));
}

#[test]
fn continuation_code_must_match() {
    let mismatch = |expected, found| ReplyErrorKind::CodeMismatch { expected, found };
    assert_eq!(malformed(b"250-a\r\n251 b\r\n"), (mismatch(250, 251), 7, 2));
    assert_eq!(
        malformed(b"250-a\r\n250-b\r\n550 c\r\n"),
        (mismatch(250, 550), 14, 3)
    );
    // Reported as soon as a differing digit arrives.
    assert!(matches!(
        Reply::parse(b"250-a\r\n24"),
        Err(ReplyError::Malformed {
            kind: ReplyErrorKind::CodeMismatch { expected: 250, .. },
            offset: 7,
            line: 2
        })
    ));
}

#[test]
fn line_too_long() {
    let limit = ReplyParser::DEFAULT_MAX_LINE_LEN;
    assert!(limit >= 4096, "generous by default");
    let fits = format!("250 {}\r\n", "x".repeat(limit - 6));
    assert_eq!(fits.len(), limit);
    assert!(Reply::parse(fits.as_bytes()).is_ok());
    let over = format!("250 {}\r\n", "x".repeat(limit - 5));
    assert_eq!(
        malformed(over.as_bytes()),
        (ReplyErrorKind::LineTooLong { limit }, 0, 1)
    );
    // Reported before the line ends: the caller need not buffer more.
    let endless = format!("250 {}", "x".repeat(limit));
    assert_eq!(
        malformed(endless.as_bytes()),
        (ReplyErrorKind::LineTooLong { limit }, 0, 1)
    );
    // Below the limit, an unfinished line is incomplete.
    let partial = format!("250 {}", "x".repeat(limit - 6));
    assert_eq!(
        Reply::parse(partial.as_bytes()),
        Err(ReplyError::Incomplete)
    );
    // A custom limit, on the second line.
    let parser = ReplyParser::new().with_max_line_len(512);
    assert_eq!(parser.max_line_len(), 512);
    let input = format!("550-short\r\n550 {}\r\n", "y".repeat(510));
    assert_eq!(
        parser.parse(input.as_bytes()),
        Err(ReplyError::Malformed {
            kind: ReplyErrorKind::LineTooLong { limit: 512 },
            offset: 11,
            line: 2
        })
    );
    // The limit counts the line ending, CRLF or LF.
    let exact_lf = format!("250 {}\n", "z".repeat(507));
    assert!(parser.parse(exact_lf.as_bytes()).is_ok());
    let exact_crlf = format!("250 {}\r\n", "z".repeat(507));
    assert!(parser.parse(exact_crlf.as_bytes()).is_err());
    // A tiny limit also bounds bare codes.
    assert!(ReplyParser::new()
        .with_max_line_len(4)
        .parse(b"250\r\n")
        .is_err());
    assert!(ReplyParser::new()
        .with_max_line_len(4)
        .parse(b"250\n")
        .is_ok());
}

#[test]
fn too_many_lines() {
    let parser = ReplyParser::new().with_max_lines(3);
    assert_eq!(parser.max_lines(), 3);
    assert!(parser.parse(b"250-a\r\n250-b\r\n250 c\r\n").is_ok());
    assert_eq!(
        parser.parse(b"250-a\r\n250-b\r\n250-c\r\n250 d\r\n"),
        Err(ReplyError::Malformed {
            kind: ReplyErrorKind::TooManyLines { limit: 3 },
            offset: 21,
            line: 4
        })
    );
    assert_eq!(ReplyParser::default(), ReplyParser::new());
    assert_eq!(ReplyParser::DEFAULT_MAX_LINES, 1024);
}

#[test]
fn incomplete_is_not_malformed() {
    let full = b"250-mx.example.com\r\n250 8BITMIME\r\n";
    for cut in 0..full.len() {
        assert_eq!(
            Reply::parse(&full[..cut]),
            Err(ReplyError::Incomplete),
            "cut at {cut}"
        );
    }
    assert!(Reply::parse(full).is_ok());
    let err = Reply::parse(b"25").unwrap_err();
    assert!(err.is_incomplete());
    assert_eq!((err.kind(), err.offset(), err.line()), (None, None, None));
}

#[test]
fn errors_say_where() {
    let err = Reply::parse(b"250-a\r\n251 b\r\n").unwrap_err();
    assert!(!err.is_incomplete());
    assert_eq!(err.offset(), Some(7));
    assert_eq!(err.line(), Some(2));
    assert_eq!(
        err.to_string(),
        "malformed reply at line 2, byte 7: reply code 251 differs from the first line's code 250"
    );
    assert_eq!(
        ReplyError::Incomplete.to_string(),
        "incomplete reply: more input is needed"
    );
    let _: &dyn std::error::Error = &err;
}

// ---------------------------------------------------------------------------------------
// Formatting and equality.

#[test]
fn format_round_trip() {
    for input in [
        "250 OK\r\n",
        "250-a\r\n250-b\r\n250 c\r\n",
        "334\r\n",
        "250-\r\n250\r\n",
        "550-5.1.1 x\r\n550 5.1.1 y\r\n",
    ] {
        let reply = one(input);
        assert_eq!(reply.to_string(), input);
        let mut out = String::new();
        reply.write_to(&mut out).unwrap();
        assert_eq!(out, input);
        let mut buf = vec![0; reply.wire_len()];
        assert_eq!(reply.encode(&mut buf), Some(input.len()));
        assert_eq!(buf, input.as_bytes());
        assert_eq!(reply.encode(&mut buf[..input.len() - 1]), None);
    }
    // Other spellings print in the canonical form and compare equal.
    for (input, canonical) in [
        ("250-a\n250 b\n", "250-a\r\n250 b\r\n"),
        ("334 \r\n", "334\r\n"),
        ("334\n", "334\r\n"),
    ] {
        let reply = one(input);
        assert_eq!(reply.to_string(), canonical);
        assert_eq!(reply, one(canonical));
    }
}

#[test]
fn equality_and_hash() {
    use std::collections::HashSet;
    let a = one("250-a\n250 b\n");
    let b = one("250-a\r\n250 b\r\n");
    let c = one("250-a\r\n250 c\r\n");
    let d = one("251-a\r\n251 b\r\n");
    assert_eq!(a, b);
    assert_ne!(a, c);
    assert_ne!(a, d);
    let set: HashSet<Reply<'_>> = [a, b, c].into_iter().collect();
    assert_eq!(set.len(), 2);
    assert_eq!(
        format!("{:?}", one("550 5.1.1 no\r\n")),
        "Reply { code: 550, enhanced: Some(EnhancedStatusCode { class: 5, subject: 1, detail: 1 }), lines: [\"5.1.1 no\"] }"
    );
}

// ---------------------------------------------------------------------------------------
// lettre: src/transport/smtp/response.rs.

#[test]
fn lettre_response_from_str() {
    let reply = one("250-me\r\n250-8BITMIME\r\n250-SIZE 42\r\n250 AUTH PLAIN CRAM-MD5\r\n");
    assert_eq!(reply.code(), 250);
    assert_eq!(
        lines(&reply),
        ["me", "8BITMIME", "SIZE 42", "AUTH PLAIN CRAM-MD5"]
    );
    // "2506-me": four digits.
    assert_eq!(
        malformed(b"2506-me\r\n250-8BITMIME\r\n250-SIZE 42\r\n250 AUTH PLAIN CRAM-MD5\r\n").0,
        ReplyErrorKind::InvalidSeparator
    );
    // No last line: lettre calls it an error; for a stream parser it is incomplete.
    assert_eq!(
        Reply::parse(b"250-me\r\n250-8BITMIME\r\n250-SIZE 42\r\n250-AUTH PLAIN CRAM-MD5\r\n"),
        Err(ReplyError::Incomplete)
    );
}

#[test]
fn lettre_response_incomplete() {
    assert_eq!(
        Reply::parse(b"250-smtp.example.org\r\n"),
        Err(ReplyError::Incomplete)
    );
}

#[test]
fn lettre_enhanced_status_code() {
    assert_eq!(
        one("550 5.1.1 user unknown\r\n").enhanced(),
        Some(esc("5.1.1"))
    );
    assert_eq!(one("550 4.2.0 mailbox full\r\n").enhanced(), None);
    // lettre takes the first code of any line; we take the first line's only (RFC 2034 puts
    // it on every line, so the first line has it whenever the reply has one).
    assert_eq!(
        one("250-mail.example\r\n250 2.1.5 recipient ok\r\n").enhanced(),
        None
    );
    let varied = one("550-5.1.1 first user unknown\r\n550 5.2.0 second mailbox disabled\r\n");
    assert_eq!(varied.enhanced(), Some(esc("5.1.1")));
    assert_eq!(
        message(&varied),
        ["first user unknown", "5.2.0 second mailbox disabled"]
    );
    // lettre rejects leading zeros; RFC 3463's grammar (1*3digit) allows them, and so do we.
    assert_eq!(one("550 5.01.1 x\r\n").enhanced(), Some(esc("5.1.1")));
    for invalid in ["5.1000.1", "5.1.1000"] {
        assert!(invalid.parse::<EnhancedStatusCode>().is_err());
    }
}

#[test]
fn lettre_rejects_bare_code_we_accept() {
    // The issue this crate fixes: lettre's grammar needs " " after the last code.
    assert_eq!(one("334\r\n").code(), 334);
}

// ---------------------------------------------------------------------------------------
// smtp-proto: src/response/parser.rs, test `parse_response`.

/// (input, code, enhanced, message as smtp-proto joins it: lines without the code, "\n").
const SMTP_PROTO: &[(&str, u16, Option<&str>, &str)] = &[
    (
        "250 2.1.1 Originator <ned@ymir.claremont.edu> ok\n",
        250,
        Some("2.1.1"),
        "Originator <ned@ymir.claremont.edu> ok",
    ),
    (
        "551-5.7.1 Forwarding to remote hosts disabled\n551 5.7.1 Select another host to act as your forwarder\n",
        551,
        Some("5.7.1"),
        "Forwarding to remote hosts disabled\nSelect another host to act as your forwarder",
    ),
    (
        "550-mailbox unavailable\n550 user has moved with no forwarding address\n",
        550,
        None,
        "mailbox unavailable\nuser has moved with no forwarding address",
    ),
    ("250 2address.org\n", 250, None, "2address.org"),
    ("250 100.address.org\n", 250, None, "100.address.org"),
    ("250 111111111111\n", 250, None, "111111111111"),
    ("250 99999999999999\n", 250, None, "99999999999999"),
    (
        "250 2.0.0 Message queued for delivery.\r\n",
        250,
        Some("2.0.0"),
        "Message queued for delivery.",
    ),
    // smtp-proto ends the reply at the bare "250": so do we, and "250 Ignore this" is left
    // for the next call.
    ("250-Missing space\n250\n", 250, None, "Missing space\n"),
];

#[test]
fn smtp_proto_parse_response() {
    for &(input, code, enhanced, text) in SMTP_PROTO {
        let reply = one(input);
        assert_eq!(reply.code(), code, "{input:?}");
        assert_eq!(reply.enhanced(), enhanced.map(esc), "{input:?}");
        assert_eq!(message(&reply).join("\n"), text, "{input:?}");
    }
    // Class 6 is no enhanced code (smtp-proto reads [6, 8, 9]; RFC 3463 has classes 2, 4, 5).
    let reply = one(concat!(
        "432-6.8.9\n",
        "432-6.8.9 Hello\n",
        "432-6.8.9 \n",
        "432-6.8.9 ,\n",
        "432-\n",
        "432-6\n",
        "432-6.\n",
        "432-6.8\n",
        "432-6.8.9\n",
        "432 6.8.9 World!\n"
    ));
    assert_eq!(reply.enhanced(), None);
    assert_eq!(reply.line_count(), 10);
    assert_eq!(lines(&reply)[9], "6.8.9 World!");
}

#[test]
fn smtp_proto_chunked_receiver() {
    // smtp-proto feeds all of its vectors, concatenated, in chunks of 5 to 60 bytes.
    let mut stream = Vec::new();
    for &(input, ..) in SMTP_PROTO {
        stream.extend_from_slice(input.as_bytes());
    }
    stream.extend_from_slice(b"250 Ignore this\n");
    let expected: Vec<Reply<'_>> = SMTP_PROTO.iter().map(|&(input, ..)| one(input)).collect();
    for chunk in [1, 5, 10, 20, 30, 40, 50, 60] {
        let mut buffer: Vec<u8> = Vec::new();
        let mut got: Vec<Vec<u8>> = Vec::new();
        for piece in stream.chunks(chunk) {
            buffer.extend_from_slice(piece);
            loop {
                match Reply::parse(&buffer) {
                    Ok((reply, used)) => {
                        got.push(reply.as_bytes().to_vec());
                        buffer.drain(..used);
                    }
                    Err(ReplyError::Incomplete) => break,
                    Err(e) => panic!("chunk {chunk}: {e}"),
                }
            }
        }
        let got: Vec<Reply<'_>> = got.iter().map(|b| Reply::parse(b).unwrap().0).collect();
        assert_eq!(got[..expected.len()], expected[..], "chunk {chunk}");
        assert_eq!(lines(&got[expected.len()]), ["Ignore this"]);
    }
}

#[test]
fn smtp_proto_parse_ehlo() {
    let ehlo = concat!(
        "250-dbc.mtview.ca.us says hello\n",
        "250-8BITMIME\n",
        "250-AUTH GSSAPI DIGEST-MD5 PLAIN\n",
        "250-FUTURERELEASE 1234 5678\n",
        "250-NO-SOLICITING net.example:ADV\n",
        "250-SIZE 1000000\n",
        "250 STARTTLS\n",
    );
    // smtp-proto runs it with each "\n" replaced by "\r\n", " \n" and " \r\n" as well.
    for ending in ["\n", "\r\n", " \n", " \r\n"] {
        let input = ehlo.replace('\n', ending);
        let reply = one(&input);
        assert_eq!(reply.line_count(), 7);
        let first = lines(&reply)[0].trim_end();
        assert_eq!(first, "dbc.mtview.ca.us says hello");
    }
    // An empty first line is fine.
    assert_eq!(
        lines(&one("250-\n250-SIZE\n250 SMTPUTF8\n")),
        ["", "SIZE", "SMTPUTF8"]
    );
    // Not an EHLO reply, but a reply all the same.
    assert_eq!(one("523-Massive\n523-Error\n523 Message\n").code(), 523);
}

// ---------------------------------------------------------------------------------------
// go-smtp (client_test.go) and Go's net/textproto (reader_test.go).

fn all(text: &str) -> Vec<Reply<'_>> {
    let mut at = 0;
    let mut replies = vec![];
    while at < text.len() {
        let (reply, used) = Reply::parse(&text.as_bytes()[at..]).unwrap();
        replies.push(reply);
        at += used;
    }
    replies
}

#[test]
fn go_smtp_basic_smtp_error() {
    let server = concat!(
        "220 mx.google.com at your service\r\n",
        "250-mx.google.com at your service\r\n",
        "250 ENHANCEDSTATUSCODES\r\n",
        "500 5.0.0 Failing with enhanced code\r\n",
        "500 Failing without enhanced code\r\n",
        "500-5.0.0 Failing with multiline and enhanced code\r\n",
        "500 5.0.0 ... still failing\r\n",
    );
    let replies = all(server);
    assert_eq!(replies.len(), 5);
    assert_eq!(replies[2].enhanced(), Some(esc("5.0.0")));
    assert_eq!(message(&replies[2]), ["Failing with enhanced code"]);
    assert_eq!(replies[3].enhanced(), None);
    assert_eq!(message(&replies[3]), ["Failing without enhanced code"]);
    assert_eq!(
        message(&replies[4]).join("\n"),
        "Failing with multiline and enhanced code\n... still failing"
    );
}

#[test]
fn go_smtp_basic_server() {
    let server = concat!(
        "250 mx.google.com at your service\n",
        "502 Unrecognized command.\n",
        "250-mx.google.com at your service\n",
        "250-SIZE 35651584\n",
        "250-AUTH LOGIN PLAIN\n",
        "250 8BITMIME\n",
        "530 Authentication required\n",
        "252 Send some mail, I'll try my best\n",
        "250 User is valid\n",
        "235 Accepted\n",
        "250 Sender OK\n",
        "250 Receiver OK\n",
        "354 Go ahead\n",
        "250 Data OK\n",
        "221 OK\n",
    );
    // go-smtp runs it with CRLF line endings; we take both.
    for text in [server.to_string(), server.replace('\n', "\r\n")] {
        let codes: Vec<u16> = all(&text).iter().map(|r| r.code().get()).collect();
        assert_eq!(
            codes,
            [250, 502, 250, 530, 252, 250, 235, 250, 250, 354, 250, 221]
        );
    }
}

#[test]
fn go_smtp_too_long_line() {
    // go-smtp's TestClient_TooLongLine sends a 2,000-odd byte "500 5.0.0 ..." line and expects
    // ErrTooLongLine. Ours is 8192 by default and can be set lower.
    let line = format!("500 5.0.0 {}\r\n", "nU6XC5JJUfiuIkC7".repeat(130));
    assert!(Reply::parse(line.as_bytes()).is_ok());
    let strict = ReplyParser::new().with_max_line_len(2000);
    assert!(matches!(
        strict.parse(line.as_bytes()),
        Err(ReplyError::Malformed {
            kind: ReplyErrorKind::LineTooLong { limit: 2000 },
            ..
        })
    ));
}

#[test]
fn go_textproto_read_response() {
    // readResponseTests, the SMTP-shaped ones. Go's test appends "\nFOLLOWING DATA".
    for (input, code, text) in [
        (
            "230 Anonymous access granted, restrictions apply\n",
            230,
            "Anonymous access granted, restrictions apply",
        ),
        ("400-A\n400-B\n400 C\n", 400, "A\nB\nC"),
        ("400-A\r\n400-B\r\n400 C\r\n", 400, "A\nB\nC"),
    ] {
        let stream = format!("{input}\nFOLLOWING DATA");
        let (reply, used) = Reply::parse(stream.as_bytes()).unwrap();
        assert_eq!(used, input.len());
        assert_eq!(reply.code(), code);
        assert_eq!(lines(&reply).join("\n"), text);
    }
    // The first one is RFC 959 (FTP): continuation lines without the code. SMTP requires
    // the code on every line (RFC 5321 §4.2.1), so it is malformed here.
    let ftp = "230-Anonymous access granted, restrictions apply\nRead the file README.txt,\n230  please\n";
    assert_eq!(malformed(ftp.as_bytes()).0, ReplyErrorKind::InvalidCode);
    // Go's "230  please" keeps the second space as text; so do we.
    assert_eq!(one("230  please\n").first_line(), b" please");
}

// ---------------------------------------------------------------------------------------
// Python smtplib: Lib/test/test_smtplib.py.

#[test]
fn python_smtplib() {
    // GeneralTests' greeting.
    let reply = one("220 Hola mundo\n");
    assert_eq!(
        (reply.code().get(), lines(&reply)),
        (220, vec!["Hola mundo"])
    );
    // BadHELOServerTests: smtplib reads code 199; RFC 5321 has no 1yz replies.
    assert_eq!(
        malformed(b"199 no hello for you!\n").0,
        ReplyErrorKind::InvalidCode
    );
    // TooLongLineTests: "250 OK" + "." * (_MAXLINE * 2) + "\n", _MAXLINE = 8192: too long.
    let long = format!("250 OK{}\n", ".".repeat(8192 * 2));
    assert_eq!(
        malformed(long.as_bytes()),
        (ReplyErrorKind::LineTooLong { limit: 8192 }, 0, 1)
    );
}
