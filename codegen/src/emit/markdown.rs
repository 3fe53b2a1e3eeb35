//! The Markdown reference, one file per locale: `docs/<tag>/README.md` (a code forge shows it
//! when you open the folder), and `docs/README.md`, which links them.
//!
//! Tables list the codes by group; each code then has a section with a stable anchor
//! (`code-550`, `code-x-1-1`) that other sections link to. Every text from the data goes through
//! [`escape`], so nothing in it can become Markdown or HTML.

use crate::emit::site::{self, Section};
use crate::model::{Data, Entry, Locale, Reference};
use crate::output::{self, Emitter, GeneratedFile, Syntax};
use crate::{CODES_CSV, LOCALES_CSV, UI_CSV};
use std::fmt::Write;

pub(crate) const EMITTER: Emitter = Emitter {
    name: "markdown",
    owns: &["docs"],
    inputs: &[CODES_CSV, LOCALES_CSV, UI_CSV],
    emit,
};

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
    let this = &data.locales[locale];
    let mut out = header();
    let _ = writeln!(out, "# {}\n", escape(&t.index_title));
    let _ = writeln!(out, "{}\n", escape(&t.index_intro));
    let others: Vec<String> = data
        .locales
        .iter()
        .filter(|l| l.tag != this.tag)
        .map(|l: &Locale| format!("[{}](../{}/README.md)", escape(&l.native_name), l.tag))
        .collect();
    if !others.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}\n",
            escape(&t.other_languages),
            others.join(" · ")
        );
    }
    let sections = site::sections(data, locale);
    let _ = writeln!(out, "## {}\n", escape(&t.contents));
    for section in &sections {
        let _ = writeln!(out, "- [{}](#{})", escape(section.heading), section.anchor);
        for group in &section.groups {
            let _ = writeln!(out, "  - [{}](#{})", escape(&group.heading), group.anchor);
        }
    }
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
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n| --- | --- | --- |",
            escape(&t.col_code),
            escape(&t.col_message),
            escape(&t.col_standing)
        );
        for entry in &group.entries {
            let _ = writeln!(
                out,
                "| [`{}`](#{}) | {} | {} |",
                entry.code,
                anchor(entry),
                escape(&entry.texts[locale].message),
                escape(site::standing_name(t, entry.standing))
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
