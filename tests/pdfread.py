"""Read a PDF back as a person sees it, with poppler: page count, text, how far down each page is filled, fonts."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

FOOTER_MARGIN_PT = 50
"""Words this close to the bottom edge are the page footer."""
HEADER_MARGIN_PT = 40
"""Words this close to the top edge are a running header (inside the page's top margin of 16 mm)."""


def page_count(pdf: Path) -> int:
    """Pages, from pdfinfo."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def text(pdf: Path) -> str:
    """The text, laid out, from pdftotext."""
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def filled(pdf: Path) -> list[float]:
    """Per page: how far down (0-1 of the page height) the lowest word above the footer reaches."""
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    shares = []
    for height, body in re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', boxes, re.S):
        bottoms = [
            float(y) for y in re.findall(r'yMax="([\d.]+)"', body) if float(y) < float(height) - FOOTER_MARGIN_PT
        ]
        shares.append(max(bottoms, default=0.0) / float(height))
    return shares


def body_words(pdf: Path) -> list[int]:
    """Per page: the words between the running header and the footer, what a reader reads on that page."""
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    counts = []
    for height, body in re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', boxes, re.S):
        words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', body)
        counts.append(
            sum(
                1
                for top, bottom in words
                if float(top) > HEADER_MARGIN_PT and float(bottom) < float(height) - FOOTER_MARGIN_PT
            )
        )
    return counts


def fonts(pdf: Path) -> list[str]:
    """The embedded fonts' names without their subset prefix, one per font object."""
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split()[0].split("+", 1)[-1] for line in listing.splitlines()[2:] if line.strip()]
