"""The command line: ``python -m playbook validate | new | progress | pdf | documents | address | clients | unpublish |
schemas``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from playbook.cli_publishing import add_publishing_commands, checked_project, company_language_and_name
from playbook.clock import build_date, build_datetime
from playbook.company.company import Company
from playbook.company.files import RESERVED_SLUGS, SLUG, company_files, company_folder, suggest_slug
from playbook.company.files import company_file as company_file_of
from playbook.company.playbooks import company_playbooks
from playbook.company.progress import import_progress, read_ticks
from playbook.company.selection import client, is_published, public_only
from playbook.company.starter import starter_file
from playbook.export.document_markdown import published_name
from playbook.export.exports import register_files
from playbook.export.instruments import company_documents
from playbook.export.pdf import (
    PrintFailed,
    check_output,
    find_chromium,
    output_file,
    page_folder,
    pdf_name,
    print_to_pdf,
)
from playbook.formatting import count
from playbook.loading.commandline import Parser, localize
from playbook.loading.content import load_content
from playbook.loading.errors import DataErrors
from playbook.loading.language import (
    command_language,
    file_language,
    localized_report,
    organization_language,
    override,
    report_language,
    translate,
)
from playbook.loading.parse import display_path
from playbook.loading.settings import OrganizationSettings, root_language
from playbook.models.common import LANGUAGES
from playbook.publishing.branch import DEFAULT_ALIAS
from playbook.schemas import stale_schemas, write_schemas
from playbook.site.address import configured_site_url, is_placeholder, preview_address
from playbook.site.data import check_project

ROOT = Path(__file__).resolve().parent.parent


def _validate(args: argparse.Namespace) -> int:
    root = args.data.parent
    try:
        project = check_project(root)
    except DataErrors as exc:
        language = report_language(exc.errors, root)
        print(localized_report(exc.errors, root), file=sys.stderr)
        flagged = len(exc.errors) - exc.count
        also = f" and {count(flagged, 'warning', 'warnings')}" if flagged else ""
        print(translate(f"{count(exc.count, 'error', 'errors')}{also} found.", language), file=sys.stderr)
        return 1
    content, warnings = project.content, sorted(project.warnings)
    language = report_language(warnings, root) if warnings else (override() or organization_language(root))
    if warnings:
        print(localized_report(warnings, root), file=sys.stderr)
        verdict = "not published with --strict" if args.strict else "valid, but check them"
        summary = f"{count(len(warnings), 'warning', 'warnings')} found: {verdict}."
        print(translate(summary, language), file=sys.stderr)
        if args.strict:
            return 1
    valid = (
        f"All data is valid: {count(len(content.sources), 'content file', 'content files')}, "
        f"{count(len(content.evidence.evidence), 'evidence entry', 'evidence entries')}, "
        f"{count(len(project.companies), 'company', 'companies')}."
    )
    print(translate(valid, language))
    if project.companies and client() is None:  # a deploy's check has left the private ones out already
        print(publication_report(project.companies, project.settings, public_only(), language))
    return 0


def publication_report(
    companies: list[Company], settings: OrganizationSettings | None, deploying: bool, language: str = "en"
) -> str:
    """The companies a deploy shows and, outside a deploy, the private ones (local builds and client sites
    only), in ``language``."""
    public = [company.slug for company in companies if is_published(company, settings)]
    private = [company.slug for company in companies if not is_published(company, settings)]
    lines = [f"Public (in every deploy): {', '.join(public) or 'none'}"]
    if not deploying:
        lines.append(f"Private (local builds and client sites only): {', '.join(private) or 'none'}")
    return "\n".join(translate(line, language) for line in lines)


def _schemas(args: argparse.Namespace) -> int:
    language = command_language(args.data.parent)
    if args.check:
        stale = stale_schemas(args.out, args.data)
        for name in stale:
            print(translate(f"{args.out / name}: out of date; run `make schemas`", language), file=sys.stderr)
        return 1 if stale else 0
    changed = write_schemas(args.out, args.data)
    print(translate(f"{count(len(changed), 'schema', 'schemas')} written to {args.out}.", language))
    return 0


def _new(args: argparse.Namespace) -> int:
    root = args.data.parent
    language = args.language or organization_language(root)
    said = override() or language
    if not SLUG.fullmatch(args.slug) or args.slug in RESERVED_SLUGS:
        slug = suggest_slug(args.slug)
        hint = f"; did you mean {slug!r}?" if slug and slug not in RESERVED_SLUGS else ""
        message = f"{args.slug!r}: expected 2-40 characters a-z, 0-9 and '-' (not 'index'){hint}"
        print(translate(message, said), file=sys.stderr)
        return 1
    path = args.data / "companies" / f"{args.slug}.yml"
    if path.exists() or (args.data / "companies" / f"{args.slug}.yaml").exists():
        print(translate(f"{display_path(path, root)}: already exists; nothing written", said), file=sys.stderr)
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(starter_file(args.slug, args.name, language, build_date()), encoding="utf-8")
    print(translate(f"Wrote {display_path(path, root)}; fill it in, then run `make build`.", said))
    return 0


def company_language(folder: Path, slug: str) -> str:
    """The `language:` of a company file: its playbook and summary are printed in it (Dutch when unreadable)."""
    return company_language_and_name(folder / f"{slug}.yml")[0]


def _pdf_page(args: argparse.Namespace) -> tuple[Path, str, str]:
    """The index.html to print, the language it is in and the one it would be in without --language (the
    company's, else the site root's); raises PrintFailed with what is wrong."""
    if args.summary and not args.company:
        raise PrintFailed("--summary: name a company (make pdf COMPANY=<slug> SUMMARY=1)")
    if args.language is not None and args.language not in LANGUAGES:
        raise PrintFailed(f"unknown language {args.language!r}: expected {' or '.join(LANGUAGES)}")
    try:
        at_root = root_language(ROOT)
    except DataErrors as exc:
        raise PrintFailed(localized_report(exc.errors, ROOT)) from None
    usual: str = at_root
    if args.company:
        folder = company_folder(ROOT)
        if not SLUG.fullmatch(args.company):
            raise PrintFailed(f"unknown company {args.company!r}: a slug is 2-40 characters a-z, 0-9 and '-'")
        if not (folder / f"{args.company}.yml").is_file():
            known = ", ".join(sorted(path.stem for path in company_files(folder))) or "none"
            where = display_path(folder, ROOT)
            raise PrintFailed(f"unknown company {args.company!r}: no {where}/{args.company}.yml (known: {known})")
        usual = company_language(folder, args.company)
    language = args.language or usual
    if not args.site.is_dir():
        raise PrintFailed(f"{args.site}: no built site there; run `make build` first (or pass --site)")
    page = page_folder(args.site, language, args.company, args.summary, at_root) / "index.html"
    if not page.is_file() and args.site.name in LANGUAGES:
        raise PrintFailed(f"{page}: not found; --site is the site's root ({args.site.parent}), not a language's folder")
    if not page.is_file():
        raise PrintFailed(f"{page}: not found; run `make build` first (or check --site)")
    return page, language, usual


def page_address(root: Path, company: str, site: Path, page: Path) -> str | None:
    """Where the printed page is published: under the default alias (`latest/`) of the client's own `site_url`
    (its company file), else of the site's; None for a placeholder or no address (links are then plain text)."""
    own = None
    if company:
        try:
            data = yaml.safe_load((company_folder(root) / f"{company}.yml").read_text(encoding="utf-8-sig"))
            own = data.get("site_url") if isinstance(data, dict) else None
        except (OSError, yaml.YAMLError):
            own = None
    try:
        url = own if isinstance(own, str) and own.strip() else configured_site_url(root)
    except DataErrors:
        return None
    if is_placeholder(url):
        return None
    folder = page.parent.relative_to(site).as_posix()
    base = (url if url.endswith("/") else url + "/") + DEFAULT_ALIAS + "/"
    return base if folder == "." else f"{base}{folder}/"


