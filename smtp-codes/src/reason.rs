//! Why a delivery failed: [`Reason`], and [`Reply::classify`], which finds it from what the
//! data says about the reply's code, its provider's documented entry and its text.
//!
//! # Precedence
//!
//! 1. The reason of the provider's documented entry ([`Reply::vendor_status`]), when it has one.
//! 2. A **strong** reason of the enhanced code's registry entry: one the code alone determines
//!    (`X.1.1`: `userunknown`, `X.2.2`: `mailboxfull`).
//! 3. A text pattern of the data found in the reply (`user unknown`, `over quota`, `blocked
//!    using`), the longest one where several match, the first of those where they tie.
//! 4. A **weak** reason of the registry entry: a fallback for broad codes (`X.7.1`).
//! 5. The reason of the reply code (`550`, `452`), where the data gives one.
//! 6. [`Reason::Undefined`].
//!
//! Text patterns are found by an automaton the generator builds from `data/reason_rules.csv`:
//! one pass over each line, ignoring ASCII case, at a cost per byte that does not grow with the
//! number of patterns.

use crate::generated::reason::{
    CLASSES, CLASS_COUNT, NEXT, OUTPUT, PATTERNS, REASONS, REPLY_REASONS, STATUS_REASONS,
    VENDOR_REASONS,
};
use crate::said::Said;
use crate::vendor::Found;
use crate::{
    EnhancedStatus, EnhancedStatusCode, Expected, ParseError, Provider, Reply, ReplyCode,
    VendorStatus,
};
use core::fmt;
use core::str::FromStr;

pub use crate::generated::reason::Reason;

/// A registry entry's subject and detail, as the tables hold them.
pub(crate) type SubjectDetail = (u16, u16);

/// The vocabulary's name of a reason and its hard-bounce rule.
#[derive(Debug)]
pub(crate) struct ReasonInfo {
    pub(crate) id: &'static str,
    /// `None`: hard for a 5yz reply, soft for a 4yz one.
    pub(crate) hard: Option<bool>,
}

/// A text pattern of the data and its reason.
#[derive(Debug)]
pub(crate) struct Pattern {
    pub(crate) text: &'static str,
    pub(crate) reason: Reason,
}

impl Reason {
    /// The vocabulary's name: `"userunknown"`, `"mailboxfull"` (Sisimai's, as of its 5.6 release).
    pub fn as_str(self) -> &'static str {
        REASONS[self.index()].id
    }

    /// Whether a bounce with this reason after a reply with `code` is hard (the address, or the
    /// message as it is, will not succeed: stop retrying) rather than soft. Most reasons decide
    /// alone; for the others a 5yz reply is hard and a 4yz one soft.
    pub fn is_hard_bounce(self, code: ReplyCode) -> bool {
        REASONS[self.index()]
            .hard
            .unwrap_or_else(|| code.is_permanent())
    }
}

impl fmt::Display for Reason {
    /// The vocabulary's name: `userunknown`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Reason {
    type Err = ParseError;

    /// The vocabulary's name, as [`Reason::as_str`] gives it (ASCII case ignored).
    fn from_str(s: &str) -> Result<Reason, ParseError> {
        if s.is_empty() {
            return Err(ParseError::empty(Expected::Reason));
        }
        Reason::ALL
            .iter()
            .copied()
            .find(|r| r.as_str().eq_ignore_ascii_case(s))
            .ok_or(ParseError::unknown(Expected::Reason))
    }
}

/// Where in a reply a text pattern was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PatternMatch {
    /// The pattern, as the data writes it (lowercase).
    pub pattern: &'static str,
    /// The line it was found on, counted from 0.
    pub line: usize,
    /// The byte offset of its start in that line's text.
    pub offset: usize,
}

/// What decided a [`Classification`]'s reason; see the precedence in [`Reply::classify`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecidedBy {
    /// The provider's documented entry.
    VendorStatus(VendorStatus),
    /// The enhanced code's registry entry (strong, or as a fallback where no pattern matched).
    EnhancedStatus(EnhancedStatus),
    /// A text pattern.
    Pattern(PatternMatch),
    /// The reply code.
    ReplyCode(ReplyCode),
    /// Nothing: the reason is [`Reason::Undefined`].
    Nothing,
}

/// Why a reply says a delivery failed: its [`Reason`], hard or soft, its provider and the
/// provider's entry, and what decided. From [`Reply::classify`] or [`classify_line`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Classification {
    reason: Reason,
    decided_by: DecidedBy,
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    provider: Option<Provider>,
    vendor_status: Option<VendorStatus>,
}

impl Classification {
    /// The reason.
    pub fn reason(&self) -> Reason {
        self.reason
    }

    /// Whether it is a hard bounce: see [`Reason::is_hard_bounce`].
    pub fn is_hard_bounce(&self) -> bool {
        self.reason.is_hard_bounce(self.code)
    }

    /// What decided the reason.
    pub fn decided_by(&self) -> DecidedBy {
        self.decided_by
    }

