"""Reading data files: YAML with positions, plain-word messages, the content load and its semantic pass, settings."""

from __future__ import annotations

from playbook.loading.content import load_content
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.parse import display_path, parse
from playbook.loading.reading import read_text
from playbook.loading.settings import SETTINGS_FILE, OrganizationSettings, load_settings
from playbook.loading.yamlsource import SourceFile, load_yaml

__all__ = [
    "SETTINGS_FILE",
    "DataError",
    "DataErrors",
    "OrganizationSettings",
    "SourceFile",
    "display_path",
    "load_content",
    "load_settings",
    "load_yaml",
    "parse",
    "read_text",
]
