//! Lookups: these should compile to a jump table or an index, a few nanoseconds.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use smtp_codes::{EnhancedStatusCode, Locale, ReplyCode};

fn lookup(c: &mut Criterion) {
    let mut group = c.benchmark_group("lookup");
    group.bench_function("ReplyCode::status", |b| {
        b.iter(|| ReplyCode::new(black_box(550)).and_then(ReplyCode::status))
    });
    group.bench_function("ReplyCode::status unknown", |b| {
        b.iter(|| ReplyCode::new(black_box(299)).and_then(ReplyCode::status))
    });
    group.bench_function("EnhancedStatusCode::from_str", |b| {
        b.iter(|| black_box("5.1.1").parse::<EnhancedStatusCode>())
    });
    group.bench_function("EnhancedStatusCode::status", |b| {
        let code: EnhancedStatusCode = "5.1.1".parse().unwrap();
        b.iter(|| black_box(code).status())
    });
    let reply = ReplyCode::new(550).unwrap().status().unwrap();
    for locale in [Locale::En, Locale::Tr] {
        group.bench_function(format!("ReplyStatus::message {locale:?}"), |b| {
            b.iter(|| black_box(reply).message(black_box(locale)))
        });
    }
    group.finish();
}

criterion_group!(benches, lookup);
criterion_main!(benches);
