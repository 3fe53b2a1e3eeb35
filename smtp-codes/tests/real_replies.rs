//! Replies in the shapes real servers send them (Gmail, Microsoft 365, Yahoo, Postfix, Exim),
//! read end to end: code, enhanced code, lines, and what the data says about them.

use smtp_codes::{EnhancedStatus, Locale, Reply, ReplyStatus};

/// Parses `wire` as exactly one reply.
fn reply(wire: &str) -> Reply<'_> {
    let (reply, used) = Reply::parse(wire.as_bytes()).unwrap_or_else(|e| panic!("{wire:?}: {e:?}"));
    assert_eq!(used, wire.len(), "{wire:?}");
    reply
}

/// The code, the enhanced code as text (or ""), the line count, and the message lines.
fn read(wire: &str) -> (u16, String, usize, Vec<String>) {
    let reply = reply(wire);
    let enhanced = reply.enhanced().map(|e| e.to_string()).unwrap_or_default();
    let text = reply
        .message_lines()
        .map(|l| String::from_utf8_lossy(l).into_owned())
        .collect();
    (reply.code().get(), enhanced, reply.line_count(), text)
}

#[test]
fn gmail_no_such_user() {
    let wire = "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
                550-5.1.1 double-checking the recipient's email address for typos or\r\n\
                550-5.1.1 unnecessary spaces. For more information, go to\r\n\
                550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123456ejb.42 - gsmtp\r\n";
    let (code, enhanced, lines, text) = read(wire);
    assert_eq!((code, enhanced.as_str(), lines), (550, "5.1.1", 4));
    assert_eq!(
        text[1],
        "double-checking the recipient's email address for typos or"
    );
    assert!(text[3].ends_with("- gsmtp"), "{:?}", text[3]);
    let parsed = reply(wire);
    let status = parsed.enhanced().unwrap().status().unwrap();
    assert_eq!(status, EnhancedStatus::BadDestinationMailboxAddress);
    assert_eq!(
        parsed.code().status(),
        Some(ReplyStatus::MailboxUnavailable)
    );
    assert!(status
        .reply_statuses()
        .contains(&parsed.code().status().unwrap()));
    assert!(!status.explanation(Locale::Tr).is_empty());
}

#[test]
fn gmail_session() {
    let (code, enhanced, lines, _) = read("220 mx.google.com ESMTP a1si123456ejb.42 - gsmtp\r\n");
    assert_eq!((code, enhanced.as_str(), lines), (220, "", 1));
    let ehlo = "250-mx.google.com at your service, [203.0.113.7]\r\n250-SIZE 157286400\r\n\
                250-8BITMIME\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-PIPELINING\r\n\
                250-CHUNKING\r\n250 SMTPUTF8\r\n";
    let (code, enhanced, lines, text) = read(ehlo);
    assert_eq!((code, enhanced.as_str(), lines), (250, "", 8));
    assert_eq!(text.last().unwrap(), "SMTPUTF8");
    let (code, enhanced, _, text) = read("250 2.1.0 OK a1si123456ejb.42 - gsmtp\r\n");
    assert_eq!((code, enhanced.as_str()), (250, "2.1.0"));
    assert_eq!(text[0], "OK a1si123456ejb.42 - gsmtp");
    // A 3yz reply carries no enhanced code (RFC 2034 §4 gives them to 2yz, 4yz and 5yz).
    let (code, enhanced, _, text) = read("354  Go ahead a1si123456ejb.42 - gsmtp\r\n");
    assert_eq!((code, enhanced.as_str()), (354, ""));
    assert_eq!(text[0], " Go ahead a1si123456ejb.42 - gsmtp");
    let (code, enhanced, _, _) = read("421-4.7.0 [203.0.113.7      15] Our system has detected an unusual rate of\r\n\
                                       421-4.7.0 unsolicited mail originating from your IP address.\r\n\
                                       421 4.7.0 https://support.google.com/mail/?p=UnsolicitedRateLimitError - gsmtp\r\n");
    assert_eq!((code, enhanced.as_str()), (421, "4.7.0"));
    let (code, enhanced, lines, _) = read("535-5.7.8 Username and Password not accepted. For more information, go to\r\n\
                                            535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp\r\n");
    assert_eq!((code, enhanced.as_str(), lines), (535, "5.7.8", 2));
    assert_eq!(
        reply("535 5.7.8 x\r\n").enhanced().unwrap().status(),
        Some(EnhancedStatus::AuthenticationCredentialsInvalid)
    );
}

