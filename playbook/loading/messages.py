"""Turn pydantic's validation errors into 'expected X, got Y' messages."""

from __future__ import annotations

import difflib
import re
from typing import Any, get_args

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from playbook.loading.errors import DataError
from playbook.loading.yamlsource import PathKey, SourceFile

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping of keys to values",
    "date_type": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
}


def describe(value: Any) -> str:
    """How a found value reads in an error message."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"the text '{short}'" if value.strip() else "empty text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"


def _expected(error: ErrorDetails) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in {"model_type", "model_attributes_type"}:
        name = str(ctx.get("class_name", ""))
        return "text in each language ({nl: ..., en: ...})" if name == "Text" else "a mapping of keys to values"
    if kind == "literal_error":
        return f"one of {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        return f"text matching {ctx.get('pattern', '')}"
    if kind == "string_too_short":
        return "non-empty text"
    if kind == "string_too_long":
        return f"text of at most {ctx.get('max_length')} characters"
    if kind == "too_short":
        return f"a list of at least {ctx.get('min_length')} entries"
    if kind == "too_long":
        return f"a list of at most {ctx.get('max_length')} entries"
    bounds = {"greater_than": ">", "greater_than_equal": "≥", "less_than": "<", "less_than_equal": "≤"}
    if kind in bounds:
        limit = next(iter(ctx.values()), "")
        return f"a number {bounds[kind]} {limit}"
    return _EXPECTED.get(kind, error["msg"][0].lower() + error["msg"][1:])


def data_path(data: Any, loc: tuple[Any, ...]) -> PathKey:
    """The part of pydantic's location that indexes into the data: union tags and type names left out."""
    path: list[str | int] = []
    current = data
    for index, part in enumerate(loc):
        if isinstance(current, dict) and part in current:
            current = current[part]
            part = part if isinstance(part, str) else str(part)  # noqa: PLW2901 - a YAML key such as 1
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and index == len(loc) - 1:
            pass  # a missing key
        else:
            continue
        path.append(part)
    return tuple(path)


def closest(word: str, choices: list[str] | set[str] | tuple[str, ...]) -> str | None:
    """The choice that ``word`` most probably misspells, if one is close enough."""
    found = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: str, choices: list[str] | set[str] | tuple[str, ...], *, list_all: bool = True) -> str:
    """ "; did you mean 'employees'?", or the list of choices when none is close."""
    match = closest(word, choices)
    if match:
        return f"; did you mean '{match}'?"
    return f"; expected one of: {', '.join(sorted(choices))}" if list_all and choices else ""


WORDS_FOR_BOOLEANS = {"ja": "true", "nee": "false", "waar": "true", "onwaar": "false", "j": "true"}
"""Dutch words for true and false."""

DUTCH_VALUES = {
    "organisatie": "organisation",
    "organisatiebreed": "organisation",
    "hele organisatie": "organisation",
    "afdeling": "team",
    "stapsgewijs": "incremental",
    "incrementeel": "incremental",
    "laag": "low",
    "weinig": "low",
    "gemiddeld": "medium",
    "middel": "medium",
    "hoog": "high",
    "veel": "high",
    "klaar": "done",
    "gedaan": "done",
    "af": "done",
    "bezig": "in_progress",
    "lopend": "in_progress",
    "overgeslagen": "skipped",
    "nederlands": "nl",
    "engels": "en",
    "organization": "organisation",
}
"""Dutch (and American) words for allowed values, suggested as the value meant."""


def _literal(error: ErrorDetails) -> str:
    """'expected one of 'team', 'organisation' or 'incremental', got 'organisatie'; did you mean 'organisation'?'"""
    expected = str((error.get("ctx") or {}).get("expected", ""))
    choices = re.findall(r"'([^']*)'", expected)
    found = str(error["input"])
    meant = DUTCH_VALUES.get(found.strip().casefold())
    if meant not in choices:
        meant = next((choice for choice in choices if choice.casefold() == found.strip().casefold()), None)
    meant = meant or closest(found, choices)
    hint = f"; did you mean '{meant}'?" if meant else ""
    return f"expected one of {expected}, got {describe(found)}{hint}"


