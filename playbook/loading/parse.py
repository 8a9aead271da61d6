"""Read one data file and validate it as a model, collecting errors instead of raising."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from playbook.loading.errors import DataError, DataErrors
from playbook.loading.messages import to_data_errors
from playbook.loading.yamlsource import SourceFile, load_yaml

ModelT = TypeVar("ModelT", bound=BaseModel)


def display_path(path: Path, root: Path) -> str:
    """``path`` relative to the project root, for messages."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def parse(path: Path, root: Path, model: type[ModelT], errors: list[DataError]) -> tuple[ModelT, SourceFile] | None:
    """Load ``path`` and validate it as ``model``; collect errors instead of raising."""
    source = read_source(path, root, errors)
    if source is None:
        return None
    parsed = validate(source, model, errors)
    return None if parsed is None else (parsed, source)


def read_source(path: Path, root: Path, errors: list[DataError]) -> SourceFile | None:
    """The YAML of ``path`` with positions, or None with its errors collected."""
    try:
        source = load_yaml(path, display_path(path, root), root)
    except DataErrors as exc:
        errors.extend(exc.errors)
        return None
    errors.extend(source.problems)
    return source


def validate(
    source: SourceFile, model: type[ModelT], errors: list[DataError], skip: frozenset[str] = frozenset()
) -> ModelT | None:
    """``source`` as ``model``, or None with its errors collected (leaving out those at the keys in ``skip``)."""
    skip = skip | {problem.key for problem in source.problems}  # already reported as unreadable
    try:
        return model.model_validate(source.data)
    except ValidationError as exc:
        errors.extend(error for error in to_data_errors(source, exc, model=model) if error.key not in skip)
        return None
