//! The reference site under `docs/`: per locale an index, one page per code, one page per
//! provider (`provider-microsoft.html`), one per provider's documented code
//! (`microsoft-5-7-606.html`) and one per bounce reason (`reason-userunknown.html`, linked from
//! the pages of the codes whose rule names it), the explain box's own page (`explain.html`; the
//! box is on the index as well, its data and script come from the `explain` emitter), a root
//! page that links the locales, one stylesheet and one small script.
//!
//! Pages come from askama templates under `codegen/templates/`, which only loop, branch and
//! print: every value they show is derived here, in the view-model structs below. Askama escapes
//! everything it prints for HTML. Links are relative, so the site works from `file://` and from
//! any static host.
//!
//! Every text knows its language: a page is in its locale (`<html lang>`), and each element whose
//! text fell back to English (a code's texts, or a word of `data/ui.csv` left empty in a locale
//! that is not required) gets a `lang` attribute from the `lang` fields derived here.

use crate::emit::site;
use crate::model::{
    Code, Data, Entry, Provider, Reason, Reference, Standing, Texts, UiText, VendorEntry,
    VendorKey, Word,
};
use crate::output::{header, Emitter, GeneratedFile, Syntax};
use askama::Template;
use std::collections::HashMap;

const STYLE: &str = include_str!("../../assets/style.css");
const SCRIPT: &str = include_str!("../../assets/filter.js");

/// The file name of a code's page: `550.html`, `x-1-1.html`.
pub fn page_name(code: Code) -> String {
    format!("{}.html", code.slug())
}

/// The file name of a provider's page: `provider-microsoft.html`.
pub fn provider_page_name(provider: &Provider) -> String {
    format!("provider-{}.html", provider.slug())
}

/// The file name of a vendor entry's page: `microsoft-5-7-606.html` (its slug, see
/// [`vendor_slugs`](crate::model::vendor_slugs)).
pub fn vendor_page_name(entry: &VendorEntry) -> String {
    format!("{}.html", entry.slug)
}

/// The file name of a reason's page: `reason-userunknown.html`.
pub fn reason_page_name(reason: &Reason) -> String {
    format!("{}.html", reason.slug())
}

pub(crate) const EMITTER: Emitter = Emitter {
    name: "html",
    owns: &["docs"],
    inputs: crate::input::ALL_INPUTS,
    emit,
};

fn generated() -> String {
    header(Syntax::Plain, EMITTER.inputs)
}

fn emit(data: &Data) -> Vec<GeneratedFile> {
    let mut files = vec![
        GeneratedFile {
            path: "docs/assets/style.css".to_owned(),
            contents: format!("{}\n{STYLE}", header(Syntax::Block, EMITTER.inputs)),
        },
        GeneratedFile {
            path: "docs/assets/filter.js".to_owned(),
            contents: format!("{}{SCRIPT}", header(Syntax::Slashes, EMITTER.inputs)),
        },
        GeneratedFile {
            path: "docs/index.html".to_owned(),
            contents: render(&root(data)),
        },
    ];
    for (locale, tag) in data.locales.iter().map(|l| &l.tag).enumerate() {
        let groups = group_of(data, locale);
        files.push(GeneratedFile {
            path: format!("docs/{tag}/index.html"),
            contents: render(&index(data, locale)),
        });
        files.push(GeneratedFile {
            path: format!("docs/{tag}/explain.html"),
            contents: render(&explain_page(data, locale)),
        });
        for entry in &data.entries {
            files.push(GeneratedFile {
                path: format!("docs/{tag}/{}", page_name(entry.code)),
                contents: render(&code_page(data, locale, entry, &groups)),
            });
        }
        for (index, provider) in data.providers.iter().enumerate() {
            files.push(GeneratedFile {
                path: format!("docs/{tag}/{}", provider_page_name(provider)),
                contents: render(&provider_page(data, locale, index)),
            });
        }
        for entry in &data.vendor {
            files.push(GeneratedFile {
                path: format!("docs/{tag}/{}", vendor_page_name(entry)),
                contents: render(&vendor_page(data, locale, entry)),
            });
        }
        for (index, reason) in data.reasons.iter().enumerate() {
            files.push(GeneratedFile {
                path: format!("docs/{tag}/{}", reason_page_name(reason)),
                contents: render(&reason_page(data, locale, index)),
            });
        }
    }
    files
}

fn render(template: &impl Template) -> String {
    let mut html = template
        .render()
        .expect("templates only print strings and numbers");
    if !html.ends_with('\n') {
        html.push('\n');
    }
    html
}

