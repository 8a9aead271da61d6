"""The engine side: loading the configuration has no side effects, language builds leave nothing behind, the
couplings stop a build at once on an untested version, and the plugin's options."""

from __future__ import annotations

import multiprocessing.process
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mike import mkdocs_utils
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from macros import define_env
from macros.build import editions
from macros.engine import tested
from macros.plugin import PlaybookPlugin, check_couplings
from macros.theme import bundle, templates
from tests.conftest import BUILD_EPOCH, ROOT, Site, run_mkdocs
from tests.test_publishing import copy_project, git, init_repo, make


def tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under ``folder`` (hidden ones too) with its size and modification time."""
    return {
        path.relative_to(folder).as_posix(): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
        if "__pycache__" not in path.parts
    }


def test_loading_the_configuration_as_mike_does_starts_nothing_and_writes_nothing(
    project_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = project_copy / "site"
    site.mkdir()
    (site / "index.html").write_text("the deployed site", encoding="utf-8")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    started: list[Any] = []

    def start(process: multiprocessing.process.BaseProcess) -> None:
        started.append(process)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start)
    monkeypatch.setattr(os, "fork", lambda: started.append("fork"))
    commands: list[list[str]] = []
    popen = subprocess.Popen

    def recorded(command: list[str], *args: Any, **kwargs: Any) -> Any:
        commands.append(command)
        return popen(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", recorded)
    monkeypatch.chdir(project_copy)
    before = tree(project_copy)

    begin = time.perf_counter()
    config = mkdocs_utils.load_config("mkdocs.yml")
    seconds = time.perf_counter() - begin

    assert started == []
    assert {command[0] for command in commands} <= {"git"}  # mkdocs-macros reads the last commit (git log -1, …)
    assert tree(project_copy) == before
    assert list(temporary.iterdir()) == []
    assert config.theme["language"] == "nl"
    assert seconds < 10, f"loading the configuration took {seconds:.2f} s"  # about 0.5 s measured
    print(f"mike's load_config: {seconds:.2f} s")


def hidden(folder: Path) -> list[str]:
    return [path.relative_to(folder).as_posix() for path in folder.rglob(".*")]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_build_stopped_midway_leaves_no_language_folder_behind(
    project_copy: Path, tmp_path: Path, stop: signal.Signals
) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    site_dir = tmp_path / "site"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": BUILD_EPOCH,
        "TMPDIR": str(temporary),
    }
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir)],
        cwd=project_copy,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while not any(temporary.glob("playbook-en-*/*")):  # the English build has begun writing
            assert build.poll() is None, build.stderr.read() if build.stderr else ""
            assert time.monotonic() < deadline, "the English build never started"
            time.sleep(0.05)
        build.send_signal(stop)
        build.wait(timeout=60)
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
    assert build.returncode != 0
    assert list(temporary.iterdir()) == []
    assert not site_dir.exists() or hidden(site_dir) == []


def test_two_deploys_from_one_checkout_commit_no_hidden_folder(tmp_path: Path) -> None:
    repo = copy_project(tmp_path / "repo")
    init_repo(repo)
    for version in ("1.0", "1.1"):
        deployed = make(repo, "publish-local", f"VERSION={version}")
        assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    paths = git(repo, "ls-tree", "-r", "--name-only", "gh-pages").splitlines()
    assert "1.1/en/index.html" in paths
    assert [path for path in paths if any(part.startswith(".") for part in path.split("/")[:-1])] == []
    assert not (repo / "site").exists() or hidden(repo / "site") == []


@pytest.mark.parametrize(
    ("distribution", "installed", "expected"),
    [
        ("mkdocs-material", "9.8.1", None),
        (
            "mkdocs-material",
            "9.9.0",
            "mkdocs-material 9.9.0 is outside the versions tested (>=9.8.0,<9.9) for Material's built script bundle "
            "and search worker (the version selector, alternate links, the search extension) (macros/theme/bundle.py); "
            "install a tested version (requirements.txt) or check that module against it and widen its range in "
            "macros/engine/tested.py",
        ),
        ("mkdocs", "1.6.1", None),
        (
            "mkdocs",
            "2.0.0",
            "mkdocs 2.0.0 is outside the versions tested (>=1.6.0,<1.7) for the engine's private page build "
            "(_populate_page, _build_page), File._content, Page.present_anchor_ids, the live-reload server's epochs "
            "and the text of its note on links to excluded pages (macros/engine/internals.py); install a tested "
            "version (requirements.txt) or check that module against it and widen its range in "
            "macros/engine/tested.py",
        ),
        ("markdown", "3.12.0", "markdown 3.12.0 is outside the versions tested (>=3.11,<3.12) for the HTML"),
    ],
)
def test_an_untested_version_stops_the_build_at_once_naming_the_coupling(
    monkeypatch: pytest.MonkeyPatch, distribution: str, installed: str, expected: str | None
) -> None:
    real = tested.installed
    monkeypatch.setattr(tested, "installed", lambda name: installed if name == distribution else real(name))
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["playbook"]
    assert isinstance(plugin, PlaybookPlugin)
    if expected is None:
        check_couplings()
        return
    plugin.data = None  # one instance per process (it has on_startup): a build before may have loaded data
    with pytest.raises(PluginError) as stopped:
        plugin.on_config(config)
    assert str(stopped.value).startswith(expected)
    assert plugin.data is None  # stopped before the data was loaded


@pytest.mark.parametrize(("version", "inside"), [("1.6.7", True), ("1.6.4", False), ("1.7.0", False)])
def test_properdocs_is_checked_against_its_own_range(
    monkeypatch: pytest.MonkeyPatch, version: str, inside: bool
) -> None:
    real = tested.installed
    monkeypatch.setattr(tested, "installed", lambda name: version if name == "properdocs" else real(name))
    found = tested.problems(engine="properdocs")
    assert found == [] if inside else found[0].startswith(f"properdocs {version} is outside the versions tested")
    assert tested.problems(engine="mkdocs") == []  # a ProperDocs installed beside MkDocs: MkDocs runs


def test_the_engine_is_named_by_what_answers_to_mkdocs(monkeypatch: pytest.MonkeyPatch) -> None:
    assert tested.engine_name() == "mkdocs"
    fork = type(sys)("properdocs")
    monkeypatch.setitem(sys.modules, "mkdocs", fork)
    assert tested.engine_name() == "properdocs"


def test_material_patterns_and_copied_partials_are_checked_on_the_installed_material(tmp_path: Path) -> None:
    assert bundle.check_material() == []
    assert templates.check_copies() == []
    scripts = tmp_path / "assets/javascripts"
    (scripts / "workers").mkdir(parents=True)
    (scripts / "bundle.1234.min.js").write_text('new URL("../versions.json",t.base)', encoding="utf-8")
    assert bundle.check_material.__wrapped__(tmp_path) == [
        'expected M("link[rel=alternate]") once in bundle.1234.min.js, found it 0 times',
        r"expected (\w+)\.base\.match\(/\(\[\^/\]\+\)\\/\?\$/\) 1 time(s) in bundle.1234.min.js, found 0",
        r"expected new URL\(`\.\./\$\{(\w+)\.version\}/`,(\w+)\.base\) 2 time(s) in bundle.1234.min.js, found 0",
        f"expected one search worker in {scripts / 'workers'}",
    ]
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials/alternate.html").write_text("<div>changed</div>", encoding="utf-8")
    assert templates.check_copies(tmp_path) == [
        "Material's partials/alternate.html is not the one overrides/partials/alternate.html was copied from "
        "(Material 9.8.1): compare the two and copy the changes over, then record the new digest in "
        "macros/theme/templates.py"
    ]


def test_a_block_written_anew_is_checked_against_the_installed_material(tmp_path: Path) -> None:
    assert templates.check_blocks() == []
    (tmp_path / "base.html").write_text(
        '<body>{% block scripts %}<script src="bundle.new.min.js"></script>{% endblock %}</body>', encoding="utf-8"
    )
    assert templates.check_blocks(tmp_path) == [
        "Material's block 'scripts' in base.html is not the one overrides/main.html rewrote (Material 9.8.1): "
        "compare the two, then record the new digest in macros/theme/templates.py"
    ]


def test_a_disabled_plugin_loads_nothing_and_starts_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["playbook"]
    assert isinstance(plugin, PlaybookPlugin)
    plugin.config.enabled = False
    monkeypatch.setattr(editions, "start", lambda *args, **kwargs: pytest.fail("a language build started"))
    nav = config.nav
    assert plugin.on_config(config) is config
    plugin.on_pre_build(config=config)
    assert plugin.data is None
    assert config.nav == nav


def test_the_pages_say_so_when_the_plugin_is_off() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["playbook"]
    assert isinstance(plugin, PlaybookPlugin)
    plugin.config.enabled = False
    env = SimpleNamespace(conf={"plugins": {"playbook": plugin}})
    with pytest.raises(
        PluginError,
        match=r"^the playbook plugin is off \(enabled: false under - playbook: in mkdocs.yml\): every page needs it$",
    ):
        define_env(env)


def test_without_fork_the_languages_are_built_one_after_another(monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["playbook"]
    assert isinstance(plugin, PlaybookPlugin)
    calls: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        editions, "start", lambda build, cfg, language, *, serving, parallel: calls.append((language, parallel))
    )
    plugin.on_startup(command="build", dirty=False)
    plugin.on_config(config)
    plugin.on_pre_build(config=config)
    assert calls == [("en", True)]
    monkeypatch.delattr(os, "fork")
    assert not editions.can_fork()
    plugin.on_config(config)
    plugin.on_pre_build(config=config)
    assert calls[1:] == [("en", False)]


def with_options(project: Path, options: str) -> None:
    """Give the playbook plugin ``options`` in the project's mkdocs.yml, as a site owner writes them; and the
    build report, so that the copy builds what the project builds."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for line in options.splitlines():  # mkdocs.yml lists every option with its default under `- playbook:`
        key = line.split(":")[0]
        text, found = re.subn(rf"^{re.escape(key)}: \S+", line.rstrip(), text, count=1, flags=re.MULTILINE)
        assert found == 1, f"mkdocs.yml has no '{key.strip()}' under - playbook:"
    config.write_text(text, encoding="utf-8")
    (project / "benchmarks").mkdir(exist_ok=True)
    shutil.copy(ROOT / "benchmarks/results.md", project / "benchmarks/results.md")


