//! `cargo xtask browser-test` and `cargo xtask screenshots`: the generated site in a real,
//! headless Chromium, from `file://`, with nothing but what is on disk.
//!
//! The browser test drives Chromium through chromedriver's WebDriver protocol, spoken over a
//! plain HTTP/1.1 connection to 127.0.0.1 (a few JSON requests: no client library needed). It
//! ends with an accessibility check: axe-core (from npm, pinned in `xtask/axe/package.json`,
//! installed with `npm ci` there) is injected into pages of the site through the same session
//! and run with the WCAG 2.1 A/AA and best-practice rules, in light and in dark mode.

use serde_json::{json, Value};
use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The flags that keep a headless Chromium quiet, local and reproducible.
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
];

/// The Chromium binary: `$CHROMIUM`, else `chromium` (Debian's package).
pub fn chromium() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_owned())
}

/// A fresh, empty profile folder.
fn profile(name: &str) -> io::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("smtp-codes-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The pages `cargo xtask screenshots` takes: (page under docs/, window size, file name).
pub const SCREENSHOTS: &[(&str, &str, &str)] = &[
    ("en/index.html", "1280,2200", "en-index.png"),
    ("tr/550.html", "1280,1500", "tr-550.png"),
    ("de/x-7-1.html", "1280,1500", "de-x-7-1.png"),
    ("en/index.html", "390,1400", "en-index-phone.png"),
    ("de/x-7-1.html", "390,1400", "de-x-7-1-phone.png"),
    (
        "en/provider-yahoo.html",
        "1280,1800",
        "en-provider-yahoo.png",
    ),
    (
        "de/microsoft-5-7-606.html",
        "1280,1500",
        "de-microsoft-5-7-606.png",
    ),
    (
        "tr/provider-microsoft.html",
        "390,1400",
        "tr-provider-microsoft-phone.png",
    ),
    (
        "tr/reason-userunknown.html",
        "1280,2400",
        "tr-reason-userunknown.png",
    ),
];

/// Takes the screenshots into `out`; returns the files written.
pub fn screenshots(root: &Path, out: &Path) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut written = Vec::new();
    for (page, size, name) in SCREENSHOTS {
        let target = out.join(name);
        let profile = profile("screenshot").map_err(|e| e.to_string())?;
        let status = Command::new(chromium())
            .args(CHROMIUM_FLAGS)
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--window-size={size}"))
            .arg(format!("--screenshot={}", target.display()))
            .arg(file_url(&root.join("docs").join(page)))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| {
                format!(
                    "cannot run {}: {e} (install Debian's `chromium`)",
                    chromium()
                )
            })?;
        let _ = std::fs::remove_dir_all(&profile);
        if !status.success() || !target.exists() {
            return Err(format!("chromium could not take {}", target.display()));
        }
        written.push(target);
    }
    Ok(written)
}

/// A chromedriver this process started; stopped on drop.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    fn start() -> Result<Driver, String> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned());
        let child = Command::new(&binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                format!("cannot run {binary}: {e} (install Debian's `chromium-driver`)")
            })?;
        let driver = Driver { child, port };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(status) = driver.request("GET", "/status", None) {
                if status["value"]["ready"] == true {
                    return Ok(driver);
                }
            }
            if Instant::now() > deadline {
                return Err("chromedriver did not get ready within 20 s".to_owned());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// One WebDriver request; the parsed JSON answer, or its error message.
    fn request(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
        let body = body.map(Value::to_string).unwrap_or_default();
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).map_err(|e| e.to_string())?;
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .map_err(|e| e.to_string())?;
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            body.len()
        )
        .map_err(|e| e.to_string())?;
        let payload = read_response(&mut stream).map_err(|e| format!("{method} {path}: {e}"))?;
        let value: Value = serde_json::from_str(&payload)
            .map_err(|e| format!("{method} {path}: {e}: {payload}"))?;
        if let Some(error) = value["value"]["error"].as_str() {
            return Err(format!(
                "{method} {path}: {error}: {}",
                value["value"]["message"].as_str().unwrap_or("")
            ));
        }
        Ok(value)
    }
}

