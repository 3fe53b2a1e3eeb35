//! Every SMTP reply code and enhanced status code, with its meaning, its standing, its
//! references and advice for people, in several languages.
//!
//! The types come in pairs: a `…Code` is any well-formed code, as a server may send it; a
//! `…Status` is an entry the data documents, with its text.
//!
//! | any code, as a value | documented entry, with text | example |
//! |---|---|---|
//! | [`ReplyCode`] | [`ReplyStatus`] | `550` |
//! | [`EnhancedStatusCode`] | [`EnhancedStatus`] (the IANA registry's `X.1.1`) | `5.1.1` |
//!
//! From a code, `status()` finds its entry when there is one. [`StatusClass`] and
//! [`StatusSubject`] give meaning to the first two numbers of an enhanced code; every entry
//! has [`Reference`]s to the RFC sections that define it, and text in every [`Locale`].
//!
//! ```
//! use smtp_codes::{EnhancedStatusCode, Locale, ReplyCode};
//!
//! let code: ReplyCode = "550".parse().unwrap();
//! assert!(code.is_permanent());
//! let status = code.status().unwrap();
//! assert_eq!(status.message(Locale::En), "Requested action not taken: mailbox unavailable");
//!
//! let enhanced: EnhancedStatusCode = "5.1.1".parse().unwrap();
//! let entry = enhanced.status().unwrap();
//! println!("{}: {}", enhanced, entry.message("tr".parse().unwrap()));
//! ```
//!
//! - [`Reply`]: a server's reply as received (`550-5.1.1 ...\r\n550 5.1.1 ...\r\n`), parsed
//!   without copying or allocating by [`Reply::parse`] or a [`ReplyParser`] with limits of your
//!   choice; its [`ReplyCode`], [`EnhancedStatusCode`] and lines of text. What it accepts and rejects, and
//!   the RFC sections behind each choice, are told at [`ReplyParser`].
//!
//! ```
//! use smtp_codes::{Reply, ReplyError};
//!
//! let mut buffer = b"250-mx.example.com Hello\r\n250-SIZE 35882577\r\n250 8BITM".to_vec();
//! assert_eq!(Reply::parse(&buffer), Err(ReplyError::Incomplete)); // read more
//! buffer.extend_from_slice(b"IME\r\n550 5.1.1 <nobody@example.com>: user unknown\r\n");
//! let (ehlo, used) = Reply::parse(&buffer).unwrap();
//! assert_eq!(ehlo.lines().count(), 3);
//! let (rcpt, _) = Reply::parse(&buffer[used..]).unwrap();
//! assert!(rcpt.is_permanent());
//! assert_eq!(rcpt.enhanced().unwrap().to_string(), "5.1.1");
//! assert_eq!(rcpt.message_lines().next().unwrap(), b"<nobody@example.com>: user unknown");
//! ```
//!
//! The crate is `no_std`, has no required dependencies and no `unsafe` code. The optional
//! `serde` feature serializes reply codes ([`ReplyCode`], [`ReplyStatus`]) as numbers and the
//! rest as their text form. Parsing a string that is not a code gives a [`ParseError`] that says
//! what went wrong and what was expected.
//!
//! Every table in it is generated from one CSV file by `cargo xtask gen`; see the repository.

#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod enhanced;
mod error;
#[rustfmt::skip]
mod generated;
mod locale;
mod reason;
mod reference;
mod reply;
mod reply_code;
mod said;
#[cfg(feature = "serde")]
mod serde_impls;
mod standing;
mod text;
mod vendor;

pub use enhanced::EnhancedStatusCode;
pub use error::{Expected, ParseError, ParseErrorKind};
pub use generated::enhanced::{EnhancedStatus, StatusClass, StatusSubject};
pub use generated::locale::Locale;
pub use generated::reply_status::ReplyStatus;
pub use reason::{classify_line, Classification, DecidedBy, PatternMatch, Reason};
pub use reference::{Document, Reference};
pub use reply::{Lines, MessageLines, Reply, ReplyError, ReplyErrorKind, ReplyParser, StrLines};
pub use reply_code::ReplyCode;
pub use standing::Standing;
pub use vendor::{Provider, VendorCode, VendorStatus};
