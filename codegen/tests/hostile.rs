//! Text that every output format would read as syntax goes through the real `generate()` and
//! comes out inert and exact in each: HTML, Markdown, Fluent, gettext and JSON.

mod common;

use codegen::html::{page_name, provider_page_name, vendor_page_name};
use codegen::model::{Code, Data};
use codegen::{GeneratedFile, Source, Sources};
use scraper::{Html, Selector};

/// Hostile text for one field in one locale; `tag` keeps translations apart from English.
fn hostile(field: &str, tag: &str) -> String {
    let local = match tag {
        "tr" => " İıŞşĞğ".to_owned(),
        "de" => " ÄÖÜäöüß".to_owned(),
        "en" => " ✓ café".to_owned(),
        // A locale added later: text of its own, so that it is not a copy of English.
        other => format!(" ✓ café ({other})"),
    };
    match field {
        // One line: messages may not break.
        "message" => format!(
            "*Star <script>alert(\"x\")</script> </td> {{ $x }} | \"q\" \\ <domain> &amp;{local}"
        ),
        "explanation" => format!(
            "[Bracket](http://example.com) & <b>bold</b> {{ $y }}\n.dot line\n*star line\n\n1. not a list\n- not a list\n  two spaces # not a heading\n: not a definition\n> not a quote{local}"
        ),
        "sender" => format!(
            "`tick` _under_ ~~strike~~ $math$ ^sup^ #hash <!-- c --> ]]> {{{{ tpl }}}} {{% tag %}}{local}"
        ),
        "admin" => format!(
            " leading space, 'single' \"double\" \\back\\slash ${{js}} </script><script>x</script> \\n trailing{local} "
        ),
        "described_as" => format!("[Seed] wording {{ $z }} | *not* the message{local}"),
        _ => unreachable!(),
    }
}

fn sources() -> Sources {
    let header = std::fs::read_to_string(common::root().join("data/codes.csv"))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_owned();
    let columns: Vec<&str> = header.split(',').collect();
    let tags = common::locale_tags();
    let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
    let rows = [
        ("reply", "550", "MailboxUnavailable", "", "X.1.1"),
        ("class", "5", "PermanentFailure", "", ""),
        ("subject", "X.1", "AddressingStatus", "", ""),
        (
            "status",
            "X.1.1",
            "BadDestinationMailboxAddress",
            "550",
            "550",
        ),
    ];
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&columns).unwrap();
    for (kind, code, id, associated, see_also) in rows {
        let record: Vec<String> = columns
            .iter()
            .map(|column| match *column {
                "kind" => kind.to_owned(),
                "code" => code.to_owned(),
                "id" => id.to_owned(),
                "standing" => "standard".to_owned(),
                "references" => "RFC 5321 §4.2.3; seed".to_owned(),
                "associated" => associated.to_owned(),
                "see_also" => see_also.to_owned(),
                "note" | "same_text" => String::new(),
                text => {
                    let (field, tag) = text.split_once('.').expect("a text column");
                    hostile(field, tag)
                }
            })
            .collect();
        writer.write_record(&record).unwrap();
    }
    let source = |name: &str, bytes: Vec<u8>| Source {
        name: name.to_owned(),
        bytes,
    };
    Sources {
        codes: source("data/codes.csv", writer.into_inner().unwrap()),
        locales: source(
            "data/locales.csv",
            std::fs::read(common::root().join("data/locales.csv")).unwrap(),
        ),
        ui: source("data/ui.csv", common::ui_csv(&tags)),
        providers: source("data/providers.csv", hostile_providers()),
        provider_rules: source("data/provider_rules.csv", hostile_rules()),
        vendor_codes: source("data/vendor_codes.csv", hostile_vendor(&columns)),
        reasons: source("data/reasons.csv", hostile_reasons(&columns)),
        reason_rules: source("data/reason_rules.csv", hostile_reason_rules()),
    }
}

/// The reason every classifier needs (`undefined`) and one more, with hostile texts.
fn hostile_reasons(code_columns: &[&str]) -> Vec<u8> {
    let text_columns: Vec<&str> = code_columns
        .iter()
        .copied()
        .filter(|c| c.contains('.') && !c.starts_with("described_as"))
        .collect();
    let mut header = vec!["id", "variant", "hard", "source", "note"];
    header.extend(&text_columns);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    for (id, variant, hard) in [
        ("undefined", "Undefined", "by-code"),
        ("blocked", "Blocked", "no"),
    ] {
        let mut record: Vec<String> = vec![
            id.into(),
            variant.into(),
            hard.into(),
            "https://example.com/<reason>".into(),
            hostile("sender", "en"),
        ];
        for column in &text_columns {
            let (field, tag) = column.split_once('.').unwrap();
            record.push(hostile(field, tag));
        }
        writer.write_record(&record).unwrap();
    }
    writer.into_inner().unwrap()
}