    /// The reply code of the reply classified.
    pub fn code(&self) -> ReplyCode {
        self.code
    }

    /// Its enhanced status code, if it has one.
    pub fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }

    /// The provider that sent the reply, when recognised: [`Reply::provider`].
    pub fn provider(&self) -> Option<Provider> {
        self.provider
    }

    /// The provider's documented entry for the reply: [`Reply::vendor_status`].
    pub fn vendor_status(&self) -> Option<VendorStatus> {
        self.vendor_status
    }
}

/// The longest text pattern in `said`; the first (earliest) of those that tie.
fn find_pattern(said: &Said<'_>) -> Option<(PatternMatch, Reason)> {
    let mut best: Option<(usize, PatternMatch, Reason)> = None;
    for (line_index, line) in said.lines().enumerate() {
        let mut state = 0usize;
        for (i, &byte) in line.iter().enumerate() {
            let class = usize::from(CLASSES[usize::from(byte)]);
            state = usize::from(NEXT[state * CLASS_COUNT + class]);
            let found = OUTPUT[state];
            if found == u16::MAX {
                continue;
            }
            let pattern = &PATTERNS[usize::from(found)];
            let len = pattern.text.len();
            if best.as_ref().is_none_or(|(top, ..)| len > *top) {
                let at = PatternMatch {
                    pattern: pattern.text,
                    line: line_index,
                    offset: i + 1 - len,
                };
                best = Some((len, at, pattern.reason));
            }
        }
    }
    best.map(|(_, at, reason)| (at, reason))
}

fn status_reason(code: EnhancedStatusCode) -> Option<(EnhancedStatus, Reason, bool)> {
    let status = code.status()?;
    let key = (code.subject(), code.detail());
    let i = STATUS_REASONS
        .binary_search_by_key(&key, |(k, ..)| *k)
        .ok()?;
    let (_, reason, strong) = STATUS_REASONS[i];
    Some((status, reason, strong))
}

fn reply_reason(code: ReplyCode) -> Option<Reason> {
    let i = REPLY_REASONS
        .binary_search_by_key(&code.get(), |(c, ..)| *c)
        .ok()?;
    Some(REPLY_REASONS[i].1)
}

impl Said<'_> {
    /// See [`Reply::classify`].
    pub(crate) fn classify(&self) -> Classification {
        let found = Found::scan(self);
        let recognised = self.recognised_provider(&found);
        let vendor_status = self.vendor_status(&found, recognised);
        let provider = recognised.or(vendor_status.map(VendorStatus::provider));
        let status = self.enhanced.and_then(status_reason);
        let (reason, decided_by) = if let Some((status, reason)) =
            vendor_status.and_then(|v| VENDOR_REASONS[v.index()].map(|r| (v, r)))
        {
            (reason, DecidedBy::VendorStatus(status))
        } else if let Some((status, reason, true)) = status {
            (reason, DecidedBy::EnhancedStatus(status))
        } else if let Some((at, reason)) = find_pattern(self) {
            (reason, DecidedBy::Pattern(at))
        } else if let Some((status, reason, false)) = status {
            (reason, DecidedBy::EnhancedStatus(status))
        } else if let Some(reason) = reply_reason(self.code) {
            (reason, DecidedBy::ReplyCode(self.code))
        } else {
            (Reason::Undefined, DecidedBy::Nothing)
        };
        Classification {
            reason,
            decided_by,
            code: self.code,
            enhanced: self.enhanced,
            provider,
            vendor_status,
        }
    }
}

impl Reply<'_> {
    /// Why the reply says the delivery failed: the reason, hard or soft, the provider and its
    /// documented entry, and what decided. The precedence between the provider's entry, the
    /// enhanced code, the text and the reply code is told in the module docs of this crate's
    /// `reason` module and in the README:
    /// provider entry, then a strong registry reason, then a text pattern, then a weak registry
    /// reason, then the reply code.
    ///
    /// ```
    /// use smtp_codes::{Reason, Reply};
    /// let (reply, _) = Reply::parse(b"550 Mailbox not found\r\n").unwrap();
    /// let found = reply.classify();
    /// assert_eq!(found.reason(), Reason::UserUnknown);
    /// assert_eq!(found.reason().as_str(), "userunknown");
    /// assert!(found.is_hard_bounce());
    /// ```
    pub fn classify(&self) -> Classification {
        Said::of(self).classify()
    }
}

