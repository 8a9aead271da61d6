"""Remove a company, and every mention of it, from every version folder of a deploy branch in one commit.

Its pages and exports go; the rows that name it leave the company index and portfolio tables, the entries of
its pages and its rows leave the search indexes, and sitemaps lose its addresses. Older versions were built
long ago and cannot be built again, so their files are edited where they stand; afterwards no file of the new
tree may still name the company (its slug, or its name as the site writes it), or nothing is committed.
`versions.json` is left as it is: every version stays, without the company.
"""

from __future__ import annotations

import gzip
import html
import json
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from playbook.export.exports import ExportFiles
from playbook.publishing.branch import BranchError, branch_commit, git, tree_paths

ROW = re.compile(r"<tr>(?:(?!</tr>).)*</tr>\s*", re.DOTALL)
CELL = re.compile(r"<t[dh][^>]*>(.*?)</t[dh]>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
SPACES = re.compile(r"[ \t\r\n]+")
"""White space the search index collapses (a no-break space stays, as in `0\xa0%`)."""
SITEMAP_URL = re.compile(r"\s*<url>(?:(?!</url>).)*</url>", re.DOTALL)
EDITED = (".html", ".json", ".xml", ".xml.gz", ".txt", ".js", ".ics", ".csv")
"""The files read for mentions of the company (the exports of other companies are text too)."""


@dataclass(frozen=True)
class Unpublished:
    """What one unpublish did: the commit it made and how many files it removed and edited."""

    commit: str
    removed: int
    edited: int


def needles(name: str) -> list[str]:
    """How a company's name is written in a built site: as written, escaped, and with its dots as entities."""
    plain = name.strip()
    forms = {plain, html.escape(plain, quote=False), plain.replace(".", "&#46;")}
    forms.add(html.escape(plain, quote=False).replace(".", "&#46;"))
    return sorted(form for form in forms if form)


DOCUMENT = re.compile(r"^(?P<slug>[a-z0-9-]+?)-(?P<stem>[a-z0-9-]+?)(?:-uc\d+)?\.(?:docx|md)$")
"""A filled-in instrument among the exports: `<slug>-<card>[-uc<n>].docx` or `.md` (playbook/export/instruments.py)."""


def deployed_slugs(paths: Sequence[str]) -> set[str]:
    """Every company with a page in the branch: the folders under a `playbook/` folder."""
    return {
        parts[parts.index("playbook") + 1]
        for parts in (path.split("/") for path in paths)
        if "playbook" in parts[:-2] and parts[parts.index("playbook") + 1] != "exports"
    }


def _is_company_path(path: str, slug: str, others: frozenset[str] = frozenset()) -> bool:
    """A page folder of the company, or one of its exports and filled-in documents (not those of another
    company whose slug starts with this one's: `acme` against `acme-noord`)."""
    parts = path.split("/")
    if slug in parts[1:-1]:
        return True
    if len(parts) <= 2 or parts[-2] != "exports":
        return False
    exports = {name.removeprefix("exports/") for name in ExportFiles(slug).names.values()}
    name = parts[-1]
    if name in exports:
        return True
    longer = [other for other in others if other != slug and other.startswith(f"{slug}-")]
    return (
        name.startswith(f"{slug}-")
        and DOCUMENT.match(name) is not None
        and not any(name.startswith(f"{other}-") for other in longer)
    )


def _cell_text(cell: str) -> str:
    return SPACES.sub(" ", html.unescape(TAG.sub("", cell))).strip()


def drop_rows(text: str, named: Callable[[str], bool]) -> tuple[str, list[str]]:
    """``text`` without the table rows that ``named`` finds the company in; and those rows as search text."""
    rows: list[str] = []

    def keep(match: re.Match[str]) -> str:
        if not named(match.group(0)):
            return match.group(0)
        rows.append(" ".join(_cell_text(cell) for cell in CELL.findall(match.group(0))))
        return ""

    return ROW.sub(keep, text), rows


def _search_text(row: str) -> str:
    """A table row as Material's search index writes it: cells joined by spaces, `&` `<` `>` escaped."""
    return html.escape(row, quote=False)


def edit_search_index(data: str, slug: str, rows: list[str]) -> str:
    """The search index without the company's pages and without its rows in the tables of other pages."""
    index = json.loads(data)
    docs = []
    for doc in index.get("docs", []):
        location = str(doc.get("location", ""))
        if f"/{slug}/" in f"/{location}" or location.startswith(f"{slug}/"):
            continue
        text = str(doc.get("text", ""))
        for row in rows:
            form = _search_text(row)
            text = text.replace(form + " ", "").replace(" " + form, "").replace(form, "")
        doc["text"] = text
        docs.append(doc)
    index["docs"] = docs
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))


