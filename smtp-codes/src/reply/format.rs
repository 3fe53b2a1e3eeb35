use super::Reply;
use core::fmt;

/// Writes `reply` in wire form: `code "-" text CRLF` for every line but the last,
/// `code " " text CRLF` for the last, or the bare `code CRLF` when its text is empty
/// (RFC 5321 §4.2).
pub(super) fn write_reply<W: fmt::Write + ?Sized>(reply: &Reply<'_>, out: &mut W) -> fmt::Result {
    let code = code_bytes(reply.code().get());
    let code = core::str::from_utf8(&code).map_err(|_| fmt::Error)?;
    let count = reply.line_count();
    for (i, text) in reply.lines().enumerate() {
        out.write_str(code)?;
        if i + 1 < count {
            out.write_char('-')?;
        } else if text.is_empty() {
            out.write_str("\r\n")?;
            break;
        } else {
            out.write_char(' ')?;
        }
        write_lossy(text, out)?;
        out.write_str("\r\n")?;
    }
    Ok(())
}

fn code_bytes(code: u16) -> [u8; 3] {
    [
        b'0' + (code / 100 % 10) as u8,
        b'0' + (code / 10 % 10) as u8,
        b'0' + (code % 10) as u8,
    ]
}

/// Writes bytes as UTF-8, replacing each invalid sequence with U+FFFD.
fn write_lossy<W: fmt::Write + ?Sized>(mut bytes: &[u8], out: &mut W) -> fmt::Result {
    loop {
        match core::str::from_utf8(bytes) {
            Ok(s) => return out.write_str(s),
            Err(e) => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                out.write_str(core::str::from_utf8(valid).map_err(|_| fmt::Error)?)?;
                out.write_char(char::REPLACEMENT_CHARACTER)?;
                match e.error_len() {
                    Some(n) => bytes = &rest[n..],
                    None => return Ok(()),
                }
            }
        }
    }
}

/// The length of `reply` in wire form.
pub(super) fn wire_len(reply: &Reply<'_>) -> usize {
    let count = reply.line_count();
    let mut total = 0;
    for (i, text) in reply.lines().enumerate() {
        total += if i + 1 == count && text.is_empty() {
            5
        } else {
            6 + text.len()
        };
    }
    total
}

/// Writes `reply` in wire form into `buf`, byte for byte; `None` when `buf` is too short.
pub(super) fn encode(reply: &Reply<'_>, buf: &mut [u8]) -> Option<usize> {
    let code = code_bytes(reply.code().get());
    let count = reply.line_count();
    let mut at = 0;
    let mut put = |bytes: &[u8]| -> Option<()> {
        buf.get_mut(at..at + bytes.len())?.copy_from_slice(bytes);
        at += bytes.len();
        Some(())
    };
    for (i, text) in reply.lines().enumerate() {
        put(&code)?;
        if i + 1 < count {
            put(b"-")?;
        } else if text.is_empty() {
            put(b"\r\n")?;
            break;
        } else {
            put(b" ")?;
        }
        put(text)?;
        put(b"\r\n")?;
    }
    Some(at)
}
