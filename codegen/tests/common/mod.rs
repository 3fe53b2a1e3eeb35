//! Helpers shared by the integration tests of codegen.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen lives in the repository root")
        .to_path_buf()
}

/// `data/vendor_codes.csv` with the text columns of `tags` only: the real provider entries for
/// test data whose locales are a subset of the real ones.
pub fn vendor_csv(tags: &[&str]) -> Vec<u8> {
    with_locales("data/vendor_codes.csv", tags)
}

/// `data/reasons.csv` with the text columns of `tags` only.
pub fn reasons_csv(tags: &[&str]) -> Vec<u8> {
    with_locales("data/reasons.csv", tags)
}

/// A data file with `<field>.<tag>` columns, keeping only those of `tags`.
fn with_locales(path: &str, tags: &[&str]) -> Vec<u8> {
    select_columns(path, |headers| {
        (0..headers.len())
            .filter(|&i| match headers[i].split_once('.') {
                Some((_, tag)) => tags.contains(&tag),
                None => true,
            })
            .collect()
    })
}

/// `data/ui.csv` with only the `key` column and the columns of `tags`, in that order: the words
/// of the site for test data whose locales are a subset of the real ones.
pub fn ui_csv(tags: &[&str]) -> Vec<u8> {
    select_columns("data/ui.csv", |headers| {
        std::iter::once("key")
            .chain(tags.iter().copied())
            .map(|name| {
                headers
                    .iter()
                    .position(|h| h == name)
                    .unwrap_or_else(|| panic!("data/ui.csv has no column `{name}`"))
            })
            .collect()
    })
}

/// The real data file at `path` with the columns `pick` chooses from its header, in that order.
fn select_columns(path: &str, pick: impl FnOnce(&csv::StringRecord) -> Vec<usize>) -> Vec<u8> {
    let bytes = std::fs::read(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers = reader.headers().expect("a header").clone();
    let columns = pick(&headers);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(columns.iter().map(|&i| &headers[i]))
        .unwrap();
    for record in reader.records() {
        let record = record.unwrap_or_else(|e| panic!("{path}: {e}"));
        writer
            .write_record(columns.iter().map(|&i| &record[i]))
            .unwrap();
    }
    writer.into_inner().expect("flush")
}

/// The tags of the real `data/locales.csv`, in file order.
pub fn locale_tags() -> Vec<String> {
    let bytes = std::fs::read(root().join("data/locales.csv")).expect("read data/locales.csv");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    reader
        .records()
        .map(|r| r.expect("a valid locales.csv row")[0].to_owned())
        .collect()
}

/// The real `data/codes.csv` with the text columns of `tags` only (`message.<tag>`, …) and every
/// other column: the rows for test data whose locales are a subset of the real ones.
pub fn codes_csv(tags: &[&str]) -> Vec<u8> {
    with_locales("data/codes.csv", tags)
}

use codegen::messages::{message_id, reason_message_id, vendor_message_id};
use codegen::model::{Data, Entry, Texts, TEXT_FIELDS};
use codegen::GeneratedFile;
use std::collections::{BTreeMap, BTreeSet};

/// The generated file at `path`.
pub fn file<'f>(files: &'f [GeneratedFile], path: &str) -> &'f str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no generated file {path}"))
        .contents
}

/// What a locale's message files must hold: id -> (field -> text), `message` included; only
/// rows (codes, provider entries and bounce reasons) with text of their own in the locale. Ids
/// are unique.
pub fn expected_messages(data: &Data, locale: usize) -> BTreeMap<String, BTreeMap<String, String>> {
    let codes = data
        .entries
        .iter()
        .map(|e| (message_id(e.code), &e.texts[locale]));
    let vendor = data
        .vendor
        .iter()
        .map(|v| (vendor_message_id(v), &v.texts[locale]));
    let reasons = data
        .reasons
        .iter()
        .map(|r| (reason_message_id(r), &r.texts[locale]));
    let mut all = BTreeMap::new();
    for (id, texts) in codes.chain(vendor).chain(reasons) {
        if texts.fallback {
            continue;
        }
        let old = all.insert(id.clone(), fields_of(texts));
        assert!(old.is_none(), "message id {id} twice");
    }
    all
}