/// Reads one HTTP response's body: by its Content-Length, or its chunks, or to the end.
fn read_response(stream: &mut TcpStream) -> io::Result<String> {
    let mut data = Vec::new();
    let mut buffer = [0u8; 8192];
    let header_end = loop {
        if let Some(at) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let read = stream.read(&mut buffer)?;
        if read == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "no HTTP header",
            ));
        }
        data.extend_from_slice(&buffer[..read]);
    };
    let head = String::from_utf8_lossy(&data[..header_end]).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    let chunked = head.contains("transfer-encoding: chunked");
    loop {
        let body = &data[header_end..];
        let done = match length {
            Some(length) => body.len() >= length,
            None if chunked => body.ends_with(b"0\r\n\r\n"),
            None => false,
        };
        if done {
            break;
        }
        let read = stream.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        data.extend_from_slice(&buffer[..read]);
    }
    let body = String::from_utf8_lossy(&data[header_end..]).into_owned();
    Ok(if chunked { dechunk(&body) } else { body })
}

fn dechunk(payload: &str) -> String {
    let mut out = String::new();
    let mut rest = payload;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 || after.len() < size {
            break;
        }
        out.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    out
}

/// A browser session; deleted on drop.
struct Session<'d> {
    driver: &'d Driver,
    id: String,
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        let _ = self
            .driver
            .request("DELETE", &format!("/session/{}", self.id), None);
    }
}

