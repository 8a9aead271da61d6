"""The client sites a consultant publishes: one per company, each to a branch and an address of its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from playbook.company.selection import is_published

if TYPE_CHECKING:
    from playbook.company.company import Company
    from playbook.loading.settings import OrganizationSettings

BRANCH_PREFIX = "gh-pages-"


def client_branch(slug: str) -> str:
    """The branch a client site deploys to unless told otherwise: `gh-pages-<slug>`."""
    return f"{BRANCH_PREFIX}{slug}"


def client_sites(companies: Sequence[Company], settings: OrganizationSettings | None) -> list[dict[str, object]]:
    """One entry per company: slug, branch, site_url (None: relative links) and whether it is public.

    The list feeds the publish workflow's matrix, whose job names and logs show it: no names, no figures.
    """
    return [
        {
            "slug": company.slug,
            "branch": client_branch(company.slug),
            "site_url": company.profile.site_url,
            "public": is_published(company, settings),
        }
        for company in companies
    ]
