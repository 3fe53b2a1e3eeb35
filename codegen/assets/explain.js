// The explain box: finds the SMTP replies in pasted text and explains each one, in the page's
// language, exactly as the smtp-codes crate and its `smtp-codes explain` command do. It reads the
// tables of explain-data.js and the texts of explain-<tag>.js (both generated from the same
// data as the crate's tables) and sends nothing anywhere. Without this script the box stays
// hidden.
//
// The algorithm is the crate's, step by step, on the UTF-8 bytes of the text (byte offsets,
// ASCII case folding and word tests as in Rust):
// - finding replies: smtp-codes/src/bin/smtp-codes/find.rs (LineReader, Finder);
// - a line: reason.rs `classify_line` (find_code, strip_trailers); a multi-line reply:
//   `Reply::parse`'s rules as far as the finder's wire can break them;
// - said.rs: the qmail `#5.1.1` fallback;
// - vendor.rs: recognition rules first-match in data order, vendor entries scored
//   (token or phrase 3, code with phrase 2, bare code 1; then rank; then data order);
// - reason.rs `classify`: vendor entry > strong registry reason > longest text pattern (ties:
//   earliest end, then lowest pattern index) > weak registry reason > reply code > undefined;
//   hard by the reason, else by the code (5yz hard).
// `cargo xtask browser-test` checks every shared test case against the crate.
(function () {
  "use strict";
  var D = window.smtpCodesData;
  var T = window.smtpCodesTexts;
  if (!D || !T) return;

  var MAX_LINE = 64 * 1024; // find.rs MAX_LINE
  var REPLY_MAX_LINE_LEN = 8192; // ReplyParser::DEFAULT_MAX_LINE_LEN
  var REPLY_MAX_LINES = 1024; // ReplyParser::DEFAULT_MAX_LINES
  var SP = 32, TAB = 9, CR = 13, LF = 10, HYPHEN = 45, DOT = 46, HASH = 35, OPEN = 40, CLOSE = 41;
  var encoder = new TextEncoder();
  var decoder = new TextDecoder("utf-8");
  var EMPTY = new Uint8Array(0);

  function bytes(text) { return encoder.encode(text); }
  function isDigit(b) { return b >= 48 && b <= 57; }
  function isAlnum(b) { return isDigit(b) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122); }
  // u8::is_ascii_whitespace
  function isBlank(b) { return b === SP || b === TAB || b === LF || b === 12 || b === CR; }
  function lowerByte(b) { return b >= 65 && b <= 90 ? b + 32 : b; }
  function trimStart(a) {
    var i = 0;
    while (i < a.length && isBlank(a[i])) i++;
    return a.subarray(i);
  }
  function trimEnd(a) {
    var j = a.length;
    while (j > 0 && isBlank(a[j - 1])) j--;
    return a.subarray(0, j);
  }
  function lower(a) {
    var out = new Uint8Array(a.length);
    for (var i = 0; i < a.length; i++) out[i] = lowerByte(a[i]);
    return out;
  }
  function join(parts, separator) {
    var length = 0;
    parts.forEach(function (p, i) { length += p.length + (i > 0 && separator !== null ? 1 : 0); });
    var out = new Uint8Array(length);
    var at = 0;
    parts.forEach(function (p, i) {
      if (i > 0 && separator !== null) out[at++] = separator;
      out.set(p, at);
      at += p.length;
    });
    return out;
  }
  // The first occurrence of `needle` in `hay` from `from`, or -1.
  function find(hay, needle, from) {
    outer: for (var i = from || 0; i + needle.length <= hay.length; i++) {
      for (var j = 0; j < needle.length; j++) {
        if (hay[i + j] !== needle[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  // ---- codes (reply_code.rs, enhanced.rs) ----

  // ReplyCode::parse_bytes of a[i..i + 3]: first digit 2 to 5, then two digits.
  function replyCodeAt(a, i) {
    if (i + 3 > a.length) return null;
    var c = a[i], d = a[i + 1], u = a[i + 2];
    if (!(c >= 50 && c <= 53) || !isDigit(d) || !isDigit(u)) return null;
    return (c - 48) * 100 + (d - 48) * 10 + (u - 48);
  }
  // enhanced.rs `digits`: one to three digits at `at`.
  function digits(a, at) {
    var value = 0, i = at;
    while (i < a.length && isDigit(a[i])) {
      if (i - at === 3) return null;
      value = value * 10 + a[i] - 48;
      i++;
    }
    return i === at ? null : { value: value, end: i };
  }
  // EnhancedStatusCode::scan: class "." subject "." detail at the start of `a`.
  function scan(a) {
    if (a.length < 2 || !(a[0] === 50 || a[0] === 52 || a[0] === 53) || a[1] !== DOT) return null;
    var subject = digits(a, 2);
    if (!subject || subject.end >= a.length || a[subject.end] !== DOT) return null;
    var detail = digits(a, subject.end + 1);
    if (!detail) return null;
    return { cls: a[0] - 48, subject: subject.value, detail: detail.value, end: detail.end };
  }
  // EnhancedStatusCode::parse_bytes: the whole of `a`.
  function parseEnhanced(a) {
    var found = scan(a);
    return found && found.end === a.length ? found : null;
  }
  function enhancedString(e) { return e.cls + "." + e.subject + "." + e.detail; }
  function statusKey(e) { return e.subject + "." + e.detail; }

  // ---- what a server said (said.rs) ----

  // The first `#class.subject.detail` in `line` whose class is the reply's first digit.
  function hashCode(line, code) {
    for (var i = 0; i < line.length; i++) {
      if (line[i] !== HASH) continue;
      var rest = line.subarray(i + 1);
      var end = 0;
      while (end < rest.length && (isDigit(rest[end]) || rest[end] === DOT)) end++;
      var found = parseEnhanced(rest.subarray(0, end));
      if (found && found.cls === Math.floor(code / 100)) return found;
    }
    return null;
  }

  // Said::of: the lines of a parsed reply (their text after the code and separator).
  function saidOfReply(code, enhanced, lines) {
    if (!enhanced) {
      for (var i = 0; i < lines.length && !enhanced; i++) enhanced = hashCode(lines[i], code);
    }
    return { code: code, enhanced: enhanced, lines: lines };
  }
  // Said::line: one flattened line.
  function saidOfLine(code, enhanced, text) {
    return { code: code, enhanced: enhanced || hashCode(text, code), lines: [text] };
  }

  // ---- providers (vendor.rs) ----

  var keyBytes = D.keys.map(function (k) { return bytes(k[0]); });
  var ruleBytes = D.rules.map(function (r) { return r[1] === "ends_with" ? bytes(r[2]) : null; });
  var patternBytes = D.patterns.map(function (p) { return bytes(p[0]); });

  // Whether line[start..end] touches no letter or digit on either side.
  function standsAlone(line, start, end) {
    var touches = (start > 0 && isAlnum(line[start - 1])) || (end < line.length && isAlnum(line[end]));
    return !touches;
  }
  // Found::scan: every text key found in the lines (a token only where it stands alone).
  function scanKeys(said) {
    var found = [];
    said.lines.forEach(function (line) {
      var low = lower(line);
      keyBytes.forEach(function (key, k) {
        if (found[k] || key.length === 0) return;
        for (var at = find(low, key, 0); at !== -1; at = find(low, key, at + 1)) {
          if (!D.keys[k][1] || standsAlone(line, at, at + key.length)) {
            found[k] = true;
            return;
          }
        }
      });
    });
    return found;
  }
  // Said::recognised_provider: the first rule, in data order, that matches.
  function recognisedProvider(said, found) {
    var last = trimEnd(said.lines[said.lines.length - 1] || EMPTY);
    for (var i = 0; i < D.rules.length; i++) {
      var rule = D.rules[i];
      var matched;
      if (rule[1] === "contains") {
        matched = !!found[rule[2]];
      } else {
        var pattern = ruleBytes[i];
        matched = last.length >= pattern.length;
        for (var j = 0; matched && j < pattern.length; j++) {
          matched = lowerByte(last[last.length - pattern.length + j]) === lowerByte(pattern[j]);
        }
      }
      if (matched) return rule[0];
    }
    return null;
  }
  // Said::vendor_status.
  function vendorStatus(said, found, provider) {
    var best = null;
    function consider(index) {
      var v = D.vendor[index];
      if (!(v.provider === provider || (provider === null && v.standalone))) return;
      var matched, score;
      if (v.kind === "enhanced") { matched = true; score = 1; }
      else if (v.kind === "reply") { matched = v.key === said.code; score = 1; }
      else { matched = !!found[v.key]; score = 3; }
      if (!matched) return;
      if (v.phrase !== null) {
        if (!found[v.phrase]) return;
        score = Math.max(score, 2);
      }
      if (best === null || score > best.score || (score === best.score && v.rank > best.rank)) {
        best = { score: score, rank: v.rank, index: index };
      }
    }
    if (said.enhanced) (D.byEnhanced[enhancedString(said.enhanced)] || []).forEach(consider);
    D.textKeyed.forEach(consider);
    return best === null ? null : best.index;
  }

  // ---- reasons (reason.rs) ----

  // find_pattern: the longest pattern; of those that tie, the one that ends first (by line,
  // then by byte), then the lowest index.
  function findPattern(said) {
    var best = null;
    said.lines.forEach(function (line, lineIndex) {
      var low = lower(line);
      patternBytes.forEach(function (pattern, index) {
        if (pattern.length === 0 || (best && pattern.length < best.length)) return;
        var at = find(low, pattern, 0);
        if (at === -1) return;
        var end = at + pattern.length;
        var better = best === null || pattern.length > best.length ||
          (pattern.length === best.length &&
            (lineIndex < best.line || (lineIndex === best.line &&
              (end < best.end || (end === best.end && index < best.index)))));
        if (better) best = { length: pattern.length, line: lineIndex, end: end, index: index, offset: at };
      });
    });
    return best;
  }
  function statusReason(enhanced) {
    if (!enhanced) return null;
    var key = statusKey(enhanced);
    if (!D.statuses.hasOwnProperty(key) || !D.statusReasons.hasOwnProperty(key)) return null;
    return { reason: D.statusReasons[key][0], strong: D.statusReasons[key][1] };
  }
  function replyReason(code) {
    var key = String(code);
    return D.replyReasons.hasOwnProperty(key) ? D.replyReasons[key][0] : null;
  }
  // Said::classify.
  function classify(said) {
    var found = scanKeys(said);
    var recognised = recognisedProvider(said, found);
    var vendor = vendorStatus(said, found, recognised);
    var provider = recognised !== null ? recognised : vendor !== null ? D.vendor[vendor].provider : null;
    var status = statusReason(said.enhanced);
    var reason, decidedBy, pattern = null, match;
    if (vendor !== null && D.vendor[vendor].reason !== null) {
      reason = D.vendor[vendor].reason;
      decidedBy = "vendor_status";
    } else if (status && status.strong) {
      reason = status.reason;
      decidedBy = "enhanced_status";
    } else if ((match = findPattern(said))) {
      reason = D.patterns[match.index][1];
      decidedBy = "pattern";
      pattern = D.patterns[match.index][0];
    } else if (status) {
      reason = status.reason;
      decidedBy = "enhanced_status";
    } else if (replyReason(said.code) !== null) {
      reason = replyReason(said.code);
      decidedBy = "reply_code";
    } else {
      reason = D.reasons.findIndex(function (r) { return r[0] === "undefined"; });
      decidedBy = "nothing";
    }
    var hard = D.reasons[reason][1];
    return {
      code: said.code,
      enhanced: said.enhanced,
      provider: provider,
      vendor: vendor,
      reason: reason,
      hard: hard === null ? said.code >= 500 : hard,
      decidedBy: decidedBy,
      pattern: pattern
    };
  }

  // The first reply code standing as a word, and what follows its separator.
  function findCode(line) {
    for (var i = 0; i + 2 < line.length; i++) {
      var code = replyCodeAt(line, i);
      if (code === null) continue;
      var after = line[i + 3];
      var separated = i + 3 >= line.length || after === SP || after === HYPHEN || after === CR || after === LF;
      var wordBefore = i === 0 || (!isAlnum(line[i - 1]) && line[i - 1] !== DOT);
      if (wordBefore && separated) return { code: code, rest: line.subarray(Math.min(i + 4, line.length)) };
    }
    return null;
  }
  var STAT = bytes(", stat=");
  var IN_REPLY = bytes(" (in reply to ");
  // strip_trailers: sendmail's `, stat=...`, Postfix's `(in reply to ...)`, unbalanced `)`.
  function stripTrailers(text) {
    var at = find(text, STAT, 0);
    if (at !== -1) text = text.subarray(0, at);
    at = find(text, IN_REPLY, 0);
    if (at !== -1) {
      var rest = text.subarray(at + IN_REPLY.length);
      var close = rest.indexOf(CLOSE);
      if (close !== -1) {
        var inside = rest.subarray(0, close);
        var after = trimEnd(rest.subarray(close + 1));
        if (inside.indexOf(OPEN) === -1 && after.every(function (b) { return b === CLOSE; })) {
          text = text.subarray(0, at);
        }
      }
    }
    var opened = 0, closed = 0;
    text.forEach(function (b) { if (b === OPEN) opened++; else if (b === CLOSE) closed++; });
    for (;;) {
      text = trimEnd(text);
      if (text.length > 0 && text[text.length - 1] === CLOSE && closed > opened) {
        text = text.subarray(0, text.length - 1);
        closed--;
      } else {
        return text;
      }
    }
  }
  // classify_line.
  function classifyLine(line) {
    var found = findCode(line);
    if (!found) return null;
    var rest = found.rest, enhanced, text;
    var space = rest.indexOf(SP);
    if (space !== -1) {
      enhanced = parseEnhanced(rest.subarray(0, space));
      text = rest.subarray(space + 1);
    } else {
      enhanced = parseEnhanced(rest);
      text = EMPTY;
    }
    if (enhanced && enhanced.cls !== Math.floor(found.code / 100)) enhanced = null;
    if (!enhanced) text = rest;
    return classify(saidOfLine(found.code, enhanced, stripTrailers(text)));
  }

  // ---- finding replies in text (find.rs) ----

  // reply_start: the code a line starts with and its separator ("-" or " ").
  function replyStart(line) {
    if (line.length < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2])) return null;
    var value = (line[0] - 48) * 100 + (line[1] - 48) * 10 + (line[2] - 48);
    if (value < 200 || value > 599) return null;
    if (line.length === 3 || line[3] === SP) return { code: value, separator: SP };
    if (line[3] === HYPHEN) return { code: value, separator: HYPHEN };
    return null;
  }
  // Reply::parse on the finder's wire (each line then CRLF): whether it is one whole reply, and
  // the reply's classification. The lines start with the same code, `-` or ` ` or nothing after.
  function classifyBlock(lines) {
    if (lines.length > REPLY_MAX_LINES) return null;
    for (var i = 0; i < lines.length; i++) {
      // The line with its CRLF is at most the limit's length minus one (`fits`).
      if (lines[i].length + 1 >= REPLY_MAX_LINE_LEN) return null;
    }
    var last = lines[lines.length - 1];
    if (last.length > 3 && last[3] !== SP) return null; // no last line: incomplete
    var code = replyCodeAt(lines[0], 0);
    var first = lines[0];
    var enhanced = null;
    // rules::enhanced_code on the first line's text, when the line holds `ddd x.y.z` at least.
    if (first.length + 1 > 8) {
      var text = first.subarray(4);
      if (text[0] === first[0]) {
        var e = scan(text);
        if (e && (e.end >= text.length || text[e.end] === SP)) enhanced = e;
      }
    }
    var texts = lines.map(function (l) { return l.subarray(Math.min(4, l.length)); });
    return classify(saidOfReply(code, enhanced, texts));
  }

  // LineReader: lines without their LF or CRLF, each cut to MAX_LINE bytes.
  function readLines(all) {
    var lines = [];
    var start = 0;
    while (start < all.length) {
      var lf = all.indexOf(LF, start);
      var end = lf === -1 ? all.length : lf;
      var line = all.subarray(start, Math.min(end, start + MAX_LINE));
      if (line.length > 0 && line[line.length - 1] === CR) line = line.subarray(0, line.length - 1);
      lines.push(line);
      start = lf === -1 ? all.length : lf + 1;
    }
    return lines;
  }

  // The Finder: every reply in `text`, in order, each with the line it starts on (from 1), the
  // text it was found in and the crate's classification.
  function findReplies(text) {
    var found = [];
    var pending = null;
    function flush() {
      var p = pending;
      pending = null;
      if (!p) return;
      if (p.kind === "line") {
        var c = classifyLine(p.text);
        if (c) found.push({ line: p.start, input: p.text, c: c });
      } else {
        var whole = classifyBlock(p.lines);
        var c2 = whole || classifyLine(join(p.lines, SP));
        if (c2) found.push({ line: p.start, input: join(p.lines, LF), c: c2 });
      }
    }
    function start(number, trimmed) {
      var head = replyStart(trimmed);
      if (head && head.separator === HYPHEN) {
        pending = { kind: "block", start: number, code: head.code, lines: [trimmed], size: trimmed.length + 2 };
      } else if (classifyLine(trimmed)) {
        pending = { kind: "line", start: number, text: trimEnd(trimmed) };
      }
    }
    readLines(bytes(text)).forEach(function (line, i) {
      var number = i + 1;
      var trimmed = trimStart(line);
      if (pending && pending.kind === "block") {
        var next = replyStart(trimmed);
        if (next && next.code === pending.code && pending.size + trimmed.length + 2 <= MAX_LINE) {
          pending.lines.push(trimmed);
          pending.size += trimmed.length + 2;
          if (next.separator === SP) flush();
          return;
        }
        flush();
      } else if (pending && pending.kind === "line") {
        var continues = (line[0] === SP || line[0] === TAB) && trimmed.length > 0 && !replyStart(trimmed);
        if (continues) {
          if (pending.text.length + 1 + trimmed.length <= MAX_LINE) {
            pending.text = join([pending.text, trimEnd(trimmed)], SP);
          }
          return;
        }
        flush();
      }
      start(number, trimmed);
    });
    flush();
    return found;
  }

  // ---- the explanation, in the page's language (the command's output.rs) ----

  // A text of a row (`[message, sender, fallback]`): `which` 0 the message, 1 the sender's
  // advice; `english` when English stands in for the locale.
  function any(pair, which) {
    return pair ? { text: pair[which], english: pair[2] } : null;
  }
  // The same, when it is not empty (output.rs `non_empty`).
  function text(pair, which) {
    return pair && pair[which] !== "" ? any(pair, which) : null;
  }
  function first() {
    for (var i = 0; i < arguments.length; i++) if (arguments[i]) return arguments[i];
    return null;
  }
  function replyTexts(code) { return T.replies[String(code)] || null; }
  function statusTexts(e) { return e && D.statuses.hasOwnProperty(statusKey(e)) ? T.statuses[statusKey(e)] : null; }

  // The explanation of one reply found: the fields of the command's `--json` output.
  function explanation(f) {
    var c = f.c;
    var vendorTexts = c.vendor === null ? null : T.vendor[c.vendor];
    var reasonId = D.reasons[c.reason][0];
    var decided = reasonId !== "undefined" && reasonId !== "onhold";
    // output.rs `meaning`: the provider's entry, else the enhanced code's registry row, else
    // the reply code's.
    var meaning = first(text(vendorTexts, 0), any(statusTexts(c.enhanced), 0), any(replyTexts(c.code), 0));
    // output.rs `sender_advice`: the provider's entry, else the reason's (when one was found),
    // else the enhanced code's, else the reply code's, else the reason's.
    var advice = first(text(vendorTexts, 1), decided ? text(T.reasons[c.reason], 1) : null,
      text(statusTexts(c.enhanced), 1), text(replyTexts(c.code), 1), text(T.reasons[c.reason], 1));
    return {
      line: f.line,
      input: decoder.decode(f.input),
      code: c.code,
      enhanced: c.enhanced ? enhancedString(c.enhanced) : null,
      provider: c.provider === null ? null : D.providers[c.provider].id,
      vendor_status: c.vendor === null ? null : D.vendor[c.vendor].id,
      reason: reasonId,
      reason_message: T.reasons[c.reason][0],
      hard_bounce: c.hard,
      decided_by: c.decidedBy,
      pattern: c.pattern,
      message: meaning ? meaning.text : null,
      sender_advice: advice ? advice.text : null,
      locale: T.lang,
      // For the page: what to link and which texts fell back to English.
      links: {
        reply: D.replies[String(c.code)] || null,
        enhanced: c.enhanced ? (D.statuses[statusKey(c.enhanced)] || D.subjects[String(c.enhanced.subject)] || null) : null,
        provider: c.provider === null ? null : D.providers[c.provider].page,
        provider_name: c.provider === null ? null : D.providers[c.provider].name,
        vendor: c.vendor === null ? null : D.vendor[c.vendor].page,
        vendor_code: c.vendor === null ? null : D.vendor[c.vendor].code
      },
      english: {
        reason: T.reasons[c.reason][2],
        message: meaning ? meaning.english : false,
        sender_advice: advice ? advice.english : false
      }
    };
  }

  // Every reply in `text`, explained: an array of plain objects (JSON-ready). The browser test
  // compares it with the command's `--json` output.
  function explain(text) {
    return findReplies(String(text)).map(explanation);
  }
  window.smtpCodesExplain = explain;

  // ---- the box ----

  var section = document.getElementById("explain");
  var box = document.getElementById("explain-box");
  var form = document.getElementById("explain-form");
  var input = document.getElementById("explain-input");
  var results = document.getElementById("explain-results");
  if (!box || !form || !input || !results) return;
  var level = Number(results.getAttribute("data-level")) || 3;

  function word(key) { return T.ui[key] || ["", null]; }
  function element(name, className, content, lang) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (content !== undefined && content !== null) {
      if (typeof content === "string") node.textContent = content;
      else node.appendChild(content);
    }
    if (lang) node.lang = lang;
    return node;
  }
  function label(key) {
    var w = word(key);
    return element("span", null, w[0], w[1]);
  }
  function link(href, content) {
    if (!href) return content;
    var a = element("a", null, content);
    a.href = href;
    return a;
  }
  function english(flag) { return flag ? "en" : null; }

  function render(list) {
    results.textContent = "";
    if (list.length === 0) {
      results.appendChild(element("p", null, word("explain_none")[0], word("explain_none")[1]));
      return;
    }
    var count = word("explain_found");
    results.appendChild(element("p", null, count[0].replace("{count}", String(list.length)), count[1]));
    list.forEach(function (x) {
      var article = element("article", "explained");
      var heading = element("h" + level);
      heading.appendChild(link(x.links.reply, element("code", null, String(x.code))));
      if (x.enhanced) {
        heading.appendChild(document.createTextNode(" "));
        heading.appendChild(link(x.links.enhanced, element("code", null, x.enhanced)));
      }
      if (x.links.provider_name) {
        heading.appendChild(document.createTextNode(" · "));
        heading.appendChild(link(x.links.provider, document.createTextNode(x.links.provider_name)));
      }
      article.appendChild(heading);
      var terms = element("dl");
      function row(key, value, className) {
        terms.appendChild(element("dt", null, label(key)));
        var dd = element("dd", className || null);
        dd.appendChild(value);
        terms.appendChild(dd);
      }
      var reason = element("span");
      // Every reason has its page beside this one: reason-<id>.html.
      reason.appendChild(link("reason-" + x.reason + ".html", element("code", null, x.reason)));
      reason.appendChild(document.createTextNode(": "));
      reason.appendChild(element("span", null, x.reason_message, english(x.english.reason)));
      row("explain_reason", reason);
      var bounce = word(x.hard_bounce ? "explain_hard" : "explain_soft");
      row("explain_bounce", element("span", null, bounce[0], bounce[1]), x.hard_bounce ? "hard" : "soft");
      if (x.vendor_status) {
        row("explain_vendor", link(x.links.vendor, element("code", null, x.links.vendor_code)));
      }
      if (x.message) row("meaning", element("span", null, x.message, english(x.english.message)));
      if (x.sender_advice) row("sender", element("span", null, x.sender_advice, english(x.english.sender_advice)));
      var where = element("span");
      where.appendChild(element("code", null, x.input));
      where.appendChild(document.createTextNode(" (" + word("explain_line")[0] + " " + x.line + ")"));
      row("explain_input", where);
      article.appendChild(terms);
      results.appendChild(article);
    });
  }

  function run(event) {
    if (event) event.preventDefault();
    render(explain(input.value));
  }
  form.addEventListener("submit", run);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run(event);
  });
  if (section) section.hidden = false;
  box.hidden = false;
})();