def _pdf(args: argparse.Namespace) -> int:
    try:
        page, language, usual = _pdf_page(args)
        output = output_file(args.out, pdf_name(args.company, args.summary, "" if language == usual else language))
        check_output(output)  # the reader's own mistake first: it holds with or without a browser
        chromium = find_chromium()
        if chromium is None:
            raise PrintFailed("chromium: not found; install it (Debian: apt-get install chromium)")
        print_to_pdf(page, output, chromium, page_address(ROOT, args.company, args.site, page))
    except PrintFailed as failed:
        print(translate(str(failed), command_language(ROOT)), file=sys.stderr)
        return 1
    print(translate(f"Wrote {output}", command_language(ROOT)))
    return 0


def _import_target(args: argparse.Namespace) -> tuple[str, Path] | str:
    """The company slug and the export file of `progress import [SLUG] FILE [--as SLUG]`, or what is wrong."""
    if len(args.targets) > 2:
        return "expected the company slug and the export file, got more"
    *slug, file = args.targets
    if args.as_slug is not None and slug and slug[0] != args.as_slug:
        return f"expected one company, got {slug[0]!r} and --as {args.as_slug!r}"
    chosen = args.as_slug or (slug[0] if slug else None)
    if chosen is None:
        return "expected the company: progress import SLUG FILE, or progress import FILE --as SLUG"
    return chosen, Path(file)


def _progress_import(args: argparse.Namespace) -> int:
    root = args.data.parent
    target = _import_target(args)
    if isinstance(target, str):
        print(translate(f"progress import: {target}", command_language(root)), file=sys.stderr)
        return 2
    args.slug, args.file = target
    company_file = company_file_of(company_folder(root), args.slug)
    if not company_file.is_file():
        missing = f"{display_path(company_file, root)}: no such company file"
        print(translate(missing, command_language(root)), file=sys.stderr)
        return 1
    try:
        content = load_content(args.data, root=root)
        ticks = read_ticks(args.file, args.slug, renamed=args.as_slug is not None)
        changed = import_progress(company_file, ticks, content, root)
    except DataErrors as exc:
        print(localized_report(exc.errors, root), file=sys.stderr)
        return 1
    done = f"{display_path(company_file, root)}: {count(changed, 'activity', 'activities')} marked done."
    print(translate(done, file_language(display_path(company_file, root), root)))
    return 0