/// What every page of a locale shares.
struct Layout<'a> {
    lang: &'a str,
    title: String,
    /// The language of the title's main part (the code's message, the index's heading) when it
    /// is not the page's.
    title_lang: Option<String>,
    description: String,
    description_lang: Option<String>,
    generated: String,
    /// Relative path of `docs/assets/`, with a trailing `/`.
    assets: &'static str,
    /// The locale's index.
    home: &'static str,
    /// The same page in every locale.
    languages: Vec<LanguageLink<'a>>,
}

struct LanguageLink<'a> {
    tag: &'a str,
    name: &'a str,
    href: String,
    current: bool,
}

fn layout<'a>(
    data: &'a Data,
    locale: usize,
    page: &str,
    title: Word,
    description: &Word,
) -> Layout<'a> {
    Layout {
        lang: &data.locales[locale].tag,
        title: title.text,
        title_lang: title.lang,
        description: description.text.clone(),
        description_lang: description.lang.clone(),
        generated: generated(),
        assets: "../assets/",
        home: "index.html",
        languages: data
            .locales
            .iter()
            .enumerate()
            .map(|(i, l)| LanguageLink {
                tag: &l.tag,
                name: &l.native_name,
                href: format!("../{}/{page}", l.tag),
                current: i == locale,
            })
            .collect(),
    }
}

/// A code in a list: on the index and among related codes.
struct Row<'a> {
    href: String,
    code: String,
    message: &'a str,
    /// The message's language when it is not the page's (English standing in).
    lang: Option<&'a str>,
    standing: &'a Word,
    standing_class: &'static str,
    /// The forms of the code the filter matches, lower case: `x.1.1 2.1.1 4.1.1 5.1.1`.
    codes: String,
}

fn row<'a>(data: &'a Data, locale: usize, entry: &'a Entry) -> Row<'a> {
    Row {
        href: page_name(entry.code),
        code: entry.code.to_string(),
        message: &entry.texts[locale].message,
        lang: site::text_lang(data, entry, locale),
        standing: site::standing_name(&data.ui[locale], entry.standing),
        standing_class: standing_class(entry.standing),
        codes: filter_forms(entry.code).join(" "),
    }
}

fn standing_class(standing: Standing) -> &'static str {
    standing.as_str()
}

/// How a reader may type a code: an enhanced code in each class it can be sent in.
fn filter_forms(code: Code) -> Vec<String> {
    const CLASSES: [&str; 4] = ["x", "2", "4", "5"];
    match code {
        Code::Reply(c) => vec![c.to_string()],
        Code::Class(c) => vec![format!("{c}.x.x")],
        Code::Subject(s) => CLASSES.iter().map(|c| format!("{c}.{s}.x")).collect(),
        Code::Status { subject, detail } => CLASSES
            .iter()
            .map(|c| format!("{c}.{subject}.{detail}"))
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "index.html")]
struct IndexPage<'a> {
    layout: Layout<'a>,
    t: &'a UiText,
    figure: Figure,
    sections: Vec<SectionView<'a>>,
    providers: ProvidersView<'a>,
    reasons: ReasonsView<'a>,
    total: usize,
    explain: ExplainBox,
}

/// The explain box, on the index and on its own page: the level of the headings of its
/// results, and the scripts it needs (`docs/assets/`, written by the `explain` emitter).
struct ExplainBox {
    level: u8,
    scripts: [String; 3],
}

fn explain_box(data: &Data, locale: usize, level: u8) -> ExplainBox {
    ExplainBox {
        level,
        scripts: [
            "explain-data.js".to_owned(),
            format!("explain-{}.js", data.locales[locale].tag),
            "explain.js".to_owned(),
        ],
    }
}

/// `explain.html`: the explain box on a page of its own.
#[derive(Template)]
#[template(path = "explain.html")]
struct ExplainPage<'a> {
    layout: Layout<'a>,
    t: &'a UiText,
    explain: ExplainBox,
}

fn explain_page(data: &Data, locale: usize) -> ExplainPage<'_> {
    let t = &data.ui[locale];
    ExplainPage {
        layout: layout(
            data,
            locale,
            "explain.html",
            Word {
                text: format!("{} · {}", t.explain_title, t.site_name),
                lang: t.explain_title.lang.clone(),
            },
            &t.explain_intro,
        ),
        t,
        explain: explain_box(data, locale, 2),
    }
}

/// The index's reasons section: every reason, hard or soft, linking its page.
struct ReasonsView<'a> {
    heading: &'a Word,
    intro: &'a Word,
    rows: Vec<ReasonRow<'a>>,
}

/// A reason in a list: its name, its message, and how hard a bounce it is.
struct ReasonRow<'a> {
    href: String,
    id: &'a str,
    message: &'a str,
    /// The message's language when it is not the page's (English standing in).
    lang: Option<&'a str>,
    bounce: &'a Word,
    bounce_class: &'static str,
}

