/*
 * The pages' only script: sorting and filtering the table of drafts, opening a draft's row, and
 * opening everything for printing. It holds no document text (the data are in escaped
 * attributes), and the page's Content-Security-Policy allows it by its hash alone, so a script
 * that a draft might smuggle in would not run even if escaping failed.
 *
 * Plain ES2017 in a string: a bundler must not rewrite it, or the hash would no longer match.
 * test/unit/report/html.test.ts checks SCRIPT_HASH against the text.
 */
export const SCRIPT = `(function () {
  "use strict";
  // A link to a closed <details> (a pair of the heat map) opens it.
  document.addEventListener("click", function (e) {
    var link = e.target.closest("a[href^='#']");
    var target = link && document.getElementById(link.getAttribute("href").slice(1));
    if (target && target.tagName === "DETAILS") target.open = true;
  });

  // Printing shows everything: the print stylesheet shows the rows; <details> need opening.
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });

  // The table of drafts: on the batch report only (the compare page has none).
  var table = document.getElementById("drafts");
  if (!table) return;
  var heads = Array.prototype.slice.call(table.querySelectorAll("thead th[data-key]"));
  var bodies = function () { return Array.prototype.slice.call(table.tBodies); };

  heads.forEach(function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var key = th.getAttribute("data-key");
      var numeric = th.getAttribute("data-type") === "number";
      var now = th.getAttribute("aria-sort");
      // Numbers first from the most (errors, missing aspects), names from A.
      var dir = now ? (now === "ascending" ? "descending" : "ascending") : (numeric ? "descending" : "ascending");
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir);
      var sign = dir === "ascending" ? 1 : -1;
      var value = function (b) {
        var v = b.getAttribute("data-" + key);
        return numeric ? (v === "" ? -1 : Number(v)) : v;
      };
      bodies().sort(function (a, b) {
        var x = value(a), y = value(b);
        var c = numeric ? x - y : String(x).localeCompare(String(y), "zh-Hans-CN", { numeric: true });
        return c * sign || Number(a.getAttribute("data-index")) - Number(b.getAttribute("data-index"));
      }).forEach(function (b) { table.appendChild(b); });
    });
  });

  table.addEventListener("click", function (e) {
    var button = e.target.closest("button[aria-controls]");
    if (!button) return;
    var detail = document.getElementById(button.getAttribute("aria-controls"));
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    detail.hidden = !open;
  });

  var search = document.getElementById("filter-name");
  var errorsOnly = document.getElementById("filter-errors");
  var count = document.getElementById("filter-count");
  function filter() {
    var words = search.value.trim().toLowerCase();
    var shown = 0;
    bodies().forEach(function (b) {
      var show = (!words || b.getAttribute("data-file").toLowerCase().indexOf(words) >= 0) &&
        (!errorsOnly.checked || Number(b.getAttribute("data-errors")) > 0);
      b.hidden = !show;
      if (show) shown++;
    });
    count.textContent = "显示 " + shown + " / " + bodies().length + " 份";
  }
  search.addEventListener("input", filter);
  errorsOnly.addEventListener("change", filter);
})();`;

/** sha256 of SCRIPT, base64: the page's Content-Security-Policy names it. */
export const SCRIPT_HASH = "sha256-+vXBzOknspG6MRn2Zyuso4DL1UMAY46vmc7M+9B+XdI=";
