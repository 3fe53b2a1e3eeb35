//! The smtp-codes generator, as a library.
//!
//! Data flows one way: the CSV files under `data/` are read and validated into a [`model::Data`],
//! and one emitter per output family renders it into [`GeneratedFile`]s, in memory. Writing them
//! (and checking them) is the caller's job: see `xtask`. Nothing is rendered unless the whole data
//! set is valid, so a caller either gets every file or none.

mod codes;
mod error;
pub mod html;
mod input;
mod locales;
pub mod markdown;
pub mod messages;
pub mod model;
mod output;
mod rust;
mod site;
mod table;
mod ui;

pub use codes::FIXED_COLUMNS;
pub use error::{Error, Errors};
pub use input::{Source, Sources, CODES_CSV, LOCALES_CSV, UI_CSV};
pub use output::{header, Emitter, GeneratedFile, Syntax, COMMAND};

/// The README's examples run as doctests here (the crate itself cannot reach the README from
/// its packaged files).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

/// Every output family, in the order their files are rendered.
pub const EMITTERS: &[Emitter] = &[
    rust::EMITTER,
    html::EMITTER,
    markdown::EMITTER,
    messages::EMITTER,
];

/// The folders whose every file the generator produces (the union of what the [`EMITTERS`]
/// own): a file found there that it no longer produces is stale and gets deleted.
pub fn owned_dirs() -> Vec<&'static str> {
    let mut dirs: Vec<&str> = EMITTERS
        .iter()
        .flat_map(|e| e.owns.iter().copied())
        .collect();
    dirs.sort_unstable();
    dirs.dedup();
    dirs
}

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
    let mut files: Vec<GeneratedFile> = EMITTERS.iter().flat_map(|e| (e.emit)(data)).collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// Validates the data and renders every generated file, sorted by path: [`load`], then [`render`].
pub fn generate(sources: &Sources) -> Result<Vec<GeneratedFile>, Errors> {
    Ok(render(&load(sources)?))
}

#[cfg(test)]
mod tests {
    use super::{owned_dirs, EMITTERS};
    use crate::input::Sources;
    use std::path::Path;

    /// An emitter writes only into the folders it declares, so that `owned_dirs` finds every
    /// generated file and a stale one can be told apart from a hand-written one.
    #[test]
    fn every_file_is_in_a_folder_its_emitter_owns() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let data = super::load(&Sources::read(&root).unwrap()).unwrap();
        for emitter in EMITTERS {
            let files = (emitter.emit)(&data);
            assert!(!files.is_empty(), "{} renders nothing", emitter.name);
            for file in files {
                assert!(
                    emitter
                        .owns
                        .iter()
                        .any(|dir| file.path.starts_with(&format!("{dir}/"))),
                    "{} writes {} outside {:?}",
                    emitter.name,
                    file.path,
                    emitter.owns
                );
            }
        }
        assert_eq!(
            owned_dirs(),
            ["docs", "smtp-codes/locales", "smtp-codes/src/generated"]
        );
    }
}
