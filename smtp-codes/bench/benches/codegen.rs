//! The generator (`codegen::generate`, what `cargo xtask gen` runs before writing files) on
//! the real data and on synthetic data of 1,000, 5,000 and 10,000 rows, to show that its
//! cost grows linearly with the number of rows.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smtp_codes_bench::synthetic_sources;
use std::path::Path;
use std::time::Duration;

fn generate(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let real = codegen::Sources::read(&root).expect("read data/ of the repository");
    let real_rows = codegen::load(&real)
        .expect("real data is valid")
        .entries
        .len();

    let mut group = c.benchmark_group("codegen");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Elements(real_rows as u64));
    group.bench_function("real", |b| b.iter(|| codegen::generate(&real).unwrap()));
    for rows in [1_000usize, 5_000, 10_000] {
        let sources = synthetic_sources(rows);
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_function(format!("synthetic_{rows}"), |b| {
            b.iter(|| codegen::generate(&sources).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, generate);
criterion_main!(benches);
