"""A filled-in document as a Word file, written with python-docx; the same bytes for the same data.

Three things keep it fast and reproducible, all written against python-docx 1.2 and each with the library's
ordinary path as fallback when its internals differ:

- one blank document per process, emptied after each file, instead of unpacking the library's template
  (styles, theme, numbering) again for every document;
- paragraph and table styles set by their ids ('Heading1', 'TableGrid'): looking a style up by its name
  searches the whole style sheet for the default style, about a third of a document's time;
- the package written once, every zip entry dated 1980-01-01 (`PackageWriter`'s steps with a writer of our
  own, packing fast at zlib level 1, the unchanging style sheet serialized once), instead of saving with the
  clock's dates and packing the file a second time. The core properties take the build moment, as the XLSX
  files do.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from docx import Document
from docx.document import Document as WordDocument
from docx.opc.pkgwriter import PackageWriter
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from playbook.export.filling import BLANK, Block, Filled
from playbook.export.xlsx import clean

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
HEADING_STYLES = {0: "Title", 1: "Heading1"}
"""Heading level -> the style id in python-docx's default template."""

_BLANK: list[WordDocument] = []
"""The process's one blank document, reused for every file (see the module's docstring)."""

UNCHANGING_PARTS = ("/word/styles.xml", "/word/settings.xml", "/word/numbering.xml")
"""Parts of the blank document that no document changes: serialized once (the style sheet is 350 KB of XML)."""

_SERIALIZED: dict[str, bytes] = {}


def _blank_document() -> WordDocument:
    """An empty document: the process's one, with its body cleared."""
    if not _BLANK:
        document = Document()
        normal = document.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10.5)
        _BLANK.append(document)
    document = _BLANK[0]
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _styled(paragraph: Paragraph, style_id: str) -> Paragraph:
    element: Any = paragraph._p  # python-docx 1.2: CT_P.style sets w:pStyle
    if hasattr(element, "style"):
        element.style = style_id
    return paragraph


def _heading(document: WordDocument, text: str, level: int) -> None:
    _styled(document.add_paragraph(clean(text)), HEADING_STYLES[level])


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
    properties: Any = table._tbl.tblPr  # python-docx 1.2: CT_TblPr.style sets w:tblStyle
    if hasattr(properties, "style"):
        properties.style = "TableGrid"
    else:
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


class _DatedZip:
    """PackageWriter's physical writer, with every entry dated 1980-01-01."""

    def __init__(self, target: io.BytesIO) -> None:
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        entry = zipfile.ZipInfo(pack_uri.membername, ZIP_EPOCH)
        entry.compress_type = zipfile.ZIP_DEFLATED
        self._zip.writestr(entry, blob, compresslevel=1)

    def close(self) -> None:
        self._zip.close()


def _redated(data: bytes) -> bytes:
    """A saved package again, every entry dated 1980-01-01 and in the same order (the ordinary path)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info))
    return out.getvalue()


def _package_bytes(document: WordDocument) -> bytes:
    buffer = io.BytesIO()
    steps = ("_write_content_types_stream", "_write_pkg_rels", "_write_parts")
    if not all(hasattr(PackageWriter, step) for step in steps):
        document.save(buffer)
        return _redated(buffer.getvalue())
    package = document.part.package
    parts = list(package.iter_parts())
    writer = _DatedZip(buffer)
    steps_of: Any = PackageWriter  # its steps carry no annotations
    steps_of._write_content_types_stream(writer, parts)
    steps_of._write_pkg_rels(writer, package.rels)
    for part in parts:  # PackageWriter._write_parts, with the unchanging parts serialized once
        name = str(part.partname)
        if name not in UNCHANGING_PARTS:
            blob = part.blob
        elif name in _SERIALIZED:
            blob = _SERIALIZED[name]
        else:
            blob = _SERIALIZED[name] = part.blob
        writer.write(part.partname, blob)
        if len(part.rels):
            writer.write(part.partname.rels_uri, part.rels.xml)
    writer.close()
    return buffer.getvalue()


def docx_bytes(filled: Filled, moment: dt.datetime) -> bytes:
    """The Word file: title, purpose, then every block; ``moment`` dates it."""
    document = _blank_document()
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
    return _package_bytes(document)
