//! The public API as the contract states it, and exhaustive round trips over every code.

use smtp_codes::{
    Document, EnhancedStatus, EnhancedStatusCode, Expected, Locale, ParseErrorKind, Reference,
    ReplyCode, ReplyStatus, Standing, StatusClass, StatusSubject,
};

/// The kind of a parse error, for short assertions.
fn kind<T: std::fmt::Debug>(result: Result<T, smtp_codes::ParseError>) -> ParseErrorKind {
    result.unwrap_err().kind()
}

#[test]
fn the_contract() {
    let code: ReplyCode = "550".parse().unwrap();
    assert_eq!(code, 550);
    assert_eq!(code.get(), 550);
    assert_eq!(ReplyCode::new(550), Some(code));
    assert_eq!(code.to_string(), "550");
    assert!(code.is_permanent() && !code.is_transient());
    let c: ReplyStatus = code.status().unwrap();
    assert_eq!(c, ReplyStatus::MailboxUnavailable);
    assert_eq!(c.code(), code);
    let short: &'static str = c.message(Locale::Tr);
    assert!(!short.is_empty() && short != c.message(Locale::En));
    let long: &'static str = c.explanation(Locale::En);
    assert!(long.len() > short.len());
    let refs: &'static [Reference] = c.references();
    assert!(
        refs.iter().any(|r| r.to_string() == "RFC 5321 §4.2.3"),
        "{refs:?}"
    );
    let all: &'static [ReplyStatus] = ReplyStatus::ALL;
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
fn every_reply_code_is_a_value() {
    for number in 0..=u16::MAX {
        let code = ReplyCode::new(number);
        assert_eq!(code.is_some(), (200..=599).contains(&number), "{number}");
        assert_eq!(ReplyCode::try_from(number).ok(), code, "{number}");
        let Some(code) = code else {
            assert_eq!(kind(ReplyCode::try_from(number)), ParseErrorKind::Malformed);
            continue;
        };
        assert_eq!(code, number);
        assert_eq!(u16::from(code), number);
        assert_eq!(code.to_string(), number.to_string());
        assert_eq!(code.to_string().parse::<ReplyCode>(), Ok(code));
        let digits = (number / 100, number / 10 % 10, number % 10);
        assert_eq!(
            (code.class(), code.category(), code.detail()),
            (digits.0 as u8, digits.1 as u8, digits.2 as u8)
        );
        assert_eq!(code.is_rfc5321_form(), digits.1 <= 5);
        // The class predicates are digit ranges, and partition the codes.
        assert_eq!(code.is_completion(), digits.0 == 2);
        assert_eq!(code.is_intermediate(), digits.0 == 3);
        assert_eq!(code.is_transient(), digits.0 == 4);
        assert_eq!(code.is_permanent(), digits.0 == 5);
        assert_eq!(code.is_positive(), digits.0 <= 3);
        assert_eq!(code.is_negative(), digits.0 >= 4);
        // Every code parses in a reply, in RFC 5321's form or not, and the reply answers the
        // same predicates.
        let wire = format!("{number} text\r\n");
        let (reply, _) = smtp_codes::Reply::parse(wire.as_bytes()).expect("every code parses");
        assert_eq!(reply.code(), code);
        assert_eq!(
            [
                reply.is_completion(),
                reply.is_intermediate(),
                reply.is_transient()
            ],
            [
                code.is_completion(),
                code.is_intermediate(),
                code.is_transient()
            ]
        );
        assert_eq!(
            [
                reply.is_permanent(),
                reply.is_positive(),
                reply.is_negative()
            ],
            [code.is_permanent(), code.is_positive(), code.is_negative()]
        );
        assert_eq!(reply.class(), code.class());
    }
}

#[test]
fn reply_statuses_round_trip() {
    let mut previous = 0;
    for &status in ReplyStatus::ALL {
        let number = status.code().get();
        assert!(number > previous, "ALL is in ascending order");
        previous = number;
        assert_eq!(status.code().status(), Some(status));
        assert_eq!(ReplyStatus::try_from(number), Ok(status));
        assert_eq!(ReplyCode::from(status), status.code());
        assert_eq!(status.to_string(), number.to_string());
        assert_eq!(status.to_string().parse::<ReplyStatus>(), Ok(status));
        assert!(!status.id().is_empty());
        assert!(!status.references().is_empty());
        for &locale in Locale::ALL {
            assert!(!status.message(locale).is_empty(), "{status} {locale}");
            assert!(!status.explanation(locale).is_empty(), "{status} {locale}");
            assert!(
                !status.sender_advice(locale).is_empty(),
                "{status} {locale}"
            );
            assert!(!status.admin_advice(locale).is_empty(), "{status} {locale}");
        }
    }
    // Every number that is not in the data is rejected, and says why.
    let known: Vec<u16> = ReplyStatus::ALL.iter().map(|c| c.code().get()).collect();
    for number in 0..=u16::MAX {
        if known.contains(&number) {
            continue;
        }
        let expected = if (200..600).contains(&number) {
            ParseErrorKind::Unknown
        } else {
            ParseErrorKind::Malformed
        };
        let err = ReplyStatus::try_from(number).unwrap_err();
        assert_eq!(
            (err.kind(), err.expected()),
            (expected, Expected::ReplyStatus)
        );
        if let Some(code) = ReplyCode::new(number) {
            assert_eq!(code.status(), None, "{number}");
        }
    }
}

#[test]
fn reply_code_strings() {
    let err = "".parse::<ReplyCode>().unwrap_err();
    assert_eq!(
        (err.kind(), err.expected()),
        (ParseErrorKind::Empty, Expected::ReplyCode)
    );
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
        "650",
        "101",
        "199",
        "600",
    ] {
        let err = malformed.parse::<ReplyCode>().unwrap_err();
        assert_eq!(err.kind(), ParseErrorKind::Malformed, "{malformed:?}");
        assert_eq!(err.expected(), Expected::ReplyCode);
        assert!(err
            .to_string()
            .starts_with("malformed reply code: expected"));
    }
    // Outside the RFC's grammar, but sent by real servers: values, without an entry.
    for odd in ["571", "260", "599"] {
        let code: ReplyCode = odd.parse().unwrap();
        assert_eq!(code.to_string(), odd);
    }
    for unknown in ["559", "200", "345"] {
        assert!(unknown.parse::<ReplyCode>().is_ok());
        let err = unknown.parse::<ReplyStatus>().unwrap_err();
        assert_eq!(err.kind(), ParseErrorKind::Unknown, "{unknown}");
        assert_eq!(err.to_string(), "unknown reply code: not in the data");
    }
}

