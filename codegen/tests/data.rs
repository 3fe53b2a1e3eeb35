//! The real data against the standards: lists copied here from the RFCs and the IANA registry,
//! independently of data/codes.csv, so that a row deleted or mistyped there fails a test.

use codegen::model::{Code, Data, Kind, Reference, Standing};
use std::path::Path;

fn data() -> Data {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let sources = codegen::Sources::read(root).unwrap();
    codegen::load(&sources).unwrap_or_else(|e| panic!("{e}"))
}

/// RFC 5321 §4.2.3, "Reply Codes in Numeric Order".
const RFC_5321_REPLY_CODES: [u16; 24] = [
    211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501, 502, 503, 504, 550,
    551, 552, 553, 554, 555,
];

/// Reply codes defined outside RFC 5321 itself: by SMTP extensions, RFC 1845 (355), RFC 1985
/// (253, 458, 459), RFC 2645 (453), RFC 4954 (235, 334, 432, 454, 530, 534, 535, 538), and by
/// RFC 7504 (521, 556), which updates RFC 5321.
const EXTENSION_REPLY_CODES: [u16; 15] = [
    235, 253, 334, 355, 432, 453, 454, 458, 459, 521, 530, 534, 535, 538, 556,
];

/// Every enumerated entry of the IANA "SMTP Enhanced Status Codes" registry, last updated
/// 2024-12-06: `(subject, last detail)`, details counting from 0.
const REGISTRY: [(u16, u16); 8] = [
    (0, 0),
    (1, 10),
    (2, 4),
    (3, 6),
    (4, 7),
    (5, 6),
    (6, 10),
    (7, 30),
];

/// The registry's subject sub-codes.
const REGISTRY_SUBJECTS: [u16; 8] = [0, 1, 2, 3, 4, 5, 6, 7];

fn reply_row(data: &Data, code: u16) -> Option<&codegen::model::Entry> {
    data.find(Code::Reply(code))
}

#[test]
fn every_rfc_5321_reply_code_is_standard() {
    let data = data();
    for code in RFC_5321_REPLY_CODES {
        let entry = reply_row(&data, code)
            .unwrap_or_else(|| panic!("RFC 5321 reply code {code} is missing"));
        assert_eq!(entry.standing, Standing::Standard, "{code}");
        assert!(
            entry
                .references
                .iter()
                .any(|r| matches!(r, Reference::Rfc { number: 5321, .. })),
            "{code} must cite RFC 5321"
        );
    }
}

/// RFC 7504 (Standards Track) updates RFC 5321 to add these reply codes.
const RFC_7504_REPLY_CODES: [u16; 2] = [521, 556];

#[test]
fn rfc_7504_reply_codes_are_standard() {
    let data = data();
    for code in RFC_7504_REPLY_CODES {
        let entry = reply_row(&data, code).unwrap_or_else(|| panic!("{code} is missing"));
        assert_eq!(entry.standing, Standing::Standard, "{code}");
        assert!(
            entry
                .references
                .iter()
                .any(|r| matches!(r, Reference::Rfc { number: 7504, .. })),
            "{code} must cite RFC 7504"
        );
    }
}

#[test]
fn every_extension_reply_code_is_present() {
    let data = data();
    for code in EXTENSION_REPLY_CODES {
        let entry = reply_row(&data, code)
            .unwrap_or_else(|| panic!("extension reply code {code} is missing"));
        assert!(
            entry.standing.is_defined_by_rfc(),
            "{code} is defined by an RFC"
        );
        assert!(
            entry.references.iter().all(|r| *r != Reference::Seed),
            "{code}"
        );
    }
}

#[test]
fn the_whole_enhanced_registry_is_present() {
    let data = data();
    let mut expected = Vec::new();
    for (subject, last) in REGISTRY {
        for detail in 0..=last {
            expected.push(Code::Status { subject, detail });
        }
    }
    let found: Vec<Code> = data.of_kind(Kind::Status).map(|e| e.code).collect();
    for code in &expected {
        assert!(found.contains(code), "registry entry {code} is missing");
    }
    assert_eq!(
        found.len(),
        expected.len(),
        "the data has statuses the registry does not: {found:?}"
    );
    let subjects: Vec<Code> = data.of_kind(Kind::Subject).map(|e| e.code).collect();
    assert_eq!(subjects, REGISTRY_SUBJECTS.map(Code::Subject));
}

#[test]
fn enhanced_classes_are_two_four_and_five() {
    let data = data();
    let classes: Vec<Code> = data.of_kind(Kind::Class).map(|e| e.code).collect();
    assert_eq!(classes, [Code::Class(2), Code::Class(4), Code::Class(5)]);
}