fn reasons_view(data: &Data, locale: usize) -> ReasonsView<'_> {
    let t = &data.ui[locale];
    ReasonsView {
        heading: &t.reasons,
        intro: &t.reasons_intro,
        rows: data
            .reasons
            .iter()
            .map(|r| {
                let bounce = site::bounce(t, r, None);
                ReasonRow {
                    href: reason_page_name(r),
                    id: &r.id,
                    message: &r.texts[locale].message,
                    lang: site::reason_lang(data, r, locale),
                    bounce: bounce.word,
                    bounce_class: bounce.class,
                }
            })
            .collect(),
    }
}

/// "Usual reason: userunknown …", on the pages of codes and providers' entries.
struct UsualView<'a> {
    href: String,
    id: &'a str,
    message: &'a str,
    lang: Option<&'a str>,
    bounce: &'a Word,
    bounce_class: &'static str,
    /// For a registry entry: whether it decides alone.
    strength: Option<&'a Word>,
}

fn usual_view<'a>(data: &'a Data, locale: usize, usual: site::Usual<'a>) -> UsualView<'a> {
    UsualView {
        href: reason_page_name(usual.reason),
        id: &usual.reason.id,
        message: &usual.reason.texts[locale].message,
        lang: site::reason_lang(data, usual.reason, locale),
        bounce: usual.bounce.word,
        bounce_class: usual.bounce.class,
        strength: usual.strength,
    }
}

/// The index's providers section: every provider, and a table of each one's entries.
struct ProvidersView<'a> {
    heading: &'a Word,
    intro: &'a Word,
    /// Every provider, linking its page.
    all: Vec<ProviderLink<'a>>,
    /// The providers with documented entries, one group each.
    groups: Vec<VendorGroup<'a>>,
}

struct ProviderLink<'a> {
    href: String,
    name: &'a str,
    count: usize,
}

struct VendorGroup<'a> {
    anchor: String,
    href: String,
    name: &'a str,
    rows: Vec<VendorRow<'a>>,
}

/// A vendor entry in a table or a list.
struct VendorRow<'a> {
    href: String,
    /// The key as the provider writes it: `5.7.606`, `TSS04`.
    code: String,
    /// The key's language when it is a phrase of the provider's English wording and the page
    /// is in another language.
    code_lang: Option<&'a str>,
    message: &'a str,
    /// The message's language when it is not the page's (English standing in).
    lang: Option<&'a str>,
    /// The codes it comes with besides its key: `550`, `5.7.606`.
    sent_with: Vec<String>,
    /// The forms of the code the filter matches, lower case: the key (when it is a code) and
    /// the enhanced code.
    codes: String,
    /// A token key, lower case, that the filter matches as a whole (`tss04`); empty otherwise.
    token: String,
}

fn vendor_row<'a>(data: &'a Data, locale: usize, entry: &'a VendorEntry) -> VendorRow<'a> {
    let mut codes: Vec<String> = Vec::new();
    if let VendorKey::Reply(code) = entry.key {
        codes.push(code.to_string());
    }
    codes.extend(entry.enhanced.map(|e| e.to_string()));
    let key = entry.key.to_string();
    VendorRow {
        href: vendor_page_name(entry),
        sent_with: site::sent_with(entry)
            .into_iter()
            .filter(|c| *c != key)
            .collect(),
        code: key,
        code_lang: match entry.key {
            VendorKey::Phrase(_) => site::english_within(data, locale),
            _ => None,
        },
        message: &entry.texts[locale].message,
        lang: site::vendor_lang(data, entry, locale),
        codes: codes.join(" "),
        token: match &entry.key {
            VendorKey::Token(token) => token.to_ascii_lowercase(),
            _ => String::new(),
        },
    }
}

fn providers_view(data: &Data, locale: usize) -> ProvidersView<'_> {
    let t = &data.ui[locale];
    ProvidersView {
        heading: &t.providers,
        intro: &t.providers_intro,
        all: data
            .providers
            .iter()
            .enumerate()
            .map(|(i, p)| ProviderLink {
                href: provider_page_name(p),
                name: &p.name,
                count: data.vendor_of(i).count(),
            })
            .collect(),
        groups: data
            .providers
            .iter()
            .enumerate()
            .map(|(i, p)| VendorGroup {
                anchor: format!("provider-{}", p.slug()),
                href: provider_page_name(p),
                name: &p.name,
                rows: data
                    .vendor_of(i)
                    .map(|v| vendor_row(data, locale, v))
                    .collect(),
            })
            .filter(|g| !g.rows.is_empty())
            .collect(),
    }
}

