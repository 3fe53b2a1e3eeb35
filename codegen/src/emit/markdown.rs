//! The Markdown reference, one file per locale: `docs/<tag>/README.md` (a code forge shows it
//! when you open the folder), and `docs/README.md`, which links them; the providers' codes in
//! `docs/<tag>/providers.md`, linked from each README, with a section per entry whose anchor
//! is the entry's slug (`microsoft-5-7-606`); the bounce reasons in `docs/<tag>/reasons.md`,
//! also linked from each README, with a section per reason (`reason-userunknown`), which the
//! sections of codes and entries link as their usual reason.
//!
//! Tables list the codes by group; each code then has a section with a stable anchor
//! (`code-550`, `code-x-1-1`) that other sections link to. Every text from the data goes through
//! [`escape`], so nothing in it can become Markdown or HTML.

use crate::emit::site::{self, Section};
use crate::model::{Data, Entry, Reason, Reference, VendorEntry, VendorKey};
use crate::output::{self, Emitter, GeneratedFile, Syntax};
use std::fmt::Write;

pub(crate) const EMITTER: Emitter = Emitter {
    name: "markdown",
    owns: &["docs"],
    inputs: crate::input::ALL_INPUTS,
    emit,
};

/// The file of a locale's provider reference, next to its `README.md`.
pub const PROVIDERS_FILE: &str = "providers.md";

/// The file of a locale's bounce reasons, next to its `README.md`.
pub const REASONS_FILE: &str = "reasons.md";

fn emit(data: &Data) -> Vec<GeneratedFile> {
    let mut files = vec![GeneratedFile {
        path: "docs/README.md".to_owned(),
        contents: root(data),
    }];
    for (index, locale) in data.locales.iter().enumerate() {
        files.push(GeneratedFile {
            path: format!("docs/{}/README.md", locale.tag),
            contents: reference(data, index),
        });
        files.push(GeneratedFile {
            path: format!("docs/{}/{PROVIDERS_FILE}", locale.tag),
            contents: providers(data, index),
        });
        files.push(GeneratedFile {
            path: format!("docs/{}/{REASONS_FILE}", locale.tag),
            contents: reasons(data, index),
        });
    }
    files
}

fn header() -> String {
    output::header(Syntax::Markup, EMITTER.inputs) + "\n\n"
}

/// The anchor of a code's section: `code-550`, `code-x-1-1`.
pub fn anchor(entry: &Entry) -> String {
    format!("code-{}", entry.code.slug())
}

/// The anchor of a vendor entry's section in `providers.md`: its slug, `microsoft-5-7-606`.
pub fn vendor_anchor(entry: &VendorEntry) -> String {
    entry.slug.clone()
}

/// The anchor of a reason's section in `reasons.md`: `reason-userunknown`.
pub fn reason_anchor(reason: &Reason) -> String {
    reason.slug()
}

/// The anchor of a provider's section in `providers.md`: `provider-microsoft`.
pub fn provider_anchor(data: &Data, provider: usize) -> String {
    format!("provider-{}", data.providers[provider].slug())
}

fn root(data: &Data) -> String {
    let mut out = header();
    let english = &data.ui[0];
    let _ = writeln!(out, "# {}\n", escape(&english.index_title));
    for (index, locale) in data.locales.iter().enumerate() {
        let t = &data.ui[index];
        let _ = writeln!(
            out,
            "- [{}]({}/README.md): {} ([HTML]({}/index.html))",
            escape(&locale.native_name),
            locale.tag,
            escape(&t.index_title),
            locale.tag
        );
    }
    out
}

