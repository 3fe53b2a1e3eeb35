use smtp_codes::Reply;
use std::hint::black_box;
use std::time::Instant;
fn per_call<T>(n: u32, mut f: impl FnMut() -> T) -> f64 {
    (0..7).map(|_| { let t = Instant::now(); for _ in 0..n { black_box(f()); } t.elapsed().as_nanos() as f64 / f64::from(n) }).fold(f64::INFINITY, f64::min)
}
fn main() {
    let a = smtp_codes_bench::CORPUS[3].1.to_string();
    let b = a.replace("5.7.26  ", "5.7.26 ");
    let c = a.replace("550-5.7.26\r\n", "550-5.7.26 x\r\n");
    let d = b.replace("550-5.7.26\r\n", "550-5.7.26 x\r\n");
    for (name, s) in [("gmail", &a), ("one space", &b), ("no bare", &c), ("one space, no bare", &d)] {
        let bytes = s.as_bytes();
        let lines = per_call(500_000, || { let (r, u) = Reply::parse(black_box(bytes)).unwrap(); (u, r.lines().map(<[u8]>::len).sum::<usize>()) });
        let msg = per_call(500_000, || { let (r, u) = Reply::parse(black_box(bytes)).unwrap(); (u, r.message_lines().map(<[u8]>::len).sum::<usize>()) });
        println!("{name:20} lines {lines:6.1} message {msg:6.1} diff {:5.1}", msg - lines);
    }
}