def _documents(args: argparse.Namespace) -> int:
    root = args.data.parent
    project = checked_project(root)
    if project is None:
        return 1
    found = [company for company in project.companies if company.slug == args.slug]
    if not found:
        known = ", ".join(sorted(company.slug for company in project.companies)) or "none"
        folder = display_path(company_folder(root), root)
        missing = f"{args.slug!r}: no company file {folder}/{args.slug}.yml (companies: {known})"
        print(translate(missing, command_language(root)), file=sys.stderr)
        return 1
    book = company_playbooks(found, project.content, build_date())[0]
    built = build_datetime()
    register, register_csv = register_files(book, project.content, built)
    files = {f"exports/{args.slug}-ai-register.xlsx": register, f"exports/{args.slug}-ai-register.csv": register_csv}
    files |= company_documents(book, project.content, built)
    out = args.out / args.slug
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (out / published_name(name.removeprefix("exports/"))).write_bytes(data)
    wrote = f"Wrote {count(len(files), 'file', 'files')} to {out}."
    print(translate(wrote, file_language(display_path(company_file_of(company_folder(root), args.slug), root), root)))
    return 0


def _address(args: argparse.Namespace) -> int:
    try:
        url = configured_site_url(args.root)
        at_root = root_language(args.root)
        names = load_content(args.root / "data", root=args.root).ui["language_name"]
    except DataErrors as exc:
        print(localized_report(exc.errors, args.root), file=sys.stderr)
        return 1
    home = preview_address(url, args.port)
    other = next(language for language in LANGUAGES if language != at_root)
    line = f"{home} ({names.get(other)}: {home}{other}/)"
    print(translate(f"Preview: {line}", command_language(args.root)) if args.announce else line)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per task."""
    parser = Parser(prog="python -m playbook", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every data file; print all errors")
    validate.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder")
    validate.add_argument(
        "--strict", action="store_true", help="fail on warnings too (every publishing path uses this)"
    )
    validate.set_defaults(run=_validate)
    new = commands.add_parser("new", help="write a starter company file data/companies/<slug>.yml")
    new.add_argument("slug", help="the company id: 2-40 characters a-z, 0-9 and '-'")
    new.add_argument("--name", required=True, help="the organization's name")
    new.add_argument(
        "--language",
        choices=["nl", "en"],
        default=None,
        help="the language of its texts and field guide (default: organization.yml's default_language, else nl)",
    )
    new.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder")
    new.set_defaults(run=_new)
    progress = commands.add_parser("progress", help="bring ticks from the site back into a company file")
    progress_commands = progress.add_subparsers(dest="progress_command", required=True)
    merge = progress_commands.add_parser("import", help="merge a checklist export into <slug>'s progress block")
    merge.add_argument(
        "targets",
        nargs="+",
        metavar="[SLUG] FILE",
        help="the company slug and the ticks exported from its page (<slug>-progress.json)",
    )
    merge.add_argument(
        "--as",
        dest="as_slug",
        default=None,
        metavar="SLUG",
        help="import into this company whatever company the file names (after its file was renamed)",
    )
    merge.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder")
    merge.set_defaults(run=_progress_import)
    pdf = commands.add_parser("pdf", help="print a company's playbook (or the home page) to PDF with Chromium")
    pdf.add_argument("company", nargs="?", default="", help="the company slug; empty for the home page")
    pdf.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (its root, either language)")
    pdf.add_argument(
        "--out",
        type=Path,
        default=ROOT / "pdf",
        help="the PDF file (a path ending in .pdf) or a folder for <company>[-summary].pdf (default: pdf/)",
    )
    pdf.add_argument(
        "--language", default=None, help="nl or en; default: the company's `language:` (Dutch for the home page)"
    )
    pdf.add_argument("--summary", action="store_true", help="print the two-page director summary (same language rule)")
    pdf.set_defaults(run=_pdf)
    documents = commands.add_parser(
        "documents", help="write a company's filled-in instruments (Word, Markdown) and its AI-system register"
    )
    documents.add_argument("slug", help="the company slug")
    documents.add_argument(
        "--out", type=Path, default=ROOT / "documents", help="the folder for <slug>/ (default: documents/)"
    )
    documents.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder")
    documents.set_defaults(run=_documents)
    address = commands.add_parser("address", help="print the address `mkdocs serve` answers on")
    address.add_argument("--port", type=int, default=8000, help="the port mkdocs serve listens on")
    address.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder")
    address.add_argument("--announce", action="store_true", help="as the line `make serve` prints (Preview: …)")
    address.set_defaults(run=_address)
    add_publishing_commands(commands)
    schemas = commands.add_parser("schemas", help="write the JSON Schemas generated from the models")
    schemas.add_argument("--out", type=Path, default=ROOT / "schemas", help="the schemas folder")
    schemas.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder")
    schemas.add_argument("--check", action="store_true", help="only report schemas that are out of date")
    schemas.set_defaults(run=_schemas)
    return localize(parser, command_language(ROOT))


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    code: int = args.run(args)
    return code
