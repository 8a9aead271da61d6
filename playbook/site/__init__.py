"""What one build needs: the data loaded once per state of the files, generated pages, navigation and address."""

from __future__ import annotations

from playbook.site.data import SiteData, load_site_data

__all__ = ["SiteData", "load_site_data"]
