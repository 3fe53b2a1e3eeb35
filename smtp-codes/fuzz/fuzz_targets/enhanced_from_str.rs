//! `EnhancedStatusCode::from_str` on arbitrary strings: never panics, and whatever parses
//! prints back to a string that parses to the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::EnhancedStatusCode;

fuzz_target!(|data: &[u8]| {
    let parsed = EnhancedStatusCode::parse_bytes(data);
    if let Ok(text) = core::str::from_utf8(data) {
        let from_str = text.parse::<EnhancedStatusCode>();
        assert_eq!(from_str, parsed);
        if let Ok(code) = from_str {
            assert!(matches!(code.class(), 2 | 4 | 5));
            assert!(code.subject() <= 999 && code.detail() <= 999);
            let printed = code.to_string();
            assert_eq!(printed.parse::<EnhancedStatusCode>(), Ok(code));
            let _ = code.status();
            let _ = code.status_subject();
        }
    }
});