fn fields_of(texts: &Texts) -> BTreeMap<String, String> {
    let mut fields = BTreeMap::new();
    for field in TEXT_FIELDS {
        let text = texts.get(field);
        match field.attribute {
            None => {
                fields.insert("message".to_owned(), text.to_owned());
            }
            Some(name) if !text.is_empty() => {
                fields.insert(name.to_owned(), text.to_owned());
            }
            Some(_) => {}
        }
    }
    fields
}

/// Every `.ftl` parses without errors or junk, loads into a `FluentBundle`, and formats every
/// message and attribute back to exactly the data's text.
pub fn check_fluent(files: &[GeneratedFile], data: &Data) {
    use fluent_bundle::{FluentBundle, FluentResource};
    for (index, locale) in data.locales.iter().enumerate() {
        let path = format!("smtp-codes/locales/fluent/{}/smtp_codes.ftl", locale.tag);
        let source = file(files, &path).to_owned();
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{path} does not parse: {errors:?}"),
        };
        for entry in &resource.body {
            assert!(
                !matches!(entry, fluent_syntax::ast::Entry::Junk { .. }),
                "{path} has junk: {entry:?}"
            );
        }
        let resource = FluentResource::try_new(source)
            .unwrap_or_else(|(_, e)| panic!("{path} does not load: {e:?}"));
        let langid: unic_langid::LanguageIdentifier = locale.tag.parse().unwrap();
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{path}: {e:?}"));
        let expected = expected_messages(data, index);
        for (id, fields) in &expected {
            let message = bundle
                .get_message(id)
                .unwrap_or_else(|| panic!("{path} has no message {id}"));
            let mut found = BTreeMap::new();
            let mut errors = vec![];
            let value = message.value().expect("every message has a value");
            found.insert(
                "message".to_owned(),
                bundle.format_pattern(value, None, &mut errors).into_owned(),
            );
            for attribute in message.attributes() {
                found.insert(
                    attribute.id().to_owned(),
                    bundle
                        .format_pattern(attribute.value(), None, &mut errors)
                        .into_owned(),
                );
            }
            assert!(errors.is_empty(), "{path} {id}: {errors:?}");
            assert_eq!(&found, fields, "{path} {id}");
        }
        let count = resource_messages(file(files, &path));
        assert_eq!(count, expected.len(), "{path}: messages");
    }
}

fn resource_messages(source: &str) -> usize {
    let resource = fluent_syntax::parser::parse(source).expect("parsed above");
    resource
        .body
        .iter()
        .filter(|e| matches!(e, fluent_syntax::ast::Entry::Message(_)))
        .count()
}

