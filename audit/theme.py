"""What the theme alone costs: the content page's text in a site of Material with nothing of the playbook's."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from audit.deploy import run

THEME_ALONE = "theme-alone"
"""The folder beside the deployed versions where the plain Material page is served."""

CONFIG = """site_name: Theme alone
theme:
  name: material
  language: nl
  font: false
plugins:
  - search
"""


def article_html(page: Path) -> str:
    """The article of a built page, its headings' permalinks left out: the text a reader came for."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    if article is None:
        raise RuntimeError(f"{page}: no article")
    for link in article.select("a.headerlink"):
        link.decompose()
    return article.decode_contents()


def theme_alone(page: Path, target: Path, scratch: Path) -> Path:
    """Build Material alone around ``page``'s article into ``target``; return ``target``."""
    docs = scratch / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text(f'<div markdown="0">\n{article_html(page)}\n</div>\n', encoding="utf-8")
    (scratch / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(target)], scratch)
    return target