#[test]
fn typed_references() {
    let status = ReplyStatus::MailboxUnavailable;
    let section = status
        .references()
        .iter()
        .find(|r| r.section() == Some("4.2.3"))
        .unwrap();
    assert_eq!(section.document(), Document::Rfc(5321));
    assert_eq!(
        section.url(),
        Some("https://www.rfc-editor.org/rfc/rfc5321.html#section-4.2.3")
    );
    let seed = ReplyCode::new(512).unwrap().status().unwrap().references();
    let seed = seed
        .iter()
        .find(|r| r.document() == Document::SeedArticle)
        .unwrap();
    assert_eq!((seed.url(), seed.section()), (None, None));
    assert_eq!(seed.to_string(), "seed article");
    // Every reference of every entry: an RFC links to its section, a draft to its page.
    let all = ReplyStatus::ALL
        .iter()
        .flat_map(|s| s.references())
        .chain(EnhancedStatus::ALL.iter().flat_map(|s| s.references()))
        .chain(StatusClass::ALL.iter().flat_map(|s| s.references()))
        .chain(StatusSubject::ALL.iter().flat_map(|s| s.references()));
    let mut drafts = 0;
    for reference in all {
        match reference.document() {
            Document::Rfc(number) => {
                let url = reference.url().unwrap();
                let page = format!("https://www.rfc-editor.org/rfc/rfc{number}.html");
                match reference.section() {
                    Some(section) => {
                        assert_eq!(url, format!("{page}#section-{section}"));
                        assert_eq!(reference.to_string(), format!("RFC {number} §{section}"));
                    }
                    None => assert_eq!(url, page),
                }
            }
            Document::InternetDraft(name) => {
                drafts += 1;
                assert!(name.starts_with("draft-"), "{name}");
                assert_eq!(reference.to_string(), name);
                assert!(reference.url().unwrap().ends_with(name));
            }
            Document::SeedArticle => assert_eq!(reference.url(), None),
            other => panic!("a document kind this test does not know: {other:?}"),
        }
    }
    assert!(drafts > 0, "the registry cites at least one Internet-Draft");
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
    assert_eq!(
        kind("".parse::<EnhancedStatusCode>()),
        ParseErrorKind::Empty
    );
    for bad in [
        "5.1", "6.1.1", "3.1.1", "5.1.1000", "5.1000.1", "5..1", "5.1.", ".1.1", "5.1.1.",
        " 5.1.1", "5.1.1 ", "X.1.1", "5,1,1", "5.a.1",
    ] {
        let err = bad.parse::<EnhancedStatusCode>().unwrap_err();
        assert_eq!(err.kind(), ParseErrorKind::Malformed, "{bad:?}");
        assert_eq!(err.expected(), Expected::EnhancedStatusCode);
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
        for &reply in status.reply_statuses() {
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
    for &reply in ReplyStatus::ALL {
        for &status in reply.enhanced_statuses() {
            assert!(status.reply_statuses().contains(&reply));
        }
    }
    let err = "X.9.9".parse::<EnhancedStatus>().unwrap_err();
    assert_eq!(
        (err.kind(), err.expected()),
        (ParseErrorKind::Unknown, Expected::EnhancedStatus)
    );
    let err = "X.1".parse::<EnhancedStatus>().unwrap_err();
    assert_eq!(
        (err.kind(), err.expected()),
        (ParseErrorKind::Malformed, Expected::EnhancedStatus)
    );
}

#[test]
fn classes_and_subjects() {
    let digits: Vec<u8> = StatusClass::ALL.iter().map(|c| c.number()).collect();
    assert_eq!(digits, [2, 4, 5]);
    assert_eq!(StatusClass::PermanentFailure.to_string(), "5.X.X");
    assert_eq!(StatusSubject::AddressingStatus.to_string(), "X.1.X");
    assert_eq!(StatusSubject::ALL.len(), 8);
    for &class in StatusClass::ALL {
        assert_eq!(class.to_string().parse::<StatusClass>(), Ok(class));
        assert_eq!(class.number().to_string().parse::<StatusClass>(), Ok(class));
        assert_eq!(StatusClass::from_u8(class.number()), Some(class));
    }
    assert_eq!(
        "5.XXX.XXX".parse::<StatusClass>(),
        Ok(StatusClass::PermanentFailure)
    );
    assert_eq!(kind("3".parse::<StatusClass>()), ParseErrorKind::Unknown);
    let err = "5.1.1".parse::<StatusClass>().unwrap_err();
    assert_eq!(
        (err.kind(), err.expected()),
        (ParseErrorKind::Malformed, Expected::StatusClass)
    );
    assert_eq!(
        "X.1.XXX".parse::<StatusSubject>(),
        Ok(StatusSubject::AddressingStatus)
    );
    assert_eq!(
        "7".parse::<StatusSubject>(),
        Ok(StatusSubject::SecurityOrPolicyStatus)
    );
    assert_eq!(
        kind("X.9.X".parse::<StatusSubject>()),
        ParseErrorKind::Unknown
    );
    let err = "X.1.1".parse::<StatusSubject>().unwrap_err();
    assert_eq!(
        (err.kind(), err.expected()),
        (ParseErrorKind::Malformed, Expected::StatusSubject)
    );
    for &subject in StatusSubject::ALL {
        assert_eq!(StatusSubject::from_u16(subject.number()), Some(subject));
        assert_eq!(subject.to_string().parse::<StatusSubject>(), Ok(subject));
        assert!(!subject.message(Locale::De).is_empty());
    }
}

#[test]
fn standing_and_seed_wording() {
    assert_eq!(
        ReplyStatus::MailboxUnavailable.standing(),
        Standing::Standard
    );
    let folk = ReplyStatus::try_from(512).unwrap();
    assert_eq!(folk.standing(), Standing::NonStandard);
    assert!(folk
        .references()
        .iter()
        .any(|r| r.document() == Document::SeedArticle));
    assert!(folk
        .described_as(Locale::En)
        .unwrap()
        .contains("Unknown host"));
    assert!(folk
        .described_as(Locale::Tr)
        .unwrap()
        .contains("Bilinmeyen host"));
    assert_eq!(
        ReplyStatus::MailboxUnavailable.described_as(Locale::De),
        None
    );
    assert_eq!(ReplyStatus::MailboxUnavailable.id(), "MailboxUnavailable");
    for &standing in Standing::ALL {
        assert_eq!(standing.to_string().parse::<Standing>(), Ok(standing));
    }
    let err = "official".parse::<Standing>().unwrap_err();
    assert_eq!(
        (err.kind(), err.expected()),
        (ParseErrorKind::Malformed, Expected::Standing)
    );
    assert!(err.to_string().contains("standard, extension"), "{err}");
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
    // A well-formed tag of a language the data is not written in: the first of these that no
    // locale has (or a private-use tag, which no data would use), so the test holds for any data.
    let absent = ["fr", "es", "ja", "qaa"]
        .into_iter()
        .find(|tag| {
            Locale::ALL
                .iter()
                .all(|l| !l.tag().eq_ignore_ascii_case(tag))
        })
        .unwrap();
    let err = absent.parse::<Locale>().unwrap_err();
    assert_eq!(
        (err.kind(), err.expected()),
        (ParseErrorKind::Unknown, Expected::Locale)
    );
    assert_eq!(kind("".parse::<Locale>()), ParseErrorKind::Empty);
    let err = "en US".parse::<Locale>().unwrap_err();
    assert_eq!(
        (err.kind(), err.expected()),
        (ParseErrorKind::Malformed, Expected::Locale)
    );
    assert!(err.to_string().contains("BCP 47"), "{err}");
    assert_eq!(Locale::Tr.native_name(), "Türkçe");
}
