//! The classifier against a labelled set of real replies (`tests/data/labelled.csv`): each
//! quoted from the public source named in its row (provider documentation, MTA sources and
//! docs, RFC examples, bug reports and list posts), each labelled with the reason a careful
//! reader gives it from the reply alone. The test reports the agreement and fails below 95%.

use smtp_codes::{Reason, Reply};

struct Case {
    line: u64,
    reply: String,
    reason: Reason,
    hard: bool,
    source: String,
}

fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/labelled.csv");
    let mut reader = csv::Reader::from_path(path).expect("read tests/data/labelled.csv");
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (reply, reason, hard, source) = (
        column("reply"),
        column("reason"),
        column("hard"),
        column("source"),
    );
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            let line = record.position().unwrap().line();
            Case {
                line,
                reply: record[reply].to_owned(),
                reason: record[reason]
                    .parse()
                    .unwrap_or_else(|e| panic!("line {line}: {e}: {}", &record[reason])),
                hard: match &record[hard] {
                    "yes" => true,
                    "no" => false,
                    other => panic!("line {line}: hard is `{other}`, expected yes or no"),
                },
                source: record[source].to_owned(),
            }
        })
        .collect()
}

/// The reply as sent on the wire: its lines with CRLF.
fn wire(reply: &str) -> String {
    reply
        .lines()
        .map(|line| format!("{}\r\n", line.trim_end_matches('\r')))
        .collect()
}

#[test]
fn agreement_with_the_labelled_replies() {
    let cases = cases();
    assert!(cases.len() >= 300, "the set has {} replies", cases.len());
    let mut agree = 0;
    let mut disagreements = Vec::new();
    for case in &cases {
        assert!(
            case.source.starts_with("http"),
            "line {}: no source",
            case.line
        );
        let wire = wire(&case.reply);
        let (reply, used) = Reply::parse(wire.as_bytes())
            .unwrap_or_else(|e| panic!("line {}: {e}: {:?}", case.line, case.reply));
        assert_eq!(used, wire.len(), "line {}: one reply", case.line);
        let found = reply.classify();
        if found.reason() == case.reason && found.is_hard_bounce() == case.hard {
            agree += 1;
        } else {
            disagreements.push(format!(
                "line {}: {:?} labelled {} ({}), classified {} ({}) by {:?}",
                case.line,
                case.reply,
                case.reason,
                if case.hard { "hard" } else { "soft" },
                found.reason(),
                if found.is_hard_bounce() {
                    "hard"
                } else {
                    "soft"
                },
                found.decided_by()
            ));
        }
    }
    let percent = agree as f64 * 100.0 / cases.len() as f64;
    println!("agreement: {agree} of {} ({percent:.1}%)", cases.len());
    for line in &disagreements {
        println!("{line}");
    }
    assert!(
        percent >= 95.0,
        "agreement {percent:.1}% is below 95%:\n{}",
        disagreements.join("\n")
    );
}
