//! What the generator reads: the data files, by name, as bytes.

use std::io;
use std::path::Path;

/// Paths of the inputs, relative to the repository root.
pub const CODES_CSV: &str = "data/codes.csv";
/// See [`CODES_CSV`].
pub const LOCALES_CSV: &str = "data/locales.csv";
/// See [`CODES_CSV`].
pub const UI_CSV: &str = "data/ui.csv";
/// See [`CODES_CSV`].
pub const PROVIDERS_CSV: &str = "data/providers.csv";
/// See [`CODES_CSV`].
pub const PROVIDER_RULES_CSV: &str = "data/provider_rules.csv";
/// See [`CODES_CSV`].
pub const VENDOR_CODES_CSV: &str = "data/vendor_codes.csv";
/// See [`CODES_CSV`].
pub const REASONS_CSV: &str = "data/reasons.csv";
/// See [`CODES_CSV`].
pub const REASON_RULES_CSV: &str = "data/reason_rules.csv";

/// Every data file: what the site, the Markdown reference and the explain box are made from.
pub const ALL_INPUTS: &[&str] = &[
    CODES_CSV,
    LOCALES_CSV,
    UI_CSV,
    PROVIDERS_CSV,
    PROVIDER_RULES_CSV,
    VENDOR_CODES_CSV,
    REASONS_CSV,
    REASON_RULES_CSV,
];

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
    /// `data/providers.csv`: the providers whose documentation lists codes.
    pub providers: Source,
    /// `data/provider_rules.csv`: how to recognise each provider's replies.
    pub provider_rules: Source,
    /// `data/vendor_codes.csv`: what each provider documents.
    pub vendor_codes: Source,
    /// `data/reasons.csv`: why deliveries fail.
    pub reasons: Source,
    /// `data/reason_rules.csv`: how replies get their reason.
    pub reason_rules: Source,
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
            providers: read(PROVIDERS_CSV)?,
            provider_rules: read(PROVIDER_RULES_CSV)?,
            vendor_codes: read(VENDOR_CODES_CSV)?,
            reasons: read(REASONS_CSV)?,
            reason_rules: read(REASON_RULES_CSV)?,
        })
    }
}
