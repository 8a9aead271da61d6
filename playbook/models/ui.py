"""Interface labels: the words the site uses around the content."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from playbook.models.common import Strict, Text

LabelKey = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]


class UiLabels(Strict):
    """The file data/ui.yml."""

    labels: dict[LabelKey, Text] = Field(description="Label key to text in each language.")

    def __getitem__(self, key: str) -> Text:
        return self.labels[key]