fn reference(data: &Data, locale: usize) -> String {
    let t = &data.ui[locale];
    let mut out = header();
    let _ = writeln!(out, "# {}\n", escape(&t.index_title));
    let _ = writeln!(out, "{}\n", escape(&t.index_intro));
    other_languages(&mut out, data, locale, "README.md");
    let sections = site::sections(data, locale);
    let _ = writeln!(out, "## {}\n", escape(&t.contents));
    for section in &sections {
        let _ = writeln!(out, "- [{}](#{})", escape(section.heading), section.anchor);
        for group in &section.groups {
            let _ = writeln!(out, "  - [{}](#{})", escape(&group.heading), group.anchor);
        }
    }
    let _ = writeln!(out, "- [{}]({PROVIDERS_FILE})", escape(&t.providers));
    let _ = writeln!(out, "- [{}]({REASONS_FILE})", escape(&t.reasons));
    out.push('\n');
    for section in &sections {
        write_section(&mut out, data, locale, section);
    }
    out
}

fn write_section(out: &mut String, data: &Data, locale: usize, section: &Section<'_>) {
    let t = &data.ui[locale];
    let _ = writeln!(
        out,
        "<a id=\"{}\"></a>\n\n## {}\n\n{}\n",
        section.anchor,
        escape(section.heading),
        escape(section.intro)
    );
    for group in &section.groups {
        let _ = writeln!(
            out,
            "<a id=\"{}\"></a>\n\n### {}\n",
            group.anchor,
            escape(&group.heading)
        );
        table_head(
            out,
            &[
                escape(&t.col_code),
                escape(&t.col_message),
                escape(&t.col_standing),
            ],
        );
        for entry in &group.entries {
            index_row(
                out,
                entry.code,
                &anchor(entry),
                &escape(&entry.texts[locale].message),
                &escape(site::standing_name(t, entry.standing)),
            );
        }
        out.push('\n');
        for entry in &group.entries {
            write_entry(out, data, locale, entry);
        }
    }
}

fn write_entry(out: &mut String, data: &Data, locale: usize, entry: &Entry) {
    let t = &data.ui[locale];
    let texts = &entry.texts[locale];
    let _ = writeln!(
        out,
        "<a id=\"{}\"></a>\n\n#### `{}` {}\n",
        anchor(entry),
        entry.code,
        escape(&texts.message)
    );
    let _ = writeln!(
        out,
        "*{} · {}*\n",
        escape(site::kind_name(t, entry.code.kind())),
        escape(site::standing_name(t, entry.standing))
    );
    if let Some(usual) = site::usual_reason(data, t, entry.code) {
        let _ = writeln!(out, "{}\n", usual_line(locale, t, &usual));
    }
    if let Some(w) = site::written_as(entry, t) {
        let codes: Vec<String> = w.codes.iter().map(|c| format!("`{c}`")).collect();
        let _ = writeln!(
            out,
            "{}{}{}\n",
            escape(&w.before),
            codes.join(", "),
            escape(&w.after)
        );
    }
    if texts.fallback {
        let _ = writeln!(out, "> {}\n", escape(&t.fallback_notice));
    }
    let _ = writeln!(out, "{}\n", escape(&texts.explanation));
    let _ = writeln!(
        out,
        "**{}:** {}\n",
        escape(&t.sender),
        escape(&texts.sender)
    );
    let _ = writeln!(out, "**{}:** {}\n", escape(&t.admin), escape(&texts.admin));
    if let Some(wording) = site::described_as(entry, locale) {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            escape(&t.described_as),
            escape(wording)
        );
    }
    let _ = writeln!(
        out,
        "**{}:** {}. {}\n",
        escape(&t.standing),
        escape(site::standing_name(t, entry.standing)),
        escape(site::standing_text(t, entry.standing))
    );
    let references: Vec<String> = entry
        .references
        .iter()
        .map(|r| match (r, r.url()) {
            (Reference::Seed, _) | (_, None) => escape(&t.seed_reference),
            (_, Some(url)) => format!("[{}]({url})", escape(&r.to_string())),
        })
        .collect();
    let _ = writeln!(
        out,
        "**{}:** {}\n",
        escape(&t.references),
        references.join("; ")
    );
    for related in site::related(data, entry, t) {
        let links: Vec<String> = related
            .entries
            .iter()
            .map(|e| {
                format!(
                    "[`{}`](#{}) {}",
                    e.code,
                    anchor(e),
                    escape(&e.texts[locale].message)
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            escape(related.heading),
            links.join("; ")
        );
    }
    let uses: Vec<String> = site::provider_use(data, entry)
        .into_iter()
        .map(|v| {
            format!(
                "[{}]({PROVIDERS_FILE}#{}) {}: {}",
                key(&v.key),
                vendor_anchor(v),
                escape(&data.providers[v.provider].name),
                escape(&v.texts[locale].message)
            )
        })
        .collect();
    if !uses.is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            escape(&t.provider_use),
            uses.join("; ")
        );
    }
}

