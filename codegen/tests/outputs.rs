//! The published outputs of the real data, as `generate()` returns them: Fluent, gettext, JSON,
//! HTML and Markdown each checked with a parser of its own format.

mod common;

use codegen::model::Data;
use codegen::{GeneratedFile, Sources};

fn generated() -> (Data, Vec<GeneratedFile>) {
    let sources = Sources::read(&common::root()).expect("read data/");
    let data = codegen::load(&sources).unwrap_or_else(|e| panic!("{e}"));
    (data.clone(), codegen::render(&data))
}

#[test]
fn fluent_files_parse_and_format_back_to_the_data() {
    let (data, files) = generated();
    common::check_fluent(&files, &data);
}

#[test]
fn gettext_files_pass_msgfmt_and_hold_the_data() {
    let (data, files) = generated();
    common::check_gettext(&files, &data, "real");
}

#[test]
fn json_files_parse_back_to_the_data() {
    let (data, files) = generated();
    common::check_json(&files, &data);
}

#[test]
fn html_pages_are_sound_and_self_contained() {
    let (data, files) = generated();
    common::check_html(&files, &data);
}

#[test]
fn markdown_links_and_anchors_resolve() {
    let (_, files) = generated();
    common::check_markdown(&files);
}

#[test]
fn every_code_has_a_page_in_every_locale_and_the_switcher_keeps_the_code() {
    let (data, files) = generated();
    for locale in &data.locales {
        for entry in &data.entries {
            let page = format!(
                "docs/{}/{}",
                locale.tag,
                codegen::html::page_name(entry.code)
            );
            let html = common::file(&files, &page);
            for other in &data.locales {
                let link = format!(
                    "href=\"../{}/{}\" hreflang=\"{}\"",
                    other.tag,
                    codegen::html::page_name(entry.code),
                    other.tag
                );
                assert!(html.contains(&link), "{page}: no switcher link {link}");
            }
        }
    }
}

#[test]
fn a_reply_code_and_its_usual_statuses_link_each_other() {
    let (data, files) = generated();
    let en = |code| {
        common::file(
            &files,
            &format!("docs/en/{}", codegen::html::page_name(code)),
        )
        .to_owned()
    };
    let mut pairs = 0;
    for status in data.of_kind(codegen::model::Kind::Status) {
        for reply in &status.associated {
            let reply = codegen::model::Code::Reply(*reply);
            let link = |code| format!("href=\"{}\"", codegen::html::page_name(code));
            assert!(
                en(reply).contains(&link(status.code)),
                "{reply} -> {}",
                status.code
            );
            assert!(
                en(status.code).contains(&link(reply)),
                "{} -> {reply}",
                status.code
            );
            pairs += 1;
        }
    }
    assert!(pairs > 0);
}

#[test]
fn every_generated_file_has_its_header() {
    let (_, files) = generated();
    for f in &files {
        let head: String = f.contents.chars().take(200).collect();
        if f.path.ends_with(".json") {
            assert!(head.contains("\"@generated\""), "{}", f.path);
        } else if !f.path.ends_with(".nojekyll") {
            assert!(head.contains("@generated"), "{}", f.path);
            assert!(head.contains("cargo xtask gen"), "{}", f.path);
        }
    }
}

#[test]
fn every_provider_and_vendor_entry_has_a_page_in_every_locale() {
    use codegen::html::{provider_page_name, vendor_page_name};
    let (data, files) = generated();
    assert!(!data.vendor.is_empty() && !data.providers.is_empty());
    let mut names = std::collections::BTreeSet::new();
    for entry in &data.entries {
        assert!(names.insert(codegen::html::page_name(entry.code)));
    }
    for provider in &data.providers {
        let name = provider_page_name(provider);
        assert!(names.insert(name.clone()), "{name} twice");
    }
    for entry in &data.vendor {
        let name = vendor_page_name(entry);
        assert!(names.insert(name.clone()), "{name} twice");
        assert_eq!(name, format!("{}.html", entry.slug));
        assert_eq!(
            codegen::messages::vendor_message_id(entry),
            format!("smtp-{}", entry.slug),
            "one naming function for pages and message ids"
        );
    }
    for locale in &data.locales {
        let pages = data
            .providers
            .iter()
            .map(provider_page_name)
            .chain(data.vendor.iter().map(vendor_page_name));
        for name in pages {
            let page = format!("docs/{}/{name}", locale.tag);
            let html = common::file(&files, &page);
            for other in &data.locales {
                let link = format!(
                    "href=\"../{}/{name}\" hreflang=\"{}\"",
                    other.tag, other.tag
                );
                assert!(html.contains(&link), "{page}: no switcher link {link}");
            }
        }
        // The index lists every provider and has a filterable row for every entry.
        let index = common::file(&files, &format!("docs/{}/index.html", locale.tag));
        for provider in &data.providers {
            assert!(index.contains(&format!("href=\"{}\"", provider_page_name(provider))));
        }
        assert_eq!(
            index.matches("<tr data-codes=").count(),
            data.entries.len() + data.vendor.len(),
            "docs/{}/index.html: one row per code and per vendor entry",
            locale.tag
        );
    }
}

