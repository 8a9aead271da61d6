// The intake page (/intake/, /en/intake/): a form, made at build time from the company file's JSON Schema
// (playbook/company/intake_form.py), that reads and writes data/companies/<slug>.yml in the browser.
// Nothing leaves the browser: the draft is kept in localStorage only. Loaded only by the intake page.
(function () {
  "use strict";
  var configElement = document.getElementById("intake-config");
  if (!configElement || !window.JSONEditor || !window.jsyaml) return;
  var config = JSON.parse(configElement.textContent);
  var messages = config.messages;
  var lang = config.language;
  var DRAFT = "playbook-intake-draft";
  var carried = {};  // the loaded file: what the form does not show (progress, activities) is written back as is
  var current = 0;
  var quiet = false;  // after forgetting, nothing is saved until the reader types or clicks in the form again
  var reportAll = false;  // every empty required field is named from the first download on

  function say(key) {
    var text = messages[key] || key;
    for (var i = 1; i < arguments.length; i++) text = text.split("{" + (i - 1) + "}").join(String(arguments[i]));
    return text;
  }

  // --- checks at the field: the schema's rules plus the plain-word messages --------------------------------
  function numberProblem(text, node) {
    var raw = text.trim();
    if (/^[0-9]{1,3}([.,][0-9]{3})+$/.test(raw) && !(node.intake === "number" && /^[0-9]+,[0-9]{1,2}$/.test(raw))) {
      var whole = raw.replace(/[.,]/g, "");
      var read = raw.indexOf(".") >= 0 ? String(parseFloat(raw)) : raw;
      return say("thousands", raw, read, whole);
    }
    if (/^[0-9]+,[0-9]+$/.test(raw)) return say("decimal_comma", raw.replace(",", "."));
    if (!/^-?[0-9]+(\.[0-9]+)?$/.test(raw)) return say("number_as_text", raw);
    var value = Number(raw);
    if (node.intake === "integer" && !/^-?[0-9]+$/.test(raw)) return say("whole_number");
    var bounds = node.bounds || {};
    if (bounds.minimum !== undefined && value < bounds.minimum) return say("at_least", bounds.minimum);
    if (bounds.exclusiveMinimum !== undefined && value <= bounds.exclusiveMinimum) return say("above", bounds.exclusiveMinimum);
    if (bounds.maximum !== undefined && value > bounds.maximum) return say("at_most", bounds.maximum);
    if (bounds.exclusiveMaximum !== undefined && value >= bounds.exclusiveMaximum) return say("at_most", bounds.exclusiveMaximum);
    return "";
  }

  function dateProblem(text) {
    var raw = text.trim();
    var turned = /^([0-9]{1,2})[-\/.]([0-9]{1,2})[-\/.]([0-9]{4})$/.exec(raw);
    if (turned) {
      var iso = turned[3] + "-" + ("0" + turned[2]).slice(-2) + "-" + ("0" + turned[1]).slice(-2);
      return say("date_order", raw, iso);
    }
    var parts = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(raw);
    if (!parts) return say("date_format", raw);
    var year = +parts[1], month = +parts[2], day = +parts[3];
    var date = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || date.getUTCDate() !== day) {
      var monthName = month >= 1 && month <= 12
        ? new Intl.DateTimeFormat(lang, {month: "long", timeZone: "UTC"}).format(new Date(Date.UTC(2000, month - 1, 1)))
        : String(month);
      return say("no_such_date", raw, month >= 1 && month <= 12 ? day + " " + monthName + " " + year : monthName);
    }
    if (year < 1990 || year > 2100) return say("date_range");
    return "";
  }

  function freeProblem(text) {
    try { window.jsyaml.load(text); return ""; } catch (error) { return say("free_value_error", error.reason || error.message); }
  }

  function missing(node, value, path) {
    // The fields an object must have, empty or left out (the library passes an empty text by): named once the
    // reader has been in the field, or at the download.
    var errors = [];
    Object.keys(node.properties || {}).forEach(function (key) {
      var field = editor && editor.getEditor(path + "." + key);
      if (!reportAll && !(field && field.is_dirty)) return;
      var child = node.properties[key];
      var given = value ? value[key] : undefined;
      var empty = given === undefined || given === null || (typeof given === "string" && given.trim() === "");
      if (!child.intake_optional && child.intake !== "object" && child.intake !== "array" && empty) errors.push(key);
    });
    return errors;
  }

  function fieldProblem(node, value) {
    if (!node || !node.intake || typeof value !== "string") return "";
    if (value.trim() === "") return "";  // a required field left empty is named by its object: missing()
    if (node.intake === "integer" || node.intake === "number") return numberProblem(value, node);
    if (node.intake === "date") return dateProblem(value);
    if (node.intake === "free") return freeProblem(value);
    return "";
  }

  // --- between the file and the form -------------------------------------------------------------------------
  function isoDate(value) {
    return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }

  function plainDates(value) {
    if (value instanceof Date) return isoDate(value);
    if (Array.isArray(value)) return value.map(plainDates);
    if (value && typeof value === "object") {
      var result = {};
      Object.keys(value).forEach(function (key) { result[key] = plainDates(value[key]); });
      return result;
    }
    return value;
  }

  function toForm(value, node) {
    if (node.intake === "object") {
      var object = {};
      if (typeof value === "string") { value = {}; value[Object.keys(node.properties)[0]] = arguments[0]; }
      Object.keys(node.properties).forEach(function (key) {
        object[key] = toForm(value && typeof value === "object" ? value[key] : undefined, node.properties[key]);
      });
      return object;
    }
    if (node.intake === "array") return (Array.isArray(value) ? value : []).map(function (item) { return toForm(item, node.items); });
    if (value === undefined || value === null) return "";
    if (node.intake === "boolean") return value === true ? "true" : value === false ? "false" : String(value);
    if (node.intake === "free") return window.jsyaml.dump(isoDate(value), {flowLevel: 0}).trim();
    return String(isoDate(value));
  }

  function fromForm(value, node, asItem) {
    if (node.intake === "object") {
      var object = {};
      Object.keys(node.properties).forEach(function (key) {
        var converted = fromForm((value || {})[key], node.properties[key]);
        if (converted !== undefined) object[key] = converted;
      });
      var keys = Object.keys(object);
      // A list entry with only its first field (a use case with a title alone) is written as that text.
      if (asItem && keys.length === 1 && keys[0] === Object.keys(node.properties)[0] && typeof object[keys[0]] === "string") {
        return object[keys[0]];
      }
      return keys.length || !node.intake_optional ? object : undefined;
    }
    if (node.intake === "array") {
      var items = (value || []).map(function (item) { return fromForm(item, node.items, true); })
        .filter(function (item) { return item !== undefined; });
      return items.length || !node.intake_optional ? items : undefined;
    }
    var text = typeof value === "string" ? value.trim() : value;
    if (text === "" || text === undefined || text === null) return undefined;
    if (node.intake === "boolean") return text === "true" ? true : text === "false" ? false : text;
    if ((node.intake === "integer" || node.intake === "number") && /^-?[0-9]+(\.[0-9]+)?$/.test(text)) return Number(text);
    if (node.intake === "free") { try { return window.jsyaml.load(text); } catch (error) { return text; } }
    return text;
  }

  function lookup(document, path, create) {
    var target = document;
    for (var i = 0; i < path.length; i++) {
      if (!target[path[i]] || typeof target[path[i]] !== "object") {
        if (!create) return undefined;
        target[path[i]] = {};
      }
      target = target[path[i]];
    }
    return target;
  }

  function fileToForm(document) {
    var form = {};
    config.steps.forEach(function (step) {
      var source = step.file ? {} : lookup(document, step.source, false) || {};
      form[step.id] = toForm(source, config.schema.properties[step.id]);
    });
    return form;
  }

  function ordered(value, order) {
    if (Array.isArray(value)) return value.map(function (item) { return ordered(item, order); });
    if (!value || typeof value !== "object" || value instanceof Date || !order) return value;
    var result = {};
    var keys = order.keys.filter(function (key) { return key in value; })
      .concat(Object.keys(value).filter(function (key) { return order.keys.indexOf(key) < 0; }));
    keys.forEach(function (key) { result[key] = ordered(value[key], (order.children || {})[key]); });
    return result;
  }

  function formToFile(form) {
    var document = JSON.parse(JSON.stringify(carried));
    document.schema_version = config.schema_version;
    config.steps.forEach(function (step) {
      if (step.file) return;  // a file of its own: the KPI measurements
      var node = config.schema.properties[step.id];
      var target = lookup(document, step.source, true);
      step.keys.forEach(function (key) {
        var value = fromForm((form[step.id] || {})[key], node.properties[key]);
        if (value === undefined) delete target[key]; else target[key] = value;
      });
      if (step.source.length && !Object.keys(target).length) delete document[step.source[0]];
    });
    return ordered(document, config.order);
  }

  function fileText(document, slug) {
    var body = window.jsyaml.dump(document, {lineWidth: -1});
    // Dates are written plain (a date to YAML), numbers and words as the schema says.
    body = body.replace(/^(\s*start): '([0-9]{4}-[0-9]{2}-[0-9]{2})'$/mg, "$1: $2");
    body = body.replace(/^publish: false$/m, "publish: false" + config.publish_comment);
    return config.guide.split("{slug}").join(slug) + body;
  }

  // --- KPI measurements: <slug>.kpis.csv (playbook/company/kpidata.py) ------------------------------------
  var MEASURED = config.steps[config.steps.length - 1].id;

  function cells(line, delimiter) {
    return line.split(delimiter).map(function (cell) { return cell.trim().replace(/^"(.*)"$/, "$1"); });
  }

  function measurementsFromCsv(text) {
    var lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter(function (line) { return line.trim(); });
    var delimiter = lines.length && lines[0].indexOf(";") >= 0 ? ";" : ",";
    var aliases = {datum: "date", waarde: "value"};
    var header = lines.length ? cells(lines[0], delimiter).map(function (name) {
      name = name.toLowerCase();
      return aliases[name] || name;
    }) : [];
    return lines.slice(1).map(function (line) {
      var row = {};
      cells(line, delimiter).forEach(function (cell, i) { row[header[i]] = cell; });
      if (delimiter === ";" && row.value) row.value = row.value.replace(",", ".");
      return row;
    });
  }

  function measurementsCsv(form) {
    var node = config.schema.properties[MEASURED];
    var rows = fromForm(form[MEASURED], node) || {};
    var list = rows[MEASURED] || [];
    if (!list.length) return "";
    return config.kpi_header.join(",") + "\n" + list.map(function (row) {
      return config.kpi_header.map(function (column) { return row[column] === undefined ? "" : String(row[column]); }).join(",");
    }).join("\n") + "\n";
  }

  // --- the form -----------------------------------------------------------------------------------------------
  var JSONEditor = window.JSONEditor;
  // The library joins a field's messages with '. ' and ends them with '.': the messages come without it.
  function bare(text) { return text.replace(/[.]$/, ""); }
  var library = {};
  Object.keys(config.library).forEach(function (key) {  // the library writes its placeholders {{0}}
    library[key] = bare(config.library[key]).replace(/\{([0-9])\}/g, "{{$1}}");
  });
  JSONEditor.defaults.languages[lang] = Object.assign({}, JSONEditor.defaults.languages[lang] || {}, library);
  JSONEditor.defaults.language = lang;
  JSONEditor.defaults.custom_validators.push(function (schema, value, path) {
    if (schema && schema.intake === "object") {
      return missing(schema, value, path).map(function (key) {
        return {path: path + "." + key, property: "required", message: bare(say("required"))};
      });
    }
    var problem = fieldProblem(schema, value);
    return problem ? [{path: path, property: "format", message: bare(problem)}] : [];
  });
  var holder = document.getElementById("intake-form");
  var draft = null;
  try { draft = JSON.parse(localStorage.getItem(DRAFT) || "null"); } catch (error) { draft = null; }
  if (draft && draft.form) carried = draft.carried || {};
  var editor = new JSONEditor(holder, {
    schema: config.schema,
    startval: draft && draft.form ? Object.assign(emptyForm(), draft.form) : emptyForm(),
    theme: "html",
    iconlib: null,
    disable_collapse: true,
    disable_edit_json: true,
    disable_properties: true,
    disable_array_delete_all_rows: true,
    disable_array_delete_last_row: true,
    disable_array_copy: true,
    disable_array_reorder: true,
    array_controls_top: true,
    prompt_before_delete: false,
    no_additional_properties: true,
    required_by_default: false,
    show_errors: "interaction",
    use_default_values: false
  });
  var slugInput = document.getElementById("intake-slug");
  var status = document.getElementById("intake-status");

  function slugFromName(name) {
    var slug = (name || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
    return slug.length >= 2 ? slug : "";
  }

  function currentSlug() {
    var value = editor.getValue() || {};
    return slugInput.value.trim() || slugFromName(((value.company || {}).name) || "") ||
      (lang === "nl" ? "uw-bedrijf" : "your-company");
  }

  function checkSlug() {
    var error = document.getElementById("intake-slug-error");
    var typed = slugInput.value.trim();
    var wrong = typed && !new RegExp(config.slug_pattern).test(typed);
    error.textContent = wrong ? say("slug_pattern", typed) : "";
    slugInput.setAttribute("aria-invalid", wrong ? "true" : "false");
    Array.prototype.forEach.call(document.querySelectorAll(".intake-slug"), function (span) { span.textContent = currentSlug(); });
    // The company page sits beside this page in the same language edition, whichever language is at the root
    // and under whatever path the site is served: <edition>/intake/ -> <edition>/playbook/<slug>/.
    var edition = window.location.pathname.replace(/intake\/(index\.html)?$/, "");
    Array.prototype.forEach.call(document.querySelectorAll(".intake-company-path"), function (code) {
      code.textContent = edition + "playbook/" + currentSlug() + "/";
    });
  }

  function save() {
    try {
      localStorage.setItem(DRAFT, JSON.stringify({slug: slugInput.value, form: editor.getValue(), carried: carried}));
    } catch (error) { /* storage full or refused: the form still works */ }
  }

  function emptyForm() {
    var form = fileToForm({});
    form.company = Object.assign(form.company, {language: config.defaults.language, publish: config.defaults.publish});
    return form;
  }

  function stepEditors() {
    return config.steps.map(function (step) { return editor.getEditor("root." + step.id); });
  }

  function showStep(index) {
    current = Math.max(0, Math.min(config.steps.length - 1, index));
    stepEditors().forEach(function (stepEditor, i) { stepEditor.container.hidden = i !== current; });
    Array.prototype.forEach.call(document.querySelectorAll("#intake-steps button"), function (button, i) {
      if (i === current) button.setAttribute("aria-current", "step"); else button.removeAttribute("aria-current");
    });
    document.getElementById("intake-previous").disabled = current === 0;
    document.getElementById("intake-next").disabled = current === config.steps.length - 1;
  }

  function goTo(index) {
    showStep(index);
    var fields = stepEditors()[current].container.querySelectorAll("input, select, textarea, button");
    var first = Array.prototype.filter.call(fields, function (field) { return field.offsetParent !== null; })[0];
    if (first) first.focus();
  }

  function buildStepList() {
    var list = document.getElementById("intake-steps");
    config.steps.forEach(function (step, i) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "intake-step";
      button.textContent = step.title;
      button.setAttribute("aria-label", say("step", i + 1, config.steps.length, step.title));
      button.addEventListener("click", function () { goTo(i); });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  function problems() {
    var errors = editor.validate(editor.getValue());
    var steps = [];
    errors.forEach(function (error) {
      var id = error.path.split(".")[1];
      var step = config.steps.filter(function (s) { return s.id === id; })[0];
      if (step && steps.indexOf(step.title) < 0) steps.push(step.title);
    });
    return {count: errors.length, steps: steps};
  }

  function offer(name, text, type) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], {type: type + ";charset=utf-8"}));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function downloadMeasurements() {
    var slug = currentSlug();
    var text = measurementsCsv(editor.getValue());
    if (!text) {
      status.textContent = say("no_measurements");
      return;
    }
    offer(slug + ".kpis.csv", text, "text/csv");
    status.textContent = say("downloaded", slug + ".kpis.csv");
  }

  function download() {
    reportAll = true;
    editor.options.show_errors = "always";  // from now on every field shows its problem, touched or not
    editor.root.showValidationErrors(editor.validate(editor.getValue()));
    var slug = currentSlug();
    var text = fileText(formToFile(editor.getValue()), slug);
    offer(slug + ".yml", text, "application/yaml");
    var found = problems();
    status.textContent = found.count
      ? say("downloaded_with_problems", slug + ".yml", found.count, found.steps.join(", "))
      : say("downloaded", slug + ".yml");
  }

  function loadMeasurements(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var rows = {};
      rows[MEASURED] = measurementsFromCsv(String(reader.result));
      editor.getEditor("root." + MEASURED).setValue(rows);
      status.textContent = say("loaded", file.name);
    };
    reader.readAsText(file, "utf-8");
  }

  function load(file, then) {
    var reader = new FileReader();
    reader.onload = function () {
      var document;
      try {
        document = window.jsyaml.load(String(reader.result), {schema: window.jsyaml.YAML11_SCHEMA});
      } catch (error) {
        status.textContent = say("load_failed", file.name, error.message);
        return;
      }
      if (!document || typeof document !== "object" || Array.isArray(document)) {
        status.textContent = say("load_failed", file.name, messages.not_a_company);
        return;
      }
      carried = plainDates(document);
      slugInput.value = file.name.replace(/\.ya?ml$/i, "");
      editor.setValue(fileToForm(carried));
      checkSlug();
      save();
      showStep(0);
      status.textContent = say("loaded", file.name);
      if (then) then();
    };
    reader.readAsText(file, "utf-8");
  }

  editor.on("ready", function () {
    buildStepList();
    if (draft && draft.form) {
      slugInput.value = draft.slug || "";
      status.textContent = say("draft_restored");
    }
    checkSlug();
    showStep(0);
    editor.on("change", function () { checkSlug(); if (!quiet) save(); });
    holder.addEventListener("input", function () { quiet = false; });
    holder.addEventListener("click", function () { quiet = false; });
  });
  slugInput.addEventListener("input", function () { quiet = false; checkSlug(); save(); });
  document.getElementById("intake-previous").addEventListener("click", function () { goTo(current - 1); });
  document.getElementById("intake-next").addEventListener("click", function () { goTo(current + 1); });
  document.getElementById("intake-download").addEventListener("click", download);
  document.getElementById("intake-download-kpis").addEventListener("click", downloadMeasurements);
  document.getElementById("intake-forget").addEventListener("click", function () {
    quiet = true;
    carried = {};
    slugInput.value = "";
    editor.setValue(emptyForm());
    checkSlug();
    localStorage.removeItem(DRAFT);
    showStep(0);
    status.textContent = say("forgotten");
  });
  document.getElementById("intake-load").addEventListener("change", function (event) {
    var files = Array.prototype.slice.call(event.target.files || []);
    var company = files.filter(function (file) { return !/\.csv$/i.test(file.name); })[0];
    var measured = files.filter(function (file) { return /\.kpis\.csv$/i.test(file.name); })[0];
    if (company) load(company, measured ? function () { loadMeasurements(measured); } : null);
    else if (measured) loadMeasurements(measured);
  });
  // For the tests and for whoever wants the text without a download.
  window.playbookIntake = {fileText: function () { return fileText(formToFile(editor.getValue()), currentSlug()); }};
})();
