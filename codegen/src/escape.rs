//! Escaping of data text for the formats it is written into.

/// Text that Markdown (CommonMark, and so rustdoc) shows exactly as written: every ASCII
/// punctuation character that could start markup is backslash-escaped, so `<domain>` stays
/// text instead of an HTML tag and `*` never emphasizes.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '|'
                | '#'
                | '{'
                | '}'
                | '!'
                | '~'
                | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::markdown;

    #[test]
    fn markdown_escapes_markup() {
        assert_eq!(
            markdown("<domain> Service ready"),
            r"\<domain\> Service ready"
        );
        assert_eq!(
            markdown("a|b *c* _d_ `e` [f](g) \\ &amp;"),
            r"a\|b \*c\* \_d\_ \`e\` \[f\](g) \\ \&amp;"
        );
        assert_eq!(markdown("Türkçe: İstenen işlem"), "Türkçe: İstenen işlem");
    }
}
