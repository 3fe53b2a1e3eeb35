//! The smtp-codes generator, as a library.
//!
//! Data flows one way: the CSV files under `data/` are read and validated ([`load`], the modules
//! under `load/`) into a [`model::Data`], and one emitter per output family ([`EMITTERS`], the
//! modules under `emit/`) renders it into [`GeneratedFile`]s, in memory. Writing them (and
//! checking them) is the caller's job: see `xtask`. Nothing is rendered unless the whole data
//! set is valid, so a caller either gets every file or none.
//!
//! # Where to change what
//!
//! | to… | change… |
//! |---|---|
//! | add or correct a code | `data/codes.csv` only (`data/README.md` has the columns), then `cargo xtask gen` |
//! | add a provider's code | `data/vendor_codes.csv` (and `providers.csv`, `provider_rules.csv` for a new provider); its page, its Markdown section and its messages follow |
//! | change how a provider's entry is named (page, Markdown anchor, message id) | [`model::vendor_slugs`], the one naming function |
//! | add a bounce reason or a rule that leads to one | `data/reasons.csv`, `data/reason_rules.csv`; the reason's page (`reason-<id>.html`), its section of `reasons.md`, its messages (`smtp-reason-<id>`) and the "usual reason" of the codes follow; names come from [`model::Reason::slug`] |
//! | add a locale | `data/locales.csv`, the locale's columns in `data/codes.csv` and `data/ui.csv` (README, "Adding a locale") |
//! | add a text field (such as `message`) | one entry of `text_fields!` in `model/mod.rs`, its columns in the CSV files, and the templates or emitters that should show it; the loader, the message files and the crate's accessors follow from the declaration |
//! | add a word of the site | one key of `ui_texts!` in `model/ui_text.rs` and its row in `data/ui.csv` |
//! | add an output format | a module under `emit/` with an `EMITTER` (its folders, inputs and function), listed in [`EMITTERS`]; its header comes from [`header`] |
//! | change the site's layout | the askama templates in `codegen/templates/` (they only loop and branch), the view models in `emit/html.rs` and `emit/site.rs`, and `codegen/assets/` |
//! | change a validation rule | the loader of that file under `load/`; a bad-input test in `codegen/tests/bad_input.rs` |
//! | change how replies are parsed or matched | not here: the hand-written `smtp-codes/src/reply.rs`, `reason.rs`, `said.rs` and `vendor.rs`, which read the generated tables; and the same algorithm in `codegen/assets/explain.js`, the site's explain box (change both: `cargo xtask browser-test` fails when they disagree) |
//! | change the explain box's data or page | `emit/explain.rs` (the tables and texts `explain.js` reads: `docs/assets/explain-data.js`, `explain-<tag>.js`), `codegen/assets/explain.js`, the templates `explain.html` and `explain_box.html` |

mod emit;
mod error;
mod input;
mod load;
pub mod model;
mod output;

pub use emit::{automaton, html, markdown, messages, render, EMITTERS};
pub use error::{Error, Errors};
pub use input::{
    Source, Sources, CODES_CSV, LOCALES_CSV, PROVIDERS_CSV, PROVIDER_RULES_CSV, REASONS_CSV,
    REASON_RULES_CSV, UI_CSV, VENDOR_CODES_CSV,
};
pub use load::codes::FIXED_COLUMNS;
pub use output::{header, Emitter, GeneratedFile, Syntax, COMMAND};

/// The README's examples run as doctests here (the crate itself cannot reach the README from
/// its packaged files).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

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
    let locales = load::locales::load(&sources.locales, &mut errors);
    let providers = load::providers::load_providers(&sources.providers, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let entries = load::codes::load(&sources.codes, &locales, &mut errors);
    let ui = load::ui::load(&sources.ui, &locales, &mut errors);
    let rules = load::providers::load_rules(&sources.provider_rules, &providers, &mut errors);
    let vendor =
        load::providers::load_vendor(&sources.vendor_codes, &providers, &locales, &mut errors);
    let reasons = load::reasons::load_reasons(&sources.reasons, &locales, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let reason_rules = load::reasons::load_rules(
        &sources.reason_rules,
        &reasons,
        &entries,
        &vendor,
        &mut errors,
    );
    errors.into_result(()).map(|()| {
        model::Data::new(model::Loaded {
            locales,
            entries,
            ui,
            providers,
            rules,
            vendor,
            reasons,
            reason_rules,
        })
    })
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
