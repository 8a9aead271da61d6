"""The company record exports itself: every field, by the field's own name and type, with a schema made the same way."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import typing
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

from playbook import Content
from playbook.company.company import EXPORT_SCHEMA_VERSION, Company, CompanyPlaybook
from playbook.company.playbooks import company_playbooks, load_companies
from playbook.company.record import NOT_EXPORTED, exported_fields, not_exported, record_data, record_schema
from playbook.models.common import Text
from playbook.models.practice import Kpi
from playbook.schemas import EXPORT_SCHEMA
from tests.conftest import ROOT

TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def books(content: Content) -> dict[str, CompanyPlaybook]:
    companies = load_companies(ROOT / "examples" / "companies", content, ROOT, TODAY)
    return {book.company.slug: book for book in company_playbooks(companies, content, TODAY)}


def record_classes(cls: type = CompanyPlaybook) -> Iterator[type]:
    """``cls`` and every dataclass its exported fields hold, each once."""
    seen: set[type] = set()

    def walk(kind: Any) -> Iterator[type]:
        for part in (kind, *typing.get_args(kind)):
            if isinstance(part, type) and dataclasses.is_dataclass(part) and part not in seen:
                seen.add(part)
                yield part
                for inner in exported_fields(part).values():
                    yield from walk(inner)
            elif part is not kind:
                yield from walk(part)

    yield from walk(cls)


def test_every_field_of_the_record_is_exported_unless_it_says_why_not(books: dict[str, CompanyPlaybook]) -> None:
    data = json.loads(books["fictief-financieel"].to_json())
    assert {field.name for field in dataclasses.fields(CompanyPlaybook)} - set(data) == {"documents", "published"}
    assert {field.name for field in dataclasses.fields(Company)} - set(data["company"]) == {"source", "answers"}
    left_out = {
        f"{cls.__name__}.{field.name}": field.metadata[NOT_EXPORTED]
        for cls in record_classes()
        for field in dataclasses.fields(cls)
        if NOT_EXPORTED in field.metadata
    }
    assert left_out == {
        "Company.source": "where the file's values sit, for error messages",
        "Company.answers": "one answer per respondent stays private: `survey` holds the results",
        "CompanyPlaybook.documents": "how this build writes the exports, not a fact about the company",
        "CompanyPlaybook.published": "how this build shows the company, not a fact about the company",
    }


def test_the_schema_describes_every_exported_field_of_every_record_class() -> None:
    schema = json.loads((ROOT / "schemas" / EXPORT_SCHEMA).read_text(encoding="utf-8"))
    classes = list(record_classes())
    assert len(classes) > 20
    for cls in classes:
        described = schema if cls is CompanyPlaybook else schema["$defs"][cls.__name__]
        fields = {field.name for field in dataclasses.fields(cls) if NOT_EXPORTED not in field.metadata}
        assert fields <= set(described["properties"]), cls.__name__
        assert set(described["required"]) == set(described["properties"]), cls.__name__
        assert described["additionalProperties"] is False


@pytest.mark.parametrize("slug", ["voorbeeld-techniek", "fictief-financieel", "demo-cold-chain"])
def test_each_example_export_meets_the_schema(books: dict[str, CompanyPlaybook], slug: str) -> None:
    schema = json.loads((ROOT / "schemas" / EXPORT_SCHEMA).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    errors = jsonschema.Draft202012Validator(schema, format_checker=checker).iter_errors(
        json.loads(books[slug].to_json())
    )
    assert [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in errors] == []


def test_the_schema_rejects_an_export_missing_a_field(books: dict[str, CompanyPlaybook]) -> None:
    schema = json.loads((ROOT / "schemas" / EXPORT_SCHEMA).read_text(encoding="utf-8"))
    data = json.loads(books["voorbeeld-techniek"].to_json())
    del data["schedule"]["phases"][0]["months"][0]["activities"][0]["owner"]
    with pytest.raises(jsonschema.ValidationError, match="'owner' is a required property"):
        jsonschema.validate(data, schema)


def test_the_export_holds_the_obligations_and_the_survey_results(books: dict[str, CompanyPlaybook]) -> None:
    book = books["fictief-financieel"]
    data = json.loads(book.to_json())
    assert data["schema_version"] == EXPORT_SCHEMA_VERSION == 1
    assert [o["title"] for o in data["obligations"]] == [o.title for o in book.obligations]
    assert data["obligations"][0] | {"title": "…"} == {
        "number": 1,
        "title": "…",
        "kind": "document_processing",
        "personal_data": True,
        "personal_data_note": None,
        "ai_act": "minimal",
        "dpia": "assess",
        "participation": "consent",
        "small_company": False,
        "inform_staff": False,
        "subjects": ["customers", "staff"],
        "fria": False,
        "no_representation": False,
        "provider": False,
    }
    survey = book.survey
    assert survey
    assert [(r["date"], r["respondents"], r["barrier"]) for r in data["survey"]] == [
        (r.date.isoformat(), r.respondents, r.barrier) for r in survey
    ]
    assert [e["element"] for e in data["survey"][0]["elements"]] == [e.element for e in survey[0].elements]


def test_answers_per_respondent_stay_out(books: dict[str, CompanyPlaybook]) -> None:
    book = books["fictief-financieel"]
    respondents = {answer.respondent for answer in book.company.answers}
    assert respondents
    text = book.to_json().decode("utf-8")
    assert [name for name in respondents if f'"{name}"' in text] == []


def test_content_entries_are_exported_by_id_and_texts_in_both_languages(books: dict[str, CompanyPlaybook]) -> None:
    book = books["voorbeeld-techniek"]
    data = json.loads(book.to_json())
    assert [series["kpi"] for series in data["kpis"]] == [series.kpi.id for series in book.kpis]
    assert [flag["risk"] for flag in data["risks"]] == [flag.risk.id for flag in book.risks]
    first = data["schedule"]["phases"][0]["months"][0]["activities"][0]
    activity = book.schedule.phases[0].months[0].activities[0]
    assert activity.title is not None
    assert first["title"] == {"nl": activity.title.nl, "en": activity.title.en}
    assert first["id"] == activity.id
    assert data["use_cases"][0]["score"] == book.use_cases[0].score


@dataclasses.dataclass(frozen=True)
class Entry:
    """A record with one of each kind of value."""

    name: str
    when: dt.date
    kpi: Kpi
    text: Text | None
    counts: typing.Mapping[str, int]
    pair: tuple[int, float]
    hidden: str = dataclasses.field(default="x", metadata=not_exported("internal"))

    @property
    def doubled(self) -> int:
        """A plain value: exported."""
        return 2 * len(self.name)

    @property
    def same(self) -> Entry:
        """Not a plain value: left out."""
        return self


def test_a_new_field_is_exported_and_described_without_a_line_written_for_it(content: Content) -> None:
    kpi = content.kpis.kpis[0]
    entry = Entry("abc", dt.date(2027, 1, 4), kpi, Text(nl="hallo", en="hello"), {"a": 1}, (1, 2.5))
    assert record_data(entry) == {
        "name": "abc",
        "when": "2027-01-04",
        "kpi": kpi.id,
        "text": {"nl": "hallo", "en": "hello"},
        "counts": {"a": 1},
        "pair": [1, 2.5],
        "doubled": 6,
    }
    schema = record_schema(Entry, schema_id="entry.schema.json", version=3)
    assert schema["required"] == ["schema_version", "name", "when", "kpi", "text", "counts", "pair", "doubled"]
    assert schema["properties"]["when"] == {"type": "string", "format": "date"}
    assert schema["properties"]["pair"]["prefixItems"] == [{"type": "integer"}, {"type": "number"}]
    jsonschema.validate({"schema_version": 3, **record_data(entry)}, schema)


def test_a_value_the_record_cannot_describe_is_named() -> None:
    @dataclasses.dataclass
    class Odd:
        where: complex

    with pytest.raises(TypeError) as described:
        record_schema(Odd, schema_id="odd.schema.json", version=1)
    assert str(described.value) == "the record holds a <class 'complex'>, which playbook.company.record cannot describe"
    with pytest.raises(TypeError) as exported:
        record_data(Odd(1j))
    assert str(exported.value) == "the record holds a <class 'complex'>, which playbook.company.record cannot export"
