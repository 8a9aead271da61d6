"""The intake page's form, made from the company file's JSON Schema at build time.

The schema (``CompanyProfile.model_json_schema()``, the one in schemas/company.schema.json) is simplified for the
form library: references resolved, ``null`` branches dropped (the field becomes optional), numbers, dates and
yes/no questions made text or choice fields that the page converts and checks itself, so that a thousands dot or
a number written in words gets a plain-word message instead of a silent conversion. The steps follow the file:
the file's own fields, then each of its objects (``ai_project``, ``people``, ``competences``), with each list of
objects inside one (``ai_project.use_cases``) a step of its own. A field the models gain arrives on the form by
itself; its words come from data/intake.yml.
"""

from __future__ import annotations

import copy
from typing import Any

from playbook.company.kpidata import HEADER as KPI_HEADER
from playbook.company.starter import field_guide, publish_note
from playbook.content import Content
from playbook.models.common import Language
from playbook.models.company import SCHEMA_VERSION, CompanyProfile

Schema = dict[str, Any]
HIDDEN = {"schema_version"}
"""Fields the page writes itself: the contract version is always this playbook's."""
MEASUREMENTS = "kpis"
"""The last step: KPI measurements, written to `<slug>.kpis.csv` beside the company file."""
SLUG_PATTERN = r"^[a-z0-9-]{2,40}$"
"""The file name's rule (playbook.models.company.Slug)."""


def company_schema() -> Schema:
    """The company file's JSON Schema with every reference resolved."""
    schema = CompanyProfile.model_json_schema()
    resolved: Schema = _resolve(schema, schema.get("$defs", {}))
    return resolved


