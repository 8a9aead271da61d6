"""The intake page (/intake/, /en/intake/): a company file written in the browser, read back by the playbook."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from playbook.company.intake_form import FormBuilder, company_schema, form_config
from playbook.company.playbooks import company_playbook, load_company
from playbook.company.starter import field_guide, starter_file
from playbook.content import Content
from playbook.loading.errors import DataError
from tests.conftest import ROOT, at, needs_chromium, run_mkdocs
from tests.test_accessibility import AXE, BLOCKING, RUN_AXE

VENDORED = {
    "docs/javascripts/vendor/jsoneditor.js": "node_modules/@json-editor/json-editor/dist/jsoneditor.js",
    "docs/javascripts/vendor/jsoneditor.js.LICENSE.txt": "node_modules/@json-editor/json-editor/dist/jsoneditor.js.LICENSE.txt",
    "docs/javascripts/vendor/jsoneditor.LICENSE.txt": "node_modules/@json-editor/json-editor/LICENSE",
    "docs/javascripts/vendor/js-yaml.umd.min.js": "node_modules/js-yaml/dist/browser/js-yaml.umd.min.js",
    "docs/javascripts/vendor/js-yaml.LICENSE.txt": "node_modules/js-yaml/LICENSE",
}
"""Each file served from the site, and the file of the npm package (pinned in package.json) it must equal."""
EXAMPLES = sorted((ROOT / "examples" / "companies").glob("*.yml"))
TODAY = dt.date(2026, 11, 28)


def _field_paths(node: dict[str, Any], prefix: str = "") -> list[str]:
    paths = []
    for name, child in node.get("properties", {}).items():
        path = f"{prefix}.{name}" if prefix else name
        options = [o for o in child.get("anyOf", [child]) if o.get("type") != "null"]
        objects = [o for o in options if o.get("type") == "object"]
        items = [o.get("items", {}) for o in options if o.get("type") == "array"]
        item_objects = [o for item in items for o in item.get("anyOf", [item]) if o.get("type") == "object"]
        if objects and objects[0].get("properties"):
            paths += _field_paths(objects[0], path)
        elif objects:
            continue  # a map such as progress and activities: written back as loaded
        else:
            paths.append(path)
            for item in item_objects:
                paths += _field_paths(item, path)
    return [path for path in paths if path != "schema_version"]


def test_every_field_of_the_company_file_has_words_in_both_languages(content: Content) -> None:
    missing = [path for path in _field_paths(company_schema()) if path not in content.intake.fields]
    assert missing == []
    for entry in content.intake.fields.values():
        assert entry.label.en
        assert entry.help.en


def test_the_page_writes_the_field_guide_that_playbook_new_writes() -> None:
    written = starter_file("acme", "Acme", "nl", dt.date(2026, 11, 28))
    assert written.startswith(field_guide("acme", "nl"))
    assert written[len(field_guide("acme", "nl")) :].startswith("schema_version: 1\n")
    assert "publish: false  # privé tot u besluit: zet true om dit bedrijf te publiceren\n" in written
    english = starter_file("acme", "Acme", "en", dt.date(2026, 11, 28))
    assert english.startswith(field_guide("acme", "en"))
    assert "publish: false  # private until you decide: set true to publish this company\n" in english


def test_the_form_comes_in_the_files_steps_with_the_pages_words(content: Content) -> None:
    config = form_config(content, "en")
    steps = ["company", "ai_project", "use_cases", "people", "competences", "kpis"]
    assert [step["id"] for step in config["steps"]] == steps
    use_case = config["schema"]["properties"]["use_cases"]["properties"]["use_cases"]["items"]["properties"]
    assert use_case["kind"]["options"]["enum_titles"][1] == "Chatbot or assistant"
    assert use_case["value"]["intake"] == "integer"
    assert use_case["value"]["bounds"] == {"minimum": 1, "maximum": 5}
    dutch = form_config(content, "nl")["schema"]["properties"]["ai_project"]["properties"]["budget_eur"]
    assert dutch["title"] == "Projectbudget (euro)"
    assert dutch["bounds"] == {"exclusiveMinimum": 0}


@pytest.mark.audit
@pytest.mark.parametrize("served_file", sorted(VENDORED))
def test_the_vendored_files_are_the_npm_packages_own(served_file: str) -> None:
    package_file = ROOT / VENDORED[served_file]
    if not package_file.exists():
        pytest.skip("needs the npm packages: run `npm ci` (make audit-tests does)")
    digest = hashlib.sha256((ROOT / served_file).read_bytes()).hexdigest()
    assert digest == hashlib.sha256(package_file.read_bytes()).hexdigest()


def test_only_the_intake_page_loads_its_scripts(site: Any) -> None:
    for path in ("intake/index.html", "en/intake/index.html"):
        assert "javascripts/vendor/jsoneditor.js" in site.html(path)
        assert 'id="intake-load"' in site.html(path)
    for licence in ("jsoneditor.LICENSE.txt", "js-yaml.LICENSE.txt"):  # served with the libraries
        assert "MIT" in (site.root / "javascripts" / "vendor" / licence).read_text(encoding="utf-8")
    assert "jsoneditor" not in site.html("index.html")
    assert "intake.css" not in site.html("en/faq/index.html")


# --- in the browser ---------------------------------------------------------------------------------------------


def _open(browser: Any, url: str) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url, wait_until="networkidle")
    page.wait_for_selector("#intake-steps button")
    return context, page, requests


def _foreign(requests: list[str], served: str) -> list[str]:
    host = urlparse(served).netloc
    return [url for url in requests if urlparse(url).scheme not in {"blob", "data"} and urlparse(url).netloc != host]


def _download(page: Any, target: Path) -> str:
    with page.expect_download() as info:
        page.keyboard.press("Enter") if page.evaluate("document.activeElement.id") == "intake-download" else page.click(
            "#intake-download"
        )
    download = info.value
    download.save_as(target / download.suggested_filename)
    return str(download.suggested_filename)


def _shows(locator: Any, text: str) -> None:
    """The message is shown (the form checks a field as it leaves it, so the test waits for it)."""
    from playwright.sync_api import expect  # noqa: PLC0415

    expect(locator).to_have_text(text)


def _playbook_json(path: Path, content: Content) -> bytes:
    errors: list[DataError] = []
    company = load_company(path, content, ROOT, TODAY, errors)
    assert errors == []
    assert company is not None
    return company_playbook(company, content, TODAY).to_json()


ANSWERS = {
    "root[company][name]": "Kade & Zonen B.V.",
    "root[company][employees]": "85",
    "root[company][it_team_size]": "6",
    "root[company][sector]": "transport",
    "root[company][change_budget_eur]": "20000",
    "root[ai_project][budget_eur]": "60000",
    "root[ai_project][first_ai_project]": 1,  # option index: (kies), ja, nee
    "root[ai_project][start]": "2027-02-01",
    "root[ai_project][scope]": 1,
    "root[ai_project][resources]": 2,
    "root[ai_project][timeframe_months]": "9",
    "root[ai_project][agile]": 2,
    "root[use_cases][use_cases][0][title]": "Planning van ritten",
    "root[use_cases][use_cases][0][value]": "4",
    "root[use_cases][use_cases][0][feasibility]": "3",
    "root[use_cases][use_cases][0][kind]": 1,
    "root[people][sponsor]": "Els Kade",
    "root[people][project_manager]": "Omar Haddou",
    "root[competences][technical_ai]": "2",
    "root[competences][data]": "3",
}


@needs_chromium
def test_a_new_company_filled_in_by_keyboard_alone_validates_and_builds(
    browser: Any, served: str, tmp_path: Path, project_copy: Path, cli: Any
) -> None:
    context, page, requests = _open(browser, served + "intake/")
    page.focus("#intake-steps button")
    page.keyboard.press("Tab")
    added = False
    for _ in range(400):
        focused = page.evaluate(
            "({name: document.activeElement.name || '', id: document.activeElement.id, "
            "text: document.activeElement.textContent.trim()})"
        )
        answer = ANSWERS.get(focused["name"])
        if focused["id"] == "intake-download":
            break
        if focused["id"] == "intake-next":
            page.keyboard.press("Enter")  # the next step's first field takes the focus
            continue
        if isinstance(answer, int):
            for _ in range(answer):
                page.keyboard.press("ArrowDown")
        elif answer is not None:
            page.keyboard.type(answer)
        elif focused["text"] == "Use case toevoegen" and not added:
            page.keyboard.press("Enter")
            added = True
        elif focused["id"] == "intake-slug":
            page.keyboard.type("kade-zonen")
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "intake-download"
    name = _download(page, tmp_path)
    assert name == "kade-zonen.yml"
    assert "kade-zonen.yml is gedownload." in page.inner_text("#intake-status")
    here = page.evaluate("window.location.pathname")  # the company page's address: beside this page's edition
    assert page.inner_text(".intake-company-path") == here.removesuffix("intake/") + "playbook/kade-zonen/"
    context.close()
    written = (tmp_path / name).read_text(encoding="utf-8")
    assert written.startswith(field_guide("kade-zonen", "nl"))  # the comments `playbook new` writes
    assert written.startswith("# yaml-language-server: $schema=../../schemas/company.schema.json\n")
    assert "# Het profiel van één organisatie; de playbookpagina /playbook/kade-zonen/ wordt ervan gemaakt." in written
    assert "publish: false  # privé tot u besluit" in written
    assert "start: 2027-02-01\n" in written
    assert _foreign(requests, served) == []

    companies = project_copy / "data" / "companies"
    companies.mkdir(parents=True, exist_ok=True)
    (companies / name).write_text(written, encoding="utf-8")
    result = cli("validate", "--data", str(project_copy / "data"))
    assert result.returncode == 0, result.stdout + result.stderr
    built = run_mkdocs(project_copy, tmp_path / "site", PLAYBOOK_CLIENT="kade-zonen")
    assert built.returncode == 0, built.stderr
    page_html = (tmp_path / "site" / "playbook" / "kade-zonen" / "index.html").read_text(encoding="utf-8")
    assert "Kade &amp; Zonen B.V." in page_html or "Kade &#38; Zonen B.V." in page_html
    assert "Planning van ritten" in page_html


@needs_chromium
@pytest.mark.parametrize("example", EXAMPLES, ids=[path.stem for path in EXAMPLES])
@pytest.mark.parametrize("prefix", ["", "en/"])
def test_an_example_loaded_and_downloaded_gives_the_same_playbook(
    browser: Any, served: str, tmp_path: Path, content: Content, example: Path, prefix: str
) -> None:
    """The KPI measurements are opened with it and downloaded as `<slug>.kpis.csv`; the survey file stays beside."""
    context, page, requests = _open(browser, served + at("intake/", prefix))
    measurements = example.with_name(f"{example.stem}.kpis.csv")
    page.set_input_files("#intake-load", [str(example), *([str(measurements)] if measurements.exists() else [])])
    opened = measurements.name if measurements.exists() else example.name
    page.wait_for_function(f"document.getElementById('intake-status').textContent.includes('{opened}')")
    assert page.input_value("#intake-slug") == example.stem
    name = _download(page, tmp_path)
    if measurements.exists():
        with page.expect_download() as info:
            page.click("#intake-download-kpis")
        assert info.value.suggested_filename == measurements.name
        info.value.save_as(tmp_path / measurements.name)
    context.close()
    assert name == example.name
    for survey in example.parent.glob(f"{example.stem}.survey.csv"):
        (tmp_path / survey.name).write_bytes(survey.read_bytes())
    assert _playbook_json(tmp_path / name, content) == _playbook_json(example, content)
    assert _foreign(requests, served) == []


@needs_chromium
@pytest.mark.parametrize(
    ("prefix", "typed", "message"),
    [
        (
            "",
            "45.000",
            "'45.000' leest in het bestand als 45: schrijf 45000, zonder punt of komma tussen de duizendtallen",
        ),
        (
            "",
            "vijftigduizend",
            "Schrijf een getal in cijfers, zonder woorden, eenheden of €-teken: 'vijftigduizend' is geen getal",
        ),
        (
            "en/",
            "45.000",
            "'45.000' reads as 45 in the file: write 45000, without a dot or comma between the thousands",
        ),
        ("en/", "fifty", "Write a number in digits, without words, units or € sign: 'fifty' is not a number"),
    ],
)
def test_a_common_mistake_gets_a_plain_message_at_the_field(
    browser: Any, served: str, prefix: str, typed: str, message: str
) -> None:
    context, page, _ = _open(browser, served + at("intake/", prefix))
    page.click("#intake-next")
    field = page.locator("[name='root[ai_project][budget_eur]']")
    field.fill(typed)
    field.press("Tab")
    _shows(page.locator("[data-schemapath='root.ai_project.budget_eur'] .errmsg"), message + ".")
    context.close()


@needs_chromium
@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("04-01-2027", "Schrijf het jaar eerst: 2027-01-04 in plaats van 04-01-2027."),
        ("2027-02-30", "2027-02-30 bestaat niet: er is geen 30 februari 2027."),
    ],
)
def test_a_date_gets_a_plain_message_at_the_field(browser: Any, served: str, typed: str, message: str) -> None:
    context, page, _ = _open(browser, served + "intake/")
    page.click("#intake-next")
    field = page.locator("[name='root[ai_project][start]']")
    field.fill(typed)
    field.press("Tab")
    _shows(page.locator("[data-schemapath='root.ai_project.start'] .errmsg"), message)
    context.close()


@needs_chromium
def test_the_draft_stays_in_the_browser_until_forgotten(browser: Any, served: str) -> None:
    context, page, requests = _open(browser, served + "intake/")
    page.fill("[name='root[company][name]']", "Concept B.V.")
    page.press("[name='root[company][name]']", "Tab")
    page.reload(wait_until="networkidle")
    page.wait_for_selector("#intake-steps button")
    assert page.input_value("[name='root[company][name]']") == "Concept B.V."
    assert "concept" in page.inner_text("#intake-status").lower()
    page.click("#intake-forget")
    assert page.evaluate("localStorage.getItem('playbook-intake-draft')") is None
    page.reload(wait_until="networkidle")
    page.wait_for_selector("#intake-steps button")
    assert page.input_value("[name='root[company][name]']") == ""
    context.close()
    assert _foreign(requests, served) == []


@needs_chromium
@pytest.mark.audit
@pytest.mark.parametrize(("prefix", "scheme"), [("", "light"), ("en/", "light"), ("", "dark")])
def test_axe_finds_nothing_serious_on_any_step(browser: Any, served: str, prefix: str, scheme: str) -> None:
    """Every step, with an example loaded (so that a use case and its fields are shown), and with the messages
    at the field that a download brings up."""
    if not AXE.exists():
        pytest.skip("needs axe-core: run `npm ci` (make audit-tests does)")
    context = browser.new_context(accept_downloads=True, color_scheme=scheme)
    page = context.new_page()
    page.goto(served + at("intake/", prefix), wait_until="networkidle")
    page.wait_for_selector("#intake-steps button")
    page.set_input_files("#intake-load", str(EXAMPLES[-1]))
    page.fill("[name='root[company][employees]']", "vijftig")
    with page.expect_download():
        page.click("#intake-download")
    page.add_script_tag(path=str(AXE))
    found = []
    for step in range(page.locator("#intake-steps button").count()):
        page.locator("#intake-steps button").nth(step).click()
        page.evaluate("window.scrollTo(0, 0)")  # Material's back-to-top button fades out: not mid-fade
        page.wait_for_timeout(400)
        found += [v for v in page.evaluate(RUN_AXE) if v["impact"] in BLOCKING]
    context.close()
    assert found == []


@pytest.mark.parametrize(
    ("schema", "kind", "optional"),
    [
        ({"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]}, "integer", True),
        ({"type": "string", "format": "date"}, "date", False),
        ({"enum": ["staff", "customers"]}, "enum", False),
        (
            {"anyOf": [{"type": "string"}, {"type": "object", "properties": {"title": {"type": "string"}}}]},
            "object",
            False,
        ),
        (
            {
                "anyOf": [
                    {"type": "boolean"},
                    {"enum": ["none", "staff", "customers"]},
                    {"type": "array", "items": {"enum": ["staff", "customers"]}},
                    {"type": "null"},
                ]
            },
            "free",
            True,
        ),
    ],
)
def test_a_field_the_models_gain_gets_a_form_field_by_its_type(
    content: Content, schema: dict[str, Any], kind: str, optional: bool
) -> None:
    """A union the form has no field for (whose data, as 'staff' or a list) becomes a value written as in the file."""
    field = FormBuilder(content, "nl").field("ai_project.use_cases.new_field", schema, required=True)
    assert (field["intake"], field["intake_optional"]) == (kind, optional)
    assert field["title"] == "New field"


@needs_chromium
def test_an_empty_form_says_nothing_until_a_field_is_left_empty_or_the_file_is_downloaded(
    browser: Any, served: str, tmp_path: Path
) -> None:
    context, page, _ = _open(browser, served + "intake/")
    assert page.locator(".errmsg:visible").count() == 0
    name = page.locator("[name='root[company][name]']")
    name.fill("x")
    name.press("Tab")
    name.fill("")
    name.press("Tab")
    _shows(page.locator("[data-schemapath='root.company.name'] .errmsg"), "Vul dit in.")
    _download(page, tmp_path)
    status = page.inner_text("#intake-status")
    assert status.startswith("uw-bedrijf.yml is gedownload, met ")
    assert status.endswith("punten om nog te verbeteren bij: Bedrijf, Project.")
    _shows(page.locator("[data-schemapath='root.company.sector'] .errmsg"), "Vul dit in.")
    context.close()


@needs_chromium
def test_a_file_that_is_no_yaml_is_named_with_what_is_wrong(browser: Any, served: str, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.yml"
    broken.write_text("name: [Kade\nemployees: 85\n", encoding="utf-8")
    context, page, _ = _open(browser, served + "intake/")
    page.set_input_files("#intake-load", str(broken))
    page.wait_for_function("document.getElementById('intake-status').textContent.includes('kapot.yml')")
    assert page.inner_text("#intake-status").startswith("kapot.yml kon niet worden gelezen: ")
    assert page.input_value("[name='root[company][name]']") == ""
    context.close()