def _bad_key(loc: PathKey, key: Any) -> str:
    """Why a key is refused: an activity id without its prefix, or a key that is no text."""
    if loc and loc[0] in {"activities", "progress"} and isinstance(key, str):
        plain = re.sub(r"[^a-z0-9]+", "-", key.lower().removeprefix("extra-")).strip("-")
        return (
            f"expected an activity id (a roadmap id such as 'm01-vision', or 'extra-' and a name of your own), "
            f"got '{key}'; for an extra activity write 'extra-{plain}'"
        )
    return f"expected text as the key, got {describe(key)}"


def _models_in(annotation: Any) -> set[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {annotation}
    found: set[type[BaseModel]] = set()
    for argument in get_args(annotation):
        found |= _models_in(argument)
    return found


def allowed_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> set[str]:
    """The keys the models at ``loc``'s parent accept (``loc`` ends in the unknown key)."""
    candidates = {model}
    for part in loc[:-1]:
        if not isinstance(part, str):
            continue
        nested = [m.model_fields[part] for m in candidates if part in m.model_fields]
        if nested:
            candidates = set().union(*(_models_in(field.annotation) for field in nested))
    return {name for m in candidates for name in m.model_fields}


def _unknown_key(source: SourceFile, loc: PathKey, allowed: set[str]) -> DataError:
    key = str(loc[-1]) if loc else ""
    return source.error(loc, f"unknown key{did_you_mean(key, allowed)}", at_key=True)


def _suggested_keys(
    source: SourceFile, details: list[ErrorDetails], prefix: PathKey, model: type[BaseModel] | None
) -> set[PathKey]:
    """The keys that an unknown key's 'did you mean' names: their own 'missing' error would say it twice."""
    suggested: set[PathKey] = set()
    for error in details if model is not None else []:
        if error["type"] == "extra_forbidden" and model is not None:
            where = data_path(source.data, tuple(error["loc"]))
            match = closest(str(where[-1]), allowed_keys(model, tuple(error["loc"]))) if where else None
            if match:
                suggested.add((*prefix, *where[:-1], match))
    return suggested


def to_data_errors(
    source: SourceFile, exc: ValidationError, prefix: PathKey = (), model: type[BaseModel] | None = None
) -> list[DataError]:
    """One :class:`DataError` per pydantic error, located in ``source``; unknown keys name the closest allowed key."""
    errors = []
    details = exc.errors(include_url=False)
    suggested = _suggested_keys(source, details, prefix, model)
    for error in details:
        loc: PathKey = (*prefix, *data_path(source.data, tuple(error["loc"])))
        kind = error["type"]
        if "[key]" in error["loc"] or kind == "invalid_key":
            errors.append(source.error(loc, _bad_key(loc, error["input"]), at_key=True))
        elif kind == "missing":
            if loc not in suggested:  # the misspelt key's message names it
                errors.append(source.error(loc, "expected a value, got nothing (the key is missing)"))
        elif kind == "extra_forbidden":
            if model is None:
                errors.append(source.error(loc, "expected no such key, got an unknown key", at_key=True))
            else:
                errors.append(_unknown_key(source, loc, allowed_keys(model, tuple(error["loc"]))))
        elif kind == "string_type" and isinstance(error["input"], bool) and loc in source.written:
            written, read = source.written[loc], str(error["input"]).lower()
            message = f'expected text, got {written}, which YAML reads as {read}: put it in quotes ("{written}")'
            errors.append(source.error(loc, message))
        elif kind == "bool_parsing" and str(error["input"]).strip().casefold() in WORDS_FOR_BOOLEANS:
            meant = WORDS_FOR_BOOLEANS[str(error["input"]).strip().casefold()]
            errors.append(source.error(loc, f"expected true or false, got {describe(error['input'])}; write {meant}"))
        elif kind == "literal_error" and isinstance(error["input"], str):
            errors.append(source.error(loc, _literal(error)))
        elif kind == "value_error":
            errors.append(source.error(loc, str(error["ctx"]["error"]) if error.get("ctx") else error["msg"]))
        else:
            length = (error.get("ctx") or {}).get("actual_length")
            noun = "entry" if length == 1 else "entries"
            found = f"{length} {noun}" if kind in {"too_short", "too_long"} and length is not None else None
            errors.append(source.error(loc, f"expected {_expected(error)}, got {found or describe(error['input'])}"))
    return errors