/// `**Usual reason:** [`userunknown`](reasons.md#reason-userunknown) Recipient … (hard; decides
/// alone)`.
fn usual_line(locale: usize, t: &crate::model::UiText, usual: &site::Usual<'_>) -> String {
    let mut notes = vec![escape(usual.bounce.word)];
    notes.extend(usual.strength.map(|s| escape(s)));
    format!(
        "**{}:** [`{}`]({REASONS_FILE}#{}) {} ({})",
        escape(&t.usual_reason),
        usual.reason.id,
        reason_anchor(usual.reason),
        escape(&usual.reason.texts[locale].message),
        notes.join("; ")
    )
}

/// A vendor key as Markdown: a code span for codes and tokens (whose characters are safe in
/// one), escaped text for a phrase.
fn key(key: &VendorKey) -> String {
    match key {
        VendorKey::Phrase(phrase) => escape(phrase),
        other => format!("`{other}`"),
    }
}

/// `before`, `code` and `after` as one line of Markdown, `code` in a code span when one can
/// hold it exactly (no backtick, no space at either end), else escaped like the rest.
fn with_code(before: &str, code: &str, after: &str) -> String {
    const MARK: char = '\u{E000}';
    let spannable = !code.is_empty()
        && !code.contains('`')
        && !code.contains(MARK)
        && code.trim() == code
        && !code.contains('\n');
    if !spannable {
        return escape(&format!("{before}{code}{after}"));
    }
    escape(&format!("{before}{MARK}{after}")).replacen(MARK, &format!("`{code}`"), 1)
}

/// A URL as a Markdown link destination: whatever would end or break it (spaces, brackets,
/// quotes, backslashes, controls) percent-encoded.
fn url(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            ' ' | '<' | '>' | '(' | ')' | '"' | '\\' | '`' | '[' | ']' => {
                let _ = write!(out, "%{:02X}", u32::from(c));
            }
            c if c.is_control() => {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "%{b:02X}");
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// `docs/<tag>/providers.md`: each provider (how its replies are recognised, a table of its
/// entries), then each entry in a section of its own.
fn providers(data: &Data, locale: usize) -> String {
    let t = &data.ui[locale];
    let mut out = header();
    let _ = writeln!(out, "# {}\n", escape(&t.providers));
    let _ = writeln!(out, "{}\n", escape(&t.providers_intro));
    let _ = writeln!(out, "[{}](README.md)\n", escape(&t.all_codes));
    other_languages(&mut out, data, locale, PROVIDERS_FILE);
    let _ = writeln!(out, "## {}\n", escape(&t.contents));
    for (index, provider) in data.providers.iter().enumerate() {
        let _ = writeln!(
            out,
            "- [{}](#{}) ({})",
            escape(&provider.name),
            provider_anchor(data, index),
            data.vendor_of(index).count()
        );
    }
    out.push('\n');
    for (index, provider) in data.providers.iter().enumerate() {
        let _ = writeln!(
            out,
            "<a id=\"{}\"></a>\n\n## {}\n",
            provider_anchor(data, index),
            escape(&provider.name)
        );
        let _ = writeln!(
            out,
            "[{}]({})\n",
            escape(&t.provider_docs),
            url(&provider.url)
        );
        if !provider.note.trim().is_empty() {
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                escape(&t.notes),
                escape(&provider.note)
            );
        }
        let rules: Vec<_> = data.rules.iter().filter(|r| r.provider == index).collect();
        if !rules.is_empty() {
            let _ = writeln!(out, "### {}\n", escape(&t.recognition));
            let _ = writeln!(out, "{}\n", escape(&t.recognition_intro));
            for rule in rules {
                let text = site::rule_text(t, rule.kind, &rule.pattern);
                let _ = writeln!(
                    out,
                    "- {}. {}: {} ([{}]({}))",
                    with_code(&text.before, &text.pattern, &text.after),
                    escape(&t.rule_example),
                    escape(&rule.example),
                    escape(&t.source),
                    url(&rule.source)
                );
            }
            out.push('\n');
        }
        let _ = writeln!(out, "### {}\n", escape(&t.provider_codes));
        let entries: Vec<&VendorEntry> = data.vendor_of(index).collect();
        if entries.is_empty() {
            let _ = writeln!(out, "{}\n", escape(&t.provider_no_codes));
            continue;
        }
        table_head(
            &mut out,
            &[
                escape(&t.col_code),
                escape(&t.col_sent_with),
                escape(&t.col_message),
            ],
        );
        for entry in &entries {
            let key_text = entry.key.to_string();
            let sent: Vec<String> = site::sent_with(entry)
                .into_iter()
                .filter(|c| *c != key_text)
                .map(|c| format!("`{c}`"))
                .collect();
            let _ = writeln!(
                out,
                "| [{}](#{}) | {} | {} |",
                key(&entry.key),
                vendor_anchor(entry),
                sent.join(" "),
                escape(&entry.texts[locale].message)
            );
        }
        out.push('\n');
        for entry in entries {
            write_vendor(&mut out, data, locale, entry);
        }
    }
    out
}

