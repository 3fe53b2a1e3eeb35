//! Inputs shared by the benchmarks and the ratio report.

/// The reply corpus: one entry per input class, CRLF line endings, ASCII text (every peer
/// reads ASCII; io-smtp rejects UTF-8 text).
pub const CORPUS: &[(&str, &str)] = &[
    (
        "single",
        "220 mx.example.com ESMTP Postfix (Debian/GNU) ready\r\n",
    ),
    (
        "single_enhanced",
        "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table\r\n",
    ),
    (
        "ehlo",
        concat!(
            "250-mx.google.com at your service, [203.0.113.7]\r\n",
            "250-SIZE 157286400\r\n",
            "250-8BITMIME\r\n",
            "250-STARTTLS\r\n",
            "250-ENHANCEDSTATUSCODES\r\n",
            "250-PIPELINING\r\n",
            "250-CHUNKING\r\n",
            "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\r\n",
            "250 SMTPUTF8\r\n",
        ),
    ),
    (
        "bounce_enhanced",
        concat!(
            "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\r\n",
            "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\r\n",
            "550-5.7.26\r\n",
            "550-5.7.26  Authentication results:\r\n",
            "550-5.7.26  DKIM = did not pass\r\n",
            "550-5.7.26  SPF [example.com] with ip: [203.0.113.7] = did not pass\r\n",
            "550-5.7.26\r\n",
            "550-5.7.26  For instructions on setting up authentication, go to\r\n",
            "550-5.7.26  https://support.google.com/mail/answer/81126#authentication\r\n",
            "550 5.7.26 d2e1a72fcca58-7a1b2c3d4e5f.123 - gsmtp\r\n",
        ),
    ),
    (
        "bounce_plain",
        concat!(
            "554-This mail has been blocked because the sender is unauthenticated.\r\n",
            "554-All senders must authenticate with either SPF or DKIM.\r\n",
            "554-\r\n",
            "554- Authentication results:\r\n",
            "554- DKIM = did not pass\r\n",
            "554- SPF [example.com] with ip: [203.0.113.7] = did not pass\r\n",
            "554-\r\n",
            "554- For instructions on setting up authentication, go to\r\n",
            "554- https://support.example.com/mail/answer/81126#authentication\r\n",
            "554 Transaction failed (queue id 7a1b2c3d4e5f)\r\n",
        ),
    ),
];

/// The implementations compared by the `parse` benchmark, ours first: the parse alone (lines
/// found lazily), the parse with every line's text walked without the enhanced code
/// (`message_lines`, the headline), and with every line's text walked as received (`lines`,
/// the text lettre keeps, enhanced code included).
pub const PARSERS: &[&str] = &[
    "smtp-codes",
    "smtp-codes+lines",
    "smtp-codes+raw-lines",
    "lettre",
    "smtp-proto",
    "io-smtp",
];

/// How many entries of [`PARSERS`] are ours.
pub const OURS: usize = 3;

