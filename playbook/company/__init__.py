"""A company's own playbook: its file, its measurements, the ticks it imports and the starter file."""

from __future__ import annotations

from playbook.company.playbooks import Company, CompanyPlaybook, company_playbook, load_companies

__all__ = ["Company", "CompanyPlaybook", "company_playbook", "load_companies"]