fn write_vendor(out: &mut String, data: &Data, locale: usize, entry: &VendorEntry) {
    let t = &data.ui[locale];
    let texts = &entry.texts[locale];
    let _ = writeln!(
        out,
        "<a id=\"{}\"></a>\n\n#### {} {}\n",
        vendor_anchor(entry),
        key(&entry.key),
        escape(&texts.message)
    );
    let _ = writeln!(
        out,
        "*{} · {}*\n",
        escape(&t.kind_vendor),
        escape(&data.providers[entry.provider].name)
    );
    if let Some(usual) = site::vendor_reason(data, t, entry) {
        let _ = writeln!(out, "{}\n", usual_line(locale, t, &usual));
    }
    if texts.fallback {
        let _ = writeln!(out, "> {}\n", escape(&t.fallback_notice));
    }
    let _ = writeln!(out, "{}\n", escape(&texts.explanation));
    let _ = writeln!(
        out,
        "**{}:** {}\n",
        escape(&t.sender),
        escape(&texts.sender)
    );
    let _ = writeln!(out, "**{}:** {}\n", escape(&t.admin), escape(&texts.admin));
    if !entry.wording.trim().is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            escape(&t.wording),
            escape(&entry.wording)
        );
    }
    let mut sent: Vec<String> = entry
        .reply_codes
        .iter()
        .map(|c| format!("{} `{c}`", escape(&t.kind_reply)))
        .collect();
    sent.extend(
        entry
            .enhanced
            .map(|e| format!("{} `{e}`", escape(&t.kind_status))),
    );
    if !sent.is_empty() {
        let _ = writeln!(out, "**{}:** {}\n", escape(&t.sent_with), sent.join("; "));
    }
    let builds_on: Vec<String> = site::builds_on(data, entry)
        .into_iter()
        .map(|e| {
            format!(
                "[`{}`](README.md#{}) {}",
                e.code,
                anchor(e),
                escape(&e.texts[locale].message)
            )
        })
        .collect();
    if !builds_on.is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            escape(&t.builds_on),
            builds_on.join("; ")
        );
    }
    let _ = writeln!(
        out,
        "**{}:** [{}]({})\n",
        escape(&t.source),
        escape(&entry.source_title),
        url(&entry.source_url)
    );
    if !entry.note.trim().is_empty() {
        let _ = writeln!(out, "**{}:** {}\n", escape(&t.notes), escape(&entry.note));
    }
}

