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
pub use standing::Standing;
