"""JSON Schemas generated from the models, kept in schemas/: one per data file kind, and the JSON export's."""

from __future__ import annotations

import json
from pathlib import Path

from playbook.company.company import EXPORT_SCHEMA_VERSION, CompanyPlaybook
from playbook.company.record import record_schema
from playbook.loading.content import ENTITY_DIRS, SINGLE_FILES
from playbook.loading.yamlsource import load_yaml
from playbook.models.cases import Roadmap
from playbook.models.company import CompanyProfile

EXPORT_SCHEMA = "company-playbook.schema.json"
"""The schema of a company's JSON export (`exports/<slug>-playbook.json`: ``CompanyPlaybook.to_json``)."""


SCHEMA_ID = "urn:playbook:schema:{name}"
"""Each schema's absolute ``$id``: a name, not an address, so that no tool fetches it, and the same from every
folder. References between schemas are copied in (``$defs``), never fetched."""


def schema_id(file_name: str) -> str:
    """The absolute ``$id`` of the schema in ``schemas/<file_name>``."""
    return SCHEMA_ID.format(name=file_name.removesuffix(".schema.json"))


def activity_ids(data_dir: Path) -> list[str]:
    """The roadmap's activity ids, in order: the values company files may refer to."""
    source = load_yaml(data_dir / "roadmap.yml", "data/roadmap.yml")
    return [activity.id for activity in Roadmap.model_validate(source.data).activities()]


def _activity_schema(data_dir: Path) -> dict[str, object]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id("activity-id.schema.json"),
        "title": "ActivityId",
        "description": "The id of a roadmap activity (data/roadmap.yml), as company files refer to it.",
        "type": "string",
        "enum": activity_ids(data_dir),
    }


def schema_documents(data_dir: Path) -> dict[str, str]:
    """File name in schemas/ -> JSON text, for every data file kind and the roadmap's activity ids."""
    kinds = {name.removesuffix(".yml"): model for name, model in SINGLE_FILES.items()}
    kinds.update(
        {
            folder.removesuffix("s") if folder != "case-studies" else "case-study": model
            for folder, model in ENTITY_DIRS.items()
        }
    )
    documents = {}
    for kind, model in sorted(kinds.items()):
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = schema_id(f"{kind}.schema.json")
        documents[f"{kind}.schema.json"] = _dump(schema)
    documents["activity-id.schema.json"] = _dump(_activity_schema(data_dir))
    documents["company.schema.json"] = _dump(_company_schema(data_dir))
    documents[EXPORT_SCHEMA] = _dump(
        record_schema(CompanyPlaybook, schema_id=schema_id(EXPORT_SCHEMA), version=EXPORT_SCHEMA_VERSION)
    )
    return documents


def _company_schema(data_dir: Path) -> dict[str, object]:
    """The company contract; activity keys complete from the roadmap's ids, copied in as ``$defs/ActivityId``."""
    schema = CompanyProfile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = schema_id("company.schema.json")
    activity = {key: value for key, value in _activity_schema(data_dir).items() if key not in ("$schema", "$id")}
    definitions = schema.setdefault("$defs", {})
    assert isinstance(definitions, dict)
    definitions["ActivityId"] = activity
    keys = {"anyOf": [{"$ref": "#/$defs/ActivityId"}, {"pattern": "^extra-[a-z0-9]+(-[a-z0-9]+)*$"}]}
    properties = schema["properties"]
    for name in ("progress", "activities"):
        properties[name]["propertyNames"] = keys
    return schema


def _dump(schema: dict[str, object]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(folder: Path, data_dir: Path) -> list[str]:
    """Write every schema into ``folder``; return the names that changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in schema_documents(data_dir).items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(name)
    return changed


def stale_schemas(folder: Path, data_dir: Path) -> list[str]:
    """Names of schemas in ``folder`` that differ from the models, or are missing or left over."""
    documents = schema_documents(data_dir)
    stale = [
        name
        for name, text in documents.items()
        if not (folder / name).exists() or (folder / name).read_text(encoding="utf-8") != text
    ]
    stale += [path.name for path in folder.glob("*.schema.json") if path.name not in documents]
    return sorted(stale)
