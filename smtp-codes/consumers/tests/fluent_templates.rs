//! `smtp-codes/locales/fluent` loaded the way the README says: `fluent-templates`'
//! `static_loader!` pointed at the folder, with `fallback_language: "en"`, messages read by id
//! (`smtp-550`) and fields by attribute (`smtp-550.sender`).
//!
//! The loader keeps Fluent's default, isolation marks on: the generated files hold no variable
//! placeables (text that Fluent would read as syntax is written as a string literal placeable,
//! `{"{"}`, which Fluent never isolates), so no mark can appear. The exact comparisons below
//! would fail on a stray U+2068/U+2069.

use fluent_templates::{langid, static_loader, LanguageIdentifier, Loader};
use smtp_codes_consumers::{locale_tags, text, texts};

static_loader! {
    static LOCALES = {
        locales: "../locales/fluent",
        fallback_language: "en",
    };
}

const EN: LanguageIdentifier = langid!("en");
const TR: LanguageIdentifier = langid!("tr");
const DE: LanguageIdentifier = langid!("de");

/// The key `fluent-templates` looks up: the message id, or `id.attribute` for a field.
fn key(id: &str, field: &str) -> String {
    if field == "message" {
        id.to_owned()
    } else {
        format!("{id}.{field}")
    }
}

#[test]
fn smtp_550_and_its_sender_in_turkish_and_german() {
    assert_eq!(
        LOCALES.lookup(&TR, "smtp-550"),
        "İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor"
    );
    assert_eq!(
        LOCALES.lookup(&DE, "smtp-550"),
        "Angeforderte Aktion nicht ausgeführt: Postfach nicht verfügbar"
    );
    assert_eq!(
        LOCALES.lookup(&TR, "smtp-550.sender"),
        text("tr", "smtp-550", "sender")
    );
    assert_eq!(
        LOCALES.lookup(&DE, "smtp-550.sender"),
        text("de", "smtp-550", "sender")
    );
    assert!(LOCALES
        .lookup(&DE, "smtp-550.sender")
        .starts_with("Prüfen Sie die Adresse auf Tippfehler"));
    // Translations, not the fallback.
    let en = LOCALES.lookup(&EN, "smtp-550.sender");
    assert!(en.starts_with("Check the address"), "{en}");
    assert_ne!(LOCALES.lookup(&TR, "smtp-550.sender"), en);
    assert_ne!(LOCALES.lookup(&DE, "smtp-550.sender"), en);
}

#[test]
fn a_text_german_lacks_falls_back_to_english() {
    // de has no `described-as` texts: its .ftl has `smtp-550` without that attribute.
    assert!(!texts("de")["smtp-550"].contains_key("described-as"));
    assert!(LOCALES
        .lookup_single_language::<&str>(&DE, "smtp-550.described-as", None)
        .is_err());
    assert!(LOCALES
        .lookup_single_language::<&str>(&DE, "smtp-550", None)
        .is_ok());
    let english = "Requested action not taken: mailbox unavailable";
    assert_eq!(text("en", "smtp-550", "described-as"), english);
    assert_eq!(LOCALES.lookup(&DE, "smtp-550.described-as"), english);
    // Turkish has its own.
    assert_eq!(
        LOCALES.lookup(&TR, "smtp-550.described-as"),
        text("tr", "smtp-550", "described-as")
    );
    assert_ne!(LOCALES.lookup(&TR, "smtp-550.described-as"), english);
}

#[test]
fn a_locale_without_files_falls_back_to_english() {
    // A language the data is not written in (the first of these no locale has), so the test
    // holds for any data.
    let tags = locale_tags();
    let absent: LanguageIdentifier = ["fr", "es", "ja", "qaa"]
        .into_iter()
        .find(|tag| !tags.iter().any(|t| t == tag))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        LOCALES.lookup(&absent, "smtp-550.sender"),
        text("en", "smtp-550", "sender")
    );
    assert_eq!(
        LOCALES.lookup(&langid!("de-AT"), "smtp-550.sender"),
        text("de", "smtp-550", "sender")
    );
}

#[test]
fn every_text_of_every_locale_comes_back_exact_with_fallback_to_english() {
    let english = texts("en");
    let mut locales: Vec<LanguageIdentifier> = LOCALES.locales().cloned().collect();
    locales.sort_by_key(ToString::to_string);
    let mut tags = locale_tags();
    tags.sort();
    let locales: Vec<String> = locales.iter().map(ToString::to_string).collect();
    assert_eq!(locales, tags);
    for tag in &locale_tags() {
        let lang: LanguageIdentifier = tag.parse().unwrap();
        let own = texts(tag);
        let mut checked = 0;
        for (id, fields) in &english {
            for (field, english_text) in fields {
                let key = key(id, field);
                let expected = own
                    .get(id)
                    .and_then(|f| f.get(field))
                    .unwrap_or(english_text);
                assert_eq!(
                    LOCALES.try_lookup(&lang, &key).as_ref(),
                    Some(expected),
                    "{tag}: {key}"
                );
                checked += 1;
            }
        }
        // Nothing a locale has is missing from English, so the loop saw all of it.
        for (id, fields) in &own {
            for field in fields.keys() {
                assert!(english[id].contains_key(field), "{tag}: {id}.{field}");
            }
        }
        assert!(checked > 600, "{tag}: only {checked} texts");
    }
}
