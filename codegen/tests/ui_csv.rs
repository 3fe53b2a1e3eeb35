//! `data/ui.csv`, the words of the site: bad input is an error at its file, line and column,
//! and a locale's empty cells fall back to English only where the locale is optional.

mod common;

use codegen::{Error, Source, Sources};

const LOCALES: &str = "tag,english_name,native_name,required\n\
en,English,English,yes\ntr,Turkish,Türkçe,yes\nde,German,Deutsch,no\n";

fn sources(ui: Vec<u8>) -> Sources {
    // The real rows in English, Turkish and German (whatever other locales the data has);
    // German is optional here, so that its UI cells may fall back.
    let real = Sources::read(&common::root()).unwrap();
    Sources {
        codes: Source {
            name: "data/codes.csv".into(),
            bytes: common::codes_csv(&["en", "tr", "de"]),
        },
        locales: Source {
            name: "data/locales.csv".into(),
            bytes: LOCALES.into(),
        },
        ui: Source {
            name: "data/ui.csv".into(),
            bytes: ui,
        },
        providers: real.providers,
        provider_rules: real.provider_rules,
        vendor_codes: Source {
            name: "data/vendor_codes.csv".into(),
            bytes: common::vendor_csv(&["en", "tr", "de"]),
        },
        reasons: Source {
            name: "data/reasons.csv".into(),
            bytes: common::reasons_csv(&["en", "tr", "de"]),
        },
        reason_rules: real.reason_rules,
    }
}

fn ui(edit: impl FnOnce(String) -> String) -> Vec<u8> {
    edit(String::from_utf8(common::ui_csv(&["en", "tr", "de"])).unwrap()).into_bytes()
}

fn errors(ui_bytes: Vec<u8>) -> Vec<Error> {
    match codegen::generate(&sources(ui_bytes)) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors.0,
    }
}

fn assert_one(ui_bytes: Vec<u8>, line: u64, column: usize, expected: &str) {
    let errors = errors(ui_bytes);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let error = &errors[0];
    assert_eq!(error.file, "data/ui.csv", "{error}");
    assert_eq!((error.line, error.column), (line, column), "{error}");
    assert!(error.message.contains(expected), "{error}");
}

/// The line of `key` in the unedited file.
fn line_of(key: &str) -> u64 {
    let text = String::from_utf8(common::ui_csv(&["en", "tr", "de"])).unwrap();
    let index = text
        .lines()
        .position(|l| l.starts_with(&format!("{key},")))
        .unwrap();
    index as u64 + 1
}

#[test]
fn the_real_file_is_valid() {
    let sources = Sources::read(&common::root()).unwrap();
    let data = codegen::load(&sources).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data.ui.len(), data.locales.len());
    assert_eq!(data.ui[1].meaning, "Anlamı");
}

#[test]
fn unknown_column() {
    assert_one(
        ui(|t| {
            t.lines()
                .enumerate()
                .map(|(i, l)| {
                    if i == 0 {
                        format!("{l},fr\n")
                    } else {
                        format!("{l},\n")
                    }
                })
                .collect()
        }),
        1,
        5,
        "unknown column `fr`",
    );
}

#[test]
fn missing_locale_column() {
    let without_de = common::ui_csv(&["en", "tr"]);
    assert_one(without_de, 1, 0, "missing column `de`");
}

#[test]
fn missing_text_in_a_required_locale() {
    let line = line_of("meaning");
    assert_one(
        ui(|t| t.replacen("meaning,Meaning,Anlamı,", "meaning,Meaning,,", 1)),
        line,
        3,
        "missing text of `meaning` in the required locale `tr`",
    );
}

#[test]
fn optional_locale_falls_back_to_english() {
    let edited = ui(|t| {
        t.replacen(
            "meaning,Meaning,Anlamı,Bedeutung",
            "meaning,Meaning,Anlamı,",
            1,
        )
    });
    let data = codegen::load(&sources(edited)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data.ui[2].meaning, "Meaning");
    assert_eq!(data.ui[2].sender, "Was der Absender tun kann");
}

#[test]
fn unknown_key() {
    let line = line_of("meaning");
    let errors = errors(ui(|t| t.replacen("meaning,", "meening,", 1)));
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 2, "{shown:#?}");
    assert!(
        shown[0].starts_with(&format!("data/ui.csv:{line}:1: unknown key `meening`")),
        "{shown:#?}"
    );
    assert!(shown[1].contains("missing key `meaning`"), "{shown:#?}");
}

#[test]
fn missing_key() {
    let errors = errors(ui(|t| {
        t.lines()
            .filter(|l| !l.starts_with("footer,"))
            .map(|l| format!("{l}\n"))
            .collect()
    }));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].message.contains("missing key `footer`"),
        "{}",
        errors[0]
    );
    assert!(errors[0].to_string().starts_with("data/ui.csv:"));
}

#[test]
fn duplicate_key() {
    let text = String::from_utf8(ui(|t| t)).unwrap();
    let meaning = text.lines().find(|l| l.starts_with("meaning,")).unwrap();
    let lines = text.lines().count() as u64;
    assert_one(
        format!("{text}{meaning}\n").into_bytes(),
        lines + 1,
        1,
        "duplicate key `meaning`",
    );
}

#[test]
fn placeholder_missing() {
    let line = line_of("filter_count");
    assert_one(
        ui(|t| {
            t.replacen(
                "{shown} von {total} Codes angezeigt",
                "{shown} Codes angezeigt",
                1,
            )
        }),
        line,
        4,
        "placeholder `{total}`",
    );
}

#[test]
fn ragged_row() {
    let line = line_of("meaning");
    let errors = errors(ui(|t| {
        t.replacen("meaning,Meaning,Anlamı,Bedeutung", "meaning,Meaning", 1)
    }));
    assert!(
        errors
            .iter()
            .any(|e| e.file == "data/ui.csv" && e.line == line && e.message.contains("ragged")),
        "{errors:#?}"
    );
}
