"""The command line's publishing commands: ``clients`` (every company's client site) and ``unpublish``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from playbook.company.files import company_folder
from playbook.formatting import count
from playbook.loading.commandline import Parser
from playbook.loading.errors import DataErrors
from playbook.loading.language import command_language, localized_report, translate
from playbook.models.common import LANGUAGES
from playbook.publishing.branch import BranchError, git
from playbook.publishing.clients import client_sites
from playbook.publishing.unpublish import deployed_names, unpublish
from playbook.site.data import Project, check_project

ROOT = Path(__file__).resolve().parent.parent


def company_language_and_name(path: Path) -> tuple[str, str | None]:
    """The `language:` (Dutch when unreadable) and `name:` of a company file, read without checking it."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, yaml.YAMLError):
        return "nl", None
    found = data if isinstance(data, dict) else {}
    language, name = found.get("language"), found.get("name")
    return (language if language in LANGUAGES else "nl"), (name if isinstance(name, str) else None)


def checked_project(root: Path) -> Project | None:
    """The project under ``root``, checked; None after printing its errors in their language."""
    try:
        return check_project(root)
    except DataErrors as exc:
        print(localized_report(exc.errors, root), file=sys.stderr)
        return None


def _clients(args: argparse.Namespace) -> int:
    root = args.data.parent
    project = checked_project(root)
    if project is None:
        return 1
    sites = client_sites(project.companies, project.settings)
    if args.json:
        print(json.dumps(sites, ensure_ascii=False))
    else:
        for site in sites:
            relative = translate("(relative links)", command_language(root))
            print(f"{site['slug']}\t{site['branch']}\t{site['site_url'] or relative}")
    return 0


def _unpublish(args: argparse.Namespace) -> int:
    repo = args.repo
    company_file = company_folder(repo) / f"{args.slug}.yml"
    names = [args.name] if args.name else deployed_names(repo, args.branch, args.slug)
    own = company_language_and_name(company_file)[1] if company_file.is_file() else None
    names += [own] if own and own not in names else []
    name = " / ".join(names)
    try:
        if not names:
            raise BranchError(f"no name found for '{args.slug}' on {args.branch}: give it with --name")
        done = unpublish(repo, args.branch, args.slug, names)
        if args.push:
            git(repo, "push", args.remote, f"refs/heads/{args.branch}:refs/heads/{args.branch}")
    except BranchError as exc:
        print(translate(str(exc), command_language(repo)), file=sys.stderr)
        return 1
    removed = (
        f"Removed {args.slug} ({name}) from every version of {args.branch}: {count(done.removed, 'file', 'files')} "
        f"removed, {count(done.edited, 'file', 'files')} edited, in commit {done.commit[:12]}"
        + (f"; pushed to {args.remote}" if args.push else "; push it with make unpublish … PUSH=1 or git push")
    )
    print(translate(removed, command_language(repo)))
    return 0


def add_publishing_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    """The sub-commands of client sites and their removal: ``clients`` and ``unpublish``."""
    clients = commands.add_parser("clients", help="list every company's client site: slug, branch, site_url")
    clients.add_argument("--json", action="store_true", help="as JSON (the publish workflow's matrix)")
    clients.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder")
    clients.set_defaults(run=_clients)
    removal = commands.add_parser("unpublish", help="remove a company from every version of a deploy branch")
    removal.add_argument("slug", help="the company slug")
    removal.add_argument("--branch", default="gh-pages", help="the deploy branch")
    removal.add_argument("--name", default=None, help="the company's name (default: from the branch's export)")
    removal.add_argument("--push", action="store_true", help="push the branch afterwards")
    removal.add_argument("--remote", default="origin", help="where --push pushes")
    removal.add_argument("--repo", type=Path, default=Path.cwd(), help="the repository")
    removal.set_defaults(run=_unpublish)
