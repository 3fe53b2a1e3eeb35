// Filters the tables of the index as the reader types. Without this script the page shows
// every code and hides the filter box. No framework, no request.
(function () {
  "use strict";
  var box = document.getElementById("filter-box");
  var input = document.getElementById("filter");
  var status = document.getElementById("filter-status");
  var none = document.getElementById("filter-none");
  if (!box || !input) return;
  var lang = document.documentElement.lang || "en";

  // Lower case, without accents, so that "kutusu" finds "Kutusu" and "ubermittlung" "Übermittlung".
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLocaleLowerCase(lang);
  }

  // Registry rows carry data-codes; a provider's rows also carry data-token: its token key
  // (tss04, rp-001), or nothing when the key is a code or a phrase.
  var rows = Array.prototype.map.call(document.querySelectorAll("tr[data-codes]"), function (row) {
    return {
      row: row,
      codes: row.getAttribute("data-codes").split(" "),
      vendor: row.hasAttribute("data-token"),
      token: row.getAttribute("data-token") || "",
      text: fold(row.textContent)
    };
  });
  var tokens = {};
  rows.forEach(function (entry) {
    if (entry.token) tokens[entry.token] = true;
  });
  var groups = document.querySelectorAll("section.group");
  var sections = document.querySelectorAll("section.kind");

  // A token that looks like a code: 550, 55, 5.1.1, x.1, 4.7.
  var codeLike = /^[0-9x][0-9x.]*$/;
  // A whole code, which must match exactly (5.1.1 is not 5.1.10).
  var complete = /^([2-5][0-9][0-9]|[245x]\.[0-9]{1,3}\.[0-9]{1,3})$/;
  // What a pasted reply puts around a provider's token: [TSS04], (RP-001), TSS04:.
  var wrapping = /^[\[\](){}<>"',;:]+|[\[\](){}<>"',;:.]+$/g;

  function codeMatches(entry, codeTokens) {
    return codeTokens.some(function (token) {
      return entry.codes.some(function (code) {
        return complete.test(token) ? code === token : code.indexOf(token) === 0;
      });
    });
  }

  // With codes or a provider's token in the box, a row shows when one of them is its code; a
  // provider's row, when the box holds a token, only when it is that token's row (a pasted
  // Yahoo reply `421 4.7.0 [TSS04] ...` shows 421, X.7.0 and TSS04, not every 4.7.0 of every
  // provider). Otherwise every word must be in the row's text.
  function matches(entry, codeTokens, vendorTokens, words) {
    if (vendorTokens.length > 0 && entry.vendor) {
      return vendorTokens.indexOf(entry.token) !== -1;
    }
    if (codeTokens.length > 0 || vendorTokens.length > 0) {
      return codeMatches(entry, codeTokens);
    }
    return words.every(function (word) { return entry.text.indexOf(word) !== -1; });
  }

  function update() {
    var typed = fold(input.value).split(/\s+/).filter(Boolean);
    var codeTokens = typed.filter(function (t) { return codeLike.test(t) && /[0-9]/.test(t); });
    var vendorTokens = typed
      .map(function (t) { return t.replace(wrapping, ""); })
      .filter(function (t) { return tokens.hasOwnProperty(t); });
    var words = typed.filter(function (t) { return codeTokens.indexOf(t) === -1; });
    var shown = 0;
    rows.forEach(function (entry) {
      var visible = typed.length === 0 || matches(entry, codeTokens, vendorTokens, words);
      entry.row.hidden = !visible;
      if (visible) shown += 1;
    });
    Array.prototype.forEach.call(groups, function (group) {
      group.hidden = !group.querySelector("tr[data-codes]:not([hidden])");
    });
    Array.prototype.forEach.call(sections, function (section) {
      section.hidden = !section.querySelector("section.group:not([hidden])");
    });
    status.textContent = typed.length === 0 ? "" : input.getAttribute("data-count")
      .replace("{shown}", String(shown))
      .replace("{total}", input.getAttribute("data-total"));
    none.hidden = shown !== 0;
  }

  box.hidden = false;
  input.addEventListener("input", update);
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
  }
  update();
})();