/// A pattern whose text and example are hostile.
fn hostile_reason_rules() -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
            "kind", "target", "reason", "strength", "example", "source", "note",
        ])
        .unwrap();
    writer
        .write_record([
            "pattern",
            "</td>{ $x } blocked",
            "blocked",
            "strong",
            "550 5.7.1 <b></td>{ $x } blocked</b>",
            "https://example.com/\"q\"",
            "",
        ])
        .unwrap();
    writer
        .write_record(["vendor", "HostileEntry", "blocked", "strong", "", "", ""])
        .unwrap();
    writer.into_inner().unwrap()
}

/// One provider whose name is hostile text.
fn hostile_providers() -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["id", "name", "url", "note"]).unwrap();
    writer
        .write_record([
            "Hostile",
            &hostile("message", "en"),
            "https://example.com/<script>?a=1&b=\"2\"",
            "",
        ])
        .unwrap();
    writer.into_inner().unwrap()
}

/// One rule whose pattern and example are hostile text.
fn hostile_rules() -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["provider", "kind", "pattern", "source", "example"])
        .unwrap();
    writer
        .write_record([
            "Hostile",
            "contains",
            "</td>{ $x }",
            "https://example.com/\"quoted\"",
            "550 5.7.1 <b></td>{ $x }</b> | *",
        ])
        .unwrap();
    writer.into_inner().unwrap()
}