struct SectionView<'a> {
    anchor: &'static str,
    heading: &'a Word,
    intro: &'a Word,
    groups: Vec<GroupView<'a>>,
}

struct GroupView<'a> {
    anchor: String,
    heading: Word,
    rows: Vec<Row<'a>>,
}

fn index(data: &Data, locale: usize) -> IndexPage<'_> {
    let t = &data.ui[locale];
    let sections: Vec<SectionView<'_>> = site::sections(data, locale)
        .into_iter()
        .map(|s| SectionView {
            anchor: s.anchor,
            heading: s.heading,
            intro: s.intro,
            groups: s
                .groups
                .into_iter()
                .map(|g| GroupView {
                    anchor: g.anchor,
                    heading: g.heading,
                    rows: g
                        .entries
                        .into_iter()
                        .map(|e| row(data, locale, e))
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let total = sections
        .iter()
        .flat_map(|s| &s.groups)
        .map(|g| g.rows.len())
        .sum::<usize>()
        + data.vendor.len();
    IndexPage {
        layout: layout(
            data,
            locale,
            "index.html",
            Word {
                text: format!("{} · {}", t.index_title, t.site_name),
                lang: t.index_title.lang.clone(),
            },
            &t.index_intro,
        ),
        t,
        figure: figure(data, locale),
        sections,
        providers: providers_view(data, locale),
        reasons: reasons_view(data, locale),
        total,
        explain: explain_box(data, locale, 3),
    }
}

/// Where each code sits on the index: the anchor and heading of its group, by code.
fn group_of(data: &Data, locale: usize) -> HashMap<Code, (String, Word)> {
    let mut groups = HashMap::new();
    for section in site::sections(data, locale) {
        for group in section.groups {
            for entry in group.entries {
                groups
                    .entry(entry.code)
                    .or_insert_with(|| (group.anchor.clone(), group.heading.clone()));
            }
        }
    }
    groups
}

#[derive(Template)]
#[template(path = "code.html")]
struct CodePage<'a> {
    layout: Layout<'a>,
    t: &'a UiText,
    /// The language of the breadcrumbs' label and first link, when not the page's.
    crumbs_lang: Option<String>,
    group_anchor: String,
    group_heading: String,
    /// The group link's language, when not the breadcrumbs'.
    group_lang: Option<String>,
    kind: &'a Word,
    code: String,
    text: &'a Texts,
    fallback: bool,
    /// The language of the code's texts when it is not the page's (English standing in).
    text_lang: Option<&'a str>,
    described_as: Option<&'a str>,
    standing: &'a Word,
    standing_class: &'static str,
    standing_text: &'a Word,
    references: Vec<ReferenceView>,
    has_related: bool,
    related: Vec<RelatedView<'a>>,
    /// For a status: how replies write it, split around the codes (`written_as`).
    written_as: Option<site::WrittenAs>,
    /// The vendor entries that use this code (`site::provider_use`), by provider.
    has_provider_use: bool,
    provider_use: Vec<VendorGroup<'a>>,
    /// The reason a rule of the data gives the code.
    usual: Option<UsualView<'a>>,
}

struct ReferenceView {
    label: String,
    lang: Option<String>,
    href: Option<String>,
}

struct RelatedView<'a> {
    heading: &'a Word,
    rows: Vec<Row<'a>>,
}

fn code_page<'a>(
    data: &'a Data,
    locale: usize,
    entry: &'a Entry,
    groups: &HashMap<Code, (String, Word)>,
) -> CodePage<'a> {
    let t = &data.ui[locale];
    let tag = &data.locales[locale].tag;
    let text = &entry.texts[locale];
    let message = site::message(data, entry, locale);
    let (group_anchor, group_heading) = groups
        .get(&entry.code)
        .cloned()
        .unwrap_or_else(|| ("main".to_owned(), t.all_codes.clone()));
    let crumbs_lang = t.all_codes.lang.clone();
    let related: Vec<RelatedView<'a>> = site::related(data, entry, t)
        .into_iter()
        .map(|r| RelatedView {
            heading: r.heading,
            rows: r
                .entries
                .into_iter()
                .map(|e| row(data, locale, e))
                .collect(),
        })
        .collect();
    let provider_use = by_provider(data, locale, site::provider_use(data, entry));
    CodePage {
        layout: layout(
            data,
            locale,
            &page_name(entry.code),
            Word {
                text: format!("{} {} · {}", entry.code, text.message, t.site_name),
                lang: message.lang.clone(),
            },
            &message,
        ),
        t,
        group_lang: lang_within(crumbs_lang.as_deref(), group_heading.lang.as_deref(), tag),
        crumbs_lang,
        group_anchor,
        group_heading: group_heading.text,
        kind: site::kind_name(t, entry.code.kind()),
        code: entry.code.to_string(),
        text,
        fallback: text.fallback,
        text_lang: site::text_lang(data, entry, locale),
        described_as: site::described_as(entry, locale),
        standing: site::standing_name(t, entry.standing),
        standing_class: standing_class(entry.standing),
        standing_text: site::standing_text(t, entry.standing),
        references: entry
            .references
            .iter()
            .map(|r| ReferenceView {
                label: match r {
                    Reference::Seed => t.seed_reference.text.clone(),
                    r => r.to_string(),
                },
                // An RFC's name and section read the same in every language.
                lang: match r {
                    Reference::Seed => t.seed_reference.lang.clone(),
                    _ => None,
                },
                href: r.url(),
            })
            .collect(),
        has_related: !related.is_empty(),
        related,
        written_as: site::written_as(entry, t),
        has_provider_use: !provider_use.is_empty(),
        provider_use,
        usual: site::usual_reason(data, t, entry.code).map(|u| usual_view(data, locale, u)),
    }
}

