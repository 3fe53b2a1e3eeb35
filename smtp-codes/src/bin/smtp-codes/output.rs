//! Writing an explanation: for a person (labels in the locale, colour on a terminal) or as
//! one JSON object per line. The fields and the rules that choose the meaning and the advice
//! are documented in the README ("The `smtp-codes` command").

use crate::find::Found;
use smtp_codes::{Classification, DecidedBy, Locale, Reason};
use std::io::{self, Write};

/// What is said about one reply, in one locale: the fields of the JSON output.
pub struct Explanation<'a> {
    pub line: u64,
    pub input: String,
    pub code: u16,
    pub enhanced: Option<String>,
    pub provider: Option<&'static str>,
    pub provider_name: Option<&'static str>,
    pub vendor_status: Option<&'static str>,
    pub reason: Reason,
    pub hard_bounce: bool,
    pub decided_by: &'static str,
    pub pattern: Option<&'static str>,
    pub message: Option<&'static str>,
    pub sender_advice: Option<&'static str>,
    pub locale: Locale,
    pub classification: &'a Classification,
}

fn non_empty(text: &'static str) -> Option<&'static str> {
    Some(text).filter(|t| !t.is_empty())
}

/// The meaning: the provider's documented entry, else the registry entry of the enhanced code,
/// else the reply code's.
pub fn meaning(c: &Classification, locale: Locale) -> Option<&'static str> {
    c.vendor_status()
        .and_then(|v| non_empty(v.message(locale)))
        .or_else(|| {
            c.enhanced()
                .and_then(|e| e.status())
                .map(|s| s.message(locale))
        })
        .or_else(|| c.code().status().map(|s| s.message(locale)))
}

/// What the sender can do: the provider's entry, else the reason's (when it found one), else the
/// enhanced code's, else the reply code's, else the reason's.
pub fn sender_advice(c: &Classification, locale: Locale) -> Option<&'static str> {
    let reason = c.reason();
    let decided = !matches!(reason, Reason::Undefined | Reason::OnHold);
    c.vendor_status()
        .and_then(|v| non_empty(v.sender_advice(locale)))
        .or_else(|| {
            decided
                .then(|| non_empty(reason.sender_advice(locale)))
                .flatten()
        })
        .or_else(|| {
            c.enhanced()
                .and_then(|e| e.status())
                .and_then(|s| non_empty(s.sender_advice(locale)))
        })
        .or_else(|| {
            c.code()
                .status()
                .and_then(|s| non_empty(s.sender_advice(locale)))
        })
        .or_else(|| non_empty(reason.sender_advice(locale)))
}

