//! The reply parser against lettre, smtp-proto and io-smtp, on the same corpus.
//!
//! Each peer is called the way its documentation says to read one reply:
//! - lettre 0.11: `Response::from_str` (builds a `Vec<String>` of lines);
//! - smtp-proto 0.2: `ResponseReceiver::parse` on a fresh receiver (builds one `String`,
//!   parses the enhanced code);
//! - io-smtp 0.6: `SmtpResponse::parse` (chumsky; borrows the text, collects lines in a `Vec`).
//!
//! Ours is measured three ways: `smtp-codes` is `Reply::parse` alone (the lines are found
//! lazily); `smtp-codes+lines` also walks every line's text without the enhanced code
//! (`message_lines`), the work the peers do up front (smtp-proto strips the code from every
//! line); `smtp-codes+raw-lines` walks every line's text as received (`lines`), the text
//! lettre keeps. The ratio report's headline uses the second, with the others beside it.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use smtp_codes::Reply;
use smtp_codes_bench::CORPUS;
use std::str::FromStr;

fn parse(c: &mut Criterion) {
    for (class, input) in CORPUS {
        let bytes = input.as_bytes();
        // Every parser must read every input, or the comparison means nothing.
        assert!(Reply::parse(bytes).is_ok(), "smtp-codes: {class}");
        assert!(
            lettre::transport::smtp::response::Response::from_str(input).is_ok(),
            "lettre: {class}"
        );
        assert!(
            smtp_proto::response::parser::ResponseReceiver::default()
                .parse(&mut bytes.iter())
                .is_ok(),
            "smtp-proto: {class}"
        );
        assert!(
            io_smtp::rfc5321::SmtpResponse::parse(bytes).is_ok(),
            "io-smtp: {class}"
        );

        let mut group = c.benchmark_group(format!("parse_{class}"));
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function("smtp-codes", |b| {
            // The whole result, as for the peers: nothing it holds can be left uncomputed.
            b.iter(|| Reply::parse(black_box(bytes)))
        });
        group.bench_function("smtp-codes+lines", |b| {
            b.iter(|| {
                let (reply, used) = Reply::parse(black_box(bytes)).unwrap();
                let text: usize = reply.message_lines().map(<[u8]>::len).sum();
                (reply.code(), reply.enhanced(), used, text)
            })
        });
        group.bench_function("smtp-codes+raw-lines", |b| {
            b.iter(|| {
                let (reply, used) = Reply::parse(black_box(bytes)).unwrap();
                let text: usize = reply.lines().map(<[u8]>::len).sum();
                (reply.code(), reply.enhanced(), used, text)
            })
        });
        group.bench_function("lettre", |b| {
            b.iter(|| lettre::transport::smtp::response::Response::from_str(black_box(input)))
        });
        group.bench_function("smtp-proto", |b| {
            b.iter(|| {
                smtp_proto::response::parser::ResponseReceiver::default()
                    .parse(&mut black_box(bytes).iter())
            })
        });
        group.bench_function("io-smtp", |b| {
            b.iter(|| io_smtp::rfc5321::SmtpResponse::parse(black_box(bytes)))
        });
        group.finish();
    }
}

criterion_group!(benches, parse);
criterion_main!(benches);
