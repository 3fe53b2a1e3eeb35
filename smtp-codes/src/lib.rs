//! Every SMTP reply code and enhanced status code, with its meaning, its standing, its
//! references and advice for people, in several languages.
//!
//! - [`ReplyCode`]: the three-digit codes of RFC 5321 and its extensions (`550`).
//! - [`EnhancedStatusCode`]: any enhanced status code of RFC 3463 (`5.1.1`), and
//!   [`EnhancedStatus`], the entries of the IANA registry (`X.1.1`) that give them meaning,
//!   with [`StatusClass`] and [`StatusSubject`] for their first two numbers.
//! - [`Locale`]: the languages every text is written in.
//!
//! ```
//! use smtp_codes::{EnhancedStatusCode, Locale, ReplyCode};
//!
//! let reply = ReplyCode::from_u16(550).unwrap();
//! assert!(reply.is_permanent());
//! assert_eq!(reply.message(Locale::En), "Requested action not taken: mailbox unavailable");
//!
//! let enhanced: EnhancedStatusCode = "5.1.1".parse().unwrap();
//! let status = enhanced.status().unwrap();
//! println!("{}: {}", enhanced, status.message("tr".parse().unwrap()));
//! ```
//!
//! - [`Reply`]: a server's reply as received (`550-5.1.1 ...\r\n550 5.1.1 ...\r\n`), parsed
//!   without copying or allocating by [`Reply::parse`] or a [`ReplyParser`] with limits of your
//!   choice; its code, enhanced status code and lines of text. What it accepts and rejects, and
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
//! `serde` feature serializes reply codes as numbers and the rest as their text form.
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
mod reply;
mod reply_code;
#[cfg(feature = "serde")]
mod serde_impls;
mod standing;
mod text;

pub use enhanced::EnhancedStatusCode;
pub use error::ParseError;
pub use generated::enhanced::{EnhancedStatus, StatusClass, StatusSubject};
pub use generated::locale::Locale;
pub use generated::reply_code::ReplyCode;
pub use reply::{Lines, MessageLines, Reply, ReplyError, ReplyErrorKind, ReplyParser, StrLines};
pub use standing::Standing;
