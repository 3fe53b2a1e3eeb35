//! What the generator reads: the data files, by name, as bytes.

use std::io;
use std::path::Path;

/// Paths of the inputs, relative to the repository root.
pub const CODES_CSV: &str = "data/codes.csv";
/// See [`CODES_CSV`].
pub const LOCALES_CSV: &str = "data/locales.csv";
/// See [`CODES_CSV`].
pub const UI_CSV: &str = "data/ui.csv";

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