/// Finds the reply in one flattened line (a log line, a `Diagnostic-Code:` field, a pasted
/// bounce line) and classifies it: the first three-digit code 200 to 599 that stands as a word
/// followed by a space, a hyphen or the end (`smtp; 550 5.1.1 <a@b>: ...`,
/// `... said: 550 5.1.1 ...`), its enhanced code if the next word is one of its class, and the
/// rest of the line as its text. `None` when the line holds no reply code.
///
/// What mail servers write after the reply they quote is not part of its text: Postfix's
/// `(in reply to RCPT TO command)` and the `)` that closes its `status=bounced (...)`, and
/// sendmail's `, stat=...` after its `reply=` field. So a Gmail reply quoted by Postfix still
/// ends with Gmail's `- gsmtp`.
///
/// ```
/// use smtp_codes::{classify_line, Reason};
/// let line = b"Diagnostic-Code: smtp; 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown";
/// let found = classify_line(line).unwrap();
/// assert_eq!(found.code(), 550);
/// assert_eq!(found.enhanced().unwrap().to_string(), "5.1.1");
/// assert_eq!(found.reason(), Reason::UserUnknown);
/// ```
pub fn classify_line(line: &[u8]) -> Option<Classification> {
    let (code, rest) = find_code(line)?;
    let (enhanced, text) = match rest.iter().position(|&b| b == b' ') {
        Some(end) => (
            EnhancedStatusCode::parse_bytes(&rest[..end]).ok(),
            &rest[end + 1..],
        ),
        None => (EnhancedStatusCode::parse_bytes(rest).ok(), &[][..]),
    };
    let enhanced = enhanced.filter(|e| e.class() == code.class());
    let text = if enhanced.is_some() { text } else { rest };
    Some(Said::line(code, enhanced, strip_trailers(text)).classify())
}

/// `text` without what a mail server wrote after the reply it quotes: sendmail's
/// `, stat=User unknown` (deliver.c `logdelivery`: `dsn=`, `reply=`, then `stat=`), Postfix's
/// ` (in reply to RCPT TO command)` (smtp_proto.c `xfer_request`: always `(in reply to ...)`
/// without parentheses inside), and closing parentheses left unbalanced, such as the one of
/// Postfix's `status=bounced (...)`.
fn strip_trailers(text: &[u8]) -> &[u8] {
    let mut text = text;
    if let Some(at) = find_bytes(text, b", stat=") {
        text = &text[..at];
    }
    const IN_REPLY: &[u8] = b" (in reply to ";
    if let Some(at) = find_bytes(text, IN_REPLY) {
        let rest = &text[at + IN_REPLY.len()..];
        if let Some(close) = rest.iter().position(|&b| b == b')') {
            let inside = &rest[..close];
            let after = rest[close + 1..].trim_ascii_end();
            if !inside.contains(&b'(') && after.iter().all(|&b| b == b')') {
                text = &text[..at];
            }
        }
    }
    let count = |c: u8| text.iter().filter(|&&b| b == c).count();
    let (opened, mut closed) = (count(b'('), count(b')'));
    loop {
        text = text.trim_ascii_end();
        match text.split_last() {
            Some((b')', head)) if closed > opened => {
                text = head;
                closed -= 1;
            }
            _ => return text,
        }
    }
}

/// The first occurrence of `needle` in `haystack`.
fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The first reply code standing as a word, and what follows its separator.
fn find_code(line: &[u8]) -> Option<(ReplyCode, &[u8])> {
    let word_before =
        |i: usize| i == 0 || !line[i - 1].is_ascii_alphanumeric() && line[i - 1] != b'.';
    (0..line.len().saturating_sub(2)).find_map(|i| {
        let code = ReplyCode::parse_bytes(&line[i..i + 3]).ok()?;
        let after = line.get(i + 3);
        let separated = matches!(after, None | Some(b' ' | b'-' | b'\r' | b'\n'));
        (word_before(i) && separated).then(|| (code, line.get(i + 4..).unwrap_or_default()))
    })
}

#[cfg(test)]
mod tests {
    use super::strip_trailers;

    #[test]
    fn trailers_of_mail_servers_are_left_out() {
        // Postfix: `status=bounced (host ... said: <reply> (in reply to RCPT TO command))`.
        assert_eq!(
            strip_trailers(b"5.1.1 no such user - gsmtp (in reply to RCPT TO command))"),
            b"5.1.1 no such user - gsmtp"
        );
        assert_eq!(
            strip_trailers(b"rejected (in reply to end of DATA command)"),
            b"rejected"
        );
        // Postfix without the trailer: `status=bounced (550 5.1.1 <a@b> user unknown)`.
        assert_eq!(
            strip_trailers(b"<a@b> user unknown)"),
            b"<a@b> user unknown"
        );
        // sendmail: `reply=550 5.1.1 <a@b>... User unknown, stat=User unknown`.
        assert_eq!(
            strip_trailers(b"<a@b>... User unknown, stat=User unknown"),
            b"<a@b>... User unknown"
        );
        // Balanced parentheses and other text stay.
        assert_eq!(
            strip_trailers(b"Blocked (see policy)"),
            b"Blocked (see policy)"
        );
        assert_eq!(
            strip_trailers(b"text (in reply to (odd) thing)"),
            b"text (in reply to (odd) thing)"
        );
        assert_eq!(strip_trailers(b""), b"");
        assert_eq!(strip_trailers(b"))))"), b"");
    }
}