def test_languages_built_one_after_another_make_the_same_site(site: Site, project_copy: Path, tmp_path: Path) -> None:
    with_options(project_copy, "      parallel_languages: false\n")
    built = run_mkdocs(project_copy, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    ours = {path.relative_to(tmp_path / "site").as_posix(): path for path in (tmp_path / "site").rglob("*")}
    theirs = {path.relative_to(site.root).as_posix(): path for path in site.root.rglob("*")}
    assert sorted(ours) == sorted(theirs)
    different = [
        name for name, path in ours.items() if path.is_file() and path.read_bytes() != theirs[name].read_bytes()
    ]
    assert different == []


def test_a_site_with_a_hook_of_its_own_builds_both_languages(project_copy: Path, tmp_path: Path) -> None:
    """A hook (`hooks:` in mkdocs.yml) stands among the plugins without options: the languages' snapshot of the
    plugins' options passes it by, and the hook runs in both languages."""
    (project_copy / "own_hook.py").write_text(
        "def on_page_markdown(markdown, **kwargs):\n    return markdown + '\\n\\n<p class=\"own-hook\">hooked</p>\\n'\n",
        encoding="utf-8",
    )
    config = project_copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nhooks:\n  - own_hook.py\n", encoding="utf-8")
    site = tmp_path / "site"
    result = run_mkdocs(project_copy, site)
    assert result.returncode == 0, result.stderr
    for page in ("roadmap/index.html", "en/roadmap/index.html"):
        assert '<p class="own-hook">hooked</p>' in (site / page).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("mike", "nested", "version"),
    [
        ("1.0", None, {"provider": "mike", "default": "latest"}),
        ("1.0", "en", {"provider": "mike", "default": "latest", "nested": "en"}),
        ("", "en", None),
    ],
)
def test_the_script_is_named_and_a_nested_language_tells_the_version_selector(
    monkeypatch: pytest.MonkeyPatch, mike: str, nested: str | None, version: dict[str, str] | None
) -> None:
    """One Material script for every language: the pages under `/<lang>/` of a mike deploy say where they are."""
    monkeypatch.setenv(bundle.MIKE_VERSION, mike)
    config = SimpleNamespace(extra={"version": {"provider": "mike", "default": "latest"}})
    bundle.configure_scripts(config, nested)  # type: ignore[arg-type]
    assert config.extra.get("version") == version
    assert re.fullmatch(r"assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js", config.extra[bundle.SCRIPT])