/// One vendor entry with hostile texts in every locale, wording, title and note.
fn hostile_vendor(code_columns: &[&str]) -> Vec<u8> {
    let text_columns: Vec<&str> = code_columns
        .iter()
        .copied()
        .filter(|c| c.contains('.') && !c.starts_with("described_as"))
        .collect();
    let mut header = vec![
        "provider",
        "id",
        "key",
        "reply_codes",
        "enhanced",
        "match",
        "wording",
        "source_url",
        "source_title",
        "note",
    ];
    header.extend(&text_columns);
    let wording = hostile("explanation", "en");
    let mut record: Vec<String> = vec![
        "Hostile".into(),
        "HostileEntry".into(),
        "5.1.1".into(),
        "550".into(),
        "5.1.1".into(),
        "[Bracket](http://example.com)".into(),
        wording,
        "https://example.com/<b>".into(),
        hostile("message", "de"),
        hostile("sender", "en"),
    ];
    for column in &text_columns {
        let (field, tag) = column.split_once('.').unwrap();
        record.push(hostile(field, tag));
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    writer.write_record(&record).unwrap();
    writer.into_inner().unwrap()
}

fn generated() -> (Data, Vec<GeneratedFile>) {
    let sources = sources();
    let data = codegen::load(&sources).unwrap_or_else(|e| panic!("{e}"));
    let files = codegen::generate(&sources).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(files, codegen::render(&data));
    (data, files)
}

#[test]
fn hostile_data_is_what_the_test_means() {
    let (data, _) = generated();
    assert_eq!(
        data.locales
            .iter()
            .map(|l| l.tag.as_str())
            .collect::<Vec<_>>(),
        common::locale_tags(),
        "the test covers every locale of data/locales.csv"
    );
    let texts = &common::entry(&data, Code::Reply(550)).texts[1];
    assert_eq!(texts.explanation, hostile("explanation", "tr"));
    assert!(!texts.fallback);
    // The reasons' hostile texts are among the messages every format must keep exact.
    let messages = common::expected_messages(&data, 1);
    let blocked = &messages["smtp-reason-blocked"];
    assert_eq!(blocked["message"], hostile("message", "tr"));
    assert_eq!(blocked["admin"], hostile("admin", "tr"));
    assert!(messages.contains_key("smtp-reason-undefined"));
}

#[test]
fn fluent_keeps_hostile_text_exact() {
    let (data, files) = generated();
    common::check_fluent(&files, &data);
}

#[test]
fn gettext_keeps_hostile_text_exact() {
    let (data, files) = generated();
    common::check_gettext(&files, &data, "hostile");
}

#[test]
fn json_keeps_hostile_text_exact() {
    let (data, files) = generated();
    common::check_json(&files, &data);
}

/// The text of the only element `selector` picks on `page`.
fn text_of(html: &Html, selector: &str, page: &str) -> String {
    let selector = Selector::parse(selector).unwrap();
    let mut found = html.select(&selector);
    let element = found
        .next()
        .unwrap_or_else(|| panic!("{page}: nothing matches {selector:?}"));
    assert!(found.next().is_none(), "{page}: more than one {selector:?}");
    element.text().collect()
}

/// `page` holds no script element and shows `texts` exactly, as text, where the templates of
/// code, vendor and reason pages put them: the message in the heading, the meaning, and the
/// two cards of advice.
fn shows_texts(html: &Html, page: &str, texts: &codegen::model::Texts) {
    let scripts = Selector::parse("script").unwrap();
    assert_eq!(html.select(&scripts).count(), 0, "{page}: a script element");
    assert_eq!(text_of(html, "h1 > span", page), texts.message);
    for (section, text) in [
        ("meaning", &texts.explanation),
        ("sender", &texts.sender),
        ("admin", &texts.admin),
    ] {
        let selector = format!("section[aria-labelledby={section}] p.text");
        assert_eq!(&text_of(html, &selector, page), text, "{page}: {section}");
    }
}

#[test]
fn html_keeps_hostile_text_exact_and_inert() {
    let (data, files) = generated();
    common::check_html(&files, &data);
    let scripts = Selector::parse("script").unwrap();
    for (index, locale) in data.locales.iter().enumerate() {
        for entry in &data.entries {
            let texts = &entry.texts[index];
            let page = format!("docs/{}/{}", locale.tag, page_name(entry.code));
            let html = Html::parse_document(common::file(&files, &page));
            shows_texts(&html, &page, texts);
            assert_eq!(text_of(&html, "blockquote", &page), texts.described_as);
            assert_eq!(
                text_of(&html, "title", &page),
                format!(
                    "{} {} · {}",
                    entry.code, texts.message, data.ui[index].site_name
                )
            );
        }
        let page = format!("docs/{}/index.html", locale.tag);
        let html = Html::parse_document(common::file(&files, &page));
        let srcs: Vec<_> = html
            .select(&scripts)
            .map(|s| s.value().attr("src").unwrap_or("inline"))
            .collect();
        let texts_file = format!("explain-{}.js", locale.tag);
        assert_eq!(
            srcs,
            [
                "../assets/filter.js",
                "../assets/explain-data.js",
                &format!("../assets/{texts_file}"),
                "../assets/explain.js"
            ],
            "{page}"
        );
        // The explain box's texts are JSON in a script file of their own: exact after parsing.
        let path = format!("docs/assets/{texts_file}");
        let script = common::file(&files, &path);
        let json = script
            .split_once("window.smtpCodesTexts = ")
            .and_then(|(_, rest)| rest.trim_end().strip_suffix(';'))
            .unwrap_or_else(|| panic!("{path}: no texts object"));
        let texts: serde_json::Value = serde_json::from_str(json).unwrap();
        let reply = &common::entry(&data, Code::Reply(550)).texts[index];
        assert_eq!(texts["replies"]["550"][0], *reply.message, "{path}");
        assert_eq!(texts["replies"]["550"][1], *reply.sender, "{path}");
        let message = &common::entry(&data, Code::Reply(550)).texts[index].message;
        assert_eq!(
            text_of(&html, "tr[data-codes=\"550\"] td:nth-child(2)", &page),
            *message
        );
    }
}

#[test]
fn markdown_keeps_hostile_text_exact_and_inert() {
    let (data, files) = generated();
    common::check_markdown(&files);
    for (index, locale) in data.locales.iter().enumerate() {
        let path = format!("docs/{}/README.md", locale.tag);
        let (blocks, _) = common::markdown_blocks(common::file(&files, &path));
        let t = &data.ui[index];
        for entry in &data.entries {
            let texts = &entry.texts[index];
            let expect = |block: String| {
                assert!(
                    blocks.contains(&block),
                    "{path}: no block reads exactly {block:?}\nblocks: {blocks:#?}"
                );
            };
            expect(texts.message.clone()); // its table cell
            expect(format!("{} {}", entry.code, texts.message)); // its heading
            expect(texts.explanation.clone());
            expect(format!("{}: {}", t.sender, texts.sender));
            expect(format!("{}: {}", t.admin, texts.admin));
            expect(format!("{}: {}", t.described_as, texts.described_as));
        }
    }
}

#[test]
fn provider_and_vendor_pages_keep_hostile_text_exact_and_inert() {
    let (data, files) = generated();
    let scripts = Selector::parse("script").unwrap();
    let (provider, entry, rule) = (&data.providers[0], &data.vendor[0], &data.rules[0]);
    assert_eq!(provider.name, hostile("message", "en"));
    for (index, locale) in data.locales.iter().enumerate() {
        let t = &data.ui[index];
        let texts = &entry.texts[index];
        assert!(!texts.fallback);

        let page = format!("docs/{}/{}", locale.tag, vendor_page_name(entry));
        let html = Html::parse_document(common::file(&files, &page));
        shows_texts(&html, &page, texts);
        assert_eq!(text_of(&html, "h1 > code", &page), "5.1.1");
        assert_eq!(text_of(&html, "blockquote.wording", &page), entry.wording);
        assert_eq!(text_of(&html, "p.note", &page), entry.note);
        assert_eq!(text_of(&html, "p.source a", &page), entry.source_title);
        assert_eq!(text_of(&html, "p.provider a", &page), provider.name);
        let source = Selector::parse("p.source a").unwrap();
        let href = html
            .select(&source)
            .next()
            .and_then(|a| a.value().attr("href"));
        assert_eq!(href, Some(entry.source_url.as_str()), "{page}");
        assert_eq!(
            text_of(&html, "title", &page),
            format!(
                "{} {} · {} · {}",
                entry.key, texts.message, provider.name, t.site_name
            )
        );

        let page = format!("docs/{}/{}", locale.tag, provider_page_name(provider));
        let html = Html::parse_document(common::file(&files, &page));
        assert_eq!(html.select(&scripts).count(), 0, "{page}: a script element");
        assert_eq!(text_of(&html, "h1", &page), provider.name);
        assert_eq!(text_of(&html, ".rule code", &page), rule.pattern);
        assert_eq!(text_of(&html, "blockquote.example", &page), rule.example);
        assert_eq!(text_of(&html, "p.source a", &page), rule.source);
        assert_eq!(text_of(&html, "td:nth-child(3)", &page), texts.message);
        let docs = Selector::parse(".code-head a").unwrap();
        let href = html
            .select(&docs)
            .next()
            .and_then(|a| a.value().attr("href"));
        assert_eq!(href, Some(provider.url.as_str()), "{page}");

        // The registry's X.1.1 lists it; the index has its row, for the filter.
        let page = format!(
            "docs/{}/{}",
            locale.tag,
            page_name(Code::Status {
                subject: 1,
                detail: 1
            })
        );
        let html = Html::parse_document(common::file(&files, &page));
        assert_eq!(
            text_of(
                &html,
                "section[aria-labelledby=provider-use] li span",
                &page
            ),
            texts.message
        );
        assert_eq!(
            text_of(&html, "section[aria-labelledby=provider-use] h3", &page),
            provider.name
        );
        let page = format!("docs/{}/index.html", locale.tag);
        let html = Html::parse_document(common::file(&files, &page));
        assert_eq!(
            text_of(&html, "tr[data-token] td:nth-child(3)", &page),
            texts.message
        );
        assert_eq!(text_of(&html, "#providers h3", &page), provider.name);
    }
}

#[test]
fn providers_markdown_keeps_hostile_text_exact_and_inert() {
    let (data, files) = generated();
    let (provider, entry) = (&data.providers[0], &data.vendor[0]);
    for (index, locale) in data.locales.iter().enumerate() {
        let path = format!("docs/{}/providers.md", locale.tag);
        let (blocks, html) = common::markdown_blocks(common::file(&files, &path));
        let raw = html.concat();
        assert!(
            !raw.contains("<script") && !raw.contains("<b>"),
            "{path}: {raw}"
        );
        let t = &data.ui[index];
        let texts = &entry.texts[index];
        let expect = |block: String| {
            assert!(
                blocks.contains(&block),
                "{path}: no block reads exactly {block:?}\nblocks: {blocks:#?}"
            );
        };
        expect(provider.name.clone()); // its heading
        expect(texts.message.clone()); // its table cell
        expect(format!("5.1.1 {}", texts.message)); // its heading
        expect(texts.explanation.clone());
        expect(format!("{}: {}", t.sender, texts.sender));
        expect(format!("{}: {}", t.admin, texts.admin));
        expect(format!("{}: {}", t.wording, entry.wording));
        expect(format!("{}: {}", t.source, entry.source_title));
        expect(format!("{}: {}", t.notes, entry.note));
        // The registry's section of X.1.1 in README.md lists it.
        let readme = format!("docs/{}/README.md", locale.tag);
        let (blocks, _) = common::markdown_blocks(common::file(&files, &readme));
        let listed = format!(
            "{}: 5.1.1 {}: {}",
            t.provider_use, provider.name, texts.message
        );
        assert!(blocks.contains(&listed), "{readme}: no {listed:?}");
    }
}

#[test]
fn reason_pages_keep_hostile_text_exact_and_inert() {
    use codegen::html::reason_page_name;
    let (data, files) = generated();
    let rule = data
        .reason_rules
        .iter()
        .find(|r| r.example.contains("</td>"))
        .expect("the hostile pattern");
    let reason = &data.reasons[rule.reason];
    assert_eq!(reason.id, "blocked");
    for (index, locale) in data.locales.iter().enumerate() {
        let texts = &reason.texts[index];
        assert!(!texts.fallback);
        let page = format!("docs/{}/{}", locale.tag, reason_page_name(reason));
        let html = Html::parse_document(common::file(&files, &page));
        shows_texts(&html, &page, texts);
        assert_eq!(text_of(&html, "h1 > code", &page), "blocked");
        assert_eq!(text_of(&html, "td.rule code", &page), "</td>{ $x } blocked");
        assert_eq!(text_of(&html, "td.example code", &page), rule.example);
        assert_eq!(text_of(&html, "td.source a", &page), "example.com/\"q\"");
        assert_eq!(text_of(&html, "p.note", &page), reason.note);
        let href = |css: &str| {
            let selector = Selector::parse(css).unwrap();
            html.select(&selector)
                .next()
                .and_then(|a| a.value().attr("href"))
                .map(str::to_owned)
        };
        assert_eq!(href("td.source a"), Some(rule.source.clone()), "{page}");
        assert_eq!(
            href("p.vocabulary a"),
            Some(reason.source.clone()),
            "{page}"
        );
        // The provider's entry leads to it, and its page says so.
        assert_eq!(
            text_of(&html, ".rules-vendor li span", &page),
            data.vendor[0].texts[index].message
        );
        let vendor_page = format!("docs/{}/{}", locale.tag, vendor_page_name(&data.vendor[0]));
        let vendor = Html::parse_document(common::file(&files, &vendor_page));
        assert_eq!(
            text_of(&vendor, "p.usual-reason a > span", &vendor_page),
            texts.message
        );
        // The index lists it.
        let index_page = format!("docs/{}/index.html", locale.tag);
        let index_html = Html::parse_document(common::file(&files, &index_page));
        assert_eq!(
            text_of(
                &index_html,
                "#reasons tr:nth-child(2) td:nth-child(2)",
                &index_page
            ),
            texts.message
        );
    }
}

#[test]
fn reasons_markdown_keeps_hostile_text_exact_and_inert() {
    let (data, files) = generated();
    let rule = data
        .reason_rules
        .iter()
        .find(|r| r.example.contains("</td>"))
        .expect("the hostile pattern");
    let reason = &data.reasons[rule.reason];
    for (index, locale) in data.locales.iter().enumerate() {
        let path = format!("docs/{}/reasons.md", locale.tag);
        let (blocks, html) = common::markdown_blocks(common::file(&files, &path));
        let raw = html.concat();
        assert!(
            !raw.contains("<script") && !raw.contains("<b>") && !raw.contains("</td>"),
            "{path}: {raw}"
        );
        let t = &data.ui[index];
        let texts = &reason.texts[index];
        let expect = |block: String| {
            assert!(
                blocks.contains(&block),
                "{path}: no block reads exactly {block:?}\nblocks: {blocks:#?}"
            );
        };
        expect(texts.message.clone()); // its table cell
        expect(format!("blocked {}", texts.message)); // its heading
        expect(texts.explanation.clone());
        expect(format!("{}: {}", t.sender, texts.sender));
        expect(format!("{}: {}", t.reason_admin, texts.admin));
        expect(format!("{}: {}", t.notes, reason.note));
        expect(format!(
            "</td>{{ $x }} blocked. {}: {} ({})",
            t.rule_example, rule.example, t.source
        ));
        // The provider's entry in providers.md names it as its usual reason.
        let providers = format!("docs/{}/providers.md", locale.tag);
        let (blocks, _) = common::markdown_blocks(common::file(&files, &providers));
        let usual = format!(
            "{}: blocked {} ({})",
            t.usual_reason, texts.message, t.bounce_soft
        );
        assert!(blocks.contains(&usual), "{providers}: no {usual:?}");
    }
}
