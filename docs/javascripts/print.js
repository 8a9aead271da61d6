// Print every collapsible block open (FAQ answers, KPI data tables), and restore them afterwards.
(function () {
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (block) {
      block.setAttribute("open", "");
      opened.push(block);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (block) { block.removeAttribute("open"); });
    opened = [];
  });
})();

// Wide tables print as stacked rows (print.css): each cell is labelled with its column's header, here, since
// the table itself is written by Markdown. Done at once, so that a print to PDF without `beforeprint` has it.
(function () {
  function label() {
    document.querySelectorAll(".print-stacked table").forEach(function (table) {
      var titles = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, index) {
          if (titles[index] && !cell.hasAttribute("data-label")) cell.setAttribute("data-label", titles[index]);
        });
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", label);
  else label();
})();
