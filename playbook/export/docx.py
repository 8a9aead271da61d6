"""A filled-in document as a Word file, written with python-docx; the same bytes for the same data.

python-docx dates the file's parts and zip entries with the clock: the core properties take the build moment
and the zip is written again with every entry dated 1980-01-01, as the XLSX files are.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document
from docx.document import Document as WordDocument
from docx.shared import Pt

from playbook.export.filling import BLANK, Block, Filled
from playbook.export.xlsx import clean

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _heading(document: WordDocument, text: str, level: int) -> None:
    document.add_heading(clean(text), level=level)


def _bold_then(doc: WordDocument, bold: str, rest: str = "") -> None:
    paragraph = doc.add_paragraph()
    paragraph.add_run(clean(bold)).bold = True
    if rest:
        paragraph.add_run(clean(rest))


def _lines(doc: WordDocument, block: Block) -> None:
    """Texts one paragraph each: fields, prompts with room to answer, numbered clauses, options, signatures."""
    if block.kind == "fields":
        for label, value in block.pairs:
            _bold_then(doc, label + ": ", value)
    elif block.kind == "prompts":
        for prompt in block.texts:
            _bold_then(doc, prompt)
            doc.add_paragraph(BLANK)
    elif block.kind == "clauses":
        for number, clause in enumerate(block.texts, start=1):
            doc.add_paragraph(f"{number}. {clean(clause)}")
    elif block.kind == "choices":
        for choice in block.texts:
            doc.add_paragraph(f"☐ {clean(choice)}")
    else:  # signatures
        _bold_then(doc, block.texts[0])
        for label, blank in block.pairs:
            doc.add_paragraph(f"{clean(label)}: {blank}")


def _table(doc: WordDocument, block: Block) -> None:
    table = doc.add_table(rows=1 + len(block.rows), cols=len(block.header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        cell.paragraphs[0].add_run(clean(text)).bold = True
    for row, cells in zip(table.rows[1:], block.rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            if text:
                cell.text = clean(text)


def _block(doc: WordDocument, block: Block) -> None:
    if block.kind == "heading":
        _heading(doc, block.texts[0], 1)
    elif block.kind == "text":
        doc.add_paragraph(clean(block.texts[0]))
    elif block.kind == "table":
        _table(doc, block)
    else:
        _lines(doc, block)


def _stable_zip(data: bytes) -> bytes:
    """The package again, every entry dated 1980-01-01 and in the same order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info))
    return out.getvalue()


def docx_bytes(filled: Filled, moment: dt.datetime) -> bytes:
    """The Word file: title, purpose, then every block; ``moment`` dates it."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    properties = document.core_properties
    stamp = moment.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    properties.title = clean(filled.title)
    properties.subject = clean(filled.company)
    properties.author = "playbook"
    properties.last_modified_by = "playbook"
    properties.language = LANGUAGE_TAGS[filled.language]
    properties.created = stamp
    properties.modified = stamp
    properties.last_printed = stamp
    properties.revision = 1
    _heading(document, filled.title, 0)
    document.add_paragraph().add_run(clean(filled.purpose)).italic = True
    for block in filled.blocks:
        _block(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())
