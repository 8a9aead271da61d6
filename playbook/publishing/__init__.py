"""Deploy branches as git holds them: hidden paths refused, companies per version, unpublish, client sites."""

from playbook.publishing.branch import hidden_paths, leftover_companies
from playbook.publishing.clients import client_sites
from playbook.publishing.unpublish import unpublish

__all__ = ["client_sites", "hidden_paths", "leftover_companies", "unpublish"]
