"""An organization's own site settings: `organization.yml` at the project root, never shipped upstream."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from playbook.loading.errors import DataError, DataErrors
from playbook.loading.parse import parse
from playbook.models.common import NonEmpty, Strict
from playbook.models.company import Slug

SETTINGS_FILE = "organization.yml"

Colour = Literal[
    "red",
    "pink",
    "purple",
    "deep-purple",
    "indigo",
    "blue",
    "light-blue",
    "cyan",
    "teal",
    "green",
    "light-green",
    "lime",
    "yellow",
    "amber",
    "orange",
    "deep-orange",
    "brown",
    "grey",
    "blue-grey",
    "black",
    "white",
]


class OrganizationSettings(Strict):
    """The file organization.yml: what a fork changes about its site without touching upstream files."""

    site_name: NonEmpty | None = Field(default=None, description="The site's name in every language.")
    site_url: NonEmpty | None = Field(default=None, description="Where the site is published, ending in '/'.")
    logo: NonEmpty | None = Field(default=None, description="A logo file, relative to the project root.")
    primary_colour: Colour | None = Field(default=None, description="Material's primary colour.")
    accent_colour: Colour | None = Field(default=None, description="Material's accent colour.")
    publish: list[Slug] | None = Field(
        default=None, description="When set, public builds show only these companies (and only if they publish)."
    )


def load_settings(root: Path) -> OrganizationSettings | None:
    """The organization's settings, or None when the file is absent; raise :class:`DataErrors` when invalid."""
    path = root / SETTINGS_FILE
    if not path.is_file():
        return None
    errors: list[DataError] = []
    parsed = parse(path, root, OrganizationSettings, errors)
    if parsed is None:
        raise DataErrors(errors)
    settings = parsed[0]
    if settings.logo and not (root / settings.logo).is_file():
        raise DataErrors([parsed[1].error(("logo",), f"expected an existing file, got '{settings.logo}'")])
    return settings
