"""What the exports read about a use case's personal data, in one place: the rules' answer may grow (whose data)."""

from __future__ import annotations

from playbook.content import Content
from playbook.models.common import Language
from playbook.rules.obligations import Obligations


def has_personal_data(item: Obligations) -> bool:
    """True when the rules treat the use case as processing personal data."""
    return item.personal_data


def personal_data_words(item: Obligations, content: Content, language: Language) -> str:
    """The answer in words: yes, no, or yes with why (assumed, or always for this kind)."""
    if item.personal_data_note:
        key = f"personal_data_{item.personal_data_note}"
    else:
        key = "answer_yes" if has_personal_data(item) else "answer_no"
    return content.ui[key].get(language)
