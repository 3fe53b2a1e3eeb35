//! `Reply::classify` on a typical single-line bounce, a long multi-line one and a worst case;
//! and the pattern automaton's cost per byte as its pattern set grows thirtyfold (synthetic
//! patterns, built with the generator's own `codegen::automaton::Automaton`, scanned with the
//! crate's loop).

use codegen::automaton::{Automaton, NONE};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use smtp_codes::{classify_line, Reply};

const SINGLE: &[u8] = b"550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table\r\n";
const GMAIL: &[u8] =
    b"550-5.7.26 This email has been blocked because the sender is unauthenticated.\r\n\
550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\r\n\
550-5.7.26\r\n\
550-5.7.26  Authentication results:\r\n\
550-5.7.26  DKIM = did not pass\r\n\
550-5.7.26  SPF [example.com] with ip: [203.0.113.5] = did not pass\r\n\
550-5.7.26\r\n\
550-5.7.26  For instructions on setting up authentication, go to\r\n\
550 5.7.26  https://support.google.com/mail/answer/81126#authentication a1si42 - gsmtp\r\n";
const LOG_LINE: &[u8] = b"Nov 30 08:40:13 mx postfix/smtp[12345]: 4F2A1: to=<a@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.example.com[203.0.113.5] said: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))";

/// A reply of 64 lines of 120 bytes of text that keeps the automaton busy: prefixes of common
/// patterns that never complete, and no enhanced code, so every step of the precedence runs.
fn worst_case() -> Vec<u8> {
    let mut wire = Vec::new();
    for i in 0..64 {
        let sep = if i == 63 { ' ' } else { '-' };
        let text = "mailbo user unknow over quot blocked usin spamhau relay acces ".repeat(2);
        wire.extend_from_slice(format!("550{sep}{}\r\n", &text[..120]).as_bytes());
    }
    wire
}

fn classify(c: &mut Criterion) {
    let mut group = c.benchmark_group("classify");
    let worst = worst_case();
    for (name, wire) in [
        ("single", SINGLE),
        ("gmail_multiline", GMAIL),
        ("worst", &worst[..]),
    ] {
        let (reply, _) = Reply::parse(wire).unwrap();
        group.throughput(Throughput::Bytes(wire.len() as u64));
        group.bench_function(name, |b| b.iter(|| black_box(reply).classify()));
        group.bench_function(format!("{name}_with_parse"), |b| {
            b.iter(|| Reply::parse(black_box(wire)).unwrap().0.classify())
        });
    }
    group.throughput(Throughput::Bytes(LOG_LINE.len() as u64));
    group.bench_function("log_line", |b| {
        b.iter(|| classify_line(black_box(LOG_LINE)))
    });
    group.finish();
}

/// `count` distinct synthetic patterns of 8 to 20 lowercase letters and spaces.
fn patterns(count: usize) -> Vec<Vec<u8>> {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..count)
        .map(|_| {
            let len = 8 + (next() % 13) as usize;
            (0..len)
                .map(|_| b"abcdefghijklmnopqrstuvwxyz "[(next() % 27) as usize])
                .collect()
        })
        .collect()
}

/// The crate's scan loop (`smtp-codes/src/reason.rs`, `find_pattern`) over one automaton.
fn scan(automaton: &Automaton, text: &[u8]) -> usize {
    let mut state = 0usize;
    let mut found = 0usize;
    for &byte in text {
        let class = usize::from(automaton.classes[usize::from(byte)]);
        state = usize::from(automaton.next[state * automaton.class_count + class]);
        if automaton.output[state] != NONE {
            found += 1;
        }
    }
    found
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("patterns");
    let text = worst_case();
    group.throughput(Throughput::Bytes(text.len() as u64));
    // The automaton numbers its states in u16: 3,000 patterns stay below that.
    for count in [100usize, 300, 1_000, 3_000] {
        let owned = patterns(count);
        let refs: Vec<&[u8]> = owned.iter().map(Vec::as_slice).collect();
        let automaton = Automaton::new(&refs);
        group.bench_function(format!("scan_{count}"), |b| {
            b.iter(|| scan(&automaton, black_box(&text)))
        });
    }
    group.finish();
}

criterion_group!(benches, classify, scaling);
criterion_main!(benches);