impl<'a> Explanation<'a> {
    pub fn new(found: &'a Found, locale: Locale) -> Explanation<'a> {
        let c = &found.classification;
        let (decided_by, pattern) = match c.decided_by() {
            DecidedBy::VendorStatus(_) => ("vendor_status", None),
            DecidedBy::EnhancedStatus(_) => ("enhanced_status", None),
            DecidedBy::Pattern(at) => ("pattern", Some(at.pattern)),
            DecidedBy::ReplyCode(_) => ("reply_code", None),
            DecidedBy::Nothing => ("nothing", None),
            _ => ("other", None),
        };
        Explanation {
            line: found.line,
            input: String::from_utf8_lossy(&found.input).into_owned(),
            code: c.code().get(),
            enhanced: c.enhanced().map(|e| e.to_string()),
            provider: c.provider().map(|p| p.id()),
            provider_name: c.provider().map(|p| p.name()),
            vendor_status: c.vendor_status().map(|v| v.id()),
            reason: c.reason(),
            hard_bounce: c.is_hard_bounce(),
            decided_by,
            pattern,
            message: meaning(c, locale),
            sender_advice: sender_advice(c, locale),
            locale,
            classification: c,
        }
    }

    /// One JSON object on one line.
    pub fn write_json(&self, out: &mut impl Write) -> io::Result<()> {
        let text = |s: &str| serde_json::to_string(s).expect("a string always serializes");
        let opt = |s: Option<&str>| s.map_or_else(|| "null".to_owned(), text);
        writeln!(
            out,
            "{{\"line\":{},\"input\":{},\"code\":{},\"enhanced\":{},\"provider\":{},\
             \"vendor_status\":{},\"reason\":{},\"reason_message\":{},\"hard_bounce\":{},\
             \"decided_by\":{},\"pattern\":{},\"message\":{},\"sender_advice\":{},\"locale\":{}}}",
            self.line,
            text(&self.input),
            self.code,
            opt(self.enhanced.as_deref()),
            opt(self.provider),
            opt(self.vendor_status),
            text(self.reason.as_str()),
            text(self.reason.message(self.locale)),
            self.hard_bounce,
            text(self.decided_by),
            opt(self.pattern),
            opt(self.message),
            opt(self.sender_advice),
            text(self.locale.tag()),
        )
    }

    /// A few lines for a person, then an empty line.
    pub fn write_human(&self, out: &mut impl Write, style: Style) -> io::Result<()> {
        let labels = Labels::of(self.locale);
        let mut head = self.code.to_string();
        if let Some(enhanced) = &self.enhanced {
            head.push(' ');
            head.push_str(enhanced);
        }
        write!(out, "{}", style.bold(&head))?;
        if let Some(name) = self.provider_name {
            write!(out, "  {}", name)?;
        }
        writeln!(
            out,
            "  {}",
            style.dim(&format!("({} {})", labels.line, self.line))
        )?;
        let bounce = if self.hard_bounce {
            style.red(labels.hard)
        } else {
            style.yellow(labels.soft)
        };
        let width = labels.width();
        let field = |out: &mut dyn Write, label: &str, value: &str| {
            writeln!(out, "  {}  {}", style.dim(&pad(label, width)), value)
        };
        field(
            out,
            labels.reason,
            &format!(
                "{}: {}",
                self.reason.as_str(),
                self.reason.message(self.locale)
            ),
        )?;
        field(out, "", &bounce)?;
        if let Some(vendor) = self.classification.vendor_status() {
            field(out, labels.provider, &vendor.to_string())?;
        }
        if let Some(message) = self.message {
            field(out, labels.meaning, message)?;
        }
        if let Some(advice) = self.sender_advice {
            field(out, labels.sender, advice)?;
        }
        field(out, labels.input, &printable(&self.input, 300))?;
        writeln!(out)
    }
}

/// `label` padded with spaces to `width` characters.
fn pad(label: &str, width: usize) -> String {
    let mut padded = label.to_owned();
    padded.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(label.chars().count()),
    ));
    padded
}

/// `text` safe to print on a terminal: control characters (an escape sequence in a log could
/// drive the terminal) become U+FFFD, newlines ` / `, and it is cut to `max` characters.
fn printable(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str(" / "),
            '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Whether to colour the output (ANSI escapes).
#[derive(Clone, Copy)]
pub struct Style {
    pub colour: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
    fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }
    fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }
    fn red(self, text: &str) -> String {
        self.paint("31", text)
    }
    fn yellow(self, text: &str) -> String {
        self.paint("33", text)
    }
}

/// The command's own words. `meaning` and `sender` are the site's (`data/ui.csv`, keys `meaning`
/// and `sender`; `tests/explain_cli.rs` checks they stay the same); a locale without its own
/// words here gets the English ones, as a locale without a translation does everywhere.
pub struct Labels {
    pub line: &'static str,
    pub reason: &'static str,
    pub provider: &'static str,
    pub meaning: &'static str,
    pub sender: &'static str,
    pub input: &'static str,
    pub hard: &'static str,
    pub soft: &'static str,
}

impl Labels {
    pub fn of(locale: Locale) -> Labels {
        match locale.tag() {
            "tr" => Labels {
                line: "satır",
                reason: "Neden",
                provider: "Sağlayıcı",
                meaning: "Anlamı",
                sender: "Gönderen ne yapabilir",
                input: "Girdi",
                hard: "kalıcı hata (hard bounce): yeniden denemeyin",
                soft: "geçici hata (soft bounce): yeniden denenebilir",
            },
            "de" => Labels {
                line: "Zeile",
                reason: "Grund",
                provider: "Anbieter",
                meaning: "Bedeutung",
                sender: "Was der Absender tun kann",
                input: "Eingabe",
                hard: "dauerhafter Fehler (Hard Bounce): nicht erneut versuchen",
                soft: "vorübergehender Fehler (Soft Bounce): erneuter Versuch möglich",
            },
            _ => Labels {
                line: "line",
                reason: "Reason",
                provider: "Provider",
                meaning: "Meaning",
                sender: "What the sender can do",
                input: "Input",
                hard: "hard bounce: do not retry",
                soft: "soft bounce: may be retried",
            },
        }
    }

    fn width(&self) -> usize {
        [
            self.reason,
            self.provider,
            self.meaning,
            self.sender,
            self.input,
        ]
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
    }
}