/// Vendor entries in data order, grouped by provider.
fn by_provider<'a>(
    data: &'a Data,
    locale: usize,
    entries: Vec<&'a VendorEntry>,
) -> Vec<VendorGroup<'a>> {
    let mut groups: Vec<VendorGroup<'a>> = Vec::new();
    for v in entries {
        let provider = &data.providers[v.provider];
        let anchor = format!("provider-{}", provider.slug());
        if groups.last().map(|g| &g.anchor) != Some(&anchor) {
            groups.push(VendorGroup {
                anchor,
                href: provider_page_name(provider),
                name: &provider.name,
                rows: Vec::new(),
            });
        }
        if let Some(group) = groups.last_mut() {
            group.rows.push(vendor_row(data, locale, v));
        }
    }
    groups
}

/// The `lang` a text needs inside an element whose language is `parent` (`None`: the page's),
/// when its own language is `own` (`None`: the page's, `tag`).
fn lang_within(parent: Option<&str>, own: Option<&str>, tag: &str) -> Option<String> {
    (parent != own).then(|| own.unwrap_or(tag).to_owned())
}

/// The SVG figure that takes `550 5.1.1 User unknown` apart, laid out here.
struct Figure {
    title: Word,
    caption: Word,
    width: u32,
    height: u32,
    sample_y: u32,
    mark_y: u32,
    label_x: u32,
    /// The x of each `.` between the numbers of the enhanced code.
    dots: Vec<u32>,
    parts: Vec<FigurePart>,
}

struct FigurePart {
    role: &'static str,
    text: &'static str,
    x: u32,
    width: u32,
    /// The leader line from the mark under the part to its label row, as SVG points.
    leader: String,
    dot_x: u32,
    row_y: u32,
    label_y: u32,
    label: Word,
    /// The value under the label, wrapped to fit: `(y, line)`.
    value_lines: Vec<(u32, String)>,
    /// The value's language when it is not the page's.
    value_lang: Option<String>,
    /// The sample's language when it is not the page's: the free text is a server's English.
    sample_lang: Option<String>,
    href: Option<String>,
}

/// Splits `text` at spaces into lines of at most `width` characters (longer words stay whole).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines.retain(|l| !l.is_empty());
    lines
}

/// Width of one character of the sample line, and of labels (bold) and values on average, in
/// SVG units: generous, so that a long word in any language still fits.
const SAMPLE_CHAR: u32 = 15;
const LABEL_CHAR: f64 = 9.0;
const VALUE_CHAR: f64 = 7.8;
/// Characters per line of a label's value, and the height of one such line.
const VALUE_WRAP: usize = 30;
const VALUE_LINE: u32 = 17;

