//! Reads the results of the last `cargo bench` run (criterion's `new/estimates.json`) and
//! prints the tables: the parser against each peer per input class, with every line's text
//! walked and lazily, as ratios measured in that run; the lookups; the generator per row.
//!
//! `cargo run --release --bin ratios [criterion directory]`; the directory defaults to
//! `target/criterion` of this package (or of `$CARGO_TARGET_DIR`).

use serde_json::Value;
use smtp_codes_bench::{CORPUS, OURS, PARSERS};
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

    // The headline: every class with every line's text walked (the work the peers do up
    // front), against each peer, in this run; the lazy figure (`Reply::parse` alone, the
    // lines found when read) is the second column.
    const LETTRE: f64 = 10.0;
    const FASTEST: f64 = 2.5;
    let peers = &PARSERS[OURS..];
    println!("## Reply parsing, every line's text walked: mean time per reply and speed-up\n");
    println!(
        "Ours is `Reply::parse` then `message_lines()` summed over (lines walked, the \
         headline), `Reply::parse` alone (lazy), and `Reply::parse` then `lines()` summed over \
         (lines as received: the text lettre keeps, enhanced code included). The speed-ups are \
         peer time / our time, lines walked (lazy in parentheses); the last column is lettre \
         against lines as received.\n"
    );
    print!("| input class | smtp-codes, lines walked | smtp-codes, lazy |");
    for peer in peers {
        print!(" {peer} |");
    }
    println!(
        " vs lettre | vs fastest peer | smtp-codes, lines as received | vs lettre, as received |"
    );
    println!(
        "|---|---|---|{}---|---|---|---|",
        "---|".repeat(peers.len())
    );
    let mut met = [true, true];
    for (class, _) in CORPUS {
        let group = format!("parse_{class}");
        let walked = get(&group, PARSERS[1]);
        let lazy = get(&group, PARSERS[0]);
        let raw = get(&group, PARSERS[2]);
        let times: Vec<Option<f64>> = peers.iter().map(|p| get(&group, p)).collect();
        let cell = |t: Option<f64>| t.map_or("–".to_owned(), time);
        print!("| {class} | {} | {} |", cell(walked), cell(lazy));
        for t in &times {
            print!(" {} |", cell(*t));
        }
        let lettre = times[0];
        let fastest = times
            .iter()
            .flatten()
            .copied()
            .fold(f64::INFINITY, f64::min);
        let ratio = |peer: Option<f64>, ours: Option<f64>| match (peer, ours) {
            (Some(p), Some(o)) if p.is_finite() => Some(p / o),
            _ => None,
        };
        let pair = |peer: Option<f64>| match (ratio(peer, walked), ratio(peer, lazy)) {
            (Some(w), Some(l)) => format!("{w:.1}x ({l:.1}x)"),
            _ => "–".to_owned(),
        };
        let single = |ratio: Option<f64>| ratio.map_or("–".to_owned(), |r| format!("{r:.1}x"));
        println!(
            " {} | {} | {} | {} |",
            pair(lettre),
            pair(Some(fastest)),
            cell(raw),
            single(ratio(lettre, raw))
        );
        for (i, ours) in [walked, lazy].into_iter().enumerate() {
            met[i] &= ratio(Some(fastest), ours).is_some_and(|r| r >= FASTEST)
                && ratio(lettre, ours).is_none_or(|r| r >= LETTRE);
        }
    }
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    println!(
        "\nTarget, >= {LETTRE}x lettre and >= {FASTEST}x the fastest peer on every class: \
         with every line walked {}; lazy {}.\n",
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
