//! Property tests of `Reply::parse`: it never panics; format-then-parse is the identity; a
//! stream of replies cut in any chunks parses to the same replies.

use proptest::prelude::*;
use smtp_codes::{EnhancedStatusCode, Reply, ReplyError, ReplyParser};

/// A well-formed code, as text.
fn code() -> impl Strategy<Value = String> {
    (2u8..=5, 0u8..=9, 0u8..=9).prop_map(|(a, b, c)| format!("{a}{b}{c}"))
}

/// Line text: printable ASCII, UTF-8, or (for byte-level tests) any byte but LF.
fn text() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        "[ -~]{0,40}".prop_map(String::into_bytes),
        "[2-5]\\.[0-9]{1,3}\\.[0-9]{1,3}( [ -~]{0,20})?".prop_map(String::into_bytes),
        "\\PC{0,20}".prop_map(String::into_bytes),
        proptest::collection::vec(any::<u8>().prop_filter("no LF", |b| *b != b'\n'), 0..30),
    ]
}

/// A well-formed reply on the wire, in one of the spellings the parser accepts.
fn wire_reply() -> impl Strategy<Value = Vec<u8>> {
    reply_of(text(), 1..6)
}

/// A reply with up to 40 lines of up to 300 bytes: more lines than the parser records the ends
/// of (16), and lines longer than it records (255 bytes).
fn long_reply() -> impl Strategy<Value = Vec<u8>> {
    let text = prop_oneof![
        text(),
        "[2-5]\\.[0-9]\\.[0-9]{1,2}  ?[ -~]{0,300}".prop_map(String::into_bytes),
        "[ -~]{200,300}".prop_map(String::into_bytes),
    ];
    reply_of(text, 1..40)
}

/// The lines of a reply as a naive split gives them: the text after `ddd-` or `ddd `, without
/// the line ending.
fn naive_lines(bytes: &[u8]) -> Vec<&[u8]> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .map(|line| {
            let line = &line[..line.len() - 1];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            line.get(4..).unwrap_or_default()
        })
        .collect()
}

/// [`naive_lines`] without the enhanced code `code` (as the first line writes it) and the
/// spaces after it, on the lines that start with it as a whole word.
fn naive_message_lines<'a>(lines: &[&'a [u8]], code: &[u8]) -> Vec<&'a [u8]> {
    lines
        .iter()
        .map(|&line| match line.strip_prefix(code) {
            Some(rest) if !code.is_empty() && (rest.is_empty() || rest[0] == b' ') => {
                let spaces = rest.iter().take_while(|&&b| b == b' ').count();
                &rest[spaces..]
            }
            _ => line,
        })
        .collect()
}

