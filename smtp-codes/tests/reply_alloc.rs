//! Parsing a reply allocates nothing: a counting global allocator watches every allocation
//! of this test binary while replies are parsed and read.
//!
//! `GlobalAlloc` needs `unsafe impl`; the library itself forbids unsafe code, this test
//! binary is a separate crate.
#![allow(unsafe_code)]

use smtp_codes::{Reply, ReplyParser};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

thread_local! {
    /// Counting is on for this thread only: the test harness's other threads may allocate
    /// meanwhile. A `const` thread-local without destructor never allocates itself.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

fn counting() -> bool {
    COUNTING.try_with(Cell::get).unwrap_or(false)
}

fn count(on: bool) {
    COUNTING.with(|c| c.set(on));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if counting() {
            ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: forwarded as is to the system allocator.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if counting() {
            ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: forwarded as is to the system allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const INPUTS: &[&[u8]] = &[
    b"250 OK\r\n",
    b"334\r\n",
    b"250-mx.example.com Hello\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250-PIPELINING\r\n250 SMTPUTF8\r\n",
    b"550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1 double-checking the recipient's email address for typos or\r\n550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser\r\n",
    b"550 5.7.515 Access denied\n",
    b"550 caf\xe9\r\n",
    b"250-a\r\n251 b\r\n",
    b"250-incomplete\r\n250 rest",
    b"571 Delivery not authorized, message refused.\r\n",
];

#[test]
fn parsing_allocates_nothing() {
    // Guard against a vacuous pass: an allocation in the window is seen.
    ALLOCATIONS.store(0, Ordering::SeqCst);
    count(true);
    let v: Vec<u8> = std::hint::black_box(Vec::with_capacity(16));
    count(false);
    drop(v);
    assert!(
        ALLOCATIONS.load(Ordering::SeqCst) >= 1,
        "the counter counts"
    );

    // A fixed buffer for Display, so that formatting is counted too without a String.
    struct Fixed {
        buf: [u8; 1024],
        len: usize,
    }
    impl core::fmt::Write for Fixed {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            let end = self.len + s.len();
            self.buf
                .get_mut(self.len..end)
                .ok_or(core::fmt::Error)?
                .copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }
    let mut out = Fixed {
        buf: [0; 1024],
        len: 0,
    };
    let mut wire = [0u8; 1024];
    let parser = ReplyParser::new().with_max_line_len(512);
    let mut parsed = 0usize;
    let mut bytes = 0usize;

    ALLOCATIONS.store(0, Ordering::SeqCst);
    count(true);
    for _ in 0..100 {
        for input in INPUTS {
            // Errors are parsed too (and must not allocate); replies are then read.
            let results = [Reply::parse(input), parser.parse(input)];
            // The flattened-line classifier reads the raw bytes as one log line.
            bytes += smtp_codes::classify_line(input).map_or(0, |c| c.code().get().into());
            for (reply, _used) in results.into_iter().flatten() {
                parsed += 1;
                bytes += reply.lines().map(<[u8]>::len).sum::<usize>();
                bytes += reply.message_lines().map(<[u8]>::len).sum::<usize>();
                bytes += reply.str_lines().map_or(0, |l| l.map(str::len).sum());
                let _ = reply.enhanced().map(|e| e.status());
                let _ = reply.code().status();
                // Classifying reads the same bytes: provider rules, vendor entries, patterns.
                let found = reply.classify();
                bytes += found.reason().as_str().len();
                let _ = (reply.provider(), reply.vendor_status());
                out.len = 0;
                core::fmt::Write::write_fmt(&mut out, format_args!("{reply}")).unwrap();
                bytes += reply.encode(&mut wire).unwrap();
            }
        }
    }
    count(false);
    let allocations = ALLOCATIONS.load(Ordering::SeqCst);

    assert!(parsed > 0 && bytes > 0);
    println!("{parsed} replies parsed and read, {allocations} allocations");
    assert_eq!(allocations, 0, "parsing allocated");
}
