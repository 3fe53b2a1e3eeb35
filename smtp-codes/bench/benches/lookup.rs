//! Lookups: these should compile to a jump table or an index, a few nanoseconds.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use smtp_codes::{EnhancedStatusCode, Locale, ReplyCode};

fn lookup(c: &mut Criterion) {
    let mut group = c.benchmark_group("lookup");
    group.bench_function("ReplyCode::from_u16", |b| {
        b.iter(|| ReplyCode::from_u16(black_box(550)))
    });
    group.bench_function("ReplyCode::from_u16 unknown", |b| {
        b.iter(|| ReplyCode::from_u16(black_box(299)))
    });
    group.bench_function("EnhancedStatusCode::from_str", |b| {
        b.iter(|| black_box("5.1.1").parse::<EnhancedStatusCode>())
    });
    group.bench_function("EnhancedStatusCode::status", |b| {
        let code: EnhancedStatusCode = "5.1.1".parse().unwrap();
        b.iter(|| black_box(code).status())
    });
    let reply = ReplyCode::from_u16(550).unwrap();
    for locale in [Locale::En, Locale::Tr] {
        group.bench_function(format!("ReplyCode::message {locale:?}"), |b| {
            b.iter(|| black_box(reply).message(black_box(locale)))
        });
    }
    group.finish();
}

criterion_group!(benches, lookup);
criterion_main!(benches);