/// `docs/<tag>/reasons.md`: how a reply gets its reason, a table of every reason, then each
/// reason in a section of its own with what leads to it.
fn reasons(data: &Data, locale: usize) -> String {
    let t = &data.ui[locale];
    let mut out = header();
    let _ = writeln!(out, "# {}\n", escape(&t.reasons));
    let _ = writeln!(out, "{}\n", escape(&t.reasons_intro));
    let _ = writeln!(out, "[{}](README.md)\n", escape(&t.all_codes));
    other_languages(&mut out, data, locale, REASONS_FILE);
    let _ = writeln!(out, "## {}\n", escape(&t.precedence));
    let _ = writeln!(out, "{}\n", escape(&t.precedence_intro));
    for (step, text) in site::precedence(t).iter().enumerate() {
        let _ = writeln!(out, "{}. {}", step + 1, escape(text));
    }
    out.push('\n');
    let _ = writeln!(out, "## {}\n", escape(&t.contents));
    table_head(
        &mut out,
        &[
            escape(&t.col_reason),
            escape(&t.col_message),
            escape(&t.bounce),
        ],
    );
    for reason in &data.reasons {
        index_row(
            &mut out,
            &reason.id,
            &reason_anchor(reason),
            &escape(&reason.texts[locale].message),
            &escape(site::bounce(t, reason, None).word),
        );
    }
    out.push('\n');
    for (index, reason) in data.reasons.iter().enumerate() {
        write_reason(&mut out, data, locale, index, reason);
    }
    out
}

