"""Print a built page to PDF with headless Chromium (Debian's `chromium`).

Every failure is a :class:`PrintFailed` whose message is one plain sentence naming what was wrong; the
command line prints it without a traceback.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
    "--run-all-compositor-stages-before-draw",
    "--virtual-time-budget=5000",
)

PRINT_TIMEOUT_SECONDS = 120


class PrintFailed(Exception):
    """A page could not be printed; the message says why, in one line."""


def find_chromium() -> str | None:
    """The Chromium executable, if installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def page_folder(site: Path, language: str, company: str = "", summary: bool = False, root_language: str = "nl") -> Path:
    """The folder of the page to print: the home page, a company's page or its summary, in ``language``.

    ``root_language`` is at the site's root, the other under /<lang>/; company pages are at playbook/<slug>/ in
    both.
    """
    folder = site if language == root_language else site / language
    if company:
        folder = folder / "playbook" / company
        if summary:
            folder = folder / "summary"
    return folder


def pdf_name(company: str, summary: bool, language: str = "") -> str:
    """The default file name: <company>.pdf, <company>-summary.pdf, or playbook.pdf for the home page; with
    ``language`` (printed in another language than usual) '-<language>' before '.pdf', so neither overwrites
    the other."""
    return f"{company or 'playbook'}{'-summary' if summary else ''}{f'-{language}' if language else ''}.pdf"


def output_file(out: Path, default_name: str) -> Path:
    """``--out`` as a file: a path ending in .pdf is the file itself, anything else a folder for ``default_name``."""
    if out.suffix.lower() == ".pdf" and not out.is_dir():
        return out
    return out / default_name


def check_output(output: Path) -> None:
    """Fail when ``output`` cannot become a file: it is a folder, or a file stands where a folder must."""
    if output.is_dir():
        raise PrintFailed(f"{output}: is a folder; name a file ending in .pdf or a folder for it")
    blocking = next((folder for folder in output.parents if folder.exists() and not folder.is_dir()), None)
    if blocking is not None:
        raise PrintFailed(f"{output}: cannot write there; {blocking} is a file, not a folder")


ANCHOR_HREF = re.compile(r'(<a\b[^>]*?)\shref="([^"]*)"')
"""A link's address in Material's HTML (always double-quoted)."""


def published_links(html: str, address: str | None) -> str:
    """``html`` with every link that leaves the page made absolute against ``address`` (the page's published
    URL), or without its address when there is none: a PDF never links to the local file it was printed from.
    Links within the page (``#id``) and to other hosts stay as they are."""

    def absolute(match: re.Match[str]) -> str:
        tag, href = match.group(1), match.group(2)
        if href.startswith("#") or urlsplit(href).scheme in {"http", "https", "mailto"}:
            return match.group(0)
        if address is None:
            return tag
        return f'{tag} href="{urljoin(address, href)}"'

    return ANCHOR_HREF.sub(absolute, html)


def print_to_pdf(page: Path, output: Path, chromium: str, address: str | None = None) -> None:
    """Print ``page`` (an index.html of the built site) to ``output``; relative paths are fine.

    ``address`` is where the page is published: its links point there in the PDF; without one they are plain
    text. Chromium prints a copy of the page beside it (so that its styles and images load) with the links
    rewritten, removed afterwards.
    """
    check_output(output)
    target = output.resolve()
    # Chromium prints into a scratch file beside the target, which replaces it only when a PDF came out:
    # a failed print leaves an earlier PDF as it was.
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".pdf", dir=target.parent)
    except OSError as exc:
        raise PrintFailed(f"{output}: cannot write there ({exc.strerror or exc})") from None
    os.close(handle)
    scratch = Path(scratch_name)
    umask = os.umask(0)
    os.umask(umask)
    scratch.chmod(0o666 & ~umask)  # mkstemp's 0600 would make the PDF private to its writer
    handle, copy_name = tempfile.mkstemp(prefix="print-", suffix=".html", dir=page.parent)
    os.close(handle)
    copy = Path(copy_name)
    try:
        copy.write_text(published_links(page.read_text(encoding="utf-8"), address), encoding="utf-8")
        done = _run_chromium(chromium, copy, scratch)
        if done.returncode != 0 or scratch.stat().st_size == 0:
            lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
            reason = lines[-1] if lines else f"exit code {done.returncode}"
            raise PrintFailed(f"{chromium}: could not print {page} ({reason})")
        scratch.replace(target)
    finally:
        scratch.unlink(missing_ok=True)
        copy.unlink(missing_ok=True)


def _run_chromium(chromium: str, page: Path, pdf: Path) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="playbook-chromium-") as profile:
        command = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf}",
            page.resolve().as_uri(),
        ]
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=PRINT_TIMEOUT_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise PrintFailed(f"{chromium}: no PDF of {page} after {PRINT_TIMEOUT_SECONDS} s") from None
        except OSError as exc:
            raise PrintFailed(f"{chromium}: could not be started ({exc.strerror or exc})") from None
