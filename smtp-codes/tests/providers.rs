//! Providers and their documented codes, found from real replies. Each reply is quoted from the
//! public source named above it; IP addresses are as the source shows them.

use smtp_codes::{EnhancedStatus, Locale, Provider, Reply, VendorCode, VendorStatus};

fn reply(wire: &str) -> Reply<'_> {
    let (reply, used) = Reply::parse(wire.as_bytes()).unwrap_or_else(|e| panic!("{wire:?}: {e}"));
    assert_eq!(used, wire.len());
    reply
}

#[test]
fn microsoft_banned_sending_ip() {
    // The example, with the documentation address of Microsoft's 5.7.606.
    let r = reply("550 5.7.606 Access denied, banned sending IP [203.0.113.5]\r\n");
    let status = r.vendor_status().unwrap();
    assert_eq!(status.id(), "MicrosoftBannedSendingIp");
    assert_eq!(r.provider(), Some(Provider::Microsoft));
    assert_eq!(status.code().to_string(), "5.7.606");
    assert!(matches!(status.code(), VendorCode::Enhanced(_)));
    assert!(status.message(Locale::En).to_lowercase().contains("ip"));
    assert_ne!(status.message(Locale::Tr), status.message(Locale::En));
    assert!(status
        .wording()
        .starts_with("Access denied, banned sending IP"));
    let source = status.references()[0];
    assert!(source
        .url()
        .unwrap()
        .starts_with("https://learn.microsoft.com/"));
    // 5.7.606 is not in the IANA registry: only Microsoft gives it a meaning.
    assert_eq!(status.registry_status(), None);

    // https://pastebin.com/LkiQYSWa, a real reply with Microsoft's host in it.
    let r = reply("550 5.7.606 Access denied, banned sending IP [168.245.63.135]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609) [VE1EUR02FT006.eop-EUR02.prod.protection.outlook.com]\r\n");
    assert_eq!(r.provider(), Some(Provider::Microsoft));
    assert_eq!(
        r.vendor_status().map(VendorStatus::id),
        Some("MicrosoftBannedSendingIp")
    );
}

#[test]
fn gmail_reuses_a_registered_code_with_its_own_meaning() {
    // Google's "SMTP errors and codes" (support.google.com/a/answer/3726730) documents 5.7.27
    // for an SPF failure; its replies end with "- gsmtp" (the page's own example reply:
    // "550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp").
    let gmail =
        "550-5.7.27 This message was blocked because it didn't pass SPF authentication.\r\n\
                 550 5.7.27 Gmail requires bulk email senders to authenticate. a1si42 - gsmtp\r\n";
    let r = reply(gmail);
    assert_eq!(r.provider(), Some(Provider::Google));
    let status = r.vendor_status().unwrap();
    assert_eq!(status.id(), "GoogleSpfFailed");
    assert!(status.explanation(Locale::En).contains("SPF"));
    // The registry's X.7.27 is something else (null MX), and it stays the code's registry entry.
    let registry = r.enhanced().unwrap().status().unwrap();
    assert_eq!(
        registry,
        EnhancedStatus::ALL
            .iter()
            .copied()
            .find(|s| s.to_string() == "X.7.27")
            .unwrap()
    );
    assert_eq!(status.registry_status(), Some(registry));
    assert!(!registry.message(Locale::En).contains("SPF"));

    // The same code from a server nobody knows: only the registry's meaning.
    let unknown =
        reply("550 5.7.27 This message was blocked because it didn't pass SPF authentication.\r\n");
    assert_eq!(unknown.provider(), None);
    assert_eq!(unknown.vendor_status(), None);
    assert_eq!(unknown.enhanced().unwrap().status(), Some(registry));
}

#[test]
fn gmail_mailbox_over_quota() {
    // The example of a Gmail reply: 452 4.2.2 with the "- gsmtp" suffix.
    let r = reply("452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp a1si42 - gsmtp\r\n");
    assert_eq!(r.provider(), Some(Provider::Google));
    assert_eq!(
        r.vendor_status().map(VendorStatus::id),
        Some("GoogleInboxFull")
    );
}

#[test]
fn gmail_several_replies_under_one_code() {
    // support.google.com/a/answer/3726730 lists several 550 5.7.26 replies; the wording tells
    // them apart.
    let r = reply(
        "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n\
                   550 5.7.26 DMARC policy. a1si42 - gsmtp\r\n",
    );
    assert_eq!(
        r.vendor_status().map(VendorStatus::id),
        Some("GoogleDmarcPolicyReject")
    );
    let r = reply(
        "550-5.7.26 This email has been blocked because the sender is unauthenticated.\r\n\
                   550 5.7.26 Gmail requires all senders to authenticate. a1si42 - gsmtp\r\n",
    );
    assert_eq!(
        r.vendor_status().map(VendorStatus::id),
        Some("GoogleUnauthenticatedBlocked")
    );
}

#[test]
fn yahoo_tokens() {
    // https://secuserve.zammad.com/help/en-us/5-f-a-q/397-deferred-yahoo-said-421-4-7-0-tss04
    let r = reply("421 4.7.0 [TSS04] Messages from ********* temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes\r\n");
    assert_eq!(r.provider(), Some(Provider::Yahoo));
    let status = r.vendor_status().unwrap();
    assert_eq!(status.id(), "YahooTss04");
    assert_eq!(status.code(), VendorCode::Token("TSS04"));
    // https://mail.python.org/pipermail/mailman-users/2012-June/073611.html
    let r = reply("421 4.7.0 [TS01] Messages from <OUR_IP_ADDRESS> temporarily deferred due to user complaints -; see http://postmaster.yahoo.com/421-ts01.html\r\n");
    assert_eq!(r.vendor_status().map(VendorStatus::id), Some("YahooTs01"));
}

#[test]
fn providers_recognised_by_their_hosts() {
    // https://gitlab.com/lightmeter/controlcenter/-/issues/664
    let r = reply("554 Blocked - see https://ipcheck.proofpoint.com/?ip=11.22.33.44\r\n");
    assert_eq!(r.provider(), Some(Provider::Proofpoint));
    assert_eq!(r.vendor_status(), None);
    // A reply that names nobody.
    let r = reply("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown\r\n");
    assert_eq!((r.provider(), r.vendor_status()), (None, None));
}

#[test]
fn lookups_from_codes_and_providers() {
    let code = "5.7.1".parse::<smtp_codes::EnhancedStatusCode>().unwrap();
    let entries = code.vendor_statuses();
    assert!(
        entries.len() > 3,
        "several providers document 5.7.1: {entries:?}"
    );
    assert!(entries.iter().all(|e| e.enhanced() == Some(code)));
    assert!(entries.iter().any(|e| e.provider() == Provider::Microsoft));
    assert!(entries.iter().any(|e| e.provider() == Provider::Google));
    for &provider in Provider::ALL {
        assert!(!provider.name().is_empty() && provider.url().starts_with("http"));
        for &status in provider.vendor_statuses() {
            assert_eq!(status.provider(), provider);
            assert!(status.to_string().starts_with(provider.id()));
            for &locale in Locale::ALL {
                assert!(!status.message(locale).is_empty(), "{status} {locale}");
                assert!(
                    !status.sender_advice(locale).is_empty(),
                    "{status} {locale}"
                );
            }
        }
    }
    let total: usize = Provider::ALL
        .iter()
        .map(|p| p.vendor_statuses().len())
        .sum();
    assert_eq!(total, VendorStatus::ALL.len());
}