/// A reply made of `lines` texts, each line ending in CRLF or LF, the last maybe a bare code.
fn reply_of(
    text: impl Strategy<Value = Vec<u8>>,
    lines: std::ops::Range<usize>,
) -> impl Strategy<Value = Vec<u8>> {
    (
        code(),
        proptest::collection::vec((text, any::<bool>()), lines),
        any::<bool>(),
    )
        .prop_map(|(code, lines, bare_last)| {
            let mut out = Vec::new();
            let count = lines.len();
            for (i, (mut text, crlf)) in lines.into_iter().enumerate() {
                // A CR at the end of the text would merge into the line ending.
                while text.last() == Some(&b'\r') {
                    text.pop();
                }
                out.extend_from_slice(code.as_bytes());
                let last = i + 1 == count;
                if last && bare_last && text.is_empty() {
                    // bare code
                } else {
                    out.push(if last { b' ' } else { b'-' });
                    out.extend_from_slice(&text);
                }
                out.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
            }
            out
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        for parser in [ReplyParser::new(), ReplyParser::new().with_max_line_len(8).with_max_lines(2)] {
            match parser.parse(&bytes) {
                Ok((reply, used)) => {
                    prop_assert!(used <= bytes.len());
                    prop_assert_eq!(reply.as_bytes(), &bytes[..used]);
                    let _ = reply.to_string();
                    let _ = reply.message_lines().count();
                }
                Err(ReplyError::Incomplete) => {}
                Err(e) => prop_assert!(e.offset().unwrap() < bytes.len()),
            }
        }
    }

    #[test]
    fn near_miss_bytes_never_panic(mut bytes in wire_reply(), at in any::<prop::sample::Index>(), b in any::<u8>()) {
        let i = at.index(bytes.len());
        bytes[i] = b;
        let _ = Reply::parse(&bytes);
        let _ = Reply::parse(&bytes[..i]);
    }

    #[test]
    fn parses_what_it_should(bytes in wire_reply()) {
        let (reply, used) = Reply::parse(&bytes).unwrap();
        prop_assert_eq!(used, bytes.len());
        prop_assert_eq!(reply.lines().count(), reply.line_count());
        // The lines are those of a naive split (the parser scans sixteen bytes at a time).
        let naive = naive_lines(&bytes);
        prop_assert_eq!(reply.lines().collect::<Vec<_>>(), naive.clone());
        // The enhanced code is the first line's first word, when it is one of the reply's class.
        let word = naive[0].split(|&b| b == b' ').next().unwrap_or_default();
        let expected = EnhancedStatusCode::parse_bytes(word)
            .ok()
            .filter(|code| code.class() == reply.class());
        prop_assert_eq!(reply.enhanced(), expected);
    }

    #[test]
    fn long_replies_read_as_a_naive_split(bytes in long_reply()) {
        let (reply, used) = Reply::parse(&bytes).unwrap();
        prop_assert_eq!(used, bytes.len());
        let naive = naive_lines(&bytes);
        prop_assert_eq!(reply.line_count(), naive.len());
        prop_assert_eq!(reply.lines().collect::<Vec<_>>(), naive.clone());
        let code = match reply.enhanced() {
            Some(_) => naive[0].split(|&b| b == b' ').next().unwrap_or_default(),
            None => &[],
        };
        prop_assert_eq!(
            reply.message_lines().collect::<Vec<_>>(),
            naive_message_lines(&naive, code)
        );
        if let Some(lines) = reply.str_lines() {
            prop_assert!(lines.map(str::as_bytes).eq(naive.iter().copied()));
        }
    }

    #[test]
    fn format_then_parse_is_identity(bytes in wire_reply()) {
        let (reply, _) = Reply::parse(&bytes).unwrap();
        // Byte-exact form.
        let mut buf = vec![0; reply.wire_len()];
        let n = reply.encode(&mut buf).unwrap();
        let (again, used) = Reply::parse(&buf).unwrap();
        prop_assert_eq!(used, n);
        prop_assert_eq!(again, reply);
        prop_assert_eq!(again.enhanced(), reply.enhanced());
        prop_assert_eq!(again.code(), reply.code());
        prop_assert!(again.lines().eq(reply.lines()));
        // Text form, when the text is UTF-8: the same bytes.
        if reply.str_lines().is_some() {
            let text = reply.to_string();
            prop_assert_eq!(text.as_bytes(), &buf[..]);
            let (from_text, _) = Reply::parse(text.as_bytes()).unwrap();
            prop_assert_eq!(from_text, reply);
            // And formatting is stable.
            prop_assert_eq!(from_text.to_string(), text);
        }
    }

    #[test]
    fn every_strict_prefix_is_incomplete(bytes in wire_reply()) {
        for cut in 0..bytes.len() {
            prop_assert_eq!(Reply::parse(&bytes[..cut]), Err(ReplyError::Incomplete));
        }
    }

    #[test]
    fn any_chunking_gives_the_same_replies(
        replies in proptest::collection::vec(wire_reply(), 1..6),
        cuts in proptest::collection::vec(1usize..40, 1..20),
    ) {
        let stream: Vec<u8> = replies.concat();
        // Parsed all at once.
        let mut whole = Vec::new();
        let mut at = 0;
        while at < stream.len() {
            let (reply, used) = Reply::parse(&stream[at..]).unwrap();
            whole.push(reply.as_bytes().to_vec());
            at += used;
        }
        prop_assert_eq!(whole.len(), replies.len());
        prop_assert_eq!(&whole, &replies);
        // Fed in chunks, as from a socket.
        let mut buffer = Vec::new();
        let mut chunked: Vec<Vec<u8>> = Vec::new();
        let mut rest = &stream[..];
        let mut sizes = cuts.iter().cycle();
        while !rest.is_empty() {
            let n = (*sizes.next().unwrap()).min(rest.len());
            buffer.extend_from_slice(&rest[..n]);
            rest = &rest[n..];
            loop {
                match Reply::parse(&buffer) {
                    Ok((reply, used)) => {
                        chunked.push(reply.as_bytes().to_vec());
                        buffer.drain(..used);
                    }
                    Err(ReplyError::Incomplete) => break,
                    Err(e) => return Err(TestCaseError::fail(e.to_string())),
                }
            }
        }
        prop_assert!(buffer.is_empty());
        prop_assert_eq!(chunked, whole);
    }
}