/// Every `.po` passes `msgfmt --check` without a warning, and the catalog msgfmt compiles holds
/// exactly the data's texts. Without msgfmt the check is skipped, except under CI, where it
/// fails.
pub fn check_gettext(files: &[GeneratedFile], data: &Data, scratch_name: &str) {
    if std::process::Command::new("msgfmt")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "msgfmt (gettext) is not installed, and CI needs it: .ci/run installs it"
        );
        eprintln!("SKIPPED: msgfmt is not installed; install gettext to check the .po files");
        return;
    }
    let dir = std::env::temp_dir().join(format!(
        "smtp-codes-po-{scratch_name}-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    for (index, locale) in data.locales.iter().enumerate() {
        let path = format!("smtp-codes/locales/gettext/{}.po", locale.tag);
        let po = dir.join(format!("{}.po", locale.tag));
        let mo = dir.join(format!("{}.mo", locale.tag));
        std::fs::write(&po, file(files, &path)).unwrap();
        let output = std::process::Command::new("msgfmt")
            .arg("--check")
            .arg("-o")
            .arg(&mo)
            .arg(&po)
            .output()
            .expect("run msgfmt");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "msgfmt --check {path}:\n{stderr}");
        assert!(
            stderr.trim().is_empty(),
            "msgfmt --check {path} warns:\n{stderr}"
        );
        let catalog = read_mo(&std::fs::read(&mo).unwrap());
        let mut expected = BTreeMap::new();
        for (id, fields) in expected_messages(data, index) {
            for (field, text) in fields {
                let key = if field == "message" {
                    id.clone()
                } else {
                    format!("{id}.{field}")
                };
                expected.insert(key, text);
            }
        }
        assert_eq!(catalog, expected, "{path}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The translations of a GNU `.mo` file, header left out.
fn read_mo(bytes: &[u8]) -> BTreeMap<String, String> {
    let word = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
    assert_eq!(word(0), 0x9504_12de, "a little-endian .mo file");
    let (count, originals, translations) = (word(8), word(12), word(16));
    let string = |table: usize, i: usize| {
        let (length, offset) = (word(table + 8 * i), word(table + 8 * i + 4));
        String::from_utf8(bytes[offset..offset + length].to_vec()).unwrap()
    };
    (0..count)
        .map(|i| (string(originals, i), string(translations, i)))
        .filter(|(id, _)| !id.is_empty())
        .collect()
}

/// Every `.json` parses back to the expected map.
pub fn check_json(files: &[GeneratedFile], data: &Data) {
    for (index, locale) in data.locales.iter().enumerate() {
        let path = format!("smtp-codes/locales/json/{}.json", locale.tag);
        let value: serde_json::Value = serde_json::from_str(file(files, &path))
            .unwrap_or_else(|e| panic!("{path} does not parse: {e}"));
        assert_eq!(value["locale"], locale.tag.as_str(), "{path}");
        assert!(value["@generated"].is_string(), "{path}");
        let messages: BTreeMap<String, BTreeMap<String, String>> =
            serde_json::from_value(value["messages"].clone()).expect("id -> field -> text");
        assert_eq!(messages, expected_messages(data, index), "{path}");
    }
}

/// The folder of a `/`-separated path, and a relative reference resolved against it.
fn resolve(from: &str, reference: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in reference.split('/') {
        match part {
            "." | "" => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// Every HTML page parses without errors with html5ever; its ids are unique; it has one `h1`;
/// its `lang` is its locale's; every internal link and anchor resolves to a generated file and
/// id; nothing loads from elsewhere (only links (`a`) to the text of references leave the site).
pub fn check_html(files: &[GeneratedFile], data: &Data) {
    use scraper::{Html, Selector};
    let paths: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let mut ids: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut pages = Vec::new();
    let any = Selector::parse("[id]").unwrap();
    for f in files.iter().filter(|f| f.path.ends_with(".html")) {
        assert!(f.path.starts_with("docs/"), "{}", f.path);
        assert!(
            f.contents
                .starts_with("<!-- @generated by `cargo xtask gen`"),
            "{}: header",
            f.path
        );
        let html = Html::parse_document(&f.contents);
        assert!(html.errors.is_empty(), "{}: {:?}", f.path, html.errors);
        let mut seen = BTreeSet::new();
        for element in html.select(&any) {
            let id = element.value().attr("id").unwrap().to_owned();
            assert!(seen.insert(id.clone()), "{}: duplicate id {id}", f.path);
        }
        ids.insert(&f.path, seen);
        pages.push((f.path.as_str(), html));
    }
    let h1 = Selector::parse("h1").unwrap();
    let root = Selector::parse("html").unwrap();
    let refs = Selector::parse("[href], [src]").unwrap();
    let tags: Vec<&str> = data.locales.iter().map(|l| l.tag.as_str()).collect();
    for (path, html) in &pages {
        assert_eq!(html.select(&h1).count(), 1, "{path}: one h1");
        let lang = html
            .select(&root)
            .next()
            .and_then(|e| e.value().attr("lang"))
            .unwrap_or_else(|| panic!("{path}: no lang"));
        let folder = path.split('/').nth(1).unwrap_or("");
        let expected = if tags.contains(&folder) { folder } else { "en" };
        assert_eq!(lang, expected, "{path}: lang");
        for element in html.select(&refs) {
            let name = element.value().name();
            for attribute in ["href", "src"] {
                let Some(target) = element.value().attr(attribute) else {
                    continue;
                };
                if target.contains("://") || target.starts_with("//") {
                    // Some providers' documentation is served over plain HTTP only
                    // (Comcast's postmaster pages): links to it stay as the data gives them.
                    assert!(
                        name == "a"
                            && (target.starts_with("https://") || target.starts_with("http://")),
                        "{path}: <{name} {attribute}=\"{target}\"> leaves the site"
                    );
                    continue;
                }
                let (file_part, fragment) = match target.split_once('#') {
                    Some((file_part, fragment)) => (file_part, Some(fragment)),
                    None => (target, None),
                };
                let file_path = if file_part.is_empty() {
                    (*path).to_owned()
                } else {
                    resolve(path, file_part)
                };
                assert!(
                    paths.contains(file_path.as_str()),
                    "{path}: {attribute}=\"{target}\" names no generated file ({file_path})"
                );
                if let Some(fragment) = fragment {
                    let target_ids = ids.get(file_path.as_str()).unwrap_or_else(|| {
                        panic!("{path}: {target} has an anchor but is not a page")
                    });
                    assert!(
                        target_ids.contains(fragment),
                        "{path}: {target}: no id `{fragment}` in {file_path}"
                    );
                }
            }
        }
    }
}

/// The text of each block of a Markdown document (paragraphs, headings, table cells), as a
/// reader sees it, and every piece of raw HTML in it.
pub fn markdown_blocks(source: &str) -> (Vec<String>, Vec<String>) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options = Options::all()
        - Options::ENABLE_SMART_PUNCTUATION
        - Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        - Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        - Options::ENABLE_OLD_FOOTNOTES;
    let mut blocks = Vec::new();
    let mut html = Vec::new();
    let mut current: Option<String> = None;
    for event in Parser::new_ext(source, options | Options::ENABLE_FOOTNOTES) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::TableCell) => {
                current = Some(String::new());
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell) => {
                blocks.extend(current.take());
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(block) = current.as_mut() {
                    block.push_str(&text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(block) = current.as_mut() {
                    block.push('\n');
                }
            }
            Event::Html(text) | Event::InlineHtml(text) => html.push(text.into_string()),
            _ => {}
        }
    }
    (blocks, html)
}

/// Every Markdown file: raw HTML only as anchors and the header; every link to a file, to an
/// anchor, or to an anchor in another file resolves.
pub fn check_markdown(files: &[GeneratedFile]) {
    use pulldown_cmark::{Event, Parser, Tag};
    let paths: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let mut anchors_of: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for f in files.iter().filter(|f| f.path.ends_with(".md")) {
        assert!(
            f.contents
                .starts_with("<!-- @generated by `cargo xtask gen`"),
            "{}: header",
            f.path
        );
        let (_, html) = markdown_blocks(&f.contents);
        let mut anchors = BTreeSet::new();
        let raw = html.concat();
        let mut rest = raw.trim_start();
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("<!-- @generated") {
                let end = after.find("-->").expect("the header comment ends");
                rest = after[end + 3..].trim_start();
                continue;
            }
            let (anchor, after) = rest
                .strip_prefix("<a id=\"")
                .and_then(|r| r.split_once("\"></a>"))
                .unwrap_or_else(|| {
                    panic!("{}: raw HTML at `{}`", f.path, &rest[..rest.len().min(60)])
                });
            assert!(
                anchor
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}: anchor {anchor}",
                f.path
            );
            assert!(
                anchors.insert(anchor.to_owned()),
                "{}: duplicate anchor {anchor}",
                f.path
            );
            rest = after.trim_start();
        }
        anchors_of.insert(&f.path, anchors);
    }
    for f in files.iter().filter(|f| f.path.ends_with(".md")) {
        for event in Parser::new(&f.contents) {
            if let Event::Start(Tag::Link { dest_url, .. }) = event {
                let target = dest_url.as_ref();
                // Some providers' documentation is served over plain HTTP only.
                if target.starts_with("https://") || target.starts_with("http://") {
                    continue;
                }
                let (file_part, fragment) = match target.split_once('#') {
                    Some((file_part, fragment)) => (file_part, Some(fragment)),
                    None => (target, None),
                };
                let file_path = if file_part.is_empty() {
                    f.path.clone()
                } else {
                    resolve(&f.path, file_part)
                };
                assert!(
                    paths.contains(file_path.as_str()),
                    "{}: link to missing file {target}",
                    f.path
                );
                if let Some(fragment) = fragment {
                    let anchors = anchors_of.get(file_path.as_str()).unwrap_or_else(|| {
                        panic!("{}: {target} has an anchor but is not Markdown", f.path)
                    });
                    assert!(
                        anchors.contains(fragment),
                        "{}: link to missing anchor {target}",
                        f.path
                    );
                }
            }
        }
    }
}

/// The entry with this code.
pub fn entry(data: &Data, code: codegen::model::Code) -> &Entry {
    data.find(code).expect("a row with this code")
}
