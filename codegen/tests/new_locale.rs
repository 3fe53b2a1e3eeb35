//! Adding a locale exactly as the README's "Adding a locale" says, on a scratch copy of `data/`:
//! French, not required, one row of `codes.csv` and a few words of `ui.csv` translated. If a step
//! is missing from the README, generation fails here; if the README changes, change this test.
//! The day the data has `fr` itself, the test adds Canadian French (`fr-CA`) instead, so that it
//! holds for any valid data.

mod common;

use codegen::model::Data;
use codegen::{GeneratedFile, Sources};
use std::path::{Path, PathBuf};

/// A copy of the repository's `data/` in a temporary folder; removed on drop.
struct Scratch {
    root: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Scratch {
        let root = std::env::temp_dir().join(format!(
            "smtp-codes-new-locale-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&root);
        copy_dir(&common::root().join("data"), &root.join("data"));
        Scratch { root }
    }

    /// Rewrites `data/<name>` record by record: `edit` gets the header and every row.
    fn edit_csv(&self, name: &str, edit: impl Fn(usize, &mut Vec<String>)) {
        let path = self.root.join("data").join(name);
        let bytes = std::fs::read(&path).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(bytes.as_slice());
        let mut writer = csv::Writer::from_writer(Vec::new());
        for (i, record) in reader.records().enumerate() {
            let mut fields: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
            edit(i, &mut fields);
            writer.write_record(&fields).unwrap();
        }
        std::fs::write(&path, writer.into_inner().unwrap()).unwrap();
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The one row translated into French: 550, in the five columns of step 2.
const FRENCH_550: [&str; 5] = [
    "Action demandée non effectuée : boîte aux lettres indisponible",
    "Le serveur a refusé la commande : la boîte aux lettres n'existe pas, n'est pas \
     disponible ou refuse le message.",
    "Vérifiez l'adresse du destinataire, puis demandez-lui par un autre moyen si elle est \
     toujours valable.",
    "Vérifiez que la boîte aux lettres existe et que les règles du serveur acceptent \
     l'expéditeur.",
    "",
];

/// The words of the site translated into French (step 3); every other cell stays empty.
const FRENCH_UI: [(&str, &str); 4] = [
    ("site_name", "Codes SMTP"),
    (
        "index_title",
        "Codes de réponse SMTP et codes d'état étendus",
    ),
    ("meaning", "Signification"),
    ("language", "Langue"),
];

/// The tag the test adds and its `Locale` variant: `fr`, or `fr-CA` once the data has `fr`.
fn tag() -> (&'static str, &'static str) {
    if common::locale_tags().iter().any(|t| t == "fr") {
        ("fr-CA", "FrCa")
    } else {
        ("fr", "Fr")
    }
}

/// Follows the README's "Adding a locale", steps 1 to 3, for French (step 4, the providers'
/// columns, is optional and left out, as a maintainer starting a locale would).
fn add_french(scratch: &Scratch) {
    let (tag, _) = tag();
    // 1. A row in data/locales.csv, `required` `no`.
    let path = scratch.root.join("data/locales.csv");
    let mut locales = std::fs::read_to_string(&path).unwrap();
    locales.push_str(&format!("{tag},French,Français,no\n"));
    std::fs::write(&path, locales).unwrap();
    // 2. The five columns in data/codes.csv; one row translated, the others empty.
    scratch.edit_csv("codes.csv", |i, fields| {
        if i == 0 {
            for field in ["message", "explanation", "sender", "admin", "described_as"] {
                fields.push(format!("{field}.{tag}"));
            }
        } else if fields[0] == "reply" && fields[1] == "550" {
            fields.extend(FRENCH_550.map(str::to_owned));
        } else {
            fields.extend([""; 5].map(str::to_owned));
        }
    });
    // 3. A column `fr` in data/ui.csv; a few words translated, the rest empty.
    scratch.edit_csv("ui.csv", |i, fields| {
        let text = if i == 0 {
            tag
        } else {
            FRENCH_UI
                .iter()
                .find(|(key, _)| *key == fields[0])
                .map_or("", |(_, text)| text)
        };
        fields.push(text.to_owned());
    });
}

/// Step 5: `cargo xtask gen`, as the library does it.
fn generate(scratch: &Scratch) -> (Data, Vec<GeneratedFile>) {
    let sources = Sources::read(&scratch.root).expect("read the scratch data/");
    let files = codegen::generate(&sources).unwrap_or_else(|e| panic!("{e}"));
    let data = codegen::load(&sources).unwrap_or_else(|e| panic!("{e}"));
    (data, files)
}

/// The data with French added; `name` keeps the scratch folders of tests running at once apart.
fn french(name: &str) -> (Data, Vec<GeneratedFile>) {
    let scratch = Scratch::new(name);
    add_french(&scratch);
    generate(&scratch)
}

#[test]
fn a_locale_added_by_the_readme_generates_everywhere() {
    let (data, files) = french("everywhere");
    let (tag, variant) = tag();
    let fr = data
        .locales
        .iter()
        .position(|l| l.tag == tag)
        .expect("French is a locale");
    assert!(!data.locales[fr].required);

    // The crate: a `Fr` variant, in `ALL`, with its own table of texts.
    let locale_rs = common::file(&files, "smtp-codes/src/generated/locale.rs");
    assert!(
        locale_rs.contains(&format!("\n    {variant},\n")),
        "{locale_rs}"
    );
    let all = locale_rs
        .split_once("pub const ALL")
        .and_then(|(_, rest)| rest.split_once("];"))
        .map(|(all, _)| all)
        .expect("Locale::ALL");
    assert!(all.contains(&format!("Locale::{variant}")), "{all}");
    assert!(
        locale_rs.contains(&format!("Locale::{variant} => \"{tag}\"")),
        "{locale_rs}"
    );
    let text_rs = format!(
        "smtp-codes/src/generated/text_{}.rs",
        tag.to_ascii_lowercase().replace('-', "_")
    );
    assert!(
        common::file(&files, &text_rs).contains(FRENCH_550[0]),
        "{text_rs} has the French 550"
    );

    // The site: an index and a page per code, and every page of every locale links French.
    assert!(common::file(&files, &format!("docs/{tag}/index.html"))
        .contains(&format!("<html lang=\"{tag}\">")));
    for entry in &data.entries {
        let page = codegen::html::page_name(entry.code);
        common::file(&files, &format!("docs/{tag}/{page}"));
        let english = common::file(&files, &format!("docs/en/{page}"));
        assert!(
            english.contains(&format!("href=\"../{tag}/{page}\" hreflang=\"{tag}\"")),
            "docs/en/{page} links its French page"
        );
    }
    let page = common::file(&files, &format!("docs/{tag}/550.html"));
    assert!(page.contains(FRENCH_550[0]), "docs/{tag}/550.html");
    assert!(common::file(&files, &format!("docs/{tag}/README.md")).contains(FRENCH_550[0]));

    // The message files: French holds only the row it translates; English stands in elsewhere.
    for path in [
        format!("smtp-codes/locales/fluent/{tag}/smtp_codes.ftl"),
        format!("smtp-codes/locales/gettext/{tag}.po"),
        format!("smtp-codes/locales/json/{tag}.json"),
    ] {
        let path = path.as_str();
        let contents = common::file(&files, path);
        assert!(contents.contains("smtp-550"), "{path}");
        assert!(contents.contains(FRENCH_550[0]), "{path}");
        assert!(
            !contents.contains("smtp-551"),
            "{path}: 551 is not translated"
        );
    }
    let own: Vec<String> = data
        .entries
        .iter()
        .filter(|e| !e.texts[fr].fallback)
        .map(|e| e.code.to_string())
        .collect();
    assert_eq!(own, ["550"]);

    // Every output still passes the checks the real data's outputs pass.
    common::check_fluent(&files, &data);
    common::check_gettext(&files, &data, "new-locale");
    common::check_json(&files, &data);
    common::check_html(&files, &data);
    common::check_markdown(&files);
}

#[test]
fn adding_a_locale_changes_no_other_locale_s_texts() {
    let (_, files) = french("others");
    let real = codegen::generate(&Sources::read(&common::root()).unwrap()).unwrap();
    for tag in common::locale_tags() {
        for path in [
            format!("smtp-codes/locales/fluent/{tag}/smtp_codes.ftl"),
            format!("smtp-codes/locales/gettext/{tag}.po"),
            format!("smtp-codes/locales/json/{tag}.json"),
            format!("smtp-codes/src/generated/text_{tag}.rs"),
        ] {
            assert_eq!(
                common::file(&files, &path),
                common::file(&real, &path),
                "{path}"
            );
        }
    }
}

/// The language of each text on a page: `(text, lang of its nearest element with a lang)`, for
/// every text node and every `placeholder`, `aria-label` and `content` attribute.
fn texts_with_lang(page: &str) -> Vec<(String, String)> {
    use scraper::{ElementRef, Html};
    let html = Html::parse_document(page);
    let mut found = Vec::new();
    for node in html.tree.root().descendants() {
        let lang = || {
            std::iter::once(node)
                .chain(node.ancestors())
                .filter_map(ElementRef::wrap)
                .find_map(|e| e.value().attr("lang"))
                .unwrap_or("")
                .to_owned()
        };
        if let Some(text) = node.value().as_text() {
            let text = text.trim();
            if !text.is_empty() {
                found.push((text.to_owned(), lang()));
            }
        } else if let Some(element) = node.value().as_element() {
            for attribute in ["placeholder", "aria-label", "content"] {
                if let Some(text) = element.attr(attribute) {
                    found.push((text.to_owned(), lang()));
                }
            }
        }
    }
    found
}

/// Every element with a `lang` besides `<html>`, the language switcher's links and the figure's
/// sample reply text (a server's English, `User unknown`): the elements a fallback marked, as
/// `(element, lang)`.
fn marked(page: &str) -> Vec<(String, String)> {
    use scraper::{Html, Selector};
    let html = Html::parse_document(page);
    // `.verbatim`: the providers' own words and the maintainers' notes, English in every locale.
    let any =
        Selector::parse("[lang]:not(html):not(nav.langs a):not(.part-text .sample):not(.verbatim)")
            .unwrap();
    html.select(&any)
        .map(|e| {
            let id = e
                .value()
                .attr("id")
                .map_or(String::new(), |id| format!("#{id}"));
            (
                format!("{}{id}", e.value().name()),
                e.value().attr("lang").unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn site_words_that_fall_back_carry_their_language() {
    let (data, files) = french("lang");
    let (tag, _) = tag();
    let fr = data.locales.iter().position(|l| l.tag == tag).unwrap();
    let words = data.ui[fr].words();
    let fallback: Vec<&str> = words
        .iter()
        .filter(|(_, w)| w.is_fallback())
        .map(|(_, w)| w.text.as_str())
        .collect();
    let own: Vec<&str> = words
        .iter()
        .filter(|(_, w)| !w.is_fallback())
        .map(|(_, w)| w.text.as_str())
        .collect();
    assert_eq!(own.len(), FRENCH_UI.len());
    assert_eq!(
        fallback.len(),
        codegen::model::UI_KEYS.len() - FRENCH_UI.len()
    );

    // Wherever a word of data/ui.csv shows whole, it is in the language it is written in.
    let mut checked = 0;
    for file in files
        .iter()
        .filter(|f| f.path.starts_with(&format!("docs/{tag}/")) && f.path.ends_with(".html"))
    {
        for (text, lang) in texts_with_lang(&file.contents) {
            if fallback.contains(&text.as_str()) {
                assert_eq!(lang, "en", "{}: `{text}`", file.path);
                checked += 1;
            } else if own.contains(&text.as_str()) {
                assert_eq!(lang, tag, "{}: `{text}`", file.path);
                checked += 1;
            }
        }
    }
    let pages = 1 + data.entries.len();
    assert!(
        checked > 10 * pages,
        "{checked} texts checked on {pages} pages"
    );

    // A few by name: a translated heading has no `lang`; an untranslated one says `en`, as does
    // the code text that falls back, and the filter's words.
    let page = common::file(&files, &format!("docs/{tag}/551.html"));
    let marks = marked(page);
    assert!(!marks.iter().any(|(e, _)| e == "h2#meaning"), "{marks:?}");
    // (`p`: the notice and the texts, `span`: the message in the heading, `nav`: the crumbs.)
    for element in ["h2#sender", "h2#admin", "p", "span", "nav"] {
        assert!(
            marks.iter().any(|(e, l)| e == element && l == "en"),
            "{element} in {marks:?}"
        );
    }
    let index = common::file(&files, &format!("docs/{tag}/index.html"));
    let marks = marked(index);
    for element in [
        "label",
        "input#filter",
        "p#filter-status",
        "title#figure-title",
    ] {
        assert!(
            marks.iter().any(|(e, l)| e == element && l == "en"),
            "{element} in {marks:?}"
        );
    }
    assert!(!marks.iter().any(|(e, _)| e == "h1"), "the title is French");

    assert!(
        index.contains(" lang=\"en\">User unknown</text>"),
        "the sample reply is English"
    );
    // The root page: French's prompt falls back to English, and says so, like English's own.
    assert!(data.ui[fr].choose_language.is_fallback());
    let root = common::file(&files, "docs/index.html");
    let english_prompt = format!("<span lang=\"en\">{}</span>", data.ui[0].choose_language);
    let english_prompts = 1 + data
        .ui
        .iter()
        .filter(|t| t.choose_language.is_fallback())
        .count();
    assert_eq!(
        root.matches(&english_prompt).count(),
        english_prompts,
        "{root}"
    );

    // The other locales are complete: nothing on their pages is marked, here as in the real data.
    let real = codegen::generate(&Sources::read(&common::root()).unwrap()).unwrap();
    for files in [&files, &real] {
        for locale in data.locales.iter().filter(|l| l.required) {
            for file in files.iter().filter(|f| {
                f.path.starts_with(&format!("docs/{}/", locale.tag)) && f.path.ends_with(".html")
            }) {
                assert_eq!(marked(&file.contents), [], "{}", file.path);
            }
        }
    }
}
