use core::fmt;

/// Why [`Reply::parse`](crate::Reply::parse) returned no reply.
///
/// [`ReplyError::Incomplete`] is not a failure: the bytes so far are the start of a valid
/// reply and the caller should read more from the connection and parse again from the same
/// start. Every other case is [`ReplyError::Malformed`], which says what is wrong and where;
/// reading more bytes will not fix it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplyError {
    /// The input ends before the reply does: the last line (the one whose code is followed by
    /// a space or by the line end, RFC 5321 §4.2.1) has not been received in full, line ending
    /// included. Read more input and parse again.
    Incomplete,
    /// The input is not an SMTP reply.
    Malformed {
        /// What is wrong.
        kind: ReplyErrorKind,
        /// Where, as a byte offset into the input given to the parser.
        offset: usize,
        /// On which line of the reply, counted from 1.
        line: usize,
    },
}

/// What is wrong with a malformed reply: see [`ReplyError::Malformed`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplyErrorKind {
    /// A line does not start with a reply code: three ASCII digits, the first 2 to 5 (RFC 5321
    /// §4.2 and §4.3.2), the second and third any digit (see
    /// [`ReplyParser`](crate::ReplyParser) for why the second may be 6 to 9). The offset is
    /// that of the first offending byte.
    InvalidCode,
    /// The byte after the code is not a space (last line), a hyphen (more lines follow), or
    /// the line ending (a bare code, last line). The offset is that of the byte.
    InvalidSeparator,
    /// A line of a multi-line reply has another code than the first line (RFC 5321 §4.2.1:
    /// "In a multiline reply, the reply code on each of the lines MUST be the same"). The
    /// offset is that of the line's code, the start of the line: parsing again from there
    /// reads the rest as a reply of its own, whose code is `found` (see the example at
    /// [`ReplyParser`](crate::ReplyParser)). The error is reported as soon as a differing digit
    /// arrives; until all three have, the digits still to come are counted as `expected`'s,
    /// so take the code from that second parse, not from `found`, when the input was cut
    /// inside it.
    CodeMismatch {
        /// The code of the first line.
        expected: u16,
        /// The code of this line.
        found: u16,
    },
    /// A line, line ending included, is longer than the parser's limit
    /// ([`ReplyParser::with_max_line_len`](crate::ReplyParser::with_max_line_len)). The offset is that of
    /// the start of the line.
    LineTooLong {
        /// The limit in bytes.
        limit: usize,
    },
    /// The reply has more lines than the parser's limit
    /// ([`ReplyParser::with_max_lines`](crate::ReplyParser::with_max_lines)). The offset is that of the
    /// start of the first line over the limit.
    TooManyLines {
        /// The limit in lines.
        limit: usize,
    },
}

impl ReplyError {
    /// `true` for [`ReplyError::Incomplete`]: read more input and try again.
    pub const fn is_incomplete(&self) -> bool {
        matches!(self, ReplyError::Incomplete)
    }

    /// What is wrong, for a malformed reply.
    pub const fn kind(&self) -> Option<ReplyErrorKind> {
        match self {
            ReplyError::Malformed { kind, .. } => Some(*kind),
            ReplyError::Incomplete => None,
        }
    }

    /// The byte offset of the problem in the input, for a malformed reply.
    pub const fn offset(&self) -> Option<usize> {
        match self {
            ReplyError::Malformed { offset, .. } => Some(*offset),
            ReplyError::Incomplete => None,
        }
    }

    /// The line of the problem, counted from 1, for a malformed reply.
    pub const fn line(&self) -> Option<usize> {
        match self {
            ReplyError::Malformed { line, .. } => Some(*line),
            ReplyError::Incomplete => None,
        }
    }
}

impl fmt::Display for ReplyErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyErrorKind::InvalidCode => f.write_str(
                "invalid reply code: expected three digits, the first 2 to 5",
            ),
            ReplyErrorKind::InvalidSeparator => f.write_str(
                "invalid separator after the reply code: expected a space, a hyphen or the line end",
            ),
            ReplyErrorKind::CodeMismatch { expected, found } => write!(
                f,
                "reply code {found} differs from the first line's code {expected}"
            ),
            ReplyErrorKind::LineTooLong { limit } => {
                write!(f, "reply line longer than the limit of {limit} bytes")
            }
            ReplyErrorKind::TooManyLines { limit } => {
                write!(f, "reply has more than the limit of {limit} lines")
            }
        }
    }
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyError::Incomplete => f.write_str("incomplete reply: more input is needed"),
            ReplyError::Malformed { kind, offset, line } => {
                write!(f, "malformed reply at line {line}, byte {offset}: {kind}")
            }
        }
    }
}

impl core::error::Error for ReplyError {}
