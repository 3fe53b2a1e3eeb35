//! A quick timing loop for working on the parser (not a benchmark to quote: use criterion).
use smtp_codes::Reply;
use smtp_codes_bench::CORPUS;
use std::hint::black_box;
use std::str::FromStr;
use std::time::Instant;

/// Nanoseconds per call of `f`: the least of seven means over `n` calls each (the least is the
/// one least disturbed by the rest of the machine).
#[inline(always)]
fn per_call<T>(n: u32, mut f: impl FnMut() -> T) -> f64 {
    (0..7)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                black_box(f());
            }
            t.elapsed().as_nanos() as f64 / f64::from(n)
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    const N: u32 = 500_000;
    for (class, input) in CORPUS {
        let bytes = input.as_bytes();
        let parse = per_call(N, || {
            Reply::parse(black_box(bytes)).map(|(r, n)| (r.code(), r.enhanced(), n))
        });
        // Every line's text walked, without (message lines) and with the enhanced code.
        let message = per_call(N, || {
            let (reply, used) = Reply::parse(black_box(bytes)).unwrap();
            let text: usize = reply.message_lines().map(<[u8]>::len).sum();
            (reply.code(), reply.enhanced(), used, text)
        });
        let lines = per_call(N, || {
            let (reply, used) = Reply::parse(black_box(bytes)).unwrap();
            let text: usize = reply.lines().map(<[u8]>::len).sum();
            (reply.code(), reply.enhanced(), used, text)
        });
        let lettre = per_call(N / 10, || {
            lettre::transport::smtp::response::Response::from_str(black_box(input))
        });
        println!(
            "{class:16} parse {parse:6.1}  +lines {lines:6.1}  +message lines {message:6.1}  \
             lettre {lettre:6.1} ns  {:5.1}x {:5.1}x ({:5.1}x)",
            lettre / lines,
            lettre / message,
            lettre / parse
        );
    }
}