impl<'d> Session<'d> {
    fn new(driver: &'d Driver, profile: &Path) -> Result<Session<'d>, String> {
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| (*s).to_owned()).collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.push("--window-size=1280,1000".to_owned());
        let mut options = json!({ "args": args });
        let binary = chromium();
        if let Some(path) = which(&binary) {
            options["binary"] = json!(path);
        }
        let answer = driver.request(
            "POST",
            "/session",
            Some(&json!({ "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": options,
            }}})),
        )?;
        let id = answer["value"]["sessionId"]
            .as_str()
            .ok_or("no session id")?
            .to_owned();
        Ok(Session { driver, id })
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let answer = self.driver.request(
            method,
            &format!("/session/{}{path}", self.id),
            body.as_ref(),
        )?;
        Ok(answer["value"].clone())
    }

    fn open(&self, url: &str) -> Result<(), String> {
        self.call("POST", "/url", Some(json!({ "url": url })))
            .map(drop)
    }

    fn script(&self, script: &str) -> Result<Value, String> {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": [] })),
        )
    }

    /// Runs a script with arguments (`arguments[0]`, ...).
    fn script_with(&self, script: &str, args: Value) -> Result<Value, String> {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": args })),
        )
    }

    /// Runs an asynchronous script: it ends by calling its last argument with the result.
    fn script_async(&self, script: &str) -> Result<Value, String> {
        self.call(
            "POST",
            "/execute/async",
            Some(json!({ "script": script, "args": [] })),
        )
    }

    /// Emulates `prefers-color-scheme` (Chrome DevTools Protocol, through chromedriver); it
    /// holds for the pages opened after it.
    fn color_scheme(&self, scheme: &str) -> Result<(), String> {
        self.call(
            "POST",
            "/goog/cdp/execute",
            Some(json!({
                "cmd": "Emulation.setEmulatedMedia",
                "params": { "features": [{ "name": "prefers-color-scheme", "value": scheme }] },
            })),
        )
        .map(drop)
    }

    fn find(&self, css: &str) -> Result<String, String> {
        let element = self.call(
            "POST",
            "/element",
            Some(json!({ "using": "css selector", "value": css })),
        )?;
        element
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| format!("no element {css}"))
    }

    fn type_into(&self, css: &str, text: &str) -> Result<(), String> {
        let element = self.find(css)?;
        self.call(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({ "text": text })),
        )
        .map(drop)
    }

    fn click(&self, css: &str) -> Result<(), String> {
        let element = self.find(css)?;
        self.call(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        )
        .map(drop)
    }

    /// Presses and releases Tab, as a keyboard user moves to the next control.
    fn press_tab(&self) -> Result<(), String> {
        let tab = "\u{E004}";
        self.call(
            "POST",
            "/actions",
            Some(json!({ "actions": [{
                "type": "key",
                "id": "keyboard",
                "actions": [{ "type": "keyDown", "value": tab }, { "type": "keyUp", "value": tab }],
            }]})),
        )
        .map(drop)
    }

    fn url(&self) -> Result<String, String> {
        Ok(self
            .call("GET", "/url", None)?
            .as_str()
            .unwrap_or("")
            .to_owned())
    }

    /// Waits until the current URL ends with `suffix`.
    fn wait_for_url(&self, suffix: &str) -> Result<String, String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let url = self.url()?;
            if url.ends_with(suffix) {
                return Ok(url);
            }
            if Instant::now() > deadline {
                return Err(format!("expected a URL ending in {suffix}, got {url}"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

fn which(binary: &str) -> Option<String> {
    if binary.contains('/') {
        return Some(binary.to_owned());
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(binary))
            .find(|path| path.is_file())
            .map(|path| path.display().to_string())
    })
}

/// Outcome of one check of the browser test.
pub struct Check {
    /// What was checked.
    pub name: String,
    /// `Ok` or what went wrong.
    pub result: Result<(), String>,
}

const VISIBLE_ROWS: &str = "return Array.from(document.querySelectorAll('tr[data-codes]'))\
    .filter(function (r) { return r.offsetParent !== null; })\
    .map(function (r) { return r.getAttribute('data-codes'); });";

/// The links of the rows the filter leaves visible, registry rows and providers' rows alike:
/// `x-1-1.html`, `microsoft-5-7-606.html`.
const VISIBLE_LINKS: &str = "return Array.from(document.querySelectorAll('tr[data-codes]'))\
    .filter(function (r) { return r.offsetParent !== null; })\
    .map(function (r) { return r.querySelector('a').getAttribute('href'); });";

/// Opens `index` afresh, types `text` into the filter and returns the links of the visible rows.
fn filtered(session: &Session<'_>, index: &Path, text: &str) -> Result<Vec<String>, String> {
    session.open(&file_url(index))?;
    session.type_into("#filter", text)?;
    let links = session.script(VISIBLE_LINKS)?;
    Ok(links
        .as_array()
        .ok_or("no rows")?
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect())
}

/// Runs the browser test on the site under `root/docs`; one [`Check`] per step.
pub fn browser_test(root: &Path) -> Result<Vec<Check>, String> {
    let index = root.join("docs/en/index.html");
    if !index.exists() {
        return Err(format!(
            "{} is missing: run `cargo xtask gen`",
            index.display()
        ));
    }
    let driver = Driver::start()?;
    let profile = profile("browser-test").map_err(|e| e.to_string())?;
    let session = Session::new(&driver, &profile)?;
    let mut checks = Vec::new();
    let mut check = |name: &str, result: Result<(), String>| {
        let failed = result.is_err();
        checks.push(Check {
            name: name.to_owned(),
            result,
        });
        !failed
    };

    let ok = check(
        "the English index opens from disk with its filter box shown",
        (|| {
            session.open(&file_url(&index))?;
            let shown = session.script(
            "return !document.getElementById('filter-box').hidden && document.documentElement.lang;",
        )?;
            (shown == "en")
                .then_some(())
                .ok_or(format!("filter box or lang wrong: {shown}"))
        })(),
    );
    if ok {
        let all = session.script(VISIBLE_ROWS)?;
        let total = all.as_array().map_or(0, Vec::len);
        check(
            "typing 5.1.1 narrows the list to the X.1.1 row and the providers' 5.1.1 rows",
            (|| {
                session.type_into("#filter", "5.1.1")?;
                let rows = session.script(VISIBLE_ROWS)?;
                let rows: Vec<&str> = rows
                    .as_array()
                    .ok_or("no rows")?
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                let status = session
                    .script("return document.getElementById('filter-status').textContent;")?;
                // The registry's row first, then the entries providers document as 5.1.1.
                if rows.first() != Some(&"x.1.1 2.1.1 4.1.1 5.1.1")
                    || rows.len() < 2
                    || rows[1..].iter().any(|r| *r != "5.1.1")
                {
                    return Err(format!("visible rows: {rows:?} (of {total})"));
                }
                if !status
                    .as_str()
                    .unwrap_or("")
                    .starts_with(&format!("{} of ", rows.len()))
                {
                    return Err(format!("status line: {status}"));
                }
                Ok(())
            })(),
        );
        check(
            "following the row's link opens the page of X.1.1",
            (|| {
                session.click("tr[data-codes~='5.1.1'] a")?;
                session.wait_for_url("/docs/en/x-1-1.html")?;
                let h1 = session.script("return document.querySelector('h1').textContent;")?;
                h1.as_str()
                    .unwrap_or("")
                    .contains("X.1.1")
                    .then_some(())
                    .ok_or(format!("h1: {h1}"))
            })(),
        );
        check(
            "switching to Türkçe lands on the Turkish page of the same code",
            (|| {
                session.click("nav.langs a[hreflang='tr']")?;
                session.wait_for_url("/docs/tr/x-1-1.html")?;
                let state = session.script(
                "return document.documentElement.lang + ' ' + document.querySelector('h1 code').textContent;",
            )?;
                (state == "tr X.1.1")
                    .then_some(())
                    .ok_or(format!("lang and code: {state}"))
            })(),
        );
        check(
            "a word filters too, and clearing the box shows every row again",
            (|| {
                session.open(&file_url(&root.join("docs/de/index.html")))?;
                session.type_into("#filter", "postfach")?;
                let some = session.script(VISIBLE_ROWS)?.as_array().map_or(0, Vec::len);
                let de_total =
                    session.script("return document.querySelectorAll('tr[data-codes]').length;")?;
                session.script("var f = document.getElementById('filter'); f.value = ''; f.dispatchEvent(new Event('input')); return 0;")?;
                let all = session.script(VISIBLE_ROWS)?.as_array().map_or(0, Vec::len);
                if some == 0
                    || Some(some as u64) >= de_total.as_u64()
                    || Some(all as u64) != de_total.as_u64()
                {
                    return Err(format!(
                        "postfach: {some}, after clearing: {all}, total {de_total}"
                    ));
                }
                Ok(())
            })(),
        );
        check(
            "Tab goes through the figure's links in reading order",
            (|| {
                session.open(&file_url(&index))?;
                session.script(
                    "document.querySelector('nav.langs li:last-child a').focus(); return 0;",
                )?;
                let mut reached = Vec::new();
                for _ in 0..4 {
                    session.press_tab()?;
                    let href = session.script(
                        "var a = document.activeElement; \
                         return a && a.closest('.anatomy') ? a.getAttribute('href') : String(a && a.outerHTML).slice(0, 80);",
                    )?;
                    reached.push(href.as_str().unwrap_or("?").to_owned());
                }
                (reached == ["550.html", "5-x-x.html", "x-1-x.html", "x-1-1.html"])
                    .then_some(())
                    .ok_or(format!("focus went to {reached:?}"))
            })(),
        );
        check(
            "typing 5.7.606 leaves Microsoft's 5.7.606 row, and its link opens its page",
            (|| {
                let links = filtered(&session, &index, "5.7.606")?;
                if links != ["microsoft-5-7-606.html"] {
                    return Err(format!("visible rows: {links:?}"));
                }
                session.click("tr[data-codes='5.7.606'] a")?;
                session.wait_for_url("/docs/en/microsoft-5-7-606.html")?;
                let h1 = session.script("return document.querySelector('h1 code').textContent;")?;
                (h1 == "5.7.606").then_some(()).ok_or(format!("h1: {h1}"))
            })(),
        );
        check(
            "typing TSS04 leaves Yahoo's TSS04 row",
            (|| {
                let links = filtered(&session, &index, "TSS04")?;
                (links == ["yahoo-tss04.html"])
                    .then_some(())
                    .ok_or(format!("visible rows: {links:?}"))
            })(),
        );
        check(
            "a pasted Yahoo reply shows 421, X.7.0 and TSS04, and no other provider's row",
            (|| {
                let links = filtered(
                    &session,
                    &index,
                    "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints",
                )?;
                let expected = ["421.html", "x-7-0.html", "yahoo-tss04.html"];
                (links == expected)
                    .then_some(())
                    .ok_or(format!("visible rows: {links:?}, expected {expected:?}"))
            })(),
        );
        check(
            "a code's page links its usual reason, whose page lists the code back",
            (|| {
                session.open(&file_url(&root.join("docs/en/x-1-1.html")))?;
                session.click("p.usual-reason a")?;
                session.wait_for_url("/docs/en/reason-userunknown.html")?;
                let state = session.script(
                    "return document.querySelector('h1 code').textContent + ' ' + \
                     !!document.querySelector('.rules-status a[href=\"x-1-1.html\"]');",
                )?;
                (state == "userunknown true")
                    .then_some(())
                    .ok_or(format!("h1 and link back: {state}"))
            })(),
        );
        check(
            "the explain box on the index explains a pasted Postfix line, with links to the codes and the reason",
            (|| {
                session.open(&file_url(&index))?;
                session.type_into(
                    "#explain-input",
                    "Jan  1 00:00:00 mx postfix/smtp[1]: 0A1B2C: to=<a@example.com>, relay=mx.example.com[192.0.2.1]:25, \
                     dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: \
                     Recipient address rejected: User unknown (in reply to RCPT TO command))",
                )?;
                session.click("#explain-form button")?;
                let shown = session.script(
                    "var r = document.getElementById('explain-results'); \
                     return [r.getAttribute('aria-live'), r.querySelectorAll('article').length, \
                       Array.from(r.querySelectorAll('article a')).map(function (a) { return a.getAttribute('href'); }).join(' '), \
                       r.querySelector('dd.hard') ? 'hard' : 'soft'];",
                )?;
                (shown == json!(["polite", 1, "550.html x-1-1.html reason-userunknown.html", "hard"]))
                    .then_some(())
                    .ok_or(format!("results: {shown}"))
            })(),
        );
        check(
            "the explain page says in German that a text without a reply holds none (Ctrl+Enter)",
            (|| {
                session.open(&file_url(&root.join("docs/de/explain.html")))?;
                session.type_into("#explain-input", "nothing here\u{E009}\u{E007}\u{E009}")?;
                let said = session
                    .script("return document.getElementById('explain-results').textContent;")?;
                said.as_str()
                    .unwrap_or("")
                    .starts_with("Keine SMTP-Antwort")
                    .then_some(())
                    .ok_or(format!("results: {said}"))
            })(),
        );
        check(
            "every resource the pages loaded came from disk",
            (|| {
                let urls = session.script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });",
            )?;
                let outside: Vec<&str> = urls
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .filter(|u| !u.starts_with("file://"))
                            .collect()
                    })
                    .unwrap_or_default();
                outside
                    .is_empty()
                    .then_some(())
                    .ok_or(format!("loaded from elsewhere: {outside:?}"))
            })(),
        );
    }
    let sources = codegen::Sources::read(root).map_err(|e| e.to_string())?;
    let data = codegen::load(&sources).map_err(|e| e.to_string())?;
    match crate::agree::cases(root) {
        Err(err) => {
            check("the shared test cases are read", Err(err));
        }
        Ok(cases) => {
            for tag in data.locales.iter().map(|l| &l.tag) {
                let (summary, result) = agreement(&session, root, tag, "shared", &cases);
                check(&summary, result);
            }
        }
    }
    let built = crate::agree::data_cases(&data);
    let (summary, result) = agreement(&session, root, "en", "built from the data", &built);
    check(&summary, result);
    match axe_source(root) {
        Err(err) => {
            check("axe-core is installed", Err(err));
        }
        Ok(axe) => {
            session.call("POST", "/timeouts", Some(json!({ "script": 120_000 })))?;
            for scheme in ["light", "dark"] {
                session.color_scheme(scheme)?;
                for tag in data.locales.iter().map(|l| &l.tag) {
                    for page in AXE_PAGES {
                        let path = root.join("docs").join(tag).join(page);
                        check(
                            &format!("axe: no violation on docs/{tag}/{page} ({scheme})"),
                            axe_check(&session, &path, &axe, scheme),
                        );
                    }
                }
            }
            session.color_scheme("light")?;
        }
    }
    drop(session);
    let _ = std::fs::remove_dir_all(&profile);
    Ok(checks)
}

