// Interactive checklists: ticks persist per page and item in localStorage, survive a reload, and go to and
// from a JSON file. Items done in a company's data are rendered ticked and disabled: they cannot be unticked.
(function () {
  var page = location.pathname.replace(/index\.html$/, "");
  var prefix = "playbook:" + page + ":";
  var boxes = Array.prototype.slice.call(
    document.querySelectorAll("ul.checklist input[type=checkbox][data-activity]:not([disabled])")
  );
  if (!boxes.length) return;
  var lang = document.documentElement.lang === "en" ? "en" : "nl";
  var words = {
    nl: { export: "Vinkjes exporteren (JSON)", import: "Vinkjes importeren", done: "afgevinkt" },
    en: { export: "Export ticks (JSON)", import: "Import ticks", done: "ticked" }
  }[lang];

  function restore() {
    boxes.forEach(function (box) {
      var saved = localStorage.getItem(prefix + box.dataset.activity);
      if (saved !== null) box.checked = saved === "done";
    });
  }
  function save(box) {
    localStorage.setItem(prefix + box.dataset.activity, box.checked ? "done" : "open");
  }
  boxes.forEach(function (box) {
    box.addEventListener("change", function () { save(box); });
  });
  restore();

  function exportTicks() {
    var progress = {};
    boxes.forEach(function (box) { if (box.checked) progress[box.dataset.activity] = "done"; });
    var blob = new Blob([JSON.stringify({ page: page, progress: progress }, null, 2) + "\n"], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "progress.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  function importTicks(file) {
    file.text().then(function (text) {
      var progress = (JSON.parse(text) || {}).progress || {};
      boxes.forEach(function (box) {
        if (box.dataset.activity in progress) {
          box.checked = progress[box.dataset.activity] === "done";
          save(box);
        }
      });
    });
  }

  var bar = document.createElement("div");
  bar.className = "checklist-tools";
  var exportButton = document.createElement("button");
  exportButton.type = "button";
  exportButton.className = "md-button checklist-export";
  exportButton.textContent = words.export;
  exportButton.addEventListener("click", exportTicks);
  var importLabel = document.createElement("label");
  importLabel.className = "md-button checklist-import";
  importLabel.textContent = words.import;
  var importInput = document.createElement("input");
  importInput.type = "file";
  importInput.accept = "application/json,.json";
  importInput.className = "checklist-import-file";
  importInput.addEventListener("change", function () { if (importInput.files[0]) importTicks(importInput.files[0]); });
  importLabel.appendChild(importInput);
  bar.appendChild(exportButton);
  bar.appendChild(importLabel);
  var first = document.querySelector("ul.checklist");
  first.parentNode.insertBefore(bar, first);
})();
