"""A company's own playbook: its file, its measurements, the ticks it imports and the starter file."""

from __future__ import annotations

from playbook.company.company import Company, CompanyPlaybook
from playbook.company.playbooks import company_playbook, load_companies

__all__ = ["Company", "CompanyPlaybook", "company_playbook", "load_companies"]
