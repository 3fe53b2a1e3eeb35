//! The public API as the contract states it, and exhaustive round trips over every code.

use smtp_codes::{
    EnhancedStatus, EnhancedStatusCode, Locale, ParseError, ReplyCode, Standing, StatusClass,
    StatusSubject,
};

#[test]
fn the_contract() {
    let c = ReplyCode::from_u16(550).unwrap();
    assert_eq!(c.code(), 550);
    assert_eq!("550".parse::<ReplyCode>().unwrap(), c);
    assert_eq!(c.to_string(), "550");
    assert!(c.is_permanent() && !c.is_transient());
    let short: &'static str = c.message(Locale::Tr);
    assert!(!short.is_empty() && short != c.message(Locale::En));
    let long: &'static str = c.explanation(Locale::En);
    assert!(long.len() > short.len());
    let refs: &'static [&'static str] = c.references();
    assert!(refs.contains(&"RFC 5321 §4.2.3"), "{refs:?}");
    let all: &'static [ReplyCode] = ReplyCode::ALL;
    assert!(all.contains(&c));
    let e: EnhancedStatusCode = "5.1.1".parse().unwrap();
    assert_eq!((e.class(), e.subject(), e.detail()), (5, 1, 1));
    let s: Option<EnhancedStatus> = e.status();
    assert_eq!(s, Some(EnhancedStatus::BadDestinationMailboxAddress));
    let _: &'static str = s.unwrap().message(Locale::En);
    let _: &'static [EnhancedStatus] = EnhancedStatus::ALL;
    let _: &'static [Locale] = Locale::ALL;
    assert_eq!("tr-TR".parse::<Locale>().unwrap(), Locale::Tr);
}

#[test]
fn reply_codes_round_trip() {
    let mut previous = 0;
    for &code in ReplyCode::ALL {
        let number = code.code();
        assert!(number > previous, "ALL is in ascending order");
        previous = number;
        assert_eq!(ReplyCode::from_u16(number), Some(code));
        assert_eq!(ReplyCode::try_from(number), Ok(code));
        assert_eq!(u16::from(code), number);
        assert_eq!(code.to_string(), number.to_string());
        assert_eq!(code.to_string().parse::<ReplyCode>(), Ok(code));
        assert_eq!(code.class(), (number / 100) as u8);
        assert_eq!(code.is_permanent(), number >= 500);
        assert_eq!(code.is_transient(), (400..500).contains(&number));
        assert_eq!(code.is_positive(), number < 400);
        assert!(!code.id().is_empty());
        assert!(!code.references().is_empty());
        for &locale in Locale::ALL {
            assert!(!code.message(locale).is_empty(), "{code} {locale}");
            assert!(!code.explanation(locale).is_empty(), "{code} {locale}");
            assert!(!code.sender_advice(locale).is_empty(), "{code} {locale}");
            assert!(!code.admin_advice(locale).is_empty(), "{code} {locale}");
        }
    }
    // Every number that is not in the data is rejected, and says why.
    let known: Vec<u16> = ReplyCode::ALL.iter().map(|c| c.code()).collect();
    for number in 0..=u16::MAX {
        if known.contains(&number) {
            continue;
        }
        assert_eq!(ReplyCode::from_u16(number), None, "{number}");
        let expected = if (200..600).contains(&number) && number / 10 % 10 <= 5 {
            ParseError::Unknown
        } else {
            ParseError::Malformed
        };
        assert_eq!(ReplyCode::try_from(number), Err(expected), "{number}");
    }
}

