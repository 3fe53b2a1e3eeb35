//! Reads the results of the last `cargo bench` run (criterion's `new/estimates.json`) and
//! prints the tables: the parser against each peer per input class, as ratios measured in
//! that run; the lookups; the generator per row.
//!
//! `cargo run --release --bin ratios [criterion directory]`; the directory defaults to
//! `target/criterion` of this package (or of `$CARGO_TARGET_DIR`).

use serde_json::Value;
use smtp_codes_bench::{CORPUS, PARSERS};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// (group, function) -> mean time in nanoseconds.
type Results = BTreeMap<(String, String), f64>;

fn read(dir: &Path) -> Results {
    let mut results = Results::new();
    let Ok(groups) = std::fs::read_dir(dir) else {
        return results;
    };
    for group in groups.flatten() {
        let Ok(functions) = std::fs::read_dir(group.path()) else {
            continue;
        };
        for function in functions.flatten() {
            let new = function.path().join("new");
            let json = |name: &str| -> Option<Value> {
                serde_json::from_slice(&std::fs::read(new.join(name)).ok()?).ok()
            };
            let (Some(id), Some(estimates)) = (json("benchmark.json"), json("estimates.json"))
            else {
                continue;
            };
            let (Some(group_id), Some(function_id), Some(mean)) = (
                id["group_id"].as_str(),
                id["function_id"].as_str(),
                estimates["mean"]["point_estimate"].as_f64(),
            ) else {
                continue;
            };
            results.insert((group_id.to_owned(), function_id.to_owned()), mean);
        }
    }
    results
}

fn time(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.1} ns")
    }
}

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
            target.join("criterion")
        });
    let results = read(&dir);
    if results.is_empty() {
        eprintln!(
            "no criterion results in {}: run `cargo bench` first",
            dir.display()
        );
        return ExitCode::FAILURE;
    }
    let get = |group: &str, function: &str| {
        results
            .get(&(group.to_owned(), function.to_owned()))
            .copied()
    };

    println!("## Reply parsing: mean time per reply (lower is better)\n");
    print!("| input class |");
    for parser in PARSERS {
        print!(" {parser} |");
    }
    println!("\n|---{}|", "|---".repeat(PARSERS.len()));
    let mut rows = Vec::new();
    for (class, _) in CORPUS {
        let group = format!("parse_{class}");
        let times: Vec<Option<f64>> = PARSERS.iter().map(|p| get(&group, p)).collect();
        print!("| {class} |");
        for t in &times {
            print!(" {} |", t.map_or("–".to_owned(), time));
        }
        println!();
        rows.push((class, times));
    }

    // Ratios: each peer's time over ours, for `smtp-codes` (parse) and `smtp-codes+lines`.
    let peers = &PARSERS[2..];
    let mut met = [true, true];
    for (ours_index, label) in [
        (0, "Reply::parse"),
        (1, "Reply::parse + walking every line"),
    ] {
        println!("\n## Speed-up of smtp-codes ({label}): peer time / our time\n");
        print!("| input class |");
        for peer in peers {
            print!(" {peer} |");
        }
        println!(" fastest peer |\n|---{}|---|", "|---".repeat(peers.len()));
        for (class, times) in &rows {
            let Some(ours) = times[ours_index] else {
                continue;
            };
            print!("| {class} |");
            for t in &times[2..] {
                print!(
                    " {} |",
                    t.map_or("–".to_owned(), |t| format!("{:.1}x", t / ours))
                );
            }
            let fastest = times[2..]
                .iter()
                .flatten()
                .copied()
                .fold(f64::INFINITY, f64::min);
            println!(" {:.1}x |", fastest / ours);
            met[ours_index] &=
                fastest / ours >= 2.0 && times[2].is_none_or(|lettre| lettre / ours >= 10.0);
        }
    }
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    println!(
        "\nTarget, >= 2x the fastest peer and >= 10x lettre on every class: \
         Reply::parse {}; with the line walk {}.\n",
        verdict(met[0]),
        verdict(met[1])
    );

    println!("## Lookups\n\n| lookup | mean |\n|---|---|");
    for ((group, function), ns) in &results {
        if group == "lookup" {
            println!("| {function} | {} |", time(*ns));
        }
    }

    println!(
        "\n## Generator (codegen::generate)\n\n| data | rows | mean | per row |\n|---|---|---|---|"
    );
    for (function, rows) in [
        ("real", None),
        ("synthetic_1000", Some(1000)),
        ("synthetic_5000", Some(5000)),
        ("synthetic_10000", Some(10000)),
    ] {
        if let Some(ns) = get("codegen", function) {
            let rows_text = rows.map_or("data/codes.csv".to_owned(), |r: usize| r.to_string());
            let per_row = rows.map_or("–".to_owned(), |r| time(ns / r as f64));
            println!("| {function} | {rows_text} | {} | {per_row} |", time(ns));
        }
    }
    ExitCode::SUCCESS
}
