"""Which companies a build shows: all of them locally, only the published ones in a deploy, one for a client site.

Three environment variables choose: ``PLAYBOOK_PUBLIC`` (``1`` in every publishing target) or mike's
``MIKE_DOCS_VERSION`` (set for every build mike deploys, also when mike is called directly) keep only companies
whose file says ``publish: true`` (a missing key means private) and, when organization.yml lists ``publish``,
that the list names; ``PLAYBOOK_CLIENT`` (``make … CLIENT=slug``) keeps one company only, public or private:
a client site is published for that client alone, to a branch and address of its own.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from playbook.company.company import Company
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.settings import OrganizationSettings

TRUE_WORDS = {"1", "true", "yes"}


MIKE_VARIABLE = "MIKE_DOCS_VERSION"
"""mike sets this for the build it deploys: such a build is public, however mike was called."""


def public_only() -> bool:
    """True for builds that publish (`make publish`, `make publish-local`, `PUBLIC=1`, any build mike deploys)."""
    wanted = os.environ.get("PLAYBOOK_PUBLIC", "").strip().lower() in TRUE_WORDS
    return wanted or bool(os.environ.get(MIKE_VARIABLE, "").strip())


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
    """The companies a build shows; raise :class:`DataErrors` when the client is unknown.

    A client site (``only``) holds its company whether or not it is published: it goes to the client alone.
    """
    if only is None:
        return [c for c in companies if not public or is_published(c, settings)]
    chosen = [c for c in companies if c.slug == only]
    if not chosen:
        known = ", ".join(c.slug for c in companies) or "none"
        message = f"expected the slug of a company file in {folder}/, got '{only}' (known: {known})"
        raise DataErrors([DataError("CLIENT", 1, 1, "(setting)", message)])
    return chosen
