//! Finding replies in text, one line at a time: what people paste (a raw reply, a
//! `Diagnostic-Code:` field, a bounce's quoted reply) and what mail servers log (Postfix, Exim,
//! sendmail lines).
//!
//! - A line that holds a reply is classified by [`classify_line`], which finds the code inside
//!   it and leaves out what Postfix and sendmail write after the reply.
//! - A multi-line reply (`550-...` lines, then `550 ...`), indented or not, as bounces quote
//!   it, is read whole and parsed by [`Reply::parse`].
//! - Lines that start with a space or a tab and hold no reply code of their own continue the
//!   reply line before them, as in a folded `Diagnostic-Code:` field (RFC 5322 §2.2.3) or
//!   Postfix's wrapped bounce text: they are joined to it with one space.
//!
//! Memory stays flat whatever the input: a line is kept up to [`MAX_LINE`] bytes (the rest is
//! read and dropped), a reply being gathered up to [`MAX_LINE`] bytes as well.

use smtp_codes::{classify_line, Classification, Reply};
use std::io::{self, BufRead};

/// The longest line kept, and the most kept of one reply: 64 KiB.
pub const MAX_LINE: usize = 64 * 1024;

/// Reads lines from `R`, each cut to [`MAX_LINE`] bytes, without ever holding more.
pub struct LineReader<R> {
    inner: R,
    number: u64,
    saw_nul: bool,
}

/// What [`LineReader::next_line`] read.
pub struct LineInfo {
    /// Its number, from 1.
    pub number: u64,
    /// Whether it was longer than [`MAX_LINE`] and was cut.
    pub cut: bool,
}

impl<R: BufRead> LineReader<R> {
    /// A reader of `inner`'s lines.
    pub fn new(inner: R) -> LineReader<R> {
        LineReader {
            inner,
            number: 0,
            saw_nul: false,
        }
    }

    /// Reads the next line into `line` (without its LF or CRLF), keeping its first
    /// [`MAX_LINE`] bytes; `None` at the end of the input.
    pub fn next_line(&mut self, line: &mut Vec<u8>) -> io::Result<Option<LineInfo>> {
        line.clear();
        let mut cut = false;
        let mut read_any = false;
        loop {
            let chunk = match self.inner.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                break;
            }
            read_any = true;
            let newline = chunk.iter().position(|&b| b == b'\n');
            let content = &chunk[..newline.unwrap_or(chunk.len())];
            let room = MAX_LINE - line.len();
            if content.len() > room {
                cut = true;
            }
            let kept = &content[..content.len().min(room)];
            self.saw_nul |= kept.contains(&0);
            line.extend_from_slice(kept);
            let used = newline.map_or(chunk.len(), |i| i + 1);
            self.inner.consume(used);
            if newline.is_some() {
                break;
            }
        }
        if !read_any {
            return Ok(None);
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        self.number += 1;
        Ok(Some(LineInfo {
            number: self.number,
            cut,
        }))
    }

    /// How many lines were read.
    pub fn lines_read(&self) -> u64 {
        self.number
    }

    /// Whether a NUL byte was seen: the input is likely binary.
    pub fn saw_nul(&self) -> bool {
        self.saw_nul
    }
}

/// A reply found, classified.
pub struct Found {
    /// The number of the line it starts on, from 1.
    pub line: u64,
    /// The text it was found in: the line, folded lines joined by a space, or the lines of a
    /// multi-line reply joined by `\n`.
    pub input: Vec<u8>,
    /// What the crate says about it.
    pub classification: Classification,
}

/// What is being gathered.
enum Pending {
    Nothing,
    /// A line holding a reply, waiting for folded continuation lines.
    Line {
        start: u64,
        text: Vec<u8>,
    },
    /// The lines so far of a multi-line reply (`550-...`), as on the wire (each ends in CRLF).
    Block {
        start: u64,
        code: [u8; 3],
        wire: Vec<u8>,
    },
}