#[test]
fn microsoft_365() {
    let (code, enhanced, _, _) = read("550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.\r\n");
    assert_eq!((code, enhanced.as_str()), (550, "5.7.515"));
    // Not in the registry: the code parses, the entry is unknown, the subject is known.
    let unregistered = reply("550 5.7.515 x\r\n").enhanced().unwrap();
    assert_eq!(unregistered.status(), None);
    assert!(unregistered.status_subject().is_some());
    let (code, enhanced, _, _) = read("550 5.4.1 Recipient address rejected: Access denied. [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]\r\n");
    assert_eq!((code, enhanced.as_str()), (550, "5.4.1"));
    let (code, enhanced, _, _) = read("451 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77719) [DB5EUR01FT001.eop-EUR01.prod.protection.outlook.com]\r\n");
    assert_eq!((code, enhanced.as_str()), (451, "4.7.500"));
    // Older Exchange writes `#5.1.0`: not an enhanced code as the first word.
    let (code, enhanced, _, _) = read("550 #5.1.0 Address rejected.\r\n");
    assert_eq!((code, enhanced.as_str()), (550, ""));
}

#[test]
fn yahoo_postfix_exim() {
    let (code, enhanced, _, _) = read("554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes\r\n");
    assert_eq!((code, enhanced.as_str()), (554, "5.7.9"));
    let (code, enhanced, _, _) = read("421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes\r\n");
    assert_eq!((code, enhanced.as_str()), (421, "4.7.0"));
    let (code, enhanced, _, _) = read(
        "450 4.1.8 <bounce@nonexistent.example>: Sender address rejected: Domain not found\r\n",
    );
    assert_eq!((code, enhanced.as_str()), (450, "4.1.8"));
    let (code, enhanced, _, _) =
        read("554 5.7.1 <unknown[203.0.113.7]>: Client host rejected: Access denied\r\n");
    assert_eq!((code, enhanced.as_str()), (554, "5.7.1"));
    let (code, enhanced, _, _) =
        read("552 5.2.2 <user@example.com>: Recipient address rejected: Mailbox full\r\n");
    assert_eq!((code, enhanced.as_str()), (552, "5.2.2"));
    // Exim without ENHANCEDSTATUSCODES: text only.
    let exim = "550-Verification failed for <someone@example.org>\r\n550-Unrouteable address\r\n550 Sender verify failed\r\n";
    let (code, enhanced, lines, text) = read(exim);
    assert_eq!((code, enhanced.as_str(), lines), (550, "", 3));
    assert_eq!(
        text,
        [
            "Verification failed for <someone@example.org>",
            "Unrouteable address",
            "Sender verify failed"
        ]
    );
    // A greeting whose host name begins like a code is not an enhanced code.
    let (_, enhanced, _, _) = read("250 2address.org Hello\r\n");
    assert_eq!(enhanced, "");
}

#[test]
fn authentication_exchange() {
    let (code, enhanced, _, text) = read("334 VXNlcm5hbWU6\r\n");
    assert_eq!((code, enhanced.as_str()), (334, ""));
    assert_eq!(text[0], "VXNlcm5hbWU6");
    let (code, _, _, text) = read("334 \r\n");
    assert_eq!((code, text[0].as_str()), (334, ""));
    let (code, _, _, text) = read("334\r\n");
    assert_eq!((code, text[0].as_str()), (334, ""));
    let (code, enhanced, _, _) = read("235 2.7.0 Authentication successful\r\n");
    assert_eq!((code, enhanced.as_str()), (235, "2.7.0"));
}

#[test]
fn internationalized_text() {
    let wire = "550 5.1.1 Alıcı bulunamadı: <kullanıcı@örnek.com.tr>\r\n";
    let parsed = reply(wire);
    assert_eq!(parsed.enhanced().unwrap().to_string(), "5.1.1");
    let text: Vec<&str> = parsed.str_lines().unwrap().collect();
    assert_eq!(text, ["5.1.1 Alıcı bulunamadı: <kullanıcı@örnek.com.tr>"]);
}