#[test]
fn every_row_has_references_and_text_in_every_required_locale() {
    let data = data();
    // The published locales stay (each is a public `Locale` variant) and stay complete; a locale
    // added later may be incomplete until its `required` is `yes`.
    for tag in ["en", "tr", "de"] {
        assert!(
            data.locales.iter().any(|l| l.tag == tag && l.required),
            "{tag} is a required locale"
        );
    }
    for entry in &data.entries {
        assert!(
            !entry.references.is_empty(),
            "{} has no reference",
            entry.code
        );
        for (locale, texts) in data.locales.iter().zip(&entry.texts) {
            if !locale.required && texts.fallback {
                continue;
            }
            assert!(!texts.fallback, "{} has no {} text", entry.code, locale.tag);
            for (field, value) in [
                ("message", &texts.message),
                ("explanation", &texts.explanation),
                ("sender", &texts.sender),
                ("admin", &texts.admin),
            ] {
                assert!(
                    !value.trim().is_empty(),
                    "{} {field}.{} is empty",
                    entry.code,
                    locale.tag
                );
            }
        }
    }
}

#[test]
fn translations_differ_from_english() {
    let data = data();
    for entry in data.entries.iter().filter(|e| e.same_text.is_empty()) {
        let en = &entry.texts[0];
        let own = data.locales.iter().zip(&entry.texts).skip(1);
        // A fallback is English by design: only a locale's own texts must differ.
        for (locale, texts) in own.filter(|(_, t)| !t.fallback) {
            assert_ne!(
                en.message, texts.message,
                "{} message.{}",
                entry.code, locale.tag
            );
            assert_ne!(
                en.explanation, texts.explanation,
                "{} explanation.{}",
                entry.code, locale.tag
            );
        }
    }
}

#[test]
fn associated_codes_are_reply_rows() {
    let data = data();
    for entry in data.of_kind(Kind::Status) {
        for code in &entry.associated {
            assert!(
                reply_row(&data, *code).is_some(),
                "{}: associated {code} has no row",
                entry.code
            );
        }
    }
    // Every reply code that only the registry names is marked so.
    for entry in data
        .of_kind(Kind::Reply)
        .filter(|e| e.standing == Standing::RegistryOnly)
    {
        let Code::Reply(code) = entry.code else {
            unreachable!()
        };
        assert!(
            data.statuses_for_reply(code).next().is_some(),
            "{code} is registry-only but no entry names it"
        );
    }
}

/// The seed article's lines: ` • 550 – English – Türkçe`.
fn seed_lines() -> Vec<(u16, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let text = std::fs::read_to_string(root.join("data/sources/seed-article.txt")).unwrap();
    text.lines()
        .filter_map(|line| {
            let rest = line.trim_start().strip_prefix('•')?.trim_start();
            let code: u16 = rest.get(..3)?.parse().ok()?;
            Some((code, rest[3..].to_owned()))
        })
        .collect()
}

#[test]
fn every_seed_code_is_kept_with_its_wording() {
    let data = data();
    let lines = seed_lines();
    assert_eq!(lines.len(), 48, "the seed article lists 48 codes");
    let (en, tr) = (0, data.locales.iter().position(|l| l.tag == "tr").unwrap());
    for (code, line) in lines {
        let entry = reply_row(&data, code).unwrap_or_else(|| panic!("seed code {code} is missing"));
        let (seed_en, seed_tr) = (&entry.texts[en].described_as, &entry.texts[tr].described_as);
        assert!(
            !seed_en.is_empty() && line.contains(seed_en.as_str()),
            "{code}: English seed wording `{seed_en}` not in `{line}`"
        );
        assert!(
            !seed_tr.is_empty() && line.contains(seed_tr.as_str()),
            "{code}: Turkish seed wording `{seed_tr}` not in `{line}`"
        );
        if !entry.standing.is_defined_by_rfc() {
            assert!(
                entry.references.contains(&Reference::Seed),
                "{code}: a code no RFC defines cites the seed"
            );
        }
    }
}

#[test]
fn seed_codes_that_no_rfc_defines_are_non_standard() {
    let data = data();
    for code in [
        510, 512, 515, 517, 522, 523, 531, 533, 540, 541, 542, 543, 546, 547,
    ] {
        let entry = reply_row(&data, code).unwrap();
        assert_eq!(entry.standing, Standing::NonStandard, "{code}");
        assert!(
            !entry.see_also.is_empty(),
            "{code} names the enhanced code it was likely taken from"
        );
    }
    // The seed copies 421's text onto 432; RFC 4954 §6 says what 432 means.
    let entry = reply_row(&data, 432).unwrap();
    assert_eq!(entry.texts[0].message, "A password transition is needed");
    assert!(entry.texts[0]
        .described_as
        .contains("Domain service not available"));
}
