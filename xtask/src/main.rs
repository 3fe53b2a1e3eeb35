//! Maintainer commands. `cargo xtask gen` regenerates every file from `data/`;
//! `cargo xtask gen --check` only checks that they are up to date; `cargo xtask browser-test`
//! tries the generated site in headless Chromium; `cargo xtask screenshots` pictures it.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Maintainer commands for smtp-codes")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the crate's tables, the docs and the message files from data/.
    Gen {
        /// Write nothing; fail if any generated file is stale, missing or extra.
        #[arg(long)]
        check: bool,
        /// The repository to work on (default: the one `cargo xtask` is run in).
        #[arg(long, hide = true)]
        root: Option<std::path::PathBuf>,
    },
    /// Open the generated site in headless Chromium (Debian's `chromium` and `chromium-driver`)
    /// from disk: filter the index, follow a link, switch the language, tab through the figure;
    /// then run axe-core (`npm ci --prefix xtask/axe`) on a page of each kind.
    BrowserTest,
    /// Screenshot pages of the generated site with headless Chromium into target/screenshots/.
    Screenshots {
        /// Where to write the PNG files.
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Gen { check, root } => gen(check, root.unwrap_or_else(xtask::project_root)),
        Command::BrowserTest => browser_test(),
        Command::Screenshots { out } => screenshots(out),
    }
}

fn browser_test() -> ExitCode {
    let root = xtask::project_root();
    let checks = match xtask::browser::browser_test(&root) {
        Ok(checks) => checks,
        Err(err) => {
            eprintln!("browser test: {err}");
            return ExitCode::FAILURE;
        }
    };
    let mut failed = 0;
    for check in &checks {
        match &check.result {
            Ok(()) => println!("ok      {}", check.name),
            Err(err) => {
                failed += 1;
                println!("FAILED  {}: {err}", check.name);
            }
        }
    }
    println!(
        "browser test: {} passed, {failed} failed",
        checks.len() - failed
    );
    if failed == 0 && checks.len() > 1 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn screenshots(out: Option<std::path::PathBuf>) -> ExitCode {
    let root = xtask::project_root();
    let out = out.unwrap_or_else(|| root.join("target/screenshots"));
    match xtask::browser::screenshots(&root, &out) {
        Ok(files) => {
            for file in files {
                println!("wrote {}", file.display());
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("screenshots: {err}");
            ExitCode::FAILURE
        }
    }
}

fn gen(check: bool, root: std::path::PathBuf) -> ExitCode {
    // Said first, so that a run on the wrong checkout is visible (issue 14).
    println!("repository: {}", root.display());
    let xtask::Plan { summary, changes } = match xtask::plan(&root) {
        Ok(plan) => plan,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    };
    for line in &summary {
        println!("{line}");
    }
    if check {
        if changes.is_empty() {
            println!("generated files are up to date");
            return ExitCode::SUCCESS;
        }
        for change in &changes {
            eprintln!("{change}");
        }
        eprintln!(
            "{} generated file(s) out of date with data/: run `cargo xtask gen`",
            changes.len()
        );
        return ExitCode::FAILURE;
    }
    if let Err(err) = xtask::apply(&root, &changes) {
        eprintln!("error: {err}");
        return ExitCode::FAILURE;
    }
    for change in &changes {
        let verb = match change {
            xtask::Change::Create { .. } => "created",
            xtask::Change::Update { .. } => "updated",
            xtask::Change::Delete { .. } => "deleted",
        };
        println!("{verb} {}", change.path());
    }
    println!("{} file(s) changed", changes.len());
    ExitCode::SUCCESS
}
