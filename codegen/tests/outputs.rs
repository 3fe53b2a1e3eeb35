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
    // In the sections; a key that is an English phrase is marked in the heading too.
    let verbatim = Selector::parse("section .verbatim").unwrap();
    let phrase_key = Selector::parse("h1 code.verbatim").unwrap();
    for (index, locale) in data.locales.iter().enumerate() {
        for entry in &data.vendor {
            let page = format!(
                "docs/{}/{}",
                locale.tag,
                codegen::html::vendor_page_name(entry)
            );
            let html = Html::parse_document(common::file(&files, &page));
            let langs: Vec<Option<&str>> = html
                .select(&phrase_key)
                .map(|e| e.value().attr("lang"))
                .collect();
            let phrase = matches!(entry.key, codegen::model::VendorKey::Phrase(_));
            let expected: &[Option<&str>] = if phrase && index != 0 {
                &[Some("en")]
            } else {
                &[]
            };
            assert_eq!(langs, expected, "{page}");
        }
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

#[test]
fn every_reason_has_a_page_in_every_locale_listed_on_the_index() {
    use codegen::html::{page_name, provider_page_name, reason_page_name, vendor_page_name};
    let (data, files) = generated();
    assert!(data.reasons.len() >= 30, "{} reasons", data.reasons.len());
    // Page names are unique among every kind of page.
    let mut names = std::collections::BTreeSet::new();
    let all = data
        .entries
        .iter()
        .map(|e| page_name(e.code))
        .chain(data.providers.iter().map(provider_page_name))
        .chain(data.vendor.iter().map(vendor_page_name));
    for name in all {
        assert!(names.insert(name));
    }
    for reason in &data.reasons {
        let name = reason_page_name(reason);
        assert_eq!(name, format!("reason-{}.html", reason.id));
        assert!(names.insert(name.clone()), "{name} twice");
    }
    for (index, locale) in data.locales.iter().enumerate() {
        let tag = &locale.tag;
        let page = format!("docs/{tag}/index.html");
        let html = scraper::Html::parse_document(common::file(&files, &page));
        let links = scraper::Selector::parse("#reasons td.code a").unwrap();
        let hrefs: Vec<&str> = html
            .select(&links)
            .filter_map(|a| a.value().attr("href"))
            .collect();
        let expected: Vec<String> = data.reasons.iter().map(reason_page_name).collect();
        assert_eq!(hrefs, expected, "{page}: one row per reason, in data order");
        let contents = scraper::Selector::parse("nav.toc a[href='#reasons']").unwrap();
        assert_eq!(html.select(&contents).count(), 1, "{page}: in the contents");
        for reason in &data.reasons {
            let name = reason_page_name(reason);
            let page = format!("docs/{tag}/{name}");
            let source = common::file(&files, &page);
            for other in &data.locales {
                let link = format!(
                    "href=\"../{}/{name}\" hreflang=\"{}\"",
                    other.tag, other.tag
                );
                assert!(source.contains(&link), "{page}: no switcher link {link}");
            }
            let html = scraper::Html::parse_document(source);
            let texts = &reason.texts[index];
            let h1 = scraper::Selector::parse("h1 > span").unwrap();
            let h1: String = html.select(&h1).next().unwrap().text().collect();
            assert_eq!(h1, texts.message, "{page}");
            // Hard or soft, in the locale's words.
            let t = &data.ui[index];
            let badge = scraper::Selector::parse("section[aria-labelledby=bounce] .badge").unwrap();
            let badge: String = html.select(&badge).next().unwrap().text().collect();
            let expected = match reason.hard {
                Some(true) => &t.bounce_hard,
                Some(false) => &t.bounce_soft,
                None => &t.bounce_by_code,
            };
            assert_eq!(badge, expected.text, "{page}");
            // The six steps of the precedence.
            let steps = scraper::Selector::parse("ol.precedence li").unwrap();
            assert_eq!(html.select(&steps).count(), 6, "{page}");
            let vocabulary = scraper::Selector::parse("p.vocabulary a").unwrap();
            let href = html
                .select(&vocabulary)
                .next()
                .and_then(|a| a.value().attr("href"));
            assert_eq!(href, Some(reason.source.as_str()), "{page}");
        }
    }
}

#[test]
fn reason_pages_and_the_codes_that_lead_to_them_link_each_other() {
    use codegen::html::{page_name, reason_page_name, vendor_page_name};
    use codegen::model::{Code, RuleTarget};
    use scraper::{Html, Selector};
    let (data, files) = generated();
    let (mut codes, mut vendor, mut patterns) = (0, 0, 0);
    for tag in data.locales.iter().map(|l| &l.tag) {
        let page = |name: &str| common::file(&files, &format!("docs/{tag}/{name}")).to_owned();
        let pages: Vec<String> = data.reasons.iter().map(reason_page_name).collect();
        let reason_pages: Vec<Html> = pages
            .iter()
            .map(|p| Html::parse_document(&page(p)))
            .collect();
        let usual = Selector::parse("p.usual-reason a").unwrap();
        let usual_of = |name: &str| -> Vec<String> {
            Html::parse_document(&page(name))
                .select(&usual)
                .filter_map(|a| a.value().attr("href").map(str::to_owned))
                .collect()
        };
        for rule in &data.reason_rules {
            let reason_page = &pages[rule.reason];
            let html = &reason_pages[rule.reason];
            // The code's page names the reason as usual, and the reason's list links the page.
            let linked = |name: String, list: &str| {
                assert_eq!(
                    usual_of(&name),
                    std::slice::from_ref(reason_page),
                    "{tag}/{name}"
                );
                assert!(
                    hrefs_in(&html.root_element(), list).contains(&name),
                    "{reason_page} -> {name}"
                );
            };
            match &rule.target {
                RuleTarget::Reply(reply) => {
                    linked(page_name(Code::Reply(*reply)), ".rules-reply a");
                    codes += 1;
                }
                RuleTarget::Status(subject, detail) => {
                    let code = Code::Status {
                        subject: *subject,
                        detail: *detail,
                    };
                    linked(page_name(code), ".rules-status a");
                    codes += 1;
                }
                RuleTarget::Vendor(index) => {
                    linked(vendor_page_name(&data.vendor[*index]), ".rules-vendor a");
                    vendor += 1;
                }
                RuleTarget::Pattern(pattern) => {
                    // The pattern, its real example and its source, verbatim, side by side.
                    let items = Selector::parse("table.patterns tbody tr").unwrap();
                    let found = html.select(&items).any(|li| {
                        let text = |css: &str| -> String {
                            li.select(&Selector::parse(css).unwrap())
                                .flat_map(|e| e.text())
                                .collect()
                        };
                        text("td.rule code") == *pattern
                            && text("td.example code") == rule.example
                            && hrefs_in(&li, "td.source a") == [rule.source.clone()]
                    });
                    assert!(found, "{tag}/{reason_page}: pattern {pattern:?}");
                    patterns += 1;
                }
            }
        }
    }
    let locales = data.locales.len();
    assert!(codes > 100 * locales, "{codes}");
    assert!(vendor > 200 * locales, "{vendor}");
    assert!(patterns > 200 * locales, "{patterns}");
    // Codes without a rule show no usual reason.
    let en = |name: &str| common::file(&files, &format!("docs/en/{name}")).to_owned();
    assert!(!en("5-x-x.html").contains("usual-reason"));
    assert!(en("x-1-1.html").contains("href=\"reason-userunknown.html\""));
    assert!(en("microsoft-5-7-606.html").contains("href=\"reason-blocked.html\""));
}

fn hrefs_in(element: &scraper::ElementRef<'_>, css: &str) -> Vec<String> {
    element
        .select(&scraper::Selector::parse(css).unwrap())
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect()
}

#[test]
fn reason_pages_mark_english_patterns_and_examples_outside_english() {
    use scraper::{Html, Selector};
    let (data, files) = generated();
    let verbatim = Selector::parse("table.patterns .verbatim").unwrap();
    let page = |tag: &str| {
        Html::parse_document(common::file(
            &files,
            &format!("docs/{tag}/reason-userunknown.html"),
        ))
    };
    for (index, locale) in data.locales.iter().enumerate() {
        let html = page(&locale.tag);
        let langs: Vec<Option<&str>> = html
            .select(&verbatim)
            .map(|e| e.value().attr("lang"))
            .collect();
        assert!(langs.len() > 10, "{}: {}", locale.tag, langs.len());
        let expected = (index != 0).then_some("en");
        assert!(
            langs.iter().all(|l| *l == expected),
            "{}: {langs:?}",
            locale.tag
        );
    }
}

#[test]
fn reasons_markdown_has_a_section_per_reason_and_codes_link_their_usual_reason() {
    use codegen::markdown::{reason_anchor, REASONS_FILE};
    use codegen::model::RuleTarget;
    let (data, files) = generated();
    common::check_markdown(&files);
    let code_rules = data
        .reason_rules
        .iter()
        .filter(|r| matches!(r.target, RuleTarget::Reply(_) | RuleTarget::Status(..)))
        .count();
    let vendor_rules = data
        .reason_rules
        .iter()
        .filter(|r| matches!(r.target, RuleTarget::Vendor(_)))
        .count();
    for locale in &data.locales {
        let tag = &locale.tag;
        let reasons = common::file(&files, &format!("docs/{tag}/{REASONS_FILE}"));
        for reason in &data.reasons {
            assert_eq!(reason_anchor(reason), format!("reason-{}", reason.id));
            let anchor = format!("<a id=\"{}\"></a>", reason_anchor(reason));
            assert_eq!(reasons.matches(&anchor).count(), 1, "{tag}: {anchor}");
            assert_eq!(
                codegen::messages::reason_message_id(reason),
                format!("smtp-reason-{}", reason.id),
                "one naming function for anchors and message ids"
            );
        }
        let readme = common::file(&files, &format!("docs/{tag}/README.md"));
        assert!(
            readme.contains(&format!("]({REASONS_FILE})")),
            "{tag}: contents"
        );
        assert_eq!(
            readme.matches(&format!("]({REASONS_FILE}#reason-")).count(),
            code_rules,
            "docs/{tag}/README.md: one usual reason per reply code and registry entry with a rule"
        );
        let providers = common::file(&files, &format!("docs/{tag}/providers.md"));
        assert_eq!(
            providers
                .matches(&format!("]({REASONS_FILE}#reason-"))
                .count(),
            vendor_rules,
            "docs/{tag}/providers.md: one usual reason per entry with a rule"
        );
        // The section of X.1.1 names userunknown; Microsoft's 5.7.606, blocked.
        let section = |text: &str, anchor: &str| -> String {
            let start = text.find(&format!("<a id=\"{anchor}\">")).unwrap();
            let rest = &text[start + 1..];
            rest[..rest.find("<a id=").unwrap_or(rest.len())].to_owned()
        };
        assert!(section(readme, "code-x-1-1").contains("(reasons.md#reason-userunknown)"));
        assert!(section(providers, "microsoft-5-7-606").contains("(reasons.md#reason-blocked)"));
        // A pattern's real example is in its reason's section, next to the pattern.
        let userunknown = section(reasons, "reason-userunknown");
        assert!(userunknown.contains("\n`user unknown`. "), "{tag}");
        assert!(userunknown.contains("(README.md#code-x-1-1)"), "{tag}");
    }
}
