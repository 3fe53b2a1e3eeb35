//! `cargo xtask gen` end to end, on the real repository and on scratch copies of it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Plain `cargo test` fails while any generated file is stale, missing or extra.
#[test]
fn generated_files_are_up_to_date() {
    let plan = xtask::plan(&xtask::project_root()).unwrap_or_else(|e| panic!("{e}"));
    let listed: Vec<String> = plan.changes.iter().map(ToString::to_string).collect();
    assert!(
        listed.is_empty(),
        "generated files are out of date; run `cargo xtask gen`:\n{}",
        listed.join("\n")
    );
}

/// A scratch copy of what the generator reads and owns, removed on drop.
struct Scratch {
    root: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Scratch {
        let root =
            std::env::temp_dir().join(format!("smtp-codes-xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let source = xtask::project_root();
        copy_dir(&source.join("data"), &root.join("data"));
        for dir in codegen::owned_dirs() {
            copy_dir(&source.join(dir), &root.join(dir));
        }
        Scratch { root }
    }

    fn xtask(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .arg("gen")
            .args(args)
            .arg("--root")
            .arg(&self.root)
            .output()
            .expect("run xtask")
    }

    fn read(&self, path: &str) -> Vec<u8> {
        fs::read(self.root.join(path)).unwrap()
    }

    fn edit_csv(&self, from: &str, to: &str) {
        let path = self.root.join("data/codes.csv");
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "data/codes.csv has no `{from}`");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
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

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
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

/// The files that carry the English message of 550: one per output family.
const EVERY_OUTPUT_OF_550_EN: [&str; 7] = [
    "smtp-codes/src/generated/text_en.rs",
    "docs/en/550.html",
    "docs/en/index.html",
    "docs/en/README.md",
    "smtp-codes/locales/fluent/en/smtp_codes.ftl",
    "smtp-codes/locales/gettext/en.po",
    "smtp-codes/locales/json/en.json",
];

#[test]
fn a_changed_message_is_caught_fixed_and_stable() {
    let scratch = Scratch::new("change");
    let check = scratch.xtask(&["--check"]);
    assert!(
        check.status.success(),
        "a fresh copy is up to date: {}",
        text(&check.stderr)
    );

    scratch.edit_csv(
        "Requested action not taken: mailbox unavailable",
        "Requested action not taken: mailbox gone",
    );
    let check = scratch.xtask(&["--check"]);
    assert!(!check.status.success(), "--check must fail on stale files");
    let stderr = text(&check.stderr);
    assert!(stderr.contains("run `cargo xtask gen`"), "{stderr}");
    // Every output family says the message, so every one is stale, and each is named.
    for path in EVERY_OUTPUT_OF_550_EN {
        assert!(
            stderr.contains(&format!("stale:   {path}")),
            "{path} not reported stale:\n{stderr}"
        );
        assert!(
            !text(&scratch.read(path)).contains("mailbox gone"),
            "--check wrote {path}"
        );
    }

    let gen = scratch.xtask(&[]);
    assert!(gen.status.success(), "{}", text(&gen.stderr));
    for path in EVERY_OUTPUT_OF_550_EN {
        assert!(
            text(&gen.stdout).contains(&format!("updated {path}")),
            "{}",
            text(&gen.stdout)
        );
        assert!(
            text(&scratch.read(path)).contains("mailbox gone"),
            "{path} lacks the new message"
        );
    }

    let before = scratch.snapshot();
    let again = scratch.xtask(&[]);
    assert!(again.status.success());
    assert!(
        text(&again.stdout).contains("0 file(s) changed"),
        "{}",
        text(&again.stdout)
    );
    assert_eq!(
        before,
        scratch.snapshot(),
        "a second run must be byte-identical"
    );
    assert!(scratch.xtask(&["--check"]).status.success());
}

#[test]
fn missing_and_extra_files_are_caught_and_fixed() {
    let scratch = Scratch::new("extra");
    let owned = codegen::owned_dirs()[0];
    fs::write(scratch.root.join(owned).join("leftover.rs"), "// old\n").unwrap();
    fs::remove_file(scratch.root.join("smtp-codes/src/generated/locale.rs")).unwrap();
    let check = scratch.xtask(&["--check"]);
    assert!(!check.status.success());
    let stderr = text(&check.stderr);
    assert!(
        stderr.contains(&format!("extra:   {owned}/leftover.rs")),
        "{stderr}"
    );
    assert!(
        stderr.contains("missing: smtp-codes/src/generated/locale.rs"),
        "{stderr}"
    );

    let gen = scratch.xtask(&[]);
    assert!(gen.status.success());
    assert!(!scratch.root.join(owned).join("leftover.rs").exists());
    assert!(scratch
        .root
        .join("smtp-codes/src/generated/locale.rs")
        .exists());
    assert!(scratch.xtask(&["--check"]).status.success());
}

/// Each kind of bad input of the workspace issue, as an edit of the real data: the run fails
/// with a located error and every generated file stays as it was, in both modes.
#[test]
fn invalid_data_writes_nothing() {
    let replace = |text: &str, from: &str, to: &str| -> Vec<u8> {
        assert!(text.contains(from), "data/codes.csv has no `{from}`");
        text.replacen(from, to, 1).into_bytes()
    };
    // A well-formed tag that data/locales.csv does not list (today's data or tomorrow's).
    let locales = fs::read_to_string(xtask::project_root().join("data/locales.csv")).unwrap();
    let absent: &'static str = ["fr", "es", "it", "nl", "pl", "qaa"]
        .into_iter()
        .find(|tag| !locales.lines().any(|l| l.starts_with(&format!("{tag},"))))
        .expect("one of them is not a locale");
    let unknown_locale = format!("unknown locale `{absent}`");
    type Edit = Box<dyn Fn(&str) -> Vec<u8>>;
    let cases: Vec<(&str, Edit, &str)> = vec![
        (
            "duplicate code",
            Box::new(move |t| {
                let line = t.lines().find(|l| l.starts_with("reply,550,")).unwrap();
                format!(
                    "{t}{}\n",
                    line.replacen("MailboxUnavailable", "MailboxUnavailableAgain", 1)
                )
                .into_bytes()
            }),
            "duplicate code `550`",
        ),
        (
            "duplicate identifier",
            Box::new(move |t| {
                let line = t.lines().find(|l| l.starts_with("reply,550,")).unwrap();
                format!("{t}{}\n", line.replacen("reply,550,", "reply,559,", 1)).into_bytes()
            }),
            "duplicate identifier `MailboxUnavailable`",
        ),
        (
            "two-digit code",
            Box::new(move |t| replace(t, "\nreply,550,", "\nreply,55,")),
            "malformed reply code `55`",
        ),
        (
            "class 6",
            Box::new(move |t| replace(t, "\nreply,550,", "\nreply,650,")),
            "malformed reply code `650`",
        ),
        (
            "leading space",
            Box::new(move |t| replace(t, "\nreply,550,", "\nreply, 550,")),
            "malformed reply code ` 550`",
        ),
        (
            "two-part status",
            Box::new(move |t| replace(t, "\nstatus,X.1.1,", "\nstatus,5.1,")),
            "malformed status `5.1`",
        ),
        (
            "status class 6",
            Box::new(move |t| replace(t, "\nstatus,X.1.1,", "\nstatus,6.1.1,")),
            "malformed status `6.1.1`",
        ),
        (
            "four-digit detail",
            Box::new(move |t| replace(t, "\nstatus,X.1.1,", "\nstatus,X.1.1000,")),
            "malformed status `X.1.1000`",
        ),
        (
            "class that does not fit the kind",
            Box::new(move |t| replace(t, "\nstatus,X.1.1,", "\nstatus,5.1.1,")),
            "status rows apply to every class",
        ),
        (
            "missing English text",
            Box::new(move |t| replace(t, ",Requested action not taken: mailbox gone,", ",,")),
            "missing English text `message.en`",
        ),
        (
            "unknown column",
            Box::new(move |t| replace(t, ",same_text,", ",same_text_reason,")),
            "unknown column `same_text_reason`",
        ),
        (
            "unknown locale",
            Box::new(move |t| replace(t, ",message.de,", &format!(",message.{absent},"))),
            &unknown_locale,
        ),
        (
            "malformed locale",
            Box::new(move |t| replace(t, ",message.de,", ",message.DE,")),
            "malformed locale tag `DE`",
        ),
        (
            "ragged row",
            Box::new(move |t| replace(t, "\nreply,550,", "\nreply,550,extra,")),
            "ragged row",
        ),
        (
            "invalid identifier",
            Box::new(move |t| replace(t, ",MailboxUnavailable,", ",Mailbox_Unavailable,")),
            "invalid identifier `Mailbox_Unavailable`",
        ),
        (
            "invalid UTF-8",
            Box::new(move |t| {
                let mut bytes = t.as_bytes().to_vec();
                let at = t
                    .find("Requested action not taken: mailbox unavailable")
                    .unwrap();
                bytes[at] = 0xFF;
                bytes
            }),
            "invalid UTF-8",
        ),
        ("empty file", Box::new(|_| Vec::new()), "the file is empty"),
    ];
    let scratch = Scratch::new("invalid");
    // Stale first, so that a generator that wrote before validating would show it.
    scratch.edit_csv(
        "Requested action not taken: mailbox unavailable",
        "Requested action not taken: mailbox gone",
    );
    let stale = fs::read_to_string(scratch.root.join("data/codes.csv")).unwrap();
    let before = scratch.snapshot();
    for (name, edit, expected) in cases {
        fs::write(scratch.root.join("data/codes.csv"), edit(&stale)).unwrap();
        for args in [&[][..], &["--check"][..]] {
            let run = scratch.xtask(args);
            let stderr = text(&run.stderr);
            assert!(!run.status.success(), "{name}: must fail");
            let located = stderr.lines().any(|line| {
                let mut parts = line.trim_start_matches("error: ").splitn(4, ':');
                parts.next() == Some("data/codes.csv")
                    && parts.next().is_some_and(|l| l.parse::<u64>().is_ok())
                    && parts.next().is_some_and(|c| c.parse::<usize>().is_ok())
                    && parts.next().is_some_and(|m| m.contains(expected))
            });
            assert!(
                located,
                "{name}: expected `data/codes.csv:<line>:<column>: ...{expected}...` in\n{stderr}"
            );
            assert!(stderr.contains("no file was written"), "{name}: {stderr}");
            assert_eq!(
                before,
                scratch.snapshot(),
                "{name}: no output may change when the data is invalid"
            );
        }
    }
}