#[test]
fn reply_code_strings() {
    assert_eq!("".parse::<ReplyCode>(), Err(ParseError::Empty));
    for malformed in [
        "55",
        "5500",
        " 550",
        "550 ",
        "5.1.1",
        "abc",
        "+550",
        "-550",
        "５５０",
    ] {
        assert_eq!(
            malformed.parse::<ReplyCode>(),
            Err(ParseError::Malformed),
            "{malformed:?}"
        );
    }
    for unknown in ["559", "200", "345"] {
        assert_eq!(
            unknown.parse::<ReplyCode>(),
            Err(ParseError::Unknown),
            "{unknown}"
        );
    }
    // Outside RFC 5321 §4.2.1's digits: first 2 to 5, second 0 to 5.
    for malformed in ["650", "101", "599", "260"] {
        assert_eq!(
            malformed.parse::<ReplyCode>(),
            Err(ParseError::Malformed),
            "{malformed}"
        );
    }
}

#[test]
fn enhanced_status_codes_parse_strictly() {
    for (text, parts) in [
        ("2.0.0", (2, 0, 0)),
        ("4.7.1", (4, 7, 1)),
        ("5.7.515", (5, 7, 515)),
        ("5.999.999", (5, 999, 999)),
    ] {
        let code: EnhancedStatusCode = text.parse().unwrap();
        assert_eq!(<(u8, u16, u16)>::from(code), parts);
        assert_eq!(code.to_string(), text);
    }
    assert_eq!("".parse::<EnhancedStatusCode>(), Err(ParseError::Empty));
    for bad in [
        "5.1", "6.1.1", "3.1.1", "5.1.1000", "5.1000.1", "5..1", "5.1.", ".1.1", "5.1.1.",
        " 5.1.1", "5.1.1 ", "X.1.1", "5,1,1", "5.a.1",
    ] {
        assert_eq!(
            bad.parse::<EnhancedStatusCode>(),
            Err(ParseError::Malformed),
            "{bad:?}"
        );
    }
    let code: EnhancedStatusCode = "4.2.2".parse().unwrap();
    assert!(code.is_transient() && !code.is_permanent() && !code.is_success() && code.is_failure());
    assert_eq!(code.status_class(), StatusClass::PersistentTransientFailure);
    assert_eq!(code.status_subject(), Some(StatusSubject::MailboxStatus));
    assert_eq!(code.status(), Some(EnhancedStatus::MailboxFull));
    assert_eq!(
        EnhancedStatusCode::new(5, 7, 515),
        Some("5.7.515".parse().unwrap())
    );
    assert_eq!(EnhancedStatusCode::new(3, 1, 1), None);
    assert_eq!(EnhancedStatusCode::new(5, 1000, 1), None);
}

#[test]
fn registry_entries_round_trip() {
    for &status in EnhancedStatus::ALL {
        let registry_form = status.to_string();
        assert_eq!(
            registry_form,
            format!("X.{}.{}", status.subject(), status.detail())
        );
        assert_eq!(registry_form.parse::<EnhancedStatus>(), Ok(status));
        assert_eq!(
            EnhancedStatus::from_parts(status.subject(), status.detail()),
            Some(status)
        );
        for &class in StatusClass::ALL {
            let code = status.with_class(class);
            assert_eq!(code.status(), Some(status));
            assert_eq!(code.status_class(), class);
            assert_eq!(code.to_string().parse::<EnhancedStatus>(), Ok(status));
        }
        for &reply in status.associated_codes() {
            assert!(
                reply.enhanced_statuses().contains(&status),
                "{reply} lists {status}"
            );
        }
        for &locale in Locale::ALL {
            assert!(!status.message(locale).is_empty());
            assert!(!status.explanation(locale).is_empty());
        }
    }
    for &reply in ReplyCode::ALL {
        for &status in reply.enhanced_statuses() {
            assert!(status.associated_codes().contains(&reply));
        }
    }
    assert_eq!("X.9.9".parse::<EnhancedStatus>(), Err(ParseError::Unknown));
    assert_eq!("X.1".parse::<EnhancedStatus>(), Err(ParseError::Malformed));
}

