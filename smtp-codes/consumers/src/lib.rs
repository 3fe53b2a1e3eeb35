//! Not published. Its tests load the message files of smtp-codes (`smtp-codes/locales/`) the way
//! the README tells users to, with real loaders: the Fluent folder with `fluent-templates`'
//! `static_loader!` and with `i18n-embed` (`i18n.toml`, `rust-embed`, `fl!`), and the `.po`
//! catalogs compiled by `msgfmt` and read with the `gettext` crate. This library only reads what the loaders must give back: the same texts from the JSON
//! files (`smtp-codes/locales/json/<tag>.json`), which the generator writes from the same data.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// The folder `smtp-codes/locales`.
pub fn locales_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales"))
}

/// The locales of the data, `data/locales.csv`'s `tag` column in file order (English first):
/// what the loaders must offer, however many locales the data has.
///
/// # Panics
///
/// If the file is missing.
pub fn locale_tags() -> Vec<String> {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/locales.csv"
    ));
    let csv = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    // Tags are BCP 47: no comma, no quote, so the first field ends at the first comma.
    csv.lines()
        .skip(1)
        .filter_map(|line| line.split(',').next())
        .filter(|tag| !tag.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One locale's texts: message id (`smtp-550`) to field (`message`, `explanation`, `sender`,
/// `admin`, `described-as`) to text. A field a locale has no text for is absent.
pub type Texts = BTreeMap<String, BTreeMap<String, String>>;

/// The texts of locale `tag`, read from `smtp-codes/locales/json/<tag>.json`.
///
/// # Panics
///
/// If the file is missing or not shaped as the README documents.
pub fn texts(tag: &str) -> Texts {
    let path = locales_dir().join("json").join(format!("{tag}.json"));
    let json = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let file: serde_json::Value = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    let messages = file["messages"]
        .as_object()
        .unwrap_or_else(|| panic!("{} has no `messages` object", path.display()));
    messages
        .iter()
        .map(|(id, fields)| {
            let fields = fields
                .as_object()
                .unwrap_or_else(|| panic!("{}: `{id}` is not an object", path.display()))
                .iter()
                .map(|(field, text)| {
                    let text = text.as_str().unwrap_or_else(|| {
                        panic!("{}: `{id}.{field}` is not a string", path.display())
                    });
                    (field.clone(), text.to_owned())
                })
                .collect();
            (id.clone(), fields)
        })
        .collect()
}

/// The text of `field` of message `id` in locale `tag`.
///
/// # Panics
///
/// If the locale has no such text.
pub fn text(tag: &str, id: &str, field: &str) -> String {
    texts(tag)
        .get(id)
        .and_then(|fields| fields.get(field))
        .unwrap_or_else(|| panic!("{tag}.json has no `{id}` `{field}`"))
        .clone()
}
