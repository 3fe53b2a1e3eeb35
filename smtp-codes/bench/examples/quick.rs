//! A quick timing loop for working on the parser (not a benchmark to quote: use criterion).
use smtp_codes::Reply;
use smtp_codes_bench::CORPUS;
use std::hint::black_box;
use std::time::Instant;

fn main() {
    const N: u32 = 2_000_000;
    for (class, input) in CORPUS {
        let bytes = input.as_bytes();
        let t = Instant::now();
        for _ in 0..N {
            let _ =
                black_box(Reply::parse(black_box(bytes)).map(|(r, n)| (r.code(), r.enhanced(), n)));
        }
        let parse = t.elapsed().as_nanos() as f64 / f64::from(N);
        let t = Instant::now();
        for _ in 0..N {
            let (reply, used) = Reply::parse(black_box(bytes)).unwrap();
            let text: usize = reply.message_lines().map(<[u8]>::len).sum();
            black_box((reply.code(), reply.enhanced(), used, text));
        }
        let lines = t.elapsed().as_nanos() as f64 / f64::from(N);
        let t = Instant::now();
        for _ in 0..N {
            let (reply, used) = Reply::parse(black_box(bytes)).unwrap();
            let text: usize = reply.lines().map(<[u8]>::len).sum();
            black_box((reply.code(), reply.enhanced(), used, text));
        }
        let text = t.elapsed().as_nanos() as f64 / f64::from(N);
        let t = Instant::now();
        for _ in 0..N / 10 {
            let _ = black_box(
                <lettre::transport::smtp::response::Response as std::str::FromStr>::from_str(
                    black_box(input),
                ),
            );
        }
        let lettre = t.elapsed().as_nanos() as f64 / f64::from(N / 10);
        println!(
            "{class:16} parse {parse:6.1}  +lines {text:6.1}  +message lines {lines:6.1}  lettre {lettre:6.1} ns  {:5.1}x {:5.1}x ({:5.1}x)",
            lettre / text,
            lettre / lines,
            lettre / parse
        );
    }
}