/// Finds replies in lines given one at a time; see the module docs.
pub struct Finder {
    pending: Pending,
}

/// The reply code a line (with its leading blanks removed) starts with, and what follows it:
/// `b'-'` for a line a multi-line reply continues after, `b' '` for a last line (a space or
/// nothing after the code).
fn reply_start(line: &[u8]) -> Option<([u8; 3], u8)> {
    let code: [u8; 3] = line.get(..3)?.try_into().ok()?;
    if !code.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let value = code.iter().fold(0u16, |n, &d| n * 10 + u16::from(d - b'0'));
    smtp_codes::ReplyCode::new(value)?;
    match line.get(3) {
        None | Some(b' ') => Some((code, b' ')),
        Some(b'-') => Some((code, b'-')),
        Some(_) => None,
    }
}

impl Finder {
    /// A finder with nothing gathered.
    pub fn new() -> Finder {
        Finder {
            pending: Pending::Nothing,
        }
    }

    /// Takes the next line (numbered `number`), calling `found` for each reply it completes.
    pub fn push(&mut self, number: u64, line: &[u8], found: &mut impl FnMut(Found)) {
        let trimmed = line.trim_ascii_start();
        match &mut self.pending {
            Pending::Block { code, wire, .. } => {
                if let Some((next, separator)) = reply_start(trimmed) {
                    if next == *code && wire.len() + trimmed.len() + 2 <= MAX_LINE {
                        wire.extend_from_slice(trimmed);
                        wire.extend_from_slice(b"\r\n");
                        if separator == b' ' {
                            self.flush(found);
                        }
                        return;
                    }
                }
                self.flush(found);
            }
            Pending::Line { text, .. } => {
                let continues = matches!(line.first(), Some(b' ' | b'\t'))
                    && !trimmed.is_empty()
                    && reply_start(trimmed).is_none();
                if continues {
                    if text.len() + 1 + trimmed.len() <= MAX_LINE {
                        text.push(b' ');
                        text.extend_from_slice(trimmed.trim_ascii_end());
                    }
                    return;
                }
                self.flush(found);
            }
            Pending::Nothing => {}
        }
        self.start(number, trimmed);
    }

    /// Ends the input: completes what is being gathered.
    pub fn finish(&mut self, found: &mut impl FnMut(Found)) {
        self.flush(found);
    }

    fn start(&mut self, number: u64, trimmed: &[u8]) {
        if let Some((code, b'-')) = reply_start(trimmed) {
            let mut wire = Vec::with_capacity(trimmed.len() + 2);
            wire.extend_from_slice(trimmed);
            wire.extend_from_slice(b"\r\n");
            self.pending = Pending::Block {
                start: number,
                code,
                wire,
            };
        } else if classify_line(trimmed).is_some() {
            self.pending = Pending::Line {
                start: number,
                text: trimmed.trim_ascii_end().to_vec(),
            };
        }
    }

    fn flush(&mut self, found: &mut impl FnMut(Found)) {
        match std::mem::replace(&mut self.pending, Pending::Nothing) {
            Pending::Nothing => {}
            Pending::Line { start, text } => {
                if let Some(classification) = classify_line(&text) {
                    found(Found {
                        line: start,
                        input: text,
                        classification,
                    });
                }
            }
            Pending::Block { start, wire, .. } => {
                let lines: Vec<&[u8]> = wire
                    .split(|&b| b == b'\n')
                    .filter(|l| !l.is_empty())
                    .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
                    .collect();
                let classification = match Reply::parse(&wire) {
                    Ok((reply, used)) if used == wire.len() => Some(reply.classify()),
                    // Cut short (no last line) or not a reply as a whole: read flattened, as
                    // Postfix logs a multi-line reply.
                    _ => classify_line(&lines.join(&b' ')),
                };
                if let Some(classification) = classification {
                    found(Found {
                        line: start,
                        input: lines.join(&b'\n'),
                        classification,
                    });
                }
            }
        }
    }
}
