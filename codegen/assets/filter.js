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

  var rows = Array.prototype.map.call(document.querySelectorAll("tr[data-codes]"), function (row) {
    return { row: row, codes: row.getAttribute("data-codes").split(" "), text: fold(row.textContent) };
  });
  var groups = document.querySelectorAll("section.group");
  var sections = document.querySelectorAll("section.kind");

  // A token that looks like a code: 550, 55, 5.1.1, x.1, 4.7.
  var codeLike = /^[0-9x][0-9x.]*$/;
  // A whole code, which must match exactly (5.1.1 is not 5.1.10).
  var complete = /^([2-5][0-9][0-9]|[245x]\.[0-9]{1,3}\.[0-9]{1,3})$/;

  function matches(entry, codeTokens, words) {
    if (codeTokens.length > 0) {
      return codeTokens.some(function (token) {
        return entry.codes.some(function (code) {
          return complete.test(token) ? code === token : code.indexOf(token) === 0;
        });
      });
    }
    return words.every(function (word) { return entry.text.indexOf(word) !== -1; });
  }

  function update() {
    var tokens = fold(input.value).split(/\s+/).filter(Boolean);
    var codeTokens = tokens.filter(function (t) { return codeLike.test(t) && /[0-9]/.test(t); });
    var words = tokens.filter(function (t) { return codeTokens.indexOf(t) === -1; });
    var shown = 0;
    rows.forEach(function (entry) {
      var visible = tokens.length === 0 || matches(entry, codeTokens, words);
      entry.row.hidden = !visible;
      if (visible) shown += 1;
    });
    Array.prototype.forEach.call(groups, function (group) {
      group.hidden = !group.querySelector("tr[data-codes]:not([hidden])");
    });
    Array.prototype.forEach.call(sections, function (section) {
      section.hidden = !section.querySelector("section.group:not([hidden])");
    });
    status.textContent = tokens.length === 0 ? "" : input.getAttribute("data-count")
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
