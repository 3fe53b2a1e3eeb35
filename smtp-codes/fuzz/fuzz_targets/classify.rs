//! Classifying never panics: any bytes as a reply (when they parse) and as a flattened log line;
//! and what it answers holds together.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{classify_line, DecidedBy, Reply};

fuzz_target!(|data: &[u8]| {
    if let Ok((reply, _)) = Reply::parse(data) {
        let found = reply.classify();
        assert_eq!(found.code(), reply.code());
        // The reply's enhanced code, or without one a qmail-style `#5.1.1` of the same class.
        match reply.enhanced() {
            Some(enhanced) => assert_eq!(found.enhanced(), Some(enhanced)),
            None => assert!(found.enhanced().is_none_or(|e| e.class() == reply.class())),
        }
        assert_eq!(found.provider(), reply.provider());
        assert_eq!(found.vendor_status(), reply.vendor_status());
        if let DecidedBy::Pattern(at) = found.decided_by() {
            let line = reply.lines().nth(at.line).expect("the pattern's line exists");
            let matched = &line[at.offset..at.offset + at.pattern.len()];
            assert!(matched.eq_ignore_ascii_case(at.pattern.as_bytes()));
        }
        let _ = found.is_hard_bounce();
    }
    if let Some(found) = classify_line(data) {
        let _ = (found.reason().as_str(), found.is_hard_bounce());
    }
});
