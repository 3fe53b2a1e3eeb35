//! `smtp-codes explain`: what an SMTP reply means, found in whatever holds it (a raw reply, a
//! bounce, a `Diagnostic-Code:` field, a Postfix, Exim or sendmail log), in the user's
//! language. Built with the `cli` feature: `cargo install smtp-codes --features cli`.

#![forbid(unsafe_code)]

mod find;
mod output;

use clap::{Parser, Subcommand};
use find::{Finder, LineReader, MAX_LINE};
use output::{Explanation, Style};
use smtp_codes::Locale;
use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;

const EXAMPLES: &str = "\
Examples:
  smtp-codes explain '550 5.1.1 <a@example.com>: Recipient address rejected: User unknown'
  grep 'status=bounced' /var/log/mail.log | smtp-codes explain
  smtp-codes explain --json < bounce.txt

Exit status: 0 when a reply was explained, 1 when none was found, 2 on a usage error or input
that cannot be read.";

/// Every SMTP reply code and enhanced status code, explained.
#[derive(Parser)]
#[command(name = "smtp-codes", version, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Explain the SMTP replies found in TEXT, or in standard input: a raw reply, a bounce, a
    /// Diagnostic-Code field, Postfix, Exim or sendmail log lines; every line that holds a reply
    /// is explained, the others are skipped.
    #[command(after_help = EXAMPLES)]
    Explain {
        /// Text that holds a reply; without it, standard input is read (a log, a bounce).
        text: Vec<String>,
        /// One JSON object per reply, one per line (JSON Lines); the fields are in the README.
        #[arg(long)]
        json: bool,
        /// The language of the explanations (en, tr, de); default: LC_ALL, LC_MESSAGES or LANG,
        /// else English.
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
    },
}

/// The locale of `LC_ALL`, `LC_MESSAGES` or `LANG`, the first one set (POSIX's order); English
/// for `C`, `POSIX` or a language without texts.
fn locale_from_env() -> Locale {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .and_then(|value| Locale::from_tag(&value))
        .unwrap_or_default()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Command::Explain { text, json, lang } = cli.command;
    let locale = match lang {
        Some(tag) => match tag.parse::<Locale>() {
            Ok(locale) => locale,
            Err(e) => {
                let known: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
                eprintln!(
                    "smtp-codes: --lang {tag}: {e}; the languages are {}",
                    known.join(", ")
                );
                return ExitCode::from(2);
            }
        },
        None => locale_from_env(),
    };
    let stdout = io::stdout();
    let interactive = stdout.is_terminal();
    // https://no-color.org: a NO_COLOR that is set and not empty turns colour off.
    let colour = !json && interactive && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut out = io::BufWriter::new(stdout.lock());
    let mut run = Run {
        json,
        locale,
        style: Style { colour },
        interactive,
        explained: 0,
    };
    let result = if text.is_empty() {
        let stdin = io::stdin();
        if stdin.is_terminal() {
            eprintln!("smtp-codes: reading replies from standard input (end with Ctrl-D)");
        }
        run.read("standard input", stdin.lock(), &mut out)
    } else {
        text.iter()
            .try_for_each(|text| run.read("the argument", text.as_bytes(), &mut out))
    };
    let flushed = result.and_then(|()| out.flush().map_err(Failure::Write));
    match flushed {
        Ok(()) if run.explained > 0 => ExitCode::SUCCESS,
        Ok(()) => ExitCode::from(1),
        // Whoever reads the output has gone (`| head`): stop quietly.
        Err(Failure::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::from(if run.explained > 0 { 0 } else { 1 })
        }
        Err(Failure::Write(e)) => {
            eprintln!("smtp-codes: cannot write the output: {e}");
            ExitCode::from(2)
        }
        Err(Failure::Read(what, e)) => {
            eprintln!("smtp-codes: cannot read {what}: {e}");
            ExitCode::from(2)
        }
    }
}

enum Failure {
    Read(&'static str, io::Error),
    Write(io::Error),
}

struct Run {
    json: bool,
    locale: Locale,
    style: Style,
    interactive: bool,
    explained: u64,
}

impl Run {
    /// Writes one explanation.
    fn write(&mut self, found: &find::Found, out: &mut impl Write) -> Result<(), Failure> {
        let explanation = Explanation::new(found, self.locale);
        if self.json {
            explanation.write_json(out)
        } else {
            explanation.write_human(out, self.style)
        }
        .map_err(Failure::Write)?;
        self.explained += 1;
        // On a terminal, each explanation shows as soon as its reply is read (`tail -f`).
        if self.interactive {
            out.flush().map_err(Failure::Write)?;
        }
        Ok(())
    }

    /// Explains every reply in `input`, one line at a time; stops at the first write error.
    fn read(
        &mut self,
        what: &'static str,
        input: impl BufRead,
        out: &mut impl Write,
    ) -> Result<(), Failure> {
        let mut reader = LineReader::new(input);
        let mut finder = Finder::new();
        let mut line = Vec::new();
        let mut found = Vec::new();
        let before = self.explained;
        loop {
            let next = reader
                .next_line(&mut line)
                .map_err(|e| Failure::Read(what, e))?;
            let Some(info) = next else { break };
            if info.cut {
                eprintln!(
                    "smtp-codes: line {} of {what} is longer than {} KiB: only its start is read",
                    info.number,
                    MAX_LINE / 1024
                );
            }
            finder.push(info.number, &line, &mut |f| found.push(f));
            for f in found.drain(..) {
                self.write(&f, out)?;
            }
        }
        finder.finish(&mut |f| found.push(f));
        for f in found.drain(..) {
            self.write(&f, out)?;
        }
        if self.explained == before {
            if reader.lines_read() == 0 {
                eprintln!("smtp-codes: {what} is empty: nothing to explain");
            } else if reader.saw_nul() {
                eprintln!(
                    "smtp-codes: {what} looks binary (it has NUL bytes) and holds no SMTP reply"
                );
            } else {
                eprintln!(
                    "smtp-codes: no SMTP reply found in {what} ({} lines): a reply starts with \
                     a code such as 550 or 421",
                    reader.lines_read()
                );
            }
        }
        Ok(())
    }
}
