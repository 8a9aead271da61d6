// The evidence register by chapter: the drop-down keeps the rows whose "cited on" links point at the chosen
// page, and hides the sources left without a row. Without this script the whole register shows.
(function () {
  var select = document.getElementById("evidence-filter");
  if (!select) return;
  var register = select.closest(".evidence-register");
  select.parentNode.hidden = false;

  function cites(row, page) {
    return Array.prototype.some.call(row.querySelectorAll("td:last-child a"), function (link) {
      return new URL(link.href).pathname.slice(-page.length - 1) === "/" + page;
    });
  }
  function apply() {
    var page = select.value;
    register.querySelectorAll(".evidence-source").forEach(function (box) {
      var shown = 0;
      box.querySelectorAll("tbody tr").forEach(function (row) {
        row.hidden = Boolean(page) && !cites(row, page);
        if (!row.hidden) shown += 1;
      });
      box.hidden = shown === 0;
      var heading = box.previousElementSibling;
      if (heading && heading.tagName === "H2") heading.hidden = shown === 0;
    });
  }
  select.addEventListener("change", apply);
})();
