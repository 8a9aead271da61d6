"""A record of dataclasses as JSON data and as JSON Schema, both derived from the fields themselves.

The same rules make the data (:func:`record_data`) and its schema (:func:`record_schema`):

- a dataclass is an object of its fields, less those marked with :func:`not_exported`, plus each property
  that gives a plain value (a number, text, date or flag: `open_risks`, a use case's `score`);
- a content entry (a pydantic model with an ``id``: a KPI, a risk, a competence area from ``data/``) is its id;
- any other pydantic model (the company's profile, a text in both languages) is its ``model_dump``;
- tuples and lists are arrays, mappings objects, dates ISO 8601 text (``2027-01-04``).

A field added to the record is exported, and described by the schema, without a line written for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter

NOT_EXPORTED = "not_exported"
"""The key, in a dataclass field's metadata, of why the field stays out of the export."""
PLAIN = (bool, int, float, str, dt.date)
"""The types of the properties that are exported beside the fields."""


def not_exported(reason: str) -> dict[str, str]:
    """Metadata for ``dataclasses.field``: the field stays out of the export, for ``reason``."""
    return {NOT_EXPORTED: reason}


def is_content_entry(model: type[BaseModel]) -> bool:
    """True for a model of an entry in ``data/`` that the record refers to by its id."""
    return "id" in model.model_fields


_EXPORTED: dict[type, dict[str, Any]] = {}
_KINDS: dict[type, str] = {}
"""What :func:`exported_fields` and :func:`_kind` found, per type: the walk meets thousands of values."""


def exported_fields(cls: type) -> dict[str, Any]:
    """Name -> type of what a dataclass exports: its fields (less the not exported ones), then its plain
    properties, in the order they are declared."""
    if cls not in _EXPORTED:
        _EXPORTED[cls] = _exported_fields(cls)
    return _EXPORTED[cls]


def _exported_fields(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    exported = {f.name: hints[f.name] for f in dataclasses.fields(cls) if NOT_EXPORTED not in f.metadata}
    for name, member in vars(cls).items():
        if isinstance(member, property) and not name.startswith("_") and member.fget is not None:
            returned = typing.get_type_hints(member.fget).get("return")
            if all(arg in PLAIN or arg is type(None) for arg in typing.get_args(returned) or (returned,)):
                exported[name] = returned
    return exported


def record_data(value: Any) -> Any:
    """``value`` as JSON data, by the rules above."""
    of = type(value)
    kind = _KINDS.get(of) or _KINDS.setdefault(of, _kind(of))
    if kind == "plain":
        return value
    if kind == "array":
        return [record_data(item) for item in value]
    if kind == "record":
        return {name: record_data(getattr(value, name)) for name in exported_fields(of)}
    if kind == "entry":
        return value.id
    if kind == "model":
        return value.model_dump(mode="json")
    if kind == "mapping":
        return {str(key): record_data(item) for key, item in value.items()}
    return value.isoformat() if kind == "date" else str(value)


def _kind(of: type) -> str:
    """Which rule exports a value of type ``of``."""
    if of in (str, int, float, bool, type(None)):
        return "plain"
    if issubclass(of, tuple | list):
        return "array"
    if dataclasses.is_dataclass(of):
        return "record"
    if issubclass(of, BaseModel):
        return "entry" if is_content_entry(of) else "model"
    if issubclass(of, Mapping):
        return "mapping"
    if issubclass(of, dt.date):
        return "date"
    if issubclass(of, Path):
        return "path"
    raise TypeError(f"the record holds a {of!r}, which playbook.company.record cannot export")


def record_schema(cls: type, *, schema_id: str, version: int) -> dict[str, Any]:
    """The JSON Schema of ``record_data`` of a ``cls`` with a ``schema_version`` of ``version`` beside its fields."""
    definitions: dict[str, Any] = {}
    root = _object_schema(cls, definitions)
    root["properties"] = {"schema_version": {"const": version, "type": "integer"}, **root["properties"]}
    root["required"] = ["schema_version", *root["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id,
        **root,
        "$defs": dict(sorted(definitions.items())),
    }


def _object_schema(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    properties = {name: _schema(kind, definitions) for name, kind in exported_fields(cls).items()}
    schema: dict[str, Any] = {"title": cls.__name__, "type": "object"}
    if cls.__doc__ and not cls.__doc__.startswith(f"{cls.__name__}("):  # not the signature dataclass writes
        schema["description"] = cls.__doc__.strip()
    return {**schema, "properties": properties, "required": list(properties), "additionalProperties": False}


def _schema(kind: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if kind is Any:
        return {}
    if kind is type(None):
        return {"type": "null"}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema(arg, definitions) for arg in args]}
    if origin in (tuple, list):
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            items = [_schema(arg, definitions) for arg in args]
            return {"type": "array", "prefixItems": items, "minItems": len(items), "maxItems": len(items)}
        return {"type": "array", "items": _schema(args[0], definitions)}
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        return {"type": "object", "additionalProperties": _schema(args[1], definitions)}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if kind.__name__ not in definitions:
            definitions[kind.__name__] = {}  # a placeholder while its fields are described
            definitions[kind.__name__] = _object_schema(kind, definitions)
        return {"$ref": f"#/$defs/{kind.__name__}"}
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return _model_schema(kind, definitions)
    return _plain_schema(kind)


def _model_schema(model: type[BaseModel], definitions: dict[str, Any]) -> dict[str, Any]:
    if is_content_entry(model):
        return {"type": "string", "description": f"the id of a {model.__name__} in data/"}
    schema = TypeAdapter(model).json_schema(by_alias=False, mode="serialization", ref_template="#/$defs/{model}")
    definitions.update(schema.pop("$defs", {}))
    definitions[model.__name__] = schema
    return {"$ref": f"#/$defs/{model.__name__}"}


def _plain_schema(kind: Any) -> dict[str, Any]:
    plain = {bool: "boolean", int: "integer", float: "number", str: "string", Path: "string"}
    if kind in plain:
        return {"type": plain[kind]}
    if kind in (dt.date, dt.datetime):
        return {"type": "string", "format": "date" if kind is dt.date else "date-time"}
    raise TypeError(f"the record holds a {kind!r}, which playbook.company.record cannot describe")