/// The explain box's answers for every shared case on `docs/<tag>/explain.html`, compared with
/// the command's `--json` output in the same locale: the check's name (with the counts) and
/// its result.
fn agreement(
    session: &Session<'_>,
    root: &Path,
    tag: &str,
    what: &str,
    cases: &[crate::agree::Case],
) -> (String, Result<(), String>) {
    let locale: smtp_codes::Locale = match tag.parse() {
        Ok(locale) => locale,
        Err(e) => {
            return (
                format!("the crate knows the locale {tag}"),
                Err(e.to_string()),
            )
        }
    };
    let command: Vec<Vec<Value>> = cases
        .iter()
        .map(|case| crate::agree::command_answer(&case.text, locale))
        .collect();
    let replies: usize = command.iter().map(Vec::len).sum();
    let name = format!(
        "explain box = command on all {} cases {what} ({} replies, {} fields each) in {tag}",
        cases.len(),
        replies,
        crate::agree::FIELDS.len()
    );
    let result = (|| {
        session.open(&file_url(&root.join("docs").join(tag).join("explain.html")))?;
        let texts: Vec<&str> = cases.iter().map(|c| c.text.as_str()).collect();
        let page = session.script_with(
            "return arguments[0].map(function (t) { return window.smtpCodesExplain(t); });",
            json!([texts]),
        )?;
        let page = page.as_array().ok_or("the page gave no answers")?;
        if page.len() != cases.len() {
            return Err(format!("{} answers for {} cases", page.len(), cases.len()));
        }
        let mut lines = Vec::new();
        for ((case, command), page) in cases.iter().zip(&command).zip(page) {
            lines.extend(crate::agree::differences(case, command, page));
        }
        if replies == 0 {
            return Err("the command found no reply in any case".to_owned());
        }
        if lines.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{} difference(s):\n  {}",
                lines.len(),
                lines.join("\n  ")
            ))
        }
    })();
    (name, result)
}

