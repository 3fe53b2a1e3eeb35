//! Issue 14: `cargo xtask gen` works on the checkout it is run in, also when several checkouts
//! share one target directory.
//!
//! Cargo fingerprints a workspace member by paths relative to its package, so two copies of the
//! repository built into one `CARGO_TARGET_DIR` reuse one compiled xtask. A root fixed at compile
//! time (`env!("CARGO_MANIFEST_DIR")`) then sends the second copy's `cargo xtask gen` to the first
//! copy. This test builds that situation for real: two copies of the tracked files, one target
//! directory, `cargo xtask gen` in each.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A file that carries the English message of 550.
const TEXT_EN: &str = "smtp-codes/src/generated/text_en.rs";
const MESSAGE: &str = "Requested action not taken: mailbox unavailable";
const EDITED: &str = "Requested action not taken: mailbox unavailable!";

/// A copy of the repository's tracked files in a temporary folder, removed on drop.
struct Copy {
    root: PathBuf,
}

impl Copy {
    fn new(source: &Path, name: &str) -> Copy {
        let root = std::env::temp_dir().join(format!(
            "smtp-codes-shared-target-{name}-{}",
            std::process::id()
        ));
        let _ = fs::remove_dir_all(&root);
        // The tracked files are what a fresh clone has; copying them (rather than the folder)
        // leaves out target/ and any scratch files of the checkout the test runs in.
        // `safe.directory`: a CI job may run as another user than the clone's owner, and the
        // listing only reads.
        let listed = Command::new("git")
            .args(["-c", "safe.directory=*", "-C"])
            .arg(source)
            .args(["ls-files", "-z"])
            .output()
            .expect("run git ls-files (the test copies the repository's tracked files)");
        assert!(
            listed.status.success(),
            "git ls-files: {}",
            text(&listed.stderr)
        );
        for path in listed.stdout.split(|&b| b == 0).filter(|p| !p.is_empty()) {
            let path = std::str::from_utf8(path).expect("UTF-8 path");
            let from = source.join(path);
            // A tracked file deleted in the working tree is not part of the checkout.
            if !from.is_file() {
                continue;
            }
            let to = root.join(path);
            fs::create_dir_all(to.parent().unwrap()).unwrap();
            fs::copy(&from, &to).unwrap_or_else(|e| panic!("copy {path}: {e}"));
        }
        Copy { root }
    }

    /// `cargo xtask gen` run in this copy, building into `target_dir`.
    fn cargo_xtask_gen(&self, target_dir: &Path) -> Output {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
        Command::new(cargo)
            .args(["xtask", "gen"])
            .current_dir(&self.root)
            .env("CARGO_TARGET_DIR", target_dir)
            // `cargo test` gives this process the real checkout's CARGO_MANIFEST_DIR: a third,
            // wrong root the nested cargo must not be able to pick up.
            .env_remove("CARGO_MANIFEST_DIR")
            .output()
            .expect("run cargo")
    }

    fn read(&self, path: &str) -> String {
        fs::read_to_string(self.root.join(path)).unwrap()
    }

    /// Every file the generator owns, with its contents.
    fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = Vec::new();
        for dir in codegen::owned_dirs() {
            collect(&self.root.join(dir), &mut files);
        }
        files.sort();
        files
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

fn collect(dir: &Path, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push((path.clone(), fs::read(&path).unwrap()));
        }
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The repository a `cargo xtask gen` run says it works on.
fn reported_root(run: &Output) -> PathBuf {
    let stdout = text(&run.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("repository: "))
        .unwrap_or_else(|| panic!("no `repository: ` line in\n{stdout}"));
    fs::canonicalize(line).unwrap_or_else(|e| panic!("{line}: {e}"))
}

#[test]
fn gen_works_on_the_checkout_it_runs_in_with_a_shared_target_dir() {
    let source = xtask::project_root();
    // Under the workspace's target/ (ignored by git, kept between runs so that reruns only
    // rebuild xtask), but not the target directory this test runs from: `cargo test` holds
    // that one's lock while the tests run.
    let shared = source.join("target/shared-root-test");
    // Both copies are made before anything is built, so B's sources are older than the xtask
    // built for A: B's cargo then sees xtask as fresh and runs A's binary, as in the issue.
    let a = Copy::new(&source, "a");
    let b = Copy::new(&source, "b");

    let gen_a = a.cargo_xtask_gen(&shared);
    assert!(gen_a.status.success(), "gen in A: {}", text(&gen_a.stderr));
    let a_before = a.snapshot();

    let csv = b.root.join("data/codes.csv");
    let data = fs::read_to_string(&csv).unwrap();
    assert!(data.contains(MESSAGE), "data/codes.csv has no `{MESSAGE}`");
    fs::write(&csv, data.replacen(MESSAGE, EDITED, 1)).unwrap();

    let gen_b = b.cargo_xtask_gen(&shared);
    let stdout = text(&gen_b.stdout);
    assert!(gen_b.status.success(), "gen in B: {}", text(&gen_b.stderr));
    assert!(
        stdout.contains(&format!("updated {TEXT_EN}")),
        "gen in B did not regenerate B:\n{stdout}"
    );
    assert!(
        b.read(TEXT_EN).contains(EDITED),
        "B's {TEXT_EN} lacks B's edit"
    );
    assert!(
        !a.read(TEXT_EN).contains(EDITED),
        "gen in B wrote B's edit into A"
    );
    assert_eq!(
        a_before,
        a.snapshot(),
        "gen in B changed A's generated files"
    );
    // Each run names the repository it worked on.
    assert_eq!(reported_root(&gen_a), fs::canonicalize(&a.root).unwrap());
    assert_eq!(reported_root(&gen_b), fs::canonicalize(&b.root).unwrap());

    // Without cargo's CARGO_MANIFEST_DIR (the binary run by hand), the repository is the one
    // around the current directory, not the one xtask was first built in.
    let binary = shared
        .join("debug")
        .join(format!("xtask{}", std::env::consts::EXE_SUFFIX));
    let by_hand = Command::new(&binary)
        .args(["gen", "--check"])
        .current_dir(b.root.join("data"))
        .env_remove("CARGO_MANIFEST_DIR")
        .output()
        .unwrap_or_else(|e| panic!("run {}: {e}", binary.display()));
    assert!(
        by_hand.status.success(),
        "gen --check from B/data: {}",
        text(&by_hand.stderr)
    );
    assert_eq!(reported_root(&by_hand), fs::canonicalize(&b.root).unwrap());
}
