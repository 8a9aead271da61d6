"""A filled-in document as Markdown: the same blocks as the Word file, for readers who keep texts in Git or a wiki."""

from __future__ import annotations

from playbook.export.filling import Block, Filled

MARKDOWN_SOURCE_SUFFIX = ".template"
"""MkDocs renders every .md file as a page: a Markdown download's source name ends in this suffix instead, and
the build gives it the published name without it."""


def published_name(source: str) -> str:
    """The name a Markdown download is served under: 'x/y.nl.md' for 'x/y.nl.md.template'."""
    return source.removesuffix(MARKDOWN_SOURCE_SUFFIX)


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split()) or " "


def _table(block: Block) -> str:
    lines = [
        "| " + " | ".join(_cell(h) for h in block.header) + " |",
        "|" + "|".join("---" for _ in block.header) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
    return "\n".join(lines)


def _block(block: Block) -> str:
    if block.kind == "heading":
        return f"## {block.texts[0]}"
    if block.kind == "text":
        return block.texts[0]
    if block.kind == "fields":
        return "\n".join(f"- **{label}**: {value}" for label, value in block.pairs)
    if block.kind == "prompts":
        return "\n\n".join(f"**{prompt}**\n\n……" for prompt in block.texts)
    if block.kind == "clauses":
        return "\n".join(f"{number}. {clause}" for number, clause in enumerate(block.texts, start=1))
    if block.kind == "choices":
        return "\n".join(f"- [ ] {choice}" for choice in block.texts)
    if block.kind == "signatures":
        return f"**{block.texts[0]}**\n\n" + "  \n".join(f"{label}: {blank}" for label, blank in block.pairs)
    return _table(block)


def document_markdown(filled: Filled) -> str:
    """The Markdown text: title, purpose in italics, then every block."""
    parts = [f"# {filled.title}", f"*{filled.purpose}*", *(_block(block) for block in filled.blocks)]
    return "\n\n".join(parts) + "\n"