fn figure(data: &Data, locale: usize) -> Figure {
    let t = &data.ui[locale];
    let tag = data.locales[locale].tag.as_str();
    let english = data.locales[0].tag.as_str();
    let margin = 16;
    let sample_y = 40;
    let mark_y = 50;
    // (role, text, first character, the code it stands for, label)
    let parts: [(&'static str, &'static str, u32, Option<Code>, &Word); 5] = [
        ("text", "User unknown", 10, None, &t.figure_text),
        (
            "detail",
            "1",
            8,
            Some(Code::Status {
                subject: 1,
                detail: 1,
            }),
            &t.figure_detail,
        ),
        ("subject", "1", 6, Some(Code::Subject(1)), &t.figure_subject),
        ("class", "5", 4, Some(Code::Class(5)), &t.figure_class),
        (
            "reply",
            "550",
            0,
            Some(Code::Reply(550)),
            &t.figure_reply_code,
        ),
    ];
    let label_x = margin + 10 * SAMPLE_CHAR + 14;
    let mut widest = 0.0_f64;
    let mut views = Vec::new();
    let mut row_y = mark_y + 30;
    for (role, text, start, code, label) in parts {
        let x = margin + start * SAMPLE_CHAR;
        let chars = u32::try_from(text.chars().count()).unwrap_or(1);
        let width = chars * SAMPLE_CHAR;
        let entry = code.and_then(|c| data.find(c));
        let value = match entry {
            Some(entry) if role != "text" => site::message(data, entry, locale),
            _ => Word::default(),
        };
        let lines = wrap(&value, VALUE_WRAP);
        // The free text's leader starts at its left end; the others' at their middle.
        let from_x = if role == "text" { x + 4 } else { x + width / 2 };
        let leader = format!(
            "{from_x},{} {from_x},{row_y} {},{row_y}",
            mark_y + 4,
            label_x - 8
        );
        let longest_value = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        widest = widest
            .max(LABEL_CHAR * label.chars().count() as f64)
            .max(VALUE_CHAR * longest_value as f64);
        let value_lines: Vec<(u32, String)> = lines
            .into_iter()
            .zip(0..)
            .map(|(line, i)| (row_y + 22 + i * VALUE_LINE, line))
            .collect();
        let next = row_y + 30 + VALUE_LINE * u32::try_from(value_lines.len()).unwrap_or(0);
        views.push(FigurePart {
            role,
            text,
            x,
            width,
            leader,
            dot_x: from_x,
            row_y,
            label_y: row_y + 5,
            label: label.clone(),
            value_lines,
            value_lang: value.lang,
            sample_lang: (role == "text" && tag != english).then(|| english.to_owned()),
            href: entry.map(|e| page_name(e.code)),
        });
        row_y = next.max(row_y + 34);
    }
    // Laid out from the bottom row up, so that no leader crosses another; read (and tabbed
    // through) from left to right: reply code, class, subject, detail, text.
    views.reverse();
    Figure {
        title: t.figure_title.clone(),
        caption: t.figure_caption.clone(),
        width: label_x + widest.ceil() as u32 + margin,
        height: row_y - 8,
        sample_y,
        mark_y,
        label_x,
        dots: [5, 7].map(|column| margin + column * SAMPLE_CHAR).to_vec(),
        parts: views,
    }
}

#[derive(Template)]
#[template(path = "root.html")]
struct RootPage<'a> {
    generated: String,
    lang: &'a str,
    title: String,
    languages: Vec<RootLanguage<'a>>,
}

struct RootLanguage<'a> {
    tag: &'a str,
    name: &'a str,
    href: String,
    title: &'a str,
    /// The title's language inside its item (`lang` = the locale), when English stands in.
    title_lang: Option<String>,
    prompt: &'a str,
    /// The prompt's language: the locale's, or English standing in.
    prompt_lang: &'a str,
}

fn root(data: &Data) -> RootPage<'_> {
    RootPage {
        generated: generated(),
        lang: &data.locales[0].tag,
        title: data.ui[0].site_name.text.clone(),
        languages: data
            .locales
            .iter()
            .zip(&data.ui)
            .map(|(l, t)| RootLanguage {
                tag: &l.tag,
                name: &l.native_name,
                href: format!("{}/index.html", l.tag),
                title: &t.index_title,
                title_lang: lang_within(None, t.index_title.lang.as_deref(), &l.tag),
                prompt: &t.choose_language,
                prompt_lang: t.choose_language.lang.as_deref().unwrap_or(&l.tag),
            })
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "provider.html")]
struct ProviderPage<'a> {
    layout: Layout<'a>,
    t: &'a UiText,
    /// The language of the breadcrumbs, when not the page's.
    crumbs_lang: Option<String>,
    /// The providers link's language, when not the breadcrumbs'.
    providers_lang: Option<String>,
    name: &'a str,
    url: &'a str,
    rules: Vec<RuleView<'a>>,
    has_rules: bool,
    has_rows: bool,
    rows: Vec<VendorRow<'a>>,
    /// The note (English), when there is one.
    note: Option<&'a str>,
    /// `en` when the page is in another locale: for the providers' own words and the notes.
    english: Option<&'a str>,
}

struct RuleView<'a> {
    text: site::RuleText,
    example: &'a str,
    source: &'a str,
}

fn non_empty(text: &str) -> Option<&str> {
    (!text.trim().is_empty()).then_some(text)
}

