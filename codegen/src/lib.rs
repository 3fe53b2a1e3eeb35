//! The smtp-codes generator, as a library.
//!
//! Data flows one way: the CSV files under `data/` are read and validated into a [`model::Data`],
//! and one emitter per output family renders it into [`GeneratedFile`]s, in memory. Writing them
//! (and checking them) is the caller's job: see `xtask`. Nothing is rendered unless the whole data
//! set is valid, so a caller either gets every file or none.

mod codes;
mod error;
pub mod html;
mod locales;
pub mod markdown;
pub mod messages;
pub mod model;
mod rust;
mod site;
mod table;
mod ui;

pub use codes::FIXED_COLUMNS;
pub use error::{Error, Errors};

use std::io;
use std::path::Path;

/// The README's examples run as doctests here (the crate itself cannot reach the README from
/// its packaged files).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

/// One input file: its name for messages (relative to the repository root) and its bytes.
#[derive(Clone, Debug)]
pub struct Source {
    /// Path relative to the repository root, such as `data/codes.csv`.
    pub name: String,
    /// The raw contents; validated as UTF-8 CSV by the loader.
    pub bytes: Vec<u8>,
}

/// All the inputs of a generation.
#[derive(Clone, Debug)]
pub struct Sources {
    /// `data/codes.csv`: one row per code.
    pub codes: Source,
    /// `data/locales.csv`: the locales and their names.
    pub locales: Source,
    /// `data/ui.csv`: the words of the site and the Markdown reference, per locale.
    pub ui: Source,
}

/// Paths of the inputs, relative to the repository root.
pub const CODES_CSV: &str = "data/codes.csv";
/// See [`CODES_CSV`].
pub const LOCALES_CSV: &str = "data/locales.csv";
/// See [`CODES_CSV`].
pub const UI_CSV: &str = "data/ui.csv";

impl Sources {
    /// Reads the inputs from a checkout of the repository.
    pub fn read(root: &Path) -> io::Result<Sources> {
        let read = |name: &str| -> io::Result<Source> {
            let bytes = std::fs::read(root.join(name))
                .map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))?;
            Ok(Source {
                name: name.to_owned(),
                bytes,
            })
        };
        Ok(Sources {
            codes: read(CODES_CSV)?,
            locales: read(LOCALES_CSV)?,
            ui: read(UI_CSV)?,
        })
    }
}

/// A file the generator produces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the repository root, `/`-separated.
    pub path: String,
    /// The full contents, starting with an `@generated` header where the format has comments.
    pub contents: String,
}

/// The folders whose every file the generator produces: a file found there that it no longer
/// produces is stale and gets deleted.
pub const OWNED_DIRS: &[&str] = &["smtp-codes/src/generated", "smtp-codes/locales", "docs"];

/// The command that regenerates the files, named in every header.
pub const COMMAND: &str = "cargo xtask gen";

/// Reads and validates the data.
pub fn load(sources: &Sources) -> Result<model::Data, Errors> {
    let mut errors = Errors::default();
    let locales = locales::load(&sources.locales, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let entries = codes::load(&sources.codes, &locales, &mut errors);
    let ui = ui::load(&sources.ui, &locales, &mut errors);
    errors
        .into_result(())
        .map(|()| model::Data::new(locales, entries, ui))
}

/// Renders every generated file from validated data, sorted by path.
pub fn render(data: &model::Data) -> Vec<GeneratedFile> {
    let mut files = rust::emit(data);
    files.extend(html::emit(data));
    files.extend(markdown::emit(data));
    files.extend(messages::emit(data));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// Validates the data and renders every generated file, sorted by path: [`load`], then [`render`].
pub fn generate(sources: &Sources) -> Result<Vec<GeneratedFile>, Errors> {
    Ok(render(&load(sources)?))
}
