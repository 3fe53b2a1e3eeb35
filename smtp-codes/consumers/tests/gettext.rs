//! `smtp-codes/locales/gettext/<tag>.po` compiled the way the README says
//! (`msgfmt -o smtp_codes.mo <tag>.po`, GNU gettext) and the `.mo` read with the `gettext` crate:
//! the msgid is the id (`smtp-550`), each field an entry of its own (`smtp-550.sender`).

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use gettext::Catalog;
use smtp_codes_consumers::{locale_tags, locales_dir, text, texts};

/// `<tag>.po` compiled by `msgfmt` into a temporary folder, and parsed.
fn catalog(tag: &str) -> Catalog {
    // A folder of its own per call: the tests run in parallel and must not read a `.mo` that
    // another one is writing.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, Ordering::Relaxed);
    let po = locales_dir().join("gettext").join(format!("{tag}.po"));
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("gettext")
        .join(format!("{tag}-{}-{call}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mo = dir.join("smtp_codes.mo");
    let status = match Command::new("msgfmt")
        .arg("--check")
        .arg("-o")
        .arg(&mo)
        .arg(&po)
        .status()
    {
        Ok(status) => status,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "`msgfmt` not found: install GNU gettext (Debian: `apt-get install gettext`) to run \
             this test"
        ),
        Err(e) => panic!("cannot run msgfmt: {e}"),
    };
    assert!(status.success(), "msgfmt --check {} failed", po.display());
    let file = std::fs::File::open(&mo).unwrap();
    let catalog = Catalog::parse(file).unwrap_or_else(|e| panic!("{}: {e:?}", mo.display()));
    std::fs::remove_dir_all(&dir).unwrap();
    catalog
}

/// The msgid of a field: the message id, or `id.field`.
fn msgid(id: &str, field: &str) -> String {
    if field == "message" {
        id.to_owned()
    } else {
        format!("{id}.{field}")
    }
}

/// A lookup through a chain of catalogs: gettext gives the msgid back when a catalog has no
/// translation, so the next catalog (English last) is asked.
fn lookup<'a>(chain: &'a [&'a Catalog], msgid: &'a str) -> &'a str {
    chain
        .iter()
        .map(|catalog| catalog.gettext(msgid))
        .find(|text| *text != msgid)
        .unwrap_or(msgid)
}

#[test]
fn smtp_550_and_its_sender_in_turkish_and_german() {
    let tr = catalog("tr");
    let de = catalog("de");
    assert_eq!(
        tr.gettext("smtp-550"),
        "İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor"
    );
    assert_eq!(
        de.gettext("smtp-550"),
        "Angeforderte Aktion nicht ausgeführt: Postfach nicht verfügbar"
    );
    assert_eq!(
        tr.gettext("smtp-550.sender"),
        text("tr", "smtp-550", "sender")
    );
    assert_eq!(
        de.gettext("smtp-550.sender"),
        text("de", "smtp-550", "sender")
    );
    assert!(de
        .gettext("smtp-550.sender")
        .starts_with("Prüfen Sie die Adresse auf Tippfehler"));
    assert_eq!(
        catalog("en").gettext("smtp-550.sender"),
        text("en", "smtp-550", "sender")
    );
}

#[test]
fn a_text_german_lacks_is_absent_and_english_stands_in() {
    let de = catalog("de");
    let en = catalog("en");
    // Absent from the catalog: gettext answers with the msgid itself.
    assert_eq!(de.gettext("smtp-550.described-as"), "smtp-550.described-as");
    assert_eq!(
        lookup(&[&de, &en], "smtp-550.described-as"),
        "Requested action not taken: mailbox unavailable"
    );
    assert_eq!(
        lookup(&[&de, &en], "smtp-550.sender"),
        text("de", "smtp-550", "sender")
    );
}

#[test]
fn every_text_of_every_locale_comes_back_exact() {
    let english = texts("en");
    let en = catalog("en");
    for tag in &locale_tags() {
        let own_catalog = catalog(tag);
        let own = texts(tag);
        let mut checked = 0;
        for (id, fields) in &english {
            for (field, english_text) in fields {
                let msgid = msgid(id, field);
                match own.get(id).and_then(|f| f.get(field)) {
                    Some(expected) => assert_eq!(own_catalog.gettext(&msgid), expected, "{tag}"),
                    None => assert_eq!(own_catalog.gettext(&msgid), msgid, "{tag}: untranslated"),
                }
                let expected = own
                    .get(id)
                    .and_then(|f| f.get(field))
                    .unwrap_or(english_text);
                assert_eq!(
                    lookup(&[&own_catalog, &en], &msgid),
                    expected,
                    "{tag}: {msgid}"
                );
                checked += 1;
            }
        }
        for (id, fields) in &own {
            for field in fields.keys() {
                assert!(english[id].contains_key(field), "{tag}: {id}.{field}");
            }
        }
        assert!(checked > 600, "{tag}: only {checked} texts");
    }
}