def _resolve(node: Any, defs: Schema) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            target = _resolve(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
            return {**target, **{key: _resolve(value, defs) for key, value in node.items() if key != "$ref"}}
        return {key: _resolve(value, defs) for key, value in node.items() if key != "$defs"}
    if isinstance(node, list):
        return [_resolve(item, defs) for item in node]
    return node


def _branches(node: Schema) -> tuple[Schema, bool]:
    """The field without its ``null`` branch (and the object branch of a text-or-object union); True when null
    was allowed."""
    options = node.get("anyOf") or node.get("oneOf")
    if not options:
        return node, False
    kept = [option for option in options if option.get("type") != "null"]
    objects = [option for option in kept if option.get("type") == "object"]
    outer = {key: value for key, value in node.items() if key not in {"anyOf", "oneOf", "discriminator"}}
    if len(objects) == 1:
        return {**objects[0], **outer}, len(kept) < len(options)
    if len(kept) == 1:
        return {**kept[0], **outer}, True
    return {**outer, "anyOf": kept}, len(kept) < len(options)


def _kind(node: Schema) -> str:
    """The form's kind of field: object, array, enum, boolean, integer, number, date, text, or free."""
    if "anyOf" in node:
        return "free"
    if "enum" in node or "const" in node:
        return "enum"
    kind = node.get("type")
    if kind == "string":
        return "date" if node.get("format") == "date" else "text"
    return kind if kind in {"object", "array", "boolean", "integer", "number"} else "free"


class FormBuilder:
    """Builds the form's schema in one language from the company schema and data/intake.yml."""

    def __init__(self, content: Content, language: Language) -> None:
        self.content = content
        self.language = language
        self.texts = content.intake
        self.kinds: dict[str, str] = {kind.id: kind.title.get(language) for kind in content.use_case_kinds.kinds}
        self.kpis: dict[str, str] = {kpi.id: kpi.title.get(language) for kpi in content.kpis.kpis}

    def words(self, path: str, node: Schema) -> tuple[str, str]:
        """Label and help of the field at ``path``; the schema's own words when data/intake.yml has none."""
        entry = self.texts.fields.get(path)
        if entry is not None:
            return entry.label.get(self.language), entry.help.get(self.language)
        key = path.rsplit(".", 1)[-1]
        return key.replace("_", " ").capitalize(), str(node.get("description", ""))

    def choice(self, key: str, value: object) -> str:
        """A choice's title: data/ui.yml's value_<field>_<value>, a use-case kind's name, data/intake.yml's."""
        labels = self.content.ui.labels
        if f"value_{key}_{value}" in labels:
            return labels[f"value_{key}_{value}"].get(self.language)
        if key == "language" and value in {"nl", "en"}:
            return labels["language_name"].get("nl" if value == "nl" else "en")
        if value in self.kinds:
            return self.kinds[str(value)]
        if key == "kpi" and value in self.kpis:
            return self.kpis[str(value)]
        chosen = self.texts.choices.get(str(value))
        return chosen.get(self.language) if chosen else str(value)

    def field(self, path: str, raw: Schema, required: bool) -> Schema:
        """One field of the form."""
        node, nullable = _branches(raw)
        optional = nullable or not required
        label, help_text = self.words(path, node)
        key = path.rsplit(".", 1)[-1]
        kind = _kind(node)
        form: Schema = {"title": label, "description": help_text, "intake": kind, "intake_optional": optional}
        if kind == "object":
            properties = {
                name: self.field(f"{path}.{name}" if path else name, child, name in node.get("required", []))
                for name, child in node.get("properties", {}).items()
                if name not in HIDDEN
            }
            return {**form, "type": "object", "properties": properties}
        if kind == "array":
            items = self.field(path, node.get("items", {}), required=True)
            items["title"] = self.item_title(path, label)
            items["description"] = ""
            return {**form, "type": "array", "items": items, "format": "table" if items["intake"] != "object" else ""}
        if kind in {"enum", "boolean"}:
            values: list[Any] = node.get("enum", [node.get("const")]) if kind == "enum" else [True, False]
            titles = [self.choice(key, value) for value in values]
            if kind == "boolean":
                values, titles = ["true", "false"], [self.choice(key, "yes"), self.choice(key, "no")]
            values, titles = ["", *values], [self.choice(key, "unset" if optional else "choose"), *titles]
            return {**form, "type": "string", "enum": values, "options": {"enum_titles": titles}}
        form["type"] = "string"
        if kind in {"integer", "number"}:
            bounds = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
            form["bounds"] = {name: node[name] for name in bounds if name in node}
        if kind == "text" and "maxLength" in node:
            form["maxLength"] = node["maxLength"]
        if kind == "free":
            form["description"] = f"{help_text} {self.message('free_value')}".strip()
            form["options"] = {"input_height": "3em"}
        return form

    def item_title(self, path: str, label: str) -> str:
        """The name of one entry of the list at ``path`` (data/intake.yml's items), else the list's label."""
        item = self.texts.items.get(path)
        return item.get(self.language) if item else label

    def message(self, key: str) -> str:
        """A message from data/intake.yml in the page's language."""
        return self.texts.messages[key].get(self.language)


def _steps(schema: Schema) -> list[tuple[str, list[str], list[str]]]:
    """(step id, where its fields are in the file, which keys) in the file's order."""

    def scalars(node: Schema) -> list[str]:
        keys = []
        for name, child in node.get("properties", {}).items():
            field = _branches(child)[0]
            nested = _kind(field) == "object" or (
                _kind(field) == "array" and _kind(_branches(field.get("items", {}))[0]) == "object"
            )
            if name not in HIDDEN and not nested:
                keys.append(name)
        return keys

    steps: list[tuple[str, list[str], list[str]]] = [("company", [], scalars(schema))]
    for name, child in schema.get("properties", {}).items():
        node = _branches(child)[0]
        if _kind(node) != "object" or "properties" not in node:
            continue  # maps (progress, activities) are carried over unchanged
        steps.append((name, [name], scalars(node)))
        for inner, grandchild in node["properties"].items():
            inner_node = _branches(grandchild)[0]
            if _kind(inner_node) == "array" and _kind(_branches(inner_node.get("items", {}))[0]) == "object":
                steps.append((inner, [name], [inner]))
    return [step for step in steps if step[2]]


def _order(node: Schema) -> Schema:
    """The file's key order, nested: {'keys': [...], 'children': {key: order}}."""
    node = _branches(node)[0]
    if _kind(node) == "array":
        return _order(node.get("items", {}))
    properties = node.get("properties", {})
    return {
        "keys": list(properties),
        "children": {name: _order(child) for name, child in properties.items() if _order(child)["keys"]},
    }


def measurements_schema(content: Content) -> Schema:
    """The rows of `<slug>.kpis.csv` (playbook/company/kpidata.py: date, kpi, value), as a schema."""
    row = {
        "type": "object",
        "properties": {
            "date": {"type": "string", "format": "date"},
            "kpi": {"enum": [kpi.id for kpi in content.kpis.kpis]},
            "value": {"type": "number"},
        },
        "required": list(KPI_HEADER),
    }
    return {"type": "object", "properties": {MEASUREMENTS: {"type": "array", "items": row}}}


def form_config(content: Content, language: Language) -> Schema:
    """Everything the intake page's script needs, in ``language``: the form's schema by step, the file's key
    order, the field guide, and the words."""
    schema = company_schema()
    builder = FormBuilder(content, language)
    steps = []
    properties: Schema = {}
    for step_id, source, keys in _steps(schema):
        parent = schema
        for name in source:
            parent = _branches(parent["properties"][name])[0]
        prefix = ".".join(source)
        fields = {
            key: builder.field(
                f"{prefix}.{key}" if prefix else key, parent["properties"][key], key in parent.get("required", [])
            )
            for key in keys
        }
        title = content.intake.steps[step_id].get(language) if step_id in content.intake.steps else step_id
        single_list = len(keys) == 1 and fields[keys[0]]["intake"] == "array"
        properties[step_id] = {
            **({"options": {"compact": True}} if single_list else {}),  # the list's own heading is the step's
            "type": "object",
            "title": title,
            "properties": fields,
            "intake": "object",
            "intake_optional": False,
        }
        steps.append({"id": step_id, "source": source, "keys": keys, "title": title})
    kpis = builder.field("", measurements_schema(content), required=True)
    title = content.intake.steps[MEASUREMENTS].get(language)
    properties[MEASUREMENTS] = {**kpis, "title": title, "options": {"compact": True}}
    steps.append({"id": MEASUREMENTS, "source": [], "keys": [MEASUREMENTS], "title": title, "file": "kpis.csv"})
    form = {"type": "object", "title": " ", "properties": properties}
    return {
        "language": language,
        "schema": copy.deepcopy(form),
        "steps": steps,
        "order": _order(schema),
        "schema_version": SCHEMA_VERSION,
        "guide": field_guide("{slug}", language),
        "publish_comment": f"  # {publish_note(language)}",
        "slug_pattern": SLUG_PATTERN,
        "kpi_header": list(KPI_HEADER),
        "defaults": {"language": language, "publish": "false"},
        "messages": {key: text.get(language) for key, text in content.intake.messages.items()},
        "library": {key: text.get(language) for key, text in content.intake.library.items()},
    }
