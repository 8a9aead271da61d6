"""An organization's own site settings: `organization.yml` at the project root, never shipped upstream."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BeforeValidator, Field

from playbook.loading.errors import DataError, DataErrors
from playbook.loading.messages import did_you_mean
from playbook.loading.parse import parse, read_source
from playbook.models.common import Language, NonEmpty, Strict
from playbook.models.company import Slug

SETTINGS_FILE = "organization.yml"

PALETTE = (
    "red",
    "pink",
    "purple",
    "deep purple",
    "indigo",
    "blue",
    "light blue",
    "cyan",
    "teal",
    "green",
    "light green",
    "lime",
    "yellow",
    "amber",
    "orange",
    "deep orange",
    "brown",
    "grey",
    "blue grey",
    "black",
    "white",
)
"""Material's palette colours as its documentation writes them."""


def _palette_colour(value: object) -> object:
    """'blue grey', 'Blue-Grey' or 'blue_grey' -> 'blue-grey' (how Material's templates name it)."""
    if not isinstance(value, str):
        return value
    spoken = " ".join(value.strip().lower().replace("-", " ").replace("_", " ").split())
    if spoken not in PALETTE:
        raise ValueError(f"expected one of Material's colours ({', '.join(PALETTE)}), got '{value}'")
    return spoken.replace(" ", "-")


Colour = Annotated[str, BeforeValidator(_palette_colour)]


class OrganizationSettings(Strict):
    """The file organization.yml: what a fork changes about its site without touching upstream files."""

    site_name: NonEmpty | None = Field(default=None, description="The site's name in every language.")
    site_url: NonEmpty | None = Field(default=None, description="Where the site is published, ending in '/'.")
    logo: NonEmpty | None = Field(default=None, description="A logo file, relative to the project root.")
    primary_colour: Colour | None = Field(default=None, description="Material's primary colour.")
    accent_colour: Colour | None = Field(default=None, description="Material's accent colour.")
    default_language: Language | None = Field(
        default=None, description="The language at the site root ('nl' or 'en'); the other one lives under /<lang>/."
    )
    publish: list[Slug] | None = Field(
        default=None, description="When set, public builds show only these companies (and only if they publish)."
    )


def root_language(root: Path) -> Language:
    """The language at the site root: organization.yml's `default_language`, else Dutch; raises DataErrors."""
    settings = load_settings(root)
    return settings.default_language if settings is not None and settings.default_language else "nl"


def check_publish_list(root: Path, slugs: set[str]) -> list[DataError]:
    """Every slug in organization.yml's `publish` must name a company file; the closest one is suggested."""
    path = root / SETTINGS_FILE
    if not path.is_file():
        return []
    errors: list[DataError] = []
    source = read_source(path, root, errors)
    publish = source.data.get("publish") if source and isinstance(source.data, dict) else None
    if source is None or not isinstance(publish, list):
        return []
    for index, slug in enumerate(publish):
        if isinstance(slug, str) and slug not in slugs:
            hint = did_you_mean(slug, sorted(slugs))
            errors.append(source.error(("publish", index), f"expected the slug of a company file, got '{slug}'{hint}"))
    return errors


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
