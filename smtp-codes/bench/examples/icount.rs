//! Instruction counts of the parser, for A/B comparisons on a busy machine: run under
//! callgrind, which counts only the `run` calls:
//!
//! ```sh
//! cargo build --release --example icount
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='icount::run*' \
//!     target/release/examples/icount <class> [lines]
//! ```
//!
//! The total divided by [`N`] is the instructions per reply.
use smtp_codes::Reply;
use smtp_codes_bench::CORPUS;
use std::hint::black_box;

/// Replies parsed per run.
const N: usize = 10_000;

#[inline(never)]
fn run(bytes: &[u8]) {
    for _ in 0..N {
        let _ = black_box(Reply::parse(black_box(bytes)));
    }
}

#[inline(never)]
fn run_lines(bytes: &[u8]) {
    for _ in 0..N {
        let (reply, used) = Reply::parse(black_box(bytes)).unwrap();
        let text: usize = reply.message_lines().map(<[u8]>::len).sum();
        black_box((reply.code(), reply.enhanced(), used, text));
    }
}

fn main() {
    let class = std::env::args().nth(1).expect("an input class");
    let lines = std::env::args().nth(2).is_some();
    let (_, input) = CORPUS
        .iter()
        .find(|(name, _)| *name == class)
        .expect("a class of the corpus");
    if lines {
        run_lines(input.as_bytes());
    } else {
        run(input.as_bytes());
    }
}
