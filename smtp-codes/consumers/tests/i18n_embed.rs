//! `smtp-codes/locales/fluent` loaded with `i18n-embed` the way the README says: `i18n.toml`
//! with `fallback_language = "en"` and, under `[fluent]`, `assets_dir` pointing at the folder and
//! `domain = "smtp_codes"` (the files' name); the folder embedded with `rust-embed`; messages
//! read with `fl!` (checked at compile time against the English file) and `get`/`get_attr`.

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::unic_langid::LanguageIdentifier;
use i18n_embed::LanguageLoader;
use i18n_embed_fl::fl;
use rust_embed::RustEmbed;
use smtp_codes_consumers::{locale_tags, text, texts};

#[derive(RustEmbed)]
#[folder = "../locales/fluent"]
struct Localizations;

/// A loader for `tag`, with English behind it.
fn loader(tag: &str) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let lang: LanguageIdentifier = tag.parse().unwrap();
    loader.load_languages(&Localizations, &[lang]).unwrap();
    loader
}

#[test]
fn the_domain_names_the_files_of_every_locale() {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    assert_eq!(loader.domain(), "smtp_codes");
    assert_eq!(loader.fallback_language().to_string(), "en");
    let mut available: Vec<String> = loader
        .available_languages(&Localizations)
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    available.sort();
    let mut tags = locale_tags();
    tags.sort();
    assert!(
        tags.len() >= 3 && tags.contains(&"en".to_owned()),
        "{tags:?}"
    );
    assert_eq!(available, tags);
}

#[test]
fn smtp_550_and_its_sender_in_turkish_and_german() {
    let tr = loader("tr");
    let de = loader("de");
    assert_eq!(
        fl!(tr, "smtp-550"),
        "İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor"
    );
    assert_eq!(
        fl!(de, "smtp-550"),
        "Angeforderte Aktion nicht ausgeführt: Postfach nicht verfügbar"
    );
    assert_eq!(
        fl!(tr, "smtp-550", "sender"),
        text("tr", "smtp-550", "sender")
    );
    assert_eq!(
        fl!(de, "smtp-550", "sender"),
        text("de", "smtp-550", "sender")
    );
    assert_eq!(
        de.get_attr("smtp-550", "sender"),
        text("de", "smtp-550", "sender")
    );
    assert_ne!(
        fl!(de, "smtp-550", "sender"),
        fl!(loader("en"), "smtp-550", "sender")
    );
}

#[test]
fn a_text_german_lacks_falls_back_to_english() {
    let de = loader("de");
    assert!(!texts("de")["smtp-550"].contains_key("described-as"));
    assert_eq!(
        fl!(de, "smtp-550", "described-as"),
        "Requested action not taken: mailbox unavailable"
    );
    assert_eq!(
        fl!(loader("tr"), "smtp-550", "described-as"),
        text("tr", "smtp-550", "described-as")
    );
}

#[test]
fn every_text_of_every_locale_comes_back_exact_with_fallback_to_english() {
    let english = texts("en");
    for tag in &locale_tags() {
        let loader = loader(tag);
        let own = texts(tag);
        let mut checked = 0;
        for (id, fields) in &english {
            for (field, english_text) in fields {
                let expected = own
                    .get(id)
                    .and_then(|f| f.get(field))
                    .unwrap_or(english_text);
                let got = if field == "message" {
                    loader.get(id)
                } else {
                    loader.get_attr(id, field)
                };
                assert_eq!(&got, expected, "{tag}: {id} {field}");
                checked += 1;
            }
        }
        assert!(checked > 600, "{tag}: only {checked} texts");
    }
}
