//! Instruction counts of the parser, for A/B comparisons on a busy machine: run under
//! callgrind, which counts only the `run` calls:
//!
//! ```sh
//! cargo build --release --example icount
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='icount::run*' \
//!     target/release/examples/icount <class> [lines | message]
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

/// Parses and walks every line's text, as received (`lines`) or without the enhanced code
/// (`message_lines`).
#[inline(never)]
fn run_lines(bytes: &[u8], message: bool) {
    for _ in 0..N {
        let (reply, used) = Reply::parse(black_box(bytes)).unwrap();
        let text: usize = if message {
            reply.message_lines().map(<[u8]>::len).sum()
        } else {
            reply.lines().map(<[u8]>::len).sum()
        };
        black_box((reply.code(), reply.enhanced(), used, text));
    }
}

fn main() {
    let class = std::env::args().nth(1).expect("an input class");
    let walk = std::env::args().nth(2);
    let (_, input) = CORPUS
        .iter()
        .find(|(name, _)| *name == class)
        .expect("a class of the corpus");
    match walk.as_deref() {
        None => run(input.as_bytes()),
        Some("lines") => run_lines(input.as_bytes(), false),
        Some("message") => run_lines(input.as_bytes(), true),
        Some(other) => panic!("`lines` or `message`, not {other}"),
    }
}
