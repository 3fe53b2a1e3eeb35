//! The `serde` feature: reply codes as numbers, the rest as their text form, both ways.
#![cfg(feature = "serde")]

use smtp_codes::{EnhancedStatus, EnhancedStatusCode, Locale, ReplyCode, ReplyStatus};

#[test]
fn round_trips() {
    let reply = ReplyCode::new(571).unwrap();
    assert_eq!(serde_json::to_string(&reply).unwrap(), "571");
    assert_eq!(serde_json::from_str::<ReplyCode>("571").unwrap(), reply);
    let status = ReplyStatus::MailboxUnavailable;
    assert_eq!(serde_json::to_string(&status).unwrap(), "550");
    assert_eq!(serde_json::from_str::<ReplyStatus>("550").unwrap(), status);

    let code: EnhancedStatusCode = "5.7.515".parse().unwrap();
    assert_eq!(serde_json::to_string(&code).unwrap(), "\"5.7.515\"");
    assert_eq!(
        serde_json::from_str::<EnhancedStatusCode>("\"5.7.515\"").unwrap(),
        code
    );

    let status = EnhancedStatus::BadDestinationMailboxAddress;
    assert_eq!(serde_json::to_string(&status).unwrap(), "\"X.1.1\"");
    assert_eq!(
        serde_json::from_str::<EnhancedStatus>("\"X.1.1\"").unwrap(),
        status
    );

    assert_eq!(serde_json::to_string(&Locale::Tr).unwrap(), "\"tr\"");
    assert_eq!(
        serde_json::from_str::<Locale>("\"tr-TR\"").unwrap(),
        Locale::Tr
    );
}

#[test]
fn rejects_what_does_not_parse() {
    let err = serde_json::from_str::<ReplyStatus>("559")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("unknown reply code: not in the data: 559"),
        "{err}"
    );
    let err = serde_json::from_str::<ReplyCode>("650")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("malformed reply code: expected three digits"),
        "{err}"
    );
    let err = serde_json::from_str::<EnhancedStatusCode>("\"6.1.1\"")
        .unwrap_err()
        .to_string();
    assert!(err.contains("malformed enhanced status code"), "{err}");
    assert!(serde_json::from_str::<EnhancedStatusCode>("511").is_err());
    assert!(serde_json::from_str::<Locale>("\"xx\"").is_err());
}
