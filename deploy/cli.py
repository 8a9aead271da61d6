"""`python -m deploy site VERSION [ALIAS…] --branch B [--client SLUG] [--push]`, `… build` and `… serve`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from deploy.build import build
from deploy.site import Deploy, DeployRefused, announce_site_url, deploy, serve
from playbook.loading.errors import DataErrors
from playbook.loading.language import command_language, localized_report, translate
from playbook.site.address import configured_site_url
from playbook.site.data import check_project

ROOT = Path(__file__).resolve().parent.parent


def site_url_of(root: Path, client: str | None) -> str | None:
    """The address the deployed site lives at: the client's own `site_url`, else the public one; raises DataErrors."""
    if client is None:
        return configured_site_url(root)
    project = check_project(root)
    chosen = [company for company in project.companies if company.slug == client]
    return chosen[0].profile.site_url if chosen else None


def _site(args: argparse.Namespace) -> int:
    client, language = args.client or None, command_language(args.root)
    try:
        site_url = site_url_of(args.root, client)
    except DataErrors as exc:
        print(localized_report(exc.errors, args.root), file=sys.stderr)
        return 1
    aliases = tuple(alias for alias in args.aliases if alias)
    job = Deploy(args.version, aliases, args.branch, client, site_url)
    print(translate(announce_site_url(job), language))
    try:
        notes = deploy(args.root, job, push=args.push, remote=args.remote)
    except DeployRefused as refused:
        print(translate(f"Deploy refused: {refused}", language), file=sys.stderr)
        return 1
    for line in notes:
        print(translate(line, language))
    label = args.version + (f" ({', '.join(aliases)})" if aliases else "")
    pushed = f"; pushed it to {args.remote}" if args.push else ""
    print(translate(f"Deployed {label} to the local {args.branch} branch{pushed}", language))
    return 0


def _build(args: argparse.Namespace) -> int:
    code = build(args.root, args.options)
    if code == 0:
        engine = os.environ.get("PLAYBOOK_ENGINE") or "mkdocs"
        print(translate(f"Site built into site/ with {engine}", command_language(args.root)))
    return code


def _serve(args: argparse.Namespace) -> int:
    serve(args.root, args.branch, args.address)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m deploy", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    site = commands.add_parser("site", help="build and deploy one version (public, or one client's site)")
    site.add_argument("version", help="the version folder, e.g. 1.0 or dev")
    site.add_argument("aliases", nargs="*", help="aliases moved to this version, e.g. latest")
    site.add_argument("--branch", default="gh-pages", help="the deploy branch")
    site.add_argument("--client", default="", help="a company slug: that client's own site")
    site.add_argument("--push", action="store_true", help="push the branch once every check passed")
    site.add_argument("--remote", default="origin", help="where --push pushes")
    site.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder")
    site.set_defaults(run=_site)
    built = commands.add_parser("build", help="build site/ afresh: readable by everyone, swapped in whole")
    built.add_argument("options", nargs="*", help="mkdocs build options, e.g. --strict")
    built.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder")
    built.set_defaults(run=_build)
    served = commands.add_parser("serve", help="serve the deployed versions of a branch")
    served.add_argument("--branch", default="gh-pages", help="the deploy branch")
    served.add_argument("--address", default="127.0.0.1:8000", help="host:port")
    served.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder")
    served.set_defaults(run=_serve)
    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code
