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