/// A synthetic, valid `data/codes.csv` of `rows` rows (at least 10), with the matching
/// `data/locales.csv`: 3 class rows, up to 200 reply rows, one subject row per subject used,
/// and status rows `X.<subject>.<detail>` (subject and detail up to 999) for the rest.
pub fn synthetic_sources(rows: usize) -> codegen::Sources {
    use std::fmt::Write;
    let locales =
        "tag,english_name,native_name,required\nen,English,English,yes\ntr,Turkish,Türkçe,yes\n";
    let mut csv = String::from(
        "kind,code,id,standing,references,associated,see_also,note,same_text,\
         message.en,explanation.en,sender.en,admin.en,described_as.en,\
         message.tr,explanation.tr,sender.tr,admin.tr,described_as.tr\n",
    );
    let mut row = |kind: &str, code: &str, id: &str, associated: &str| {
        writeln!(
            csv,
            "{kind},{code},{id},standard,RFC 3463 §3.2,{associated},,,,\
             Message {id},Explanation of {id}.,Sender advice {id}.,Admin advice {id}.,,\
             İleti {id},{id} açıklaması.,{id} gönderen önerisi.,{id} yönetici önerisi.,"
        )
        .unwrap();
    };
    let mut left = rows;
    for class in [2, 4, 5] {
        row("class", &class.to_string(), &format!("Class{class}"), "");
        left -= 1;
    }
    // Reply codes: first digit 2-5, second 0-5: 240 valid values; take up to 200.
    let replies: Vec<u16> = (200..=559u16).filter(|c| c / 10 % 10 <= 5).collect();
    let reply_rows = (rows / 10).clamp(1, 200);
    for code in &replies[..reply_rows] {
        row("reply", &code.to_string(), &format!("Reply{code}"), "");
        left -= 1;
    }
    // Subjects and statuses: each subject row is followed by up to 999 detail rows.
    let mut subject = 0u16;
    while left > 0 {
        row(
            "subject",
            &format!("X.{subject}"),
            &format!("Subject{subject}"),
            "",
        );
        left -= 1;
        let mut detail = 0u16;
        while left > 0 && detail <= 999 {
            let associated = replies[usize::from(detail) % reply_rows].to_string();
            row(
                "status",
                &format!("X.{subject}.{detail}"),
                &format!("Status{subject}x{detail}"),
                &associated,
            );
            left -= 1;
            detail += 1;
        }
        subject += 1;
    }
    codegen::Sources {
        codes: codegen::Source {
            name: "data/codes.csv".to_owned(),
            bytes: csv.into_bytes(),
        },
        locales: codegen::Source {
            name: "data/locales.csv".to_owned(),
            bytes: locales.as_bytes().to_vec(),
        },
        ui: codegen::Source {
            name: "data/ui.csv".to_owned(),
            bytes: ui_csv(&["en", "tr"]),
        },
        // No providers and one reason: the generator's cost per code row is what is measured.
        providers: source("data/providers.csv", "id,name,url,note\n"),
        provider_rules: source(
            "data/provider_rules.csv",
            "provider,kind,pattern,source,example\n",
        ),
        vendor_codes: source(
            "data/vendor_codes.csv",
            "provider,id,key,reply_codes,enhanced,match,wording,source_url,source_title,note,\
             message.en,explanation.en,sender.en,admin.en,message.tr,explanation.tr,sender.tr,admin.tr\n",
        ),
        reasons: source(
            "data/reasons.csv",
            "id,variant,hard,source,note,message.en,explanation.en,sender.en,admin.en,\
             message.tr,explanation.tr,sender.tr,admin.tr\n\
             undefined,Undefined,by-code,https://libsisimai.org/en/reason/,,\
             Undefined,Nothing decided.,Read the reply.,Read the logs.,\
             Belirsiz,Hiçbir şey karar vermedi.,Yanıtı okuyun.,Günlükleri okuyun.\n",
        ),
        reason_rules: source(
            "data/reason_rules.csv",
            "kind,target,reason,strength,example,source,note\n",
        ),
    }
}

fn source(name: &str, text: &str) -> codegen::Source {
    codegen::Source {
        name: name.to_owned(),
        bytes: text.as_bytes().to_vec(),
    }
}

/// The repository's `data/ui.csv` (the site's own words) with only the `key` column and the
/// columns of `tags`: synthetic data has fewer locales than the real one.
fn ui_csv(tags: &[&str]) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/ui.csv");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers = reader.headers().expect("ui.csv has a header").clone();
    let columns: Vec<usize> = std::iter::once("key")
        .chain(tags.iter().copied())
        .map(|name| {
            headers
                .iter()
                .position(|h| h == name)
                .expect("ui.csv column")
        })
        .collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(columns.iter().map(|&i| &headers[i]))
        .unwrap();
    for record in reader.records() {
        let record = record.expect("ui.csv record");
        writer
            .write_record(columns.iter().map(|&i| &record[i]))
            .unwrap();
    }
    writer.into_inner().expect("in memory")
}

#[cfg(test)]
mod tests {
    #[test]
    fn synthetic_data_is_valid() {
        for rows in [10, 1000] {
            let sources = super::synthetic_sources(rows);
            let data = codegen::load(&sources).unwrap_or_else(|e| panic!("{rows}: {e}"));
            assert_eq!(data.entries.len(), rows);
        }
    }
}