#[test]
fn providers_link_their_entries_and_entries_link_the_registry_both_ways() {
    use codegen::html::{page_name, provider_page_name, vendor_page_name};
    use codegen::model::Code;
    let (data, files) = generated();
    let en = |name: &str| common::file(&files, &format!("docs/en/{name}")).to_owned();
    let mut registry_links = 0;
    for entry in &data.vendor {
        let provider = &data.providers[entry.provider];
        let link = format!("href=\"{}\"", vendor_page_name(entry));
        assert!(
            en(&provider_page_name(provider)).contains(&link),
            "{} -> {}",
            provider.id,
            entry.id
        );
        let page = en(&vendor_page_name(entry));
        let html = scraper::Html::parse_document(&page);
        let source = scraper::Selector::parse("p.source a").unwrap();
        let hrefs: Vec<&str> = html
            .select(&source)
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert_eq!(hrefs, [entry.source_url.as_str()], "{}", entry.id);
        assert!(page.contains(&format!("href=\"{}\"", provider_page_name(provider))));
        // The registry's status of its subject and detail lists it, and it links back there.
        if let Some(e) = entry.enhanced {
            let status = Code::Status {
                subject: e.subject,
                detail: e.detail,
            };
            let registry = if data.find(status).is_some() {
                status
            } else {
                Code::Subject(e.subject)
            };
            if data.find(registry).is_some() {
                assert!(
                    en(&page_name(registry)).contains(&link),
                    "{registry} -> {}",
                    entry.id
                );
                assert!(
                    page.contains(&format!("href=\"{}\"", page_name(registry))),
                    "{} -> {registry}",
                    entry.id
                );
                registry_links += 1;
            }
        }
    }
    assert!(
        registry_links > 200,
        "{registry_links} entries linked to the registry"
    );
    // The issue's own examples.
    let microsoft = en("microsoft-5-7-606.html");
    assert!(microsoft.contains("<code class=\"code\">5.7.606</code>"));
    assert!(en("x-7-x.html").contains("href=\"microsoft-5-7-606.html\""));
    assert!(en("x-7-26.html").contains("href=\"google-5-7-26-spf-hard-fail.html\""));
    assert!(en("provider-yahoo.html").contains("href=\"yahoo-tss04.html\""));
}

#[test]
fn vendor_pages_mark_the_providers_english_in_other_locales() {
    use scraper::{Html, Selector};
    let (data, files) = generated();
    let verbatim = Selector::parse(".verbatim").unwrap();
    for (index, locale) in data.locales.iter().enumerate() {
        for entry in data
            .vendor
            .iter()
            .filter(|v| !v.note.is_empty() && !v.wording.is_empty())
        {
            let page = format!(
                "docs/{}/{}",
                locale.tag,
                codegen::html::vendor_page_name(entry)
            );
            let html = Html::parse_document(common::file(&files, &page));
            let langs: Vec<Option<&str>> = html
                .select(&verbatim)
                .map(|e| e.value().attr("lang"))
                .collect();
            // The wording, the source's title and the note.
            assert_eq!(langs.len(), 3, "{page}");
            let expected = (index != 0).then_some("en");
            assert!(langs.iter().all(|l| *l == expected), "{page}: {langs:?}");
        }
    }
}
