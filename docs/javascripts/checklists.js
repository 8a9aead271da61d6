// Interactive checklists: ticks persist per page and item in localStorage, survive a reload, and go to and
// from a JSON file. Items done in a company's data are rendered ticked and disabled: they cannot be unticked.
// On a company page the export is named after the company and carries its slug, an import of another
// company's file is refused, and the progress figure counts the browser's ticks at once.
(function () {
  var page = location.pathname.replace(/index\.html$/, "");
  var prefix = "playbook:" + page + ":";
  var boxes = Array.prototype.slice.call(
    document.querySelectorAll("ul.checklist input[type=checkbox][data-activity]:not([disabled])")
  );
  if (!boxes.length) return;
  var marker = document.querySelector(".company-playbook[data-company]");
  var company = marker ? marker.dataset.company : "";
  var lang = document.documentElement.lang === "en" ? "en" : "nl";
  var words = {
    nl: {
      export: "Vinkjes exporteren (JSON)",
      import: "Vinkjes importeren",
      other: "Dit bestand hoort bij {other}, niet bij {company}: er is niets geïmporteerd.",
      unreadable: "Dit bestand is geen export van vinkjes: er is niets geïmporteerd.",
      imported: "{count} vinkjes geïmporteerd."
    },
    en: {
      export: "Export ticks (JSON)",
      import: "Import ticks",
      other: "This file belongs to {other}, not to {company}: nothing was imported.",
      unreadable: "This file is not a ticks export: nothing was imported.",
      imported: "{count} ticks imported."
    }
  }[lang];

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }
  function restore() {
    boxes.forEach(function (box) {
      var saved = localStorage.getItem(prefix + box.dataset.activity);
      if (saved !== null) box.checked = saved === "done";
    });
  }
  function save(box) {
    localStorage.setItem(prefix + box.dataset.activity, box.checked ? "done" : "open");
  }
  // The overall figure as the page computes it: done / (all - skipped), a whole percent rounded half up.
  function recount() {
    var figure = document.querySelector(".progress-overall");
    if (!figure) return;
    var counted = Array.prototype.slice.call(
      document.querySelectorAll("ul.checklist li.checklist-item:not(.status-skipped) > input[data-activity]")
    );
    if (!counted.length) { figure.textContent = figure.dataset.none; return; }
    var done = counted.filter(function (box) { return box.checked; }).length;
    var value = Math.floor((200 * done + counted.length) / (2 * counted.length));
    figure.textContent = value + figure.dataset.sign;  // the page's own notation: '68 %' or '68%'
  }
  boxes.forEach(function (box) {
    box.addEventListener("change", function () { save(box); recount(); });
  });
  restore();
  recount();

  var status = document.createElement("p");
  status.className = "checklist-status";
  status.setAttribute("role", "status");

  function exportTicks() {
    var progress = {};
    boxes.forEach(function (box) { if (box.checked) progress[box.dataset.activity] = "done"; });
    var data = company ? { company: company, page: page, progress: progress } : { page: page, progress: progress };
    var blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = company ? company + "-progress.json" : "progress.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  function importTicks(file) {
    file.text().then(function (text) {
      var data;
      try { data = JSON.parse(text); } catch (error) { data = null; }
      if (!data || typeof data.progress !== "object" || data.progress === null) {
        status.textContent = words.unreadable;
        return;
      }
      if (company && data.company && data.company !== company) {
        status.textContent = fill(words.other, { other: data.company, company: company });
        return;
      }
      var count = 0;
      boxes.forEach(function (box) {
        if (box.dataset.activity in data.progress) {
          box.checked = data.progress[box.dataset.activity] === "done";
          save(box);
          count += 1;
        }
      });
      recount();
      status.textContent = fill(words.imported, { count: count });
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
  bar.appendChild(status);
  var first = document.querySelector("ul.checklist");
  first.parentNode.insertBefore(bar, first);
})();
