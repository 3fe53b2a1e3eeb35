//! `Reply::parse` on arbitrary bytes: never panics, and every reply it returns is consistent
//! and survives a format-then-parse round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{EnhancedStatusCode, Reply, ReplyError, ReplyParser};

fn check(parser: ReplyParser, data: &[u8]) {
    match parser.parse(data) {
        Ok((reply, used)) => {
            assert!(used > 0 && used <= data.len());
            assert_eq!(reply.as_bytes(), &data[..used]);
            assert!(data[used - 1] == b'\n');
            assert!((200..=599).contains(&reply.code().get()));
            assert_eq!(
                reply.code().is_rfc5321_form(),
                matches!(data[1], b'0'..=b'5')
            );
            assert_eq!(reply.lines().count(), reply.line_count());
            // The lines are those of a naive split: the text after `ddd-` or `ddd `, without
            // the line ending (the parser records where lines end; the walk trusts it).
            let naive = data[..used].split_inclusive(|&b| b == b'\n').map(|line| {
                let line = &line[..line.len() - 1];
                let line = line.strip_suffix(b"\r").unwrap_or(line);
                line.get(4..).unwrap_or_default()
            });
            assert!(reply.lines().eq(naive));
            assert_eq!(reply.message_lines().count(), reply.line_count());
            // The enhanced code is the first word of the first line, when it parses and its
            // class is the reply's.
            let first = reply.first_line();
            let word = first.split(|&b| b == b' ').next().unwrap_or_default();
            let expected = EnhancedStatusCode::parse_bytes(word)
                .ok()
                .filter(|code| code.class() == reply.class());
            assert_eq!(reply.enhanced(), expected);
            // Byte-exact round trip.
            let mut buf = vec![0u8; reply.wire_len()];
            let n = reply.encode(&mut buf).unwrap();
            assert_eq!(n, buf.len());
            // CRLF for LF makes a line one byte longer.
            let wider = parser.with_max_line_len(parser.max_line_len() + 1);
            let (again, used_again) = wider.parse(&buf).unwrap();
            assert_eq!(used_again, n);
            assert_eq!(again, reply);
            assert_eq!(again.enhanced(), reply.enhanced());
            // Text round trip, for UTF-8 text.
            if let Some(lines) = reply.str_lines() {
                assert_eq!(lines.count(), reply.line_count());
                let text = reply.to_string();
                assert_eq!(text.as_bytes(), &buf[..]);
            }
            // Every prefix is incomplete or the same error a longer input gives.
            if let Err(e) = parser.parse(&data[..used - 1]) {
                assert_eq!(e, ReplyError::Incomplete);
            } else {
                panic!("a strict prefix of a reply parsed");
            }
        }
        Err(ReplyError::Incomplete) => {}
        Err(e) => {
            let offset = e.offset().unwrap();
            assert!(offset < data.len());
            assert!(e.line().unwrap() >= 1);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check(ReplyParser::new(), data);
    check(ReplyParser::new().with_max_line_len(16).with_max_lines(4), data);
    let _ = Reply::parse(data);
});
