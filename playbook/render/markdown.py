"""Small Markdown and HTML helpers shared by the renderers."""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd


def escape_html(text: str) -> str:
    """Escape text that must show as written (company-provided text, attribute values)."""
    return html.escape(text, quote=True)


def cell(text: str) -> str:
    """A Markdown table cell: pipes escaped, line breaks kept as <br>."""
    return text.strip().replace("|", "\\|").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown pipe table, with every cell escaped."""
    frame = pd.DataFrame([[cell(value) for value in row] for row in rows], columns=[cell(h) for h in header])
    return frame.to_markdown(index=False, tablefmt="pipe") + "\n"


def paragraphs(*blocks: str) -> str:
    """Join non-empty blocks with blank lines."""
    return "\n\n".join(block.strip("\n") for block in blocks if block and block.strip()) + "\n"


def indent(text: str, spaces: int = 4) -> str:
    """Indent every non-empty line, for content inside admonitions and lists."""
    pad = " " * spaces
    return "\n".join(pad + line if line.strip() else "" for line in text.splitlines())
