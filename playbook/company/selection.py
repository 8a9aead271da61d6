"""Which companies a build shows: all of them locally, only the published ones in a deploy, one for a client site.

Two environment variables, set by the Makefile, choose: ``PLAYBOOK_PUBLIC`` (``1`` in every publishing target)
keeps only companies whose file says ``publish: true`` (the default) and, when organization.yml lists
``publish``, that the list names; ``PLAYBOOK_CLIENT`` (``make … CLIENT=slug``) keeps one company only.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from playbook.company.company import Company
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.settings import SETTINGS_FILE, OrganizationSettings

TRUE_WORDS = {"1", "true", "yes"}


def public_only() -> bool:
    """True for builds that publish (`make publish`, `make publish-local`, `PUBLIC=1`)."""
    return os.environ.get("PLAYBOOK_PUBLIC", "").strip().lower() in TRUE_WORDS


def client() -> str | None:
    """The one company a single-client site holds (`CLIENT=slug`), or None for every company."""
    return os.environ.get("PLAYBOOK_CLIENT", "").strip() or None


def is_published(company: Company, settings: OrganizationSettings | None) -> bool:
    """True when the company's file allows publishing and organization.yml's `publish` list (if any) names it."""
    listed = settings is None or settings.publish is None or company.slug in settings.publish
    return company.profile.publish and listed


def select_companies(
    companies: Sequence[Company],
    settings: OrganizationSettings | None,
    folder: str,
    *,
    public: bool,
    only: str | None,
) -> list[Company]:
    """The companies a build shows; raise :class:`DataErrors` when the client is unknown or may not be published."""
    if only is None:
        return [c for c in companies if not public or is_published(c, settings)]
    chosen = [c for c in companies if c.slug == only]
    if not chosen:
        known = ", ".join(c.slug for c in companies) or "none"
        message = f"expected the slug of a company file in {folder}/, got '{only}' (known: {known})"
        raise DataErrors([DataError("CLIENT", 1, 1, "(setting)", message)])
    company = chosen[0]
    if public and not company.profile.publish:
        message = (
            f"expected true to publish the single-client site of '{only}', got false; "
            f"set `publish: true` in {company.source.display} once its author agrees"
        )
        raise DataErrors([company.source.error(("publish",), message)])
    if public and not is_published(company, settings):
        message = f"expected '{only}' in the list to publish its single-client site; add it to `publish` there"
        raise DataErrors([DataError(SETTINGS_FILE, 1, 1, "publish", message)])
    return chosen
