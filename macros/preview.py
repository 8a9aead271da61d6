"""The live preview while a data file is broken: every page answers at once with the list of errors.

`mkdocs serve` keeps requests waiting until a rebuild succeeds, so a data error would leave the browser tab
hanging with the messages only in the terminal. Under `serve`, the plugin builds this error site instead of
failing: each page of the site is replaced by one page that lists the same `file:line:column` messages, and the
next good save brings the site back.
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from playbook.company.files import company_files, company_folder

FRONT_MATTER = "---\nrender_macros: false\nsearch:\n  exclude: true\n---\n\n"


def error_page(errors: list[str]) -> str:
    """The page shown for every URL while the data has errors (each line in its file's language)."""
    lines = "\n".join(html.escape(error) for error in errors)
    return (
        f"{FRONT_MATTER}# De data bevat fouten · The data has errors\n\n"
        "Herstel de bestanden hieronder en sla op: de voorbeeldweergave komt dan vanzelf terug.\n"
        "{ lang=nl }\n\n"
        "Fix the files below and save: the preview comes back by itself.\n"
        "{ lang=en }\n\n"
        f'<pre class="data-errors"><code>{lines}</code></pre>\n'
    )


def error_files(files: Files, config: MkDocsConfig, errors: list[str]) -> Files:
    """Every page of the site, and every company and case-study page it would make, as the error page."""
    root = Path(config.config_file_path).parent
    pages = {file.src_uri for file in files if file.is_documentation_page()}
    pages |= {f"playbook/{path.stem}.md" for path in company_files(company_folder(root))} | {"playbook/index.md"}
    pages |= {f"casestudies/{path.stem}.md" for path in (root / "data" / "case-studies").glob("*.yml")}
    kept = Files([file for file in files if not file.is_documentation_page()])
    content = error_page(errors)
    for page in sorted(pages):
        kept.append(File.generated(config, page, content=content))
    return kept


def serve_errors_for_missing_pages(site_dir: Path) -> None:
    """`mkdocs serve` answers an unknown URL (an English page, say) with 404.html: make it the error page too."""
    index = site_dir / "index.html"
    if index.is_file():
        shutil.copyfile(index, site_dir / "404.html")


def new_warnings(shown: frozenset[str] | None, warnings: list[str]) -> list[str]:
    """Under `serve`: the ``warnings`` not among those ``shown`` by the last build (all of them at the first)."""
    return list(warnings) if shown is None else [warning for warning in warnings if warning not in shown]