/// The pages axe checks, in every locale of `data/locales.csv`: the index, the explain page
/// (with a reply explained, so that its results are checked too), one page of each kind of
/// code (reply code, class, subject, status; X.7.1 lists many providers' entries), a
/// provider's page, a provider's entry and a bounce reason's page (userunknown has rules of
/// every kind).
pub const AXE_PAGES: &[&str] = &[
    "index.html",
    "explain.html",
    "550.html",
    "5-x-x.html",
    "x-1-x.html",
    "x-1-1.html",
    "x-7-1.html",
    "provider-microsoft.html",
    "microsoft-5-7-606.html",
    "reason-userunknown.html",
];

/// The axe-core rule tags run: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices.
pub const AXE_TAGS: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/// axe-core's script, as `npm ci` in `xtask/axe/` installs it.
fn axe_source(root: &Path) -> Result<String, String> {
    let path = root.join("xtask/axe/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "{}: {e} (run `npm ci --prefix xtask/axe` to install axe-core)",
            path.display()
        )
    })
}

/// Opens `page`, injects axe-core and runs it; every violation, one line per element:
/// `rule (impact) at target: help`.
fn axe_check(session: &Session<'_>, page: &Path, axe: &str, scheme: &str) -> Result<(), String> {
    session.open(&file_url(page))?;
    let dark =
        session.script("return window.matchMedia('(prefers-color-scheme: dark)').matches;")?;
    if dark != (scheme == "dark") {
        return Err(format!("the page is not in {scheme} mode"));
    }
    if page.ends_with("explain.html") {
        // Two replies explained, one from a recognised provider, so that the results are checked.
        session.script(
            "var i = document.getElementById('explain-input');\
             i.value = '550 5.7.606 Access denied, banned sending IP [203.0.113.5]\\n\
             Diagnostic-Code: smtp; 452 4.2.2 Mailbox full';\
             document.querySelector('#explain-form button').click(); return 0;",
        )?;
    }
    let injected = session.script(&format!("{axe}\n;return typeof axe.run;"))?;
    if injected != "function" {
        return Err(format!("axe-core did not load: {injected}"));
    }
    let options = json!({
        "runOnly": { "type": "tag", "values": AXE_TAGS },
        "resultTypes": ["violations"],
    });
    let result = session.script_async(&format!(
        "var done = arguments[arguments.length - 1];\
         axe.run(document, {options}).then(function (r) {{\
           done({{ violations: r.violations.map(function (v) {{\
             return {{ id: v.id, impact: v.impact, help: v.help,\
               targets: v.nodes.map(function (n) {{ return n.target.join(' '); }}) }};\
           }}), passes: r.passes.length }});\
         }}, function (e) {{ done({{ error: String(e) }}); }});"
    ))?;
    if let Some(error) = result["error"].as_str() {
        return Err(format!("axe.run failed: {error}"));
    }
    if result["passes"].as_u64().unwrap_or(0) == 0 {
        return Err("axe checked nothing".to_owned());
    }
    let violations = result["violations"].as_array().ok_or("no axe result")?;
    let mut lines = Vec::new();
    for violation in violations {
        let targets = violation["targets"].as_array().cloned().unwrap_or_default();
        for target in targets {
            lines.push(format!(
                "{} ({}) at {}: {}",
                violation["id"].as_str().unwrap_or("?"),
                violation["impact"].as_str().unwrap_or("?"),
                target.as_str().unwrap_or("?"),
                violation["help"].as_str().unwrap_or(""),
            ));
        }
    }
    if lines.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} violation(s) of {} rule(s):\n  {}",
            lines.len(),
            violations.len(),
            lines.join("\n  ")
        ))
    }
}
