//! Replies in the shapes real servers send them (Gmail, Microsoft 365, Yahoo, Postfix, Exim,
//! qmail, OpenSMTPD), read end to end: code, enhanced code, lines, and what the data says about
//! them. The shapes at the end are the ones issue 13 asked about; each quotes its source.

use smtp_codes::{EnhancedStatus, Locale, Reply, ReplyError, ReplyErrorKind, ReplyStatus};

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

// ---------------------------------------------------------------------------------------
// Shapes that are not the textbook's. Where a source shows a reply through another program's
// report of it (a Postfix log or bounce), the reply is the text after "said:" or after the
// client's address, up to Postfix's "(in reply to ... command)"; Postfix joins the lines of a
// multi-line reply with a space, and the line breaks of a wrapped report are not the reply's.

#[test]
fn code_outside_rfc5321_grammar() {
    // Courier MTA, `courier/submit.C` (svarshavchik/courier): the reply Courier's SMTP server
    // gives when a mail filter rejects a message without a text of its own:
    // `p="571 Delivery not authorized, message refused.";`. Second digit 7: outside
    // `Reply-code = %x32-35 %x30-35 %x30-39` (RFC 5321 §4.2), read by its first digit.
    let wire = "571 Delivery not authorized, message refused.\r\n";
    let (code, enhanced, lines, text) = read(wire);
    assert_eq!((code, enhanced.as_str(), lines), (571, "", 1));
    assert_eq!(text[0], "Delivery not authorized, message refused.");
    let parsed = reply(wire);
    assert!(parsed.is_permanent() && parsed.is_negative());
    assert!(!parsed.code().is_rfc5321_form());
    assert_eq!(parsed.code().status(), None);
    assert_eq!((parsed.class(), parsed.code().category()), (5, 7));

    // andysblog.de, "E-Mail-Fehlermeldung: 571 Delivery not authorized message refused, 550
    // Administrative prohibition": a bounce a customer's MDaemon server kept getting from one
    // recipient's server, "571 Delivery not authorized message refused (in reply to end of
    // DATA command)". The reply is the part before Postfix's "(in reply to ...)".
    let wire = "571 Delivery not authorized message refused\r\n";
    let (code, enhanced, _, text) = read(wire);
    assert_eq!((code, enhanced.as_str()), (571, ""));
    assert_eq!(text[0], "Delivery not authorized message refused");
    assert!(reply(wire).is_permanent());
}

#[test]
fn greeting_whose_lines_carry_different_codes() {
    // vert-x3/vertx-mail-client issue #81 (2017-01-18), "Check which status is to be used when
    // it is not the same on a multiline reply": a greeting seen from a real server,
    // "220-someserver.net ESMTP" then "521 5.7.1 Service unavailable; client [x.x.x.x]
    // blocked using blacklist.org" (the maintainers: "likely a server bug"). RFC 5321 §4.2.1:
    // "the reply code on each of the lines MUST be the same", so it is malformed; the error
    // points at the line that differs, and parsing again from there reads that line as the
    // reply it is: the refusal. Issue 13 saw the same shape from La Poste (`220-laposte` then
    // `421 4.2.1 ...`); no public transcript of that one was found, so it is not quoted.
    let input = b"220-someserver.net ESMTP\r\n\
                  521 5.7.1 Service unavailable; client [x.x.x.x] blocked using blacklist.org\r\n";
    let err = Reply::parse(input).unwrap_err();
    assert_eq!(
        err,
        ReplyError::Malformed {
            kind: ReplyErrorKind::CodeMismatch {
                expected: 220,
                found: 521
            },
            offset: 26,
            line: 2
        }
    );
    let offset = err.offset().unwrap();
    let (last, used) = Reply::parse(&input[offset..]).unwrap();
    assert_eq!(offset + used, input.len());
    assert_eq!(last.code(), 521);
    assert!(last.is_permanent());
    assert_eq!(
        last.code().status(),
        Some(ReplyStatus::HostDoesNotAcceptMail)
    );
    assert_eq!(last.enhanced().unwrap().to_string(), "5.7.1");
    assert_eq!(
        last.message_lines().next().unwrap(),
        b"Service unavailable; client [x.x.x.x] blocked using blacklist.org"
    );
}