#[test]
fn classes_and_subjects() {
    let digits: Vec<u8> = StatusClass::ALL.iter().map(|c| *c as u8).collect();
    assert_eq!(digits, [2, 4, 5]);
    assert_eq!(StatusClass::PermanentFailure.to_string(), "5.X.X");
    assert_eq!(StatusSubject::AddressingStatus.to_string(), "X.1.X");
    assert_eq!(StatusSubject::ALL.len(), 8);
    for &class in StatusClass::ALL {
        assert_eq!(class.to_string().parse::<StatusClass>(), Ok(class));
        assert_eq!((class as u8).to_string().parse::<StatusClass>(), Ok(class));
    }
    assert_eq!(
        "5.XXX.XXX".parse::<StatusClass>(),
        Ok(StatusClass::PermanentFailure)
    );
    assert_eq!("3".parse::<StatusClass>(), Err(ParseError::Unknown));
    assert_eq!("5.1.1".parse::<StatusClass>(), Err(ParseError::Malformed));
    assert_eq!(
        "X.1.XXX".parse::<StatusSubject>(),
        Ok(StatusSubject::AddressingStatus)
    );
    assert_eq!(
        "7".parse::<StatusSubject>(),
        Ok(StatusSubject::SecurityOrPolicyStatus)
    );
    assert_eq!("X.9.X".parse::<StatusSubject>(), Err(ParseError::Unknown));
    assert_eq!("X.1.1".parse::<StatusSubject>(), Err(ParseError::Malformed));
    for &subject in StatusSubject::ALL {
        assert_eq!(StatusSubject::from_u16(subject as u16), Some(subject));
        assert_eq!(subject.to_string().parse::<StatusSubject>(), Ok(subject));
        assert!(!subject.message(Locale::De).is_empty());
    }
}

#[test]
fn standing_and_seed_wording() {
    assert_eq!(
        ReplyCode::from_u16(550).unwrap().standing(),
        Standing::Standard
    );
    let folk = ReplyCode::from_u16(512).unwrap();
    assert_eq!(folk.standing(), Standing::NonStandard);
    assert!(folk.references().contains(&"seed"));
    assert!(folk
        .described_as(Locale::En)
        .unwrap()
        .contains("Unknown host"));
    assert!(folk
        .described_as(Locale::Tr)
        .unwrap()
        .contains("Bilinmeyen host"));
    assert_eq!(
        ReplyCode::from_u16(550).unwrap().described_as(Locale::De),
        None
    );
    assert_eq!(ReplyCode::from_u16(550).unwrap().id(), "MailboxUnavailable");
    for &standing in Standing::ALL {
        assert_eq!(standing.to_string().parse::<Standing>(), Ok(standing));
    }
    assert_eq!("official".parse::<Standing>(), Err(ParseError::Unknown));
}

#[test]
fn locales() {
    assert_eq!(Locale::ALL[0], Locale::En);
    assert_eq!(Locale::default(), Locale::En);
    for &locale in Locale::ALL {
        assert_eq!(locale.tag().parse::<Locale>(), Ok(locale));
        assert_eq!(locale.to_string(), locale.tag());
    }
    assert_eq!("de_DE.UTF-8".parse::<Locale>(), Ok(Locale::De));
    assert_eq!("TR".parse::<Locale>(), Ok(Locale::Tr));
    // A well-formed BCP 47 tag that no data can ever make a locale: private use (`x-…`, RFC 5646
    // §2.2.7) has a one-letter first subtag, and the generator accepts only locales whose language
    // subtag has two or three letters. (A real language such as `fr` would break this test the
    // day it is added; `qaa`, ISO 639's private-use range, is a valid locale tag to the generator.)
    assert_eq!("x-none".parse::<Locale>(), Err(ParseError::Unknown));
    assert_eq!("x".parse::<Locale>(), Err(ParseError::Unknown));
    assert_eq!("".parse::<Locale>(), Err(ParseError::Empty));
    assert_eq!("en US".parse::<Locale>(), Err(ParseError::Malformed));
    assert_eq!(Locale::Tr.native_name(), "Türkçe");
}
