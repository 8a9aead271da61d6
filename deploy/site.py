"""One deploy: a fresh build in a temporary folder, committed by mike's own API, checked before anything is pushed.

mike's command line loads `mkdocs.yml` in its own process (firing every plugin's `on_config`) and commits
whatever its site folder holds, hidden folders included. Here nothing loads the configuration but the build:
the site is built by `mkdocs build` into a new temporary folder outside the project (nothing an earlier command
left can reach the deploy), in public mode (`PLAYBOOK_PUBLIC=1`, or one client's site), with the canonical
version (the default alias) in its addresses. mike's `deploy` and `set_default` then write the commit. Before
the commit the site folder is checked, after it the branch's whole tree: any path with a component that begins
with '.' (other than `.nojekyll`) stops the deploy, and the branch is put back where it was. Only then is the
branch pushed. The branch root gets robots.txt, a sitemap index and 404.html in the same way.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from mike import commands, git_utils

from deploy.build import engine_command
from playbook.publishing.branch import (
    DEFAULT_ALIAS,
    BranchError,
    branch_commit,
    git,
    hidden_paths,
    leftover_companies,
    leftover_report,
    tree_paths,
)
from playbook.site.address import is_placeholder
from tools.engine import use as use_engine


class DeployRefused(Exception):
    """The deploy stopped; the message says why and what to do. Nothing was pushed."""


@dataclass(frozen=True)
class Deploy:
    """What to deploy: a version with its aliases, onto a branch, for the public site or one client."""

    version: str
    aliases: tuple[str, ...]
    branch: str
    client: str | None = None
    site_url: str | None = None
    """Where the branch is served (the public site_url, or the client's); None: relative links only."""
    default: str = DEFAULT_ALIAS


def build_environment(job: Deploy, environ: Mapping[str, str]) -> dict[str, str]:
    """The build's environment: public mode, the client (or none), mike's version and the canonical address."""
    env = dict(environ)
    env.update(
        PLAYBOOK_PUBLIC="1",
        PLAYBOOK_CLIENT=job.client or "",
        MIKE_DOCS_VERSION=job.version,
        PLAYBOOK_CANONICAL_VERSION=job.default,
        PLAYBOOK_SITE_URL=job.site_url or "",
        NO_MKDOCS_2_WARNING="1",
    )
    return env


def hidden_files(folder: Path) -> list[str]:
    """Paths under ``folder`` that no deploy may commit (a component beginning with '.', but `.nojekyll`)."""
    found = (path.relative_to(folder).as_posix() for path in folder.rglob("*") if not path.is_dir())
    return hidden_paths(found)


def build_site(root: Path, site_dir: Path, env: Mapping[str, str]) -> None:
    """`mkdocs build --strict` of the project into ``site_dir``; DeployRefused when it fails."""
    command = [*engine_command("build"), "--quiet", "--strict", "--clean", "--site-dir", str(site_dir)]
    result = subprocess.run(command, cwd=root, env=dict(env), check=False)
    if result.returncode != 0:
        raise DeployRefused("the build failed (its messages are above); nothing was committed")


def root_files(
    site_url: str | None, default: str, languages: Sequence[str], not_found: bytes | None
) -> dict[str, bytes]:
    """robots.txt, a sitemap index naming the default version's sitemaps, and 404.html for the branch root."""
    files: dict[str, bytes] = {}
    robots = ["User-agent: *", "Allow: /"]
    if site_url:
        base = site_url if site_url.endswith("/") else site_url + "/"
        maps = [f"{base}{default}/{language}sitemap.xml" for language in languages]
        entries = "".join(f"  <sitemap><loc>{address}</loc></sitemap>\n" for address in maps)
        files["sitemap.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}</sitemapindex>\n"
        ).encode()
        robots.append(f"Sitemap: {base}sitemap.xml")
    files["robots.txt"] = ("\n".join(robots) + "\n").encode()
    if not_found is not None:
        files["404.html"] = not_found
    return files


def commit_root_files(job: Deploy, site_dir: Path) -> None:
    """robots.txt, the sitemap index and 404.html at the branch root, from the site just built."""
    not_found = site_dir / "404.html"
    nested = (entry.name for entry in site_dir.iterdir() if len(entry.name) == 2 and (entry / "sitemap.xml").is_file())
    languages = ["", *sorted(f"{name}/" for name in nested)]
    page = not_found.read_bytes() if not_found.is_file() else None
    with git_utils.Commit(job.branch, "Branch root: robots.txt, sitemap index, 404 page") as commit:
        for name, data in root_files(job.site_url, job.default, languages, page).items():
            commit.add_file(git_utils.FileInfo(name, data))


def _restore(repo: Path, branch: str, before: str | None) -> None:
    """Put ``branch`` back at ``before`` (or remove it, when the deploy made it)."""
    with contextlib.suppress(BranchError):
        if before is None:
            git(repo, "update-ref", "-d", f"refs/heads/{branch}")
        else:
            git(repo, "update-ref", f"refs/heads/{branch}", before)


def deploy(repo: Path, job: Deploy, *, push: bool = False, remote: str = "origin") -> list[str]:
    """Build and commit ``job`` onto its branch (pushed with ``push``); the lines to print about older versions.

    Raises DeployRefused, with the branch as it was, when the build fails or a hidden path would be committed.
    """
    before = branch_commit(repo, job.branch)
    env = build_environment(job, os.environ)
    use_engine(os.environ.get("PLAYBOOK_ENGINE") or "mkdocs")  # mike's commit message names the engine
    cwd = Path.cwd()
    os.chdir(repo)  # mike's git calls run in the working directory
    try:
        with tempfile.TemporaryDirectory(prefix="playbook-deploy-") as folder:
            site_dir = Path(folder) / "site"
            build_site(repo, site_dir, env)
            hidden = hidden_files(site_dir)
            if hidden:
                raise DeployRefused(f"hidden paths in the built site, not committed: {', '.join(hidden[:5])}")
            cfg = {"site_dir": str(site_dir), "use_directory_urls": True}
            with commands.deploy(cfg, job.version, aliases=list(job.aliases), update_aliases=True, branch=job.branch):
                pass  # built above: mike copies site_dir into the version's folder and its aliases
            with contextlib.suppress(git_utils.GitEmptyCommit):  # the default and the root files often stay
                commands.set_default(job.default, allow_undefined=True, branch=job.branch)
            with contextlib.suppress(git_utils.GitEmptyCommit):
                commit_root_files(job, site_dir)
        paths = tree_paths(repo, f"refs/heads/{job.branch}")
        hidden = hidden_paths(paths)
        if hidden:
            _restore(repo, job.branch, before)
            listed = ", ".join(hidden[:5]) + (f" and {len(hidden) - 5} more" if len(hidden) > 5 else "")
            versions = " ".join(sorted({path.split("/")[0] for path in hidden}))
            raise DeployRefused(
                f"{job.branch} would hold hidden paths ({listed}); the branch is back where it was. Remove the "
                f"versions that hold them (mike delete --branch {job.branch} {versions}), then deploy them again"
            )
    except (git_utils.GitError, BranchError) as exc:
        _restore(repo, job.branch, before)
        raise DeployRefused(f"git: {exc}; the branch is back where it was") from None
    finally:
        os.chdir(cwd)
    if push:
        try:
            git_utils.push_branch(remote, job.branch)
        except git_utils.GitError as exc:
            raise DeployRefused(
                f"the push failed ({exc}); the deploy is on the local {job.branch}: git push {remote} {job.branch}"
            ) from None
    return leftover_report(leftover_companies(paths, job.version), job.branch)


def serve(repo: Path, branch: str, address: str) -> None:
    """Serve the deployed versions of ``branch`` from git, without loading the configuration."""
    os.chdir(repo)
    commands.serve(address, branch=branch, verbose=True)


def announce_site_url(job: Deploy) -> str:
    """The line the deploy prints about the address its links and canonical URLs use."""
    who = f"data/companies/{job.client}.yml" if job.client else "organization.yml"
    if not job.site_url:
        return f"No site_url in {who}: the site has relative links and no canonical addresses; set site_url there"
    placeholder = f" (a placeholder: set site_url in {who})" if is_placeholder(job.site_url) else ""
    return f"Addresses: canonical links, sitemaps and calendar links point at {job.site_url}{job.default}/{placeholder}"