#[test]
fn text_that_quotes_another_reply() {
    // maze.io, "Why greylisting sucks": Postfix's smtpd rejecting a sender whose address
    // verification met greylisting ("NOQUEUE: reject: RCPT from xyz.com[216.66.a.b]: 450
    // 4.1.7 ..."). The reply's own enhanced code is the first word; the 450 4.2.0 inside the
    // text is the other server's, and text.
    let (code, enhanced, lines, text) = read(
        "450 4.1.7 <xyz@xyz.com>: Sender address rejected: unverified address: host \
         xyz.com[216.66.a.b] said: 450 4.2.0 <xyz@xyz.com>: Recipient address rejected: \
         Greylisted, see http://postgrey.schweikert.ch/help/xyz.com.html (in reply to RCPT TO \
         command)\r\n",
    );
    assert_eq!((code, enhanced.as_str(), lines), (450, "4.1.7", 1));
    assert!(text[0].starts_with("<xyz@xyz.com>: Sender address rejected"));
    assert!(text[0].contains("said: 450 4.2.0 <xyz@xyz.com>"));

    // sbog, "Postfix explicit permits for sender domain" (2019-05-07): the same rejection
    // with Gmail's multi-line reply inside, its `550-5.1.1` line heads joined into the text.
    let wire = "450 4.1.7 <bounce+cc8a03.552af-<redacted>@<redacted>>: Sender address rejected: \
                unverified address: host aspmx.l.google.com[173.194.222.27] said: 550-5.1.1 The \
                email account that you tried to reach does not exist. Please try 550-5.1.1 \
                double-checking the recipient's email address for typos or 550-5.1.1 \
                unnecessary spaces. Learn more at 550 5.1.1  h\r\n";
    let (code, enhanced, lines, _) = read(wire);
    assert_eq!((code, enhanced.as_str(), lines), (450, "4.1.7", 1));
    assert!(reply(wire).is_transient());

    // Microsoft, "550 550 5.1.1 or 550 5.7.1 NDR message when an external user sends an
    // email message to a Universal Distribution Group" (KB 2773786, Exchange 2007/2010): the
    // reply "550 550 5.1.1 User unknown (state 14)". The text starts with another reply code,
    // so the first word is `550`, not an enhanced code: the reply has none, and "550 5.1.1"
    // stays text.
    let (code, enhanced, _, text) = read("550 550 5.1.1 User unknown (state 14)\r\n");
    assert_eq!((code, enhanced.as_str()), (550, ""));
    assert_eq!(text[0], "550 5.1.1 User unknown (state 14)");

    // Exim's test suite, `test/stdout/0395` (Exim/exim): Exim's own reply to DATA after every
    // RCPT was refused quotes the refusal, a 501, inside its 503. Only the code at the start
    // of each line counts.
    let wire = "503-All RCPT commands were rejected with this error:\r\n\
                503-501 userx: recipient address must contain a domain\r\n\
                503 valid RCPT command must precede DATA\r\n";
    let (code, enhanced, lines, text) = read(wire);
    assert_eq!((code, enhanced.as_str(), lines), (503, "", 3));
    assert_eq!(
        text[1],
        "501 userx: recipient address must contain a domain"
    );
    assert_eq!(
        reply(wire).code().status(),
        Some(ReplyStatus::BadSequenceOfCommands)
    );
}

