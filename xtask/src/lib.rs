//! `cargo xtask gen`: compares what the generator renders with the files on disk, and writes
//! the difference (or, with `--check`, only reports it).

pub mod agree;
pub mod browser;

/// The `smtp-codes explain` command's own code for finding replies in text and for writing its
/// `--json` output, compiled here as it is so that the browser test compares the page with
/// exactly what the command does. (Items the command uses for its other output are unused here.)
#[allow(dead_code)]
#[path = "../../smtp-codes/src/bin/smtp-codes/find.rs"]
mod find;
#[allow(dead_code)]
#[path = "../../smtp-codes/src/bin/smtp-codes/output.rs"]
mod output;

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// What has to happen to one file for the tree to match the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The generator produces a file that does not exist yet.
    Create {
        /// Path relative to the repository root.
        path: String,
        /// What the generator renders.
        contents: String,
    },
    /// The file exists with other contents.
    Update {
        /// Path relative to the repository root.
        path: String,
        /// What the generator renders.
        contents: String,
    },
    /// A file in a generator-owned folder that the generator no longer produces.
    Delete {
        /// Path relative to the repository root.
        path: String,
    },
}

impl Change {
    /// The path relative to the repository root.
    pub fn path(&self) -> &str {
        match self {
            Change::Create { path, .. } | Change::Update { path, .. } | Change::Delete { path } => {
                path
            }
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Create { path, .. } => write!(f, "missing: {path}"),
            Change::Update { path, .. } => write!(f, "stale:   {path}"),
            Change::Delete { path } => write!(f, "extra:   {path}"),
        }
    }
}

/// Why a generation could not be planned or applied.
#[derive(Debug)]
pub enum GenError {
    /// The data is invalid; nothing was written.
    Data(codegen::Errors),
    /// Reading or writing a file failed.
    Io(io::Error),
}

impl fmt::Display for GenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GenError::Data(errors) => write!(f, "{errors}\nno file was written"),
            GenError::Io(err) => write!(f, "error: {err}"),
        }
    }
}

impl From<io::Error> for GenError {
    fn from(err: io::Error) -> GenError {
        GenError::Io(err)
    }
}

/// The repository to work on, found when xtask runs, not when it is compiled.
///
/// In order: the parent of `CARGO_MANIFEST_DIR` as `cargo run` (and so `cargo xtask`) sets it
/// in this process's environment; else the nearest folder around the current directory that
/// holds `xtask/Cargo.toml`; else the repository xtask was compiled in.
///
/// The compiled-in path alone is not enough: cargo reuses one compiled xtask for every copy of
/// the repository built into a shared target directory (a global `CARGO_TARGET_DIR`, several
/// worktrees), so it would send `cargo xtask gen` in one copy to another (issue 14).
/// rust-analyzer's xtask reads the variable at run time for the same reason.
pub fn project_root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let from_cargo = manifest_dir.and_then(|dir| dir.parent().map(Path::to_path_buf));
    let from_current_dir = || {
        let current = std::env::current_dir().ok()?;
        current
            .ancestors()
            .find(|dir| dir.join("xtask/Cargo.toml").is_file())
            .map(Path::to_path_buf)
    };
    let compiled_in = || {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask lives in the repository root")
            .to_path_buf()
    };
    from_cargo
        .or_else(from_current_dir)
        .unwrap_or_else(compiled_in)
}

/// What a generation would do: the data's counts and the files that differ.
#[derive(Debug)]
pub struct Plan {
    /// Counts of rows per kind, standing and locale (see `codegen::model::Data::summary`).
    pub summary: Vec<String>,
    /// The files to create, update or delete, sorted by path.
    pub changes: Vec<Change>,
}

/// Renders every file from the data under `root` and lists what differs on disk.
/// Nothing is written.
pub fn plan(root: &Path) -> Result<Plan, GenError> {
    let sources = codegen::Sources::read(root)?;
    let data = codegen::load(&sources).map_err(GenError::Data)?;
    let files = codegen::render(&data);
    let wanted: BTreeMap<String, String> =
        files.into_iter().map(|f| (f.path, f.contents)).collect();

    let mut changes = Vec::new();
    for (path, contents) in &wanted {
        match fs::read(root.join(path)) {
            Ok(existing) if existing == contents.as_bytes() => {}
            Ok(_) => changes.push(Change::Update {
                path: path.clone(),
                contents: contents.clone(),
            }),
            Err(err) if err.kind() == io::ErrorKind::NotFound => changes.push(Change::Create {
                path: path.clone(),
                contents: contents.clone(),
            }),
            Err(err) => return Err(io::Error::new(err.kind(), format!("{path}: {err}")).into()),
        }
    }
    for dir in codegen::owned_dirs() {
        for path in files_under(root, dir)? {
            if !wanted.contains_key(&path) {
                changes.push(Change::Delete { path });
            }
        }
    }
    changes.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(Plan {
        summary: data.summary(),
        changes,
    })
}

/// Carries out the changes. Each file is written to a temporary name and renamed into place,
/// so a reader never sees half a file.
pub fn apply(root: &Path, changes: &[Change]) -> io::Result<()> {
    for change in changes {
        let target = root.join(change.path());
        let context =
            |err: io::Error| io::Error::new(err.kind(), format!("{}: {err}", change.path()));
        match change {
            Change::Create { contents, .. } | Change::Update { contents, .. } => {
                if let Some(parent) = target.parent() {
                    fs::create_dir_all(parent).map_err(context)?;
                }
                let temporary = target.with_extension("xtask-tmp");
                fs::write(&temporary, contents).map_err(context)?;
                fs::rename(&temporary, &target).map_err(context)?;
            }
            Change::Delete { .. } => fs::remove_file(&target).map_err(context)?,
        }
    }
    for dir in codegen::owned_dirs() {
        remove_empty_dirs(&root.join(dir))?;
    }
    Ok(())
}

/// Every file below `root/dir`, as `/`-separated paths relative to `root`, sorted.
fn files_under(root: &Path, dir: &str) -> io::Result<Vec<String>> {
    let mut found = Vec::new();
    let mut pending = vec![root.join(dir)];
    while let Some(folder) = pending.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(err) if err.kind() == io::ErrorKind::NotFound => continue,
            Err(err) => return Err(err),
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let relative = path.strip_prefix(root).expect("below root");
                let parts: Vec<_> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                found.push(parts.join("/"));
            }
        }
    }
    found.sort();
    Ok(found)
}

fn remove_empty_dirs(dir: &Path) -> io::Result<()> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            remove_empty_dirs(&path)?;
            if fs::read_dir(&path)?.next().is_none() {
                fs::remove_dir(&path)?;
            }
        }
    }
    Ok(())
}
