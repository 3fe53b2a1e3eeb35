//! Bounce reasons: the examples issue 11 states, what decided them, and the vocabulary.

use smtp_codes::{classify_line, DecidedBy, Locale, Provider, Reason, Reply};

fn classify(wire: &[u8]) -> smtp_codes::Classification {
    let (reply, used) = Reply::parse(wire).unwrap();
    assert_eq!(used, wire.len());
    reply.classify()
}

#[test]
fn a_reply_with_text_only() {
    let found = classify(b"550 Mailbox not found\r\n");
    assert_eq!(found.reason(), Reason::UserUnknown);
    assert_eq!(found.reason().as_str(), "userunknown");
    assert!(found.is_hard_bounce());
    assert!(
        matches!(found.decided_by(), DecidedBy::Pattern(at) if at.pattern == "mailbox not found")
    );
    assert_eq!((found.provider(), found.vendor_status()), (None, None));
}

#[test]
fn gmail_over_quota_is_soft() {
    let found = classify(b"452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp a1si42 - gsmtp\r\n");
    assert_eq!(found.reason(), Reason::MailboxFull);
    assert!(!found.is_hard_bounce());
    assert_eq!(found.provider(), Some(Provider::Google));
}

#[test]
fn microsoft_banned_ip_is_blocked() {
    let found = classify(b"550 5.7.606 Access denied, banned sending IP [203.0.113.5]\r\n");
    assert_eq!(found.reason(), Reason::Blocked);
    assert_eq!(found.provider(), Some(Provider::Microsoft));
    assert!(
        matches!(found.decided_by(), DecidedBy::VendorStatus(v) if v.id() == "MicrosoftBannedSendingIp")
    );
    assert!(!found.is_hard_bounce());
}

#[test]
fn precedence() {
    // A strong registry reason beats the text: X.1.1 says the mailbox does not exist.
    let found = classify(b"550 5.1.1 mailbox full\r\n");
    assert_eq!(found.reason(), Reason::UserUnknown);
    assert!(matches!(found.decided_by(), DecidedBy::EnhancedStatus(_)));
    // The text beats a weak registry reason: X.7.1 is broad.
    let found = classify(b"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org\r\n");
    assert!(
        matches!(found.decided_by(), DecidedBy::Pattern(_)),
        "{found:?}"
    );
    // With nothing else, the reply code; with nothing at all, undefined.
    let found = classify(b"452 Try again\r\n");
    assert!(matches!(
        found.decided_by(),
        DecidedBy::ReplyCode(_) | DecidedBy::Nothing
    ));
    let found = classify(b"250 OK\r\n");
    assert_eq!(found.reason(), Reason::Undefined);
    assert_eq!(found.decided_by(), DecidedBy::Nothing);
}

#[test]
fn flattened_lines() {
    // Postfix's log line: "said:", and its "(in reply to ... command)" trailer.
    let line = b"Nov 30 08:40:13 mx postfix/smtp[12345]: 4F2A1: to=<a@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.example.com[203.0.113.5] said: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))";
    let found = classify_line(line).unwrap();
    assert_eq!(found.code(), 550);
    assert_eq!(found.reason(), Reason::UserUnknown);
    assert!(classify_line(b"no reply code in this line").is_none());
    assert!(classify_line(b"delay=1.2, delays=0.01/0/0.02/0.1").is_none());
}

#[test]
fn the_vocabulary() {
    for &reason in Reason::ALL {
        assert_eq!(reason.as_str().parse::<Reason>(), Ok(reason));
        assert_eq!(reason.to_string(), reason.as_str());
        for &locale in Locale::ALL {
            assert!(!reason.message(locale).is_empty(), "{reason} {locale}");
            assert!(
                !reason.sender_advice(locale).is_empty(),
                "{reason} {locale}"
            );
        }
    }
    for name in [
        "userunknown",
        "mailboxfull",
        "hostunknown",
        "norelaying",
        "blocked",
        "rejected",
        "spamdetected",
        "policyviolation",
        "authfailure",
        "badreputation",
        "requireptr",
        "ratelimited",
        "emailtoolarge",
        "systemerror",
        "systemfull",
        "expired",
        "suspend",
        "securityerror",
        "contenterror",
        "virusdetected",
        "notcompliantrfc",
        "networkerror",
        "syntaxerror",
        "undefined",
    ] {
        assert!(name.parse::<Reason>().is_ok(), "{name}");
    }
    // 5.6 merged these into ratelimited and emailtoolarge.
    for gone in ["speeding", "toomanyconn", "exceedlimit", "mesgtoobig"] {
        assert!(gone.parse::<Reason>().is_err(), "{gone}");
    }
}