fn write_reason(out: &mut String, data: &Data, locale: usize, index: usize, reason: &Reason) {
    let t = &data.ui[locale];
    let texts = &reason.texts[locale];
    let bounce = site::bounce(t, reason, None);
    let _ = writeln!(
        out,
        "<a id=\"{}\"></a>\n\n## `{}` {}\n",
        reason_anchor(reason),
        reason.id,
        escape(&texts.message)
    );
    let _ = writeln!(
        out,
        "*{} · {}*\n",
        escape(&t.kind_reason),
        escape(bounce.word)
    );
    if texts.fallback {
        let _ = writeln!(out, "> {}\n", escape(&t.fallback_notice));
    }
    let _ = writeln!(out, "{}\n", escape(&texts.explanation));
    let _ = writeln!(
        out,
        "**{}:** {}. {}\n",
        escape(&t.bounce),
        escape(bounce.word),
        escape(site::bounce_text(t, reason))
    );
    let _ = writeln!(
        out,
        "**{}:** {}\n",
        escape(&t.sender),
        escape(&texts.sender)
    );
    let _ = writeln!(
        out,
        "**{}:** {}\n",
        escape(&t.reason_admin),
        escape(&texts.admin)
    );
    let leads = site::leads_to(data, index);
    let _ = writeln!(out, "### {}\n", escape(&t.leads_to));
    if leads.is_empty() {
        let _ = writeln!(out, "{}\n", escape(&t.leads_to_none));
    } else {
        let _ = writeln!(out, "{}\n", escape(&t.leads_to_intro));
    }
    if !leads.vendor.is_empty() {
        let links: Vec<String> = leads
            .vendor
            .iter()
            .map(|v| {
                format!(
                    "[{}]({PROVIDERS_FILE}#{}) {}: {}",
                    key(&v.key),
                    vendor_anchor(v),
                    escape(&data.providers[v.provider].name),
                    escape(&v.texts[locale].message)
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            escape(&t.rules_vendor),
            links.join("; ")
        );
    }
    if !leads.statuses.is_empty() {
        let links: Vec<String> = leads
            .statuses
            .iter()
            .map(|(e, strength)| {
                format!(
                    "[`{}`](README.md#{}) {} ({})",
                    e.code,
                    anchor(e),
                    escape(&e.texts[locale].message),
                    escape(site::strength_name(t, *strength))
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            escape(&t.rules_status),
            links.join("; ")
        );
    }
    if !leads.patterns.is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            escape(&t.rules_pattern),
            escape(&t.rules_pattern_intro)
        );
        for (pattern, rule) in &leads.patterns {
            // A paragraph each: a list of one item would be tight, without paragraphs.
            let _ = writeln!(
                out,
                "{}. {}: {} ([{}]({}))\n",
                with_code("", pattern, ""),
                escape(&t.rule_example),
                escape(&rule.example),
                escape(&t.source),
                url(&rule.source)
            );
        }
    }
    if !leads.replies.is_empty() {
        let links: Vec<String> = leads
            .replies
            .iter()
            .map(|e| {
                format!(
                    "[`{}`](README.md#{}) {}",
                    e.code,
                    anchor(e),
                    escape(&e.texts[locale].message)
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            escape(&t.rules_reply),
            links.join("; ")
        );
        let _ = writeln!(out, "{}\n", escape(&t.rules_reply_intro));
    }
    let _ = writeln!(
        out,
        "**{}:** [{}]({})\n",
        escape(&t.source),
        escape(&t.reason_source),
        url(&reason.source)
    );
    if !reason.note.trim().is_empty() {
        let _ = writeln!(out, "**{}:** {}\n", escape(&t.notes), escape(&reason.note));
    }
}

/// Text as Markdown that renders as exactly that text: every character Markdown (CommonMark
/// with GitHub's tables, strikethrough and math) could read as syntax is backslash-escaped, `&`
/// included so that no entity forms; what only matters at the start of a line (list markers,
/// setext underlines, indentation) is escaped there; line breaks become hard breaks.
pub fn escape(text: &str) -> String {
    text.split('\n')
        .map(escape_line)
        .collect::<Vec<_>>()
        .join("\\\n")
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let chars: Vec<char> = line.chars().collect();
    // An ordered list marker: digits, then `.` or `)`.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let list_number_end =
        (digits > 0 && matches!(chars.get(digits), Some('.' | ')'))).then_some(digits);
    for (i, &c) in chars.iter().enumerate() {
        let first = i == 0;
        let last = i + 1 == chars.len();
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '$' | '!'
            | '{' | '}' | '^' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' | ':' if first => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if Some(i) == list_number_end => {
                out.push('\\');
                out.push(c);
            }
            ' ' | '\t' if first || last => {
                let _ = write!(out, "&#{};", u32::from(c));
            }
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// "Other languages: …", linking the same file in every other locale; nothing with one locale.
fn other_languages(out: &mut String, data: &Data, locale: usize, file: &str) {
    let this = &data.locales[locale].tag;
    let others: Vec<String> = data
        .locales
        .iter()
        .filter(|l| &l.tag != this)
        .map(|l| format!("[{}](../{}/{file})", escape(&l.native_name), l.tag))
        .collect();
    if !others.is_empty() {
        let t = &data.ui[locale];
        let _ = writeln!(
            out,
            "{}: {}\n",
            escape(&t.other_languages),
            others.join(" · ")
        );
    }
}

/// The header row and the alignment row of a Markdown table, each heading escaped.
/// A row of an index table: the code or id as a link to its section, its message, and one
/// more cell (already escaped).
fn index_row(
    out: &mut String,
    code: impl std::fmt::Display,
    anchor: &str,
    message: &str,
    last: &str,
) {
    let _ = writeln!(out, "| [`{code}`](#{anchor}) | {message} | {last} |");
}

fn table_head(out: &mut String, headings: &[String]) {
    let cells: Vec<String> = headings.iter().map(|h| format!(" {h} |")).collect();
    let _ = writeln!(
        out,
        "|{}\n|{}",
        cells.concat(),
        " --- |".repeat(headings.len())
    );
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markdown() {
        assert_eq!(escape("plain text"), "plain text");
        assert_eq!(
            escape("<domain> a|b *c* _d_"),
            "\\<domain\\> a\\|b \\*c\\* \\_d\\_"
        );
        assert_eq!(escape("1. item"), "1\\. item");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("a & b &amp;"), "a \\& b \\&amp;");
        assert_eq!(escape(" x "), "&#32;x&#32;");
        assert_eq!(escape("a\nb"), "a\\\nb");
        assert_eq!(escape("[x](y)"), "\\[x\\](y)");
    }
}
