"""The MkDocs plugin `playbook-deploy-guard`: a build mike deploys never holds a hidden path nor a doubled version.

mike (also when called directly, as its documentation shows) commits whatever the site folder holds after the
build, hidden folders included, and MkDocs's `--clean` leaves those alone. Listed last in mkdocs.yml, this
plugin looks at the finished site folder of every build that mike deploys (`MIKE_DOCS_VERSION` set) and fails
the build, so that mike commits nothing, when any path there has a component that begins with '.' (other than
`.nojekyll`). `make publish` builds into a fresh folder and checks the branch as well (deploy/site.py).
mike's plugin also adds its version to site_url after the playbook plugin has (`…/1.0/1.0/`, and `…/en/1.0` for
English): this plugin's `on_config` runs after both and puts back the playbook plugin's address.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from macros.languages import OWN_SITE_URL
from playbook.company.selection import MIKE_VARIABLE
from playbook.publishing.branch import hidden_paths


class DeployGuard(BasePlugin):  # type: ignore[type-arg,no-untyped-call]  # MkDocs's generic base
    """Fail a build that mike deploys when its site folder holds a hidden path; keep its site_url whole."""

    @event_priority(-200)  # after mike's own plugin, which `mike deploy` adds to the configuration
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Put back the site_url the playbook plugin set (version included): mike's adds its version again."""
        if os.environ.get(MIKE_VARIABLE, "").strip() and OWN_SITE_URL in config.extra:
            config.site_url = config.extra[OWN_SITE_URL]
        return config

    @event_priority(-200)  # after every other plugin's on_post_build
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Refuse the deploy, naming the hidden paths and how to remove them."""
        if not os.environ.get(MIKE_VARIABLE, "").strip():
            return
        site = Path(config.site_dir)
        found = hidden_paths(path.relative_to(site).as_posix() for path in site.rglob("*") if not path.is_dir())
        if found:
            listed = ", ".join(found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
            folders = " ".join(sorted({f"{site}/{path.split('/')[0]}" for path in found}))
            raise PluginError(
                f"the site folder holds hidden paths that mike would publish ({listed}); nothing is deployed. "
                f"Remove them (rm -rf {folders}) and deploy with `make publish`, which builds in a fresh folder"
            )
