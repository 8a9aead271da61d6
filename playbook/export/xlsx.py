"""A one-sheet Excel workbook (Office Open XML), written directly: deterministic and quick.

The action plan needs one sheet of text and whole numbers with a bold header row. openpyxl did that in
8 ms per company after a 0.16 s import on every build, and stamped the save time into the file; this writer
takes well under a millisecond and puts the build moment everywhere a time is stored.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

Cell = str | int | float

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
</Types>"""

OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


def _relationships(*targets: tuple[str, str]) -> str:
    """A relationships part: (type URI, target) each, numbered rId1, rId2, ..."""
    items = "".join(
        f'<Relationship Id="rId{number}" Type="{kind}" Target="{target}"/>'
        for number, (kind, target) in enumerate(targets, start=1)
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PACKAGE}">{items}</Relationships>'


_PACKAGE_RELS = _relationships(
    (f"{OFFICE}/officeDocument", "xl/workbook.xml"), (f"{PACKAGE}/metadata/core-properties", "docProps/core.xml")
)
_WORKBOOK_RELS = _relationships((f"{OFFICE}/worksheet", "worksheets/sheet1.xml"), (f"{OFFICE}/styles", "styles.xml"))

_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""

NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold: left out of cell texts."""

MAX_SHEET_TITLE = 31
"""Excel refuses longer sheet names."""


def _column(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _cell(reference: str, value: Cell, style: int) -> str:
    styled = f' s="{style}"' if style else ""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        text = escape(NOT_IN_XML.sub("", str(value))).replace("\r", "&#13;")  # XML reads a bare CR as LF
        if not text:
            return ""  # an empty cell, as Excel writes it
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f'<c r="{reference}"{styled} t="inlineStr"><is><t{space}>{text}</t></is></c>'
    return f'<c r="{reference}"{styled}><v>{value!r}</v></c>'


def _sheet(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    lines = []
    for number, row in enumerate([header, *rows], start=1):
        style = 1 if number == 1 else 0
        cells = "".join(_cell(f"{_column(i)}{number}", value, style) for i, value in enumerate(row))
        lines.append(f'<row r="{number}">{cells}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
        'state="frozen"/></sheetView></sheetViews>'
        f"<sheetData>{''.join(lines)}</sheetData></worksheet>"
    )


def _workbook(sheet_title: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name={quoteattr(sheet_title[:MAX_SHEET_TITLE])} sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>"
    )


def _core(title: str, creator: str, moment: dt.datetime) -> str:
    stamp = moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(NOT_IN_XML.sub('', title))}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def workbook_bytes(
    sheet_title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    title: str,
    creator: str,
    moment: dt.datetime,
) -> bytes:
    """A workbook with one sheet: a bold, frozen header row and the rows; ``moment`` in properties and zip times."""
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _PACKAGE_RELS,
        "docProps/core.xml": _core(title, creator, moment),
        "xl/workbook.xml": _workbook(sheet_title),
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
        "xl/styles.xml": _STYLES,
        "xl/worksheets/sheet1.xml": _sheet(header, rows),
    }
    stamp = moment.astimezone(dt.UTC)
    zip_time = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            entry = zipfile.ZipInfo(name, date_time=zip_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            archive.writestr(entry, text.encode("utf-8"))
    return buffer.getvalue()
