#[path = "/tmp/exp/old.rs"]
mod old;
#[path = "/tmp/exp/new.rs"]
mod new;
use smtp_codes_bench::CORPUS;
use std::hint::black_box;
use std::time::Instant;

#[inline(always)]
fn naive(h: &[u8], from: usize) -> Option<usize> {
    h.get(from..)?.iter().position(|&b| b == b'\n').map(|i| i + from)
}
#[inline(always)]
fn memchr_like(h: &[u8], from: usize) -> Option<usize> {
    // 8 bytes at a time, exact SWAR
    let mut at = from;
    while let Some(w) = h.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*w) ^ 0x0a0a0a0a0a0a0a0a;
        let m = x.wrapping_sub(0x0101010101010101) & !x & 0x8080808080808080;
        if m != 0 { return Some(at + (m.trailing_zeros() / 8) as usize); }
        at += 8;
    }
    h.get(at..)?.iter().position(|&b| b == b'\n').map(|i| i + at)
}

fn time(name: &str, bytes: &[u8], f: impl Fn(&[u8], usize) -> Option<usize>) {
    const N: u32 = 5_000_000;
    let t = Instant::now();
    for _ in 0..N { black_box(f(black_box(bytes), 3)); }
    let first = t.elapsed().as_nanos() as f64 / f64::from(N);
    let t = Instant::now();
    for _ in 0..N {
        let b = black_box(bytes);
        let mut at = 0; let mut n = 0;
        while let Some(lf) = f(b, at + 4) { at = lf + 1; n += 1; }
        black_box(n);
    }
    let all = t.elapsed().as_nanos() as f64 / f64::from(N);
    print!("  {name} {first:5.1}/{all:6.1}");
}

fn main() {
    for (class, input) in CORPUS {
        let bytes = input.as_bytes();
        print!("{class:16}");
        time("old", bytes, old::find_lf);
        time("new", bytes, new::find_lf);
        time("naive", bytes, naive);
        time("swar8", bytes, memchr_like);
        // the cursor starts at block -16 so that the first block is 0
        const N: u32 = 5_000_000;
        let t = std::time::Instant::now();
        for _ in 0..N { black_box(cursor_all_from0(black_box(bytes))); }
        let c = t.elapsed().as_nanos() as f64 / f64::from(N);
        print!("  cursor {c:6.1} {:?}", cursor_all_from0(bytes));
        println!();
    }
}

#[inline(always)]
fn exact(w: u64) -> u64 {
    let x = w ^ 0x0a0a0a0a0a0a0a0a;
    !((((x & 0x7f7f7f7f7f7f7f7f).wrapping_add(0x7f7f7f7f7f7f7f7f)) | x) | 0x7f7f7f7f7f7f7f7f)
}
#[inline(always)]
fn has_lf(block: &[u8; 16]) -> bool {
    block.iter().fold(false, |found, &byte| found | (byte == b'\n'))
}
/// All LFs of `h` found with a cursor over fixed 16-byte blocks; sum of (lf - prev) as a stand-in
/// for per-line work.
#[inline(never)]
pub fn cursor_all(h: &[u8]) -> (usize, usize) {
    let mut base = 0usize; // start of the block the masks are for
    let mut next = 0usize; // next block to read
    let (mut ma, mut mb) = (0u64, 0u64);
    let mut n = 0; let mut sum = 0; let mut prev = 0;
    loop {
        let pos;
        if ma != 0 { pos = base + (ma.trailing_zeros() / 8) as usize; ma &= ma - 1; }
        else if mb != 0 { pos = base + 8 + (mb.trailing_zeros() / 8) as usize; mb &= mb - 1; }
        else {
            loop {
                let Some(block) = h.get(next..).and_then(<[u8]>::first_chunk::<16>) else {
                    let mut i = next;
                    while i < h.len() { if h[i] == b'\n' { n += 1; sum += i - prev; prev = i; } i += 1; }
                    return (n, sum);
                };
                base = next;
                next += 16;
                if has_lf(block) {
                    ma = exact(u64::from_le_bytes(block[..8].try_into().unwrap()));
                    mb = exact(u64::from_le_bytes(block[8..].try_into().unwrap()));
                    break;
                }
            }
            continue;
        }
        n += 1; sum += pos - prev; prev = pos;
    }
}

fn cursor_all_from0(h: &[u8]) -> (usize, usize) {
    // first block at 0 handled by starting base at usize::MAX - 15 wrapping
    let mut v = vec![0u8; 0]; let _ = &mut v;
    cursor_all(h)
}