#[test]
fn enhanced_codes_written_otherwise() {
    // qmail-smtpd.c (notqmail/notqmail, `err_nogateway`): qmail puts its enhanced code at the
    // end of the text, as a comment. RFC 2034 §4 wants it to "preface the text part", so it
    // is no enhanced code here, nor for Postfix (`smtp_chat_resp` reads only the start of the
    // text); the reply is read by its code.
    let (code, enhanced, _, text) =
        read("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\r\n");
    assert_eq!((code, enhanced.as_str()), (553, ""));
    assert!(text[0].ends_with("(#5.7.1)"));

    // Kalle Valo on linux-wireless, 2022-10-05, Message-ID <875ygy67a8.fsf@kernel.org>:
    // "host smtp2.infineon.com[217.10.52.18] said: 550 #5.1.0 Address rejected. (in reply to
    // RCPT TO command)". `#5.1.0` is not of RFC 3463's grammar (class "." subject "." detail).
    let (code, enhanced, _, text) = read("550 #5.1.0 Address rejected.\r\n");
    assert_eq!((code, enhanced.as_str()), (550, ""));
    assert_eq!(text[0], "#5.1.0 Address rejected.");

    // Qualys Security Advisory, "LPE and RCE in OpenSMTPD's default install (CVE-2020-8794)",
    // oss-security, February 2020: an OpenSMTPD server's replies in a session transcript.
    // Older OpenSMTPD wrote a colon after the code (smtp_session.c: "250 %s: %08x Message
    // accepted for delivery"; today "250 %s %08x ..."). RFC 2034 §3: the status code "is
    // always followed by one or more spaces", and Postfix's `dsn_valid` wants a space or the
    // end of the text after it: `2.0.0:` is no enhanced code.
    let (code, enhanced, _, text) = read("250 2.0.0: Ok\r\n");
    assert_eq!((code, enhanced.as_str()), (250, ""));
    assert_eq!(text[0], "2.0.0: Ok");
    let (code, enhanced, _, text) = read("250 2.1.5 Destination address valid: Recipient ok\r\n");
    assert_eq!((code, enhanced.as_str()), (250, "2.1.5"));
    assert_eq!(text[0], "Destination address valid: Recipient ok");
}

#[test]
fn padded_and_empty_lines_and_two_spaces_after_the_code() {
    // Luca F., "How to fix Gmail blocking email from Hover" (lucaf.eu): Gmail's 5.7.26
    // rejection as a Postfix bounce gives it ("said: 550-5.7.26 This mail has been blocked
    // ... 550-5.7.26  550-5.7.26  Authentication results: ..."). Rebuilt line by line: the
    // bounce joins the lines with one space, so `550-5.7.26  550-5.7.26  Authentication` is a
    // line `550-5.7.26 ` (the code and a space) before a line with two spaces after the code.
    // The bounce wraps its text; at the wrap before the URL one space is assumed. The masked
    // parts are as published.
    let wire = "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\r\n\
                550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\r\n\
                550-5.7.26 \r\n\
                550-5.7.26  Authentication results:\r\n\
                550-5.7.26  DKIM = did not pass\r\n\
                550-5.7.26  SPF [lucaf.eu] with ip: [***.***.***.**] = did not pass\r\n\
                550-5.7.26 \r\n\
                550-5.7.26  To mitigate this issue, please visit Gmail's authentication guide\r\n\
                550-5.7.26 for instructions on setting up authentication:\r\n\
                550 5.7.26 https://support.google.com/mail/answer/81126#authentication k33-**************************.*** - gsmtp\r\n";
    let (code, enhanced, lines, text) = read(wire);
    assert_eq!((code, enhanced.as_str(), lines), (550, "5.7.26", 10));
    // The code and the spaces after it are left out, however many; a line of the code alone,
    // padded with a space, is empty text.
    assert_eq!(text[2], "");
    assert_eq!(text[3], "Authentication results:");
    assert_eq!(text[8], "for instructions on setting up authentication:");
    // As received, the lines keep their spaces.
    let parsed = reply(wire);
    let raw: Vec<&[u8]> = parsed.lines().collect();
    assert_eq!(raw[2], b"5.7.26 ");
    assert_eq!(raw[3], b"5.7.26  Authentication results:");
    let status = parsed.enhanced().unwrap();
    assert_eq!(
        (status.class(), status.subject(), status.detail()),
        (5, 7, 26)
    );

    // Empty continuation lines, with and without the space: RFC 5321's grammar makes the text
    // of every line optional (`Reply-code "-" [ textstring ] CRLF`).
    let (_, _, lines, text) = read("250-first\r\n250-\r\n250- \r\n250 last\r\n");
    assert_eq!(lines, 4);
    assert_eq!(text, ["first", "", " ", "last"]);
}