def edit_file(path: str, data: bytes, slug: str, name_forms: list[str], rows: dict[str, list[str]]) -> bytes:
    """One file of a version folder with the company's mentions taken out (rows, search entries, sitemap urls)."""

    address = re.compile(rf"(?<![a-z0-9-]){re.escape(slug)}/")

    def named(text: str) -> bool:
        return any(form in text for form in name_forms) or address.search(text) is not None

    if path.endswith(".xml.gz"):
        return gzip.compress(edit_file(path[:-3], gzip.decompress(data), slug, name_forms, rows), mtime=0)
    text = data.decode("utf-8")
    if path.endswith("search_index.json"):
        folder = path.rsplit("/search/", 1)[0]
        found = [row for page, page_rows in rows.items() if page.startswith(folder + "/") for row in page_rows]
        return edit_search_index(text, slug, found).encode("utf-8")
    if path.endswith(".xml"):
        return SITEMAP_URL.sub(lambda m: "" if named(m.group(0)) else m.group(0), text).encode("utf-8")
    if path.endswith(".html"):
        edited, found = drop_rows(text, named)
        rows[path] = found
        return edited.encode("utf-8")
    return data


def slug_pattern(slug: str) -> re.Pattern[bytes]:
    """The slug as a whole word: `acme`, not the start of `acme-noord`."""
    return re.compile(rb"(?<![a-z0-9-])" + re.escape(slug.encode("utf-8")) + rb"(?![a-z0-9-])")


def mentions(data: bytes, forms: list[str], slug: re.Pattern[bytes]) -> bool:
    """True when ``data`` (or, for a gzip file, what it holds) names the company: its slug or its name."""
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return slug.search(data) is not None or any(form.encode("utf-8") in data for form in forms)


def deployed_names(repo: Path, branch: str, slug: str) -> list[str]:
    """The company's names as the deployed versions' JSON exports give them (a renamed company has several)."""
    head = branch_commit(repo, branch)
    export = ExportFiles(slug).names["json"].removeprefix("exports/")
    names: set[str] = set()
    for path in tree_paths(repo, head) if head else []:
        if path.endswith(f"/exports/{export}"):
            try:
                profile = json.loads(git(repo, "cat-file", "blob", f"{head}:{path}")).get("profile", {})
            except (ValueError, AttributeError):
                continue
            if isinstance(profile, dict) and isinstance(profile.get("name"), str):
                names.add(str(profile["name"]))
    return sorted(names)


def unpublish(repo: Path, branch: str, slug: str, names: Sequence[str], message: str | None = None) -> Unpublished:
    """Remove company ``slug`` (called ``names``) from every version of ``branch`` in one commit.

    Raises :class:`BranchError` when the branch is missing, holds nothing of the company, or would still name it
    after the edits (then nothing is committed).
    """
    head = branch_commit(repo, branch)
    if head is None:
        raise BranchError(f"no local branch {branch}: fetch it first (git fetch origin {branch}:{branch})")
    paths = tree_paths(repo, head)
    forms = sorted({form for name in names for form in needles(name)})
    word = slug_pattern(slug)
    others = frozenset(deployed_slugs(paths))
    removed = [path for path in paths if "/" in path and _is_company_path(path, slug, others)]
    kept = [path for path in paths if path not in set(removed)]
    blobs = {path: git(repo, "cat-file", "blob", f"{head}:{path}") for path in kept if path.endswith(EDITED)}
    rows: dict[str, list[str]] = {}
    ordered = sorted(blobs, key=lambda path: (path.endswith(("search_index.json", ".gz")), path))  # pages first
    edited = {}
    for path in ordered:
        if mentions(blobs[path], forms, word) or path.endswith("search_index.json"):
            new = edit_file(path, blobs[path], slug, forms, rows)
            if new != blobs[path]:
                edited[path] = new
    if not removed and not edited:
        raise BranchError(f"{branch} holds nothing of '{slug}': nothing to unpublish")
    still = sorted(path for path in blobs if mentions(edited.get(path, blobs[path]), forms, word))
    if still:
        listed = ", ".join(still[:10]) + (f" and {len(still) - 10} more" if len(still) > 10 else "")
        raise BranchError(f"'{slug}' would still be named in {listed}; nothing was committed")
    commit = _commit(repo, branch, head, removed, edited, message or f"Unpublish {slug} from every version")
    return Unpublished(commit, len(removed), len(edited))


def _commit(repo: Path, branch: str, head: str, removed: list[str], edited: dict[str, bytes], message: str) -> str:
    """One commit on ``branch`` after ``head``: ``removed`` gone, ``edited`` replaced (through a private index)."""
    with tempfile.TemporaryDirectory(prefix="playbook-unpublish-") as folder:
        env = {**os.environ, "GIT_INDEX_FILE": str(Path(folder) / "index")}
        git(repo, "read-tree", head, env=env)
        for start in range(0, len(removed), 500):
            git(repo, "update-index", "--force-remove", "--", *removed[start : start + 500], env=env)
        for path, data in edited.items():
            blob = git(repo, "hash-object", "-w", "--stdin", data=data).decode().strip()
            git(repo, "update-index", "--add", "--cacheinfo", f"100644,{blob},{path}", env=env)
        tree = git(repo, "write-tree", env=env).decode().strip()
    commit = git(repo, "commit-tree", tree, "-p", head, "-m", message).decode().strip()
    git(repo, "update-ref", f"refs/heads/{branch}", commit, head)
    return commit
