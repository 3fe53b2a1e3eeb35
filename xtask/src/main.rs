//! Maintainer commands. `cargo xtask gen` regenerates every file from `data/`;
//! `cargo xtask gen --check` only checks that they are up to date.

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
        /// The repository to work on (default: the one this xtask was built in).
        #[arg(long, hide = true)]
        root: Option<std::path::PathBuf>,
    },
}

fn main() -> ExitCode {
    let Command::Gen { check, root } = Cli::parse().command;
    let root = root.unwrap_or_else(xtask::project_root);
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
