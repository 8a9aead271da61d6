"""What a site build takes from the data: one load per state of the files, and the pages made from data."""

from __future__ import annotations

from playbook.site.data import SiteData, load_site_data
from playbook.site.generated import generated_pages

__all__ = ["SiteData", "generated_pages", "load_site_data"]