fn provider_page(data: &Data, locale: usize, index: usize) -> ProviderPage<'_> {
    let t = &data.ui[locale];
    let tag = &data.locales[locale].tag;
    let provider = &data.providers[index];
    let crumbs_lang = t.all_codes.lang.clone();
    let rules: Vec<RuleView<'_>> = data
        .rules
        .iter()
        .filter(|r| r.provider == index)
        .map(|r| RuleView {
            text: site::rule_text(t, r.kind, &r.pattern),
            example: &r.example,
            source: &r.source,
        })
        .collect();
    let rows: Vec<VendorRow<'_>> = data
        .vendor_of(index)
        .map(|v| vendor_row(data, locale, v))
        .collect();
    ProviderPage {
        layout: layout(
            data,
            locale,
            &provider_page_name(provider),
            Word::own(format!("{} · {}", provider.name, t.site_name)),
            &t.providers_intro,
        ),
        t,
        providers_lang: lang_within(crumbs_lang.as_deref(), t.providers.lang.as_deref(), tag),
        crumbs_lang,
        name: &provider.name,
        url: &provider.url,
        has_rules: !rules.is_empty(),
        rules,
        has_rows: !rows.is_empty(),
        rows,
        note: non_empty(&provider.note),
        english: site::english_within(data, locale),
    }
}

#[derive(Template)]
#[template(path = "vendor.html")]
struct VendorPage<'a> {
    layout: Layout<'a>,
    t: &'a UiText,
    crumbs_lang: Option<String>,
    providers_lang: Option<String>,
    provider_href: String,
    provider_name: &'a str,
    code: String,
    /// The key's language when it is a phrase of English wording and the page is not English.
    code_lang: Option<&'a str>,
    text: &'a Texts,
    fallback: bool,
    /// The language of the entry's texts when it is not the page's (English standing in).
    text_lang: Option<&'a str>,
    /// The provider's reply text, when the documentation gives one.
    wording: Option<&'a str>,
    /// The reply codes it comes with, each linking its page when there is one.
    reply_codes: Vec<CodeLink>,
    /// The enhanced code it comes with, linking the registry row of its subject and detail
    /// when there is one.
    enhanced: Option<CodeLink>,
    has_builds_on: bool,
    builds_on: Vec<Row<'a>>,
    source_url: &'a str,
    source_title: &'a str,
    note: Option<&'a str>,
    english: Option<&'a str>,
    /// The reason a rule of the data gives the entry.
    usual: Option<UsualView<'a>>,
}

struct CodeLink {
    code: String,
    href: Option<String>,
}

fn vendor_page<'a>(data: &'a Data, locale: usize, entry: &'a VendorEntry) -> VendorPage<'a> {
    let t = &data.ui[locale];
    let tag = &data.locales[locale].tag;
    let provider = &data.providers[entry.provider];
    let text = &entry.texts[locale];
    let text_lang = site::vendor_lang(data, entry, locale);
    let crumbs_lang = t.all_codes.lang.clone();
    let builds_on: Vec<Row<'a>> = site::builds_on(data, entry)
        .into_iter()
        .map(|e| row(data, locale, e))
        .collect();
    let link = |code: Code, written: String| CodeLink {
        href: data.find(code).map(|e| page_name(e.code)),
        code: written,
    };
    // A status the registry does not list links its subject.
    let enhanced = entry.enhanced.map(|e| {
        let status = Code::Status {
            subject: e.subject,
            detail: e.detail,
        };
        let code = if data.find(status).is_some() {
            status
        } else {
            Code::Subject(e.subject)
        };
        link(code, e.to_string())
    });
    VendorPage {
        layout: layout(
            data,
            locale,
            &vendor_page_name(entry),
            Word {
                text: format!(
                    "{} {} · {} · {}",
                    entry.key, text.message, provider.name, t.site_name
                ),
                lang: text_lang.map(str::to_owned),
            },
            &Word {
                text: text.message.clone(),
                lang: text_lang.map(str::to_owned),
            },
        ),
        t,
        providers_lang: lang_within(crumbs_lang.as_deref(), t.providers.lang.as_deref(), tag),
        crumbs_lang,
        provider_href: provider_page_name(provider),
        provider_name: &provider.name,
        code: entry.key.to_string(),
        code_lang: match entry.key {
            VendorKey::Phrase(_) => site::english_within(data, locale),
            _ => None,
        },
        text,
        fallback: text.fallback,
        text_lang,
        wording: non_empty(&entry.wording),
        reply_codes: entry
            .reply_codes
            .iter()
            .map(|c| link(Code::Reply(*c), c.to_string()))
            .collect(),
        enhanced,
        has_builds_on: !builds_on.is_empty(),
        builds_on,
        source_url: &entry.source_url,
        source_title: &entry.source_title,
        note: non_empty(&entry.note),
        english: site::english_within(data, locale),
        usual: site::vendor_reason(data, t, entry).map(|u| usual_view(data, locale, u)),
    }
}

