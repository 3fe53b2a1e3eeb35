//! Helpers shared by the integration tests of codegen.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen lives in the repository root")
        .to_path_buf()
}

/// `data/ui.csv` with only the `key` column and the columns of `tags`, in that order: the words
/// of the site for test data whose locales are a subset of the real ones.
pub fn ui_csv(tags: &[&str]) -> Vec<u8> {
    let bytes = std::fs::read(root().join("data/ui.csv")).expect("read data/ui.csv");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers = reader.headers().expect("ui.csv has a header").clone();
    let columns: Vec<usize> = std::iter::once("key")
        .chain(tags.iter().copied())
        .map(|name| {
            headers
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("data/ui.csv has no column `{name}`"))
        })
        .collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(columns.iter().map(|&i| &headers[i]))
        .unwrap();
    for record in reader.records() {
        let record = record.expect("a valid ui.csv row");
        writer
            .write_record(columns.iter().map(|&i| &record[i]))
            .unwrap();
    }
    writer.into_inner().expect("flush")
}
