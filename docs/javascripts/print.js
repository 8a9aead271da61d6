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