#[cfg(test)]
mod tests {
    use super::short_url;

    #[test]
    fn short_urls() {
        assert_eq!(
            short_url("https://github.com/Exim/exim/blob/master/src/src/configure.default"),
            "github.com/Exim/exim/…"
        );
        assert_eq!(
            short_url("https://pastebin.com/pnX6jKVc"),
            "pastebin.com/pnX6jKVc"
        );
        assert_eq!(short_url("https://example.com/a?b=c"), "example.com/a/…");
    }
}

#[derive(Template)]
#[template(path = "reason.html")]
struct ReasonPage<'a> {
    layout: Layout<'a>,
    t: &'a UiText,
    crumbs_lang: Option<String>,
    /// The reasons link's language, when not the breadcrumbs'.
    reasons_lang: Option<String>,
    id: &'a str,
    text: &'a Texts,
    fallback: bool,
    /// The language of the reason's texts when it is not the page's (English standing in).
    text_lang: Option<&'a str>,
    bounce: &'a Word,
    bounce_class: &'static str,
    bounce_text: &'a Word,
    source: &'a str,
    note: Option<&'a str>,
    english: Option<&'a str>,
    has_rules: bool,
    has_vendor: bool,
    has_statuses: bool,
    has_patterns: bool,
    has_replies: bool,
    /// The providers' entries, by provider.
    vendor: Vec<VendorGroup<'a>>,
    statuses: Vec<ReasonStatusView<'a>>,
    patterns: Vec<PatternView<'a>>,
    replies: Vec<Row<'a>>,
    precedence: [&'a Word; 6],
}

struct ReasonStatusView<'a> {
    row: Row<'a>,
    strength: &'a Word,
}

/// A text pattern with its real example and where that example is quoted.
struct PatternView<'a> {
    pattern: &'a str,
    example: &'a str,
    source: &'a str,
    /// The source's address, short: `github.com/Exim/exim/…`.
    source_label: String,
}

/// A URL shortened for a link's text: its host and first two path segments, `…` for the rest.
fn short_url(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = rest.split(['?', '#']).next().unwrap_or(rest);
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let mut label = parts.iter().take(3).copied().collect::<Vec<_>>().join("/");
    if parts.len() > 3 || path.len() < rest.len() {
        label.push_str("/…");
    }
    label
}

fn reason_page(data: &Data, locale: usize, index: usize) -> ReasonPage<'_> {
    let t = &data.ui[locale];
    let tag = &data.locales[locale].tag;
    let reason = &data.reasons[index];
    let text = &reason.texts[locale];
    let text_lang = site::reason_lang(data, reason, locale);
    let crumbs_lang = t.all_codes.lang.clone();
    let bounce = site::bounce(t, reason, None);
    let leads = site::leads_to(data, index);
    let has_rules = !leads.is_empty();
    ReasonPage {
        layout: layout(
            data,
            locale,
            &reason_page_name(reason),
            Word {
                text: format!("{} {} · {}", reason.id, text.message, t.site_name),
                lang: text_lang.map(str::to_owned),
            },
            &Word {
                text: text.message.clone(),
                lang: text_lang.map(str::to_owned),
            },
        ),
        t,
        reasons_lang: lang_within(crumbs_lang.as_deref(), t.reasons.lang.as_deref(), tag),
        crumbs_lang,
        id: &reason.id,
        text,
        fallback: text.fallback,
        text_lang,
        bounce: bounce.word,
        bounce_class: bounce.class,
        bounce_text: site::bounce_text(t, reason),
        source: &reason.source,
        note: non_empty(&reason.note),
        english: site::english_within(data, locale),
        has_rules,
        has_vendor: !leads.vendor.is_empty(),
        has_statuses: !leads.statuses.is_empty(),
        has_patterns: !leads.patterns.is_empty(),
        has_replies: !leads.replies.is_empty(),
        vendor: by_provider(data, locale, leads.vendor),
        statuses: leads
            .statuses
            .into_iter()
            .map(|(e, strength)| ReasonStatusView {
                row: row(data, locale, e),
                strength: site::strength_name(t, strength),
            })
            .collect(),
        patterns: leads
            .patterns
            .into_iter()
            .map(|(pattern, r)| PatternView {
                pattern,
                example: &r.example,
                source: &r.source,
                source_label: short_url(&r.source),
            })
            .collect(),
        replies: leads
            .replies
            .into_iter()
            .map(|e| row(data, locale, e))
            .collect(),
        precedence: site::precedence(t),
    }
}
