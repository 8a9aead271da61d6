# Two commands do everything on a fresh machine: `make build` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# mike runs `mkdocs` from PATH: make it the pinned one.
export PATH := $(abspath $(BIN)):$(PATH)
export PYTHONPATH := $(CURDIR)
# Local builds (`make build`, `make serve`) show every company. Whatever publishes (`publish`, `publish-local`)
# runs with PLAYBOOK_PUBLIC=1: only companies whose file says `publish: true` (and that organization.yml's
# `publish` list names, when it has one). `make build PUBLIC=1` previews exactly that.
export PLAYBOOK_PUBLIC := $(PUBLIC)
# `CLIENT=slug` (build, serve, pdf, publish, publish-local, serve-versions): the shared playbook plus that one
# company, deployed to a branch of its own (gh-pages-<slug>) unless BRANCH says otherwise.
CLIENT ?=
export PLAYBOOK_CLIENT := $(CLIENT)
BRANCH ?= $(if $(CLIENT),gh-pages-$(CLIENT),gh-pages)
PORT ?= 8000
# The engine that builds and serves: mkdocs (default) or properdocs, the maintained fork of MkDocs 1.x (same
# mkdocs.yml, same plugins; both pinned in requirements.txt). `make build ENGINE=properdocs`, also with serve,
# publish and publish-local (mike runs the engine chosen: tools/engine.py). `--config-file mkdocs.yml`, because
# ProperDocs looks for properdocs.yml first and announces that its fallback to mkdocs.yml will go.
ENGINE ?= mkdocs
ifeq ($(filter $(ENGINE),mkdocs properdocs),)
$(error ENGINE: expected mkdocs or properdocs, got '$(ENGINE)')
endif
# Read by deploy/ (build, publish) to run the same engine; mike is steered by tools/engine.py.
export PLAYBOOK_ENGINE := $(ENGINE)
# Two set-ups: what building needs (`make build`), and on top of it what testing needs (`make test`).
STAMP := $(VENV)/.installed-build
DEV_STAMP := $(VENV)/.installed-dev
# axe-core for the accessibility audit (make audit-tests), pinned in package-lock.json; skipped where npm is
# missing (and in CI a skipped test fails).
NODE_STAMP := node_modules/.installed

.PHONY: build test audit-tests check lint types unit serve serve-versions validate schemas clean bench publish publish-local unpublish pdf audit lock

# The project itself is installed editable (no dependencies, no build isolation: the pinned setuptools is in
# requirements.txt), so that MkDocs finds the `playbook` plugin by its entry point, from make, mike or a shell.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
	touch $(DEV_STAMP)

## build: set up .venv if needed, validate the data and build the site into site/ (a fresh folder, readable by
## everyone, swapped in whole only on success: deploy/build.py)
build: $(STAMP)
	$(BIN)/python -m deploy build

## lock: write requirements.lock and requirements-dev.lock (every pin with the sha256 of its files) from the
## pins in requirements*.txt; run it after changing a pin (a test fails while a lock is stale)
lock:
	$(if $(wildcard $(BIN)/python),$(BIN)/python,$(PYTHON)) -m deploy.lock

## test: set up .venv if needed, then lint, types, unit and site tests (the slow audits apart: audit-tests)
test: check unit

check: lint types

lint: $(DEV_STAMP)
	$(BIN)/python -m ruff check playbook macros deploy tests benchmarks audit tools
	$(BIN)/python -m ruff format --check playbook macros deploy tests benchmarks audit tools

types: $(DEV_STAMP)
	$(BIN)/python -m mypy

$(NODE_STAMP): package.json package-lock.json
	if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility tests will skip"; fi

unit: $(DEV_STAMP)
	$(BIN)/python -m pytest -m "not audit"

## audit-tests: the slow site-wide audits: the typed search queries, the link crawl, every page's requests (the
## accessibility audit runs with make audit)
audit-tests: $(DEV_STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -m audit --ignore=tests/test_accessibility.py

## validate: check every data file and print all errors and warnings as file:line:column: key: message;
## STRICT=1 fails on warnings too (what every publishing path runs)
validate: $(STAMP)
	$(BIN)/python -m playbook validate $(if $(STRICT),--strict)

## schemas: regenerate the JSON Schemas in schemas/ from the models
schemas: $(STAMP)
	$(BIN)/python -m playbook schemas

## serve: live preview at ADDR (default 127.0.0.1:PORT) under the path of site_url, printed when it starts;
## reloads on edits under docs/, data/, examples/, playbook/ and macros/; shows data errors in the browser
ADDR ?= 127.0.0.1:$(PORT)
serve: $(STAMP)
	@$(BIN)/python -m playbook address --announce --port $(lastword $(subst :, ,$(ADDR)))
	$(BIN)/python -m $(ENGINE) serve --config-file mkdocs.yml --dev-addr $(ADDR)

## serve-versions: serve the deployed versions of BRANCH (fetched from origin when only there), read from git:
## nothing is built and nothing is written into site/
serve-versions: $(STAMP)
	@git rev-parse --verify --quiet refs/heads/$(BRANCH) >/dev/null \
	  || git fetch --quiet origin $(BRANCH):$(BRANCH) 2>/dev/null \
	  || { echo "No $(BRANCH) branch here or on origin: deploy one first with make publish-local$(if $(CLIENT), CLIENT=$(CLIENT))"; exit 1; }
	@echo "Deployed versions: http://127.0.0.1:$(PORT)/ (the newest at http://127.0.0.1:$(PORT)/latest/)"
	$(BIN)/python -m deploy serve --branch $(BRANCH) --address 127.0.0.1:$(PORT)

## publish-local: deploy VERSION (default 0.1) with ALIAS (default latest) to the local BRANCH (gh-pages):
## published companies only (CLIENT=slug: that client's own site, public or private, on gh-pages-<slug>).
## Every deploy builds afresh into a temporary folder and refuses hidden paths (deploy/site.py).
VERSION ?= 0.1
ALIAS ?= latest
DEPLOY = $(BIN)/python -m deploy site $(VERSION) $(ALIAS) --branch $(BRANCH) $(if $(CLIENT),--client $(CLIENT))
publish-local: $(STAMP)
	PLAYBOOK_PUBLIC=1 $(BIN)/python -m playbook validate --strict
	$(DEPLOY)
	@echo "View it with: make serve-versions$(if $(CLIENT), CLIENT=$(CLIENT))"

## publish: the same, then push BRANCH once every check passed (what CI runs)
publish: $(STAMP)
	PLAYBOOK_PUBLIC=1 $(BIN)/python -m playbook validate --strict
	$(DEPLOY) --push

## unpublish: remove COMPANY and every mention of it from every version of BRANCH in one commit (PUSH=1 pushes)
unpublish: $(STAMP)
	@test -n "$(COMPANY)" || { echo "Name the company: make unpublish COMPANY=<slug>"; exit 1; }
	$(BIN)/python -m playbook unpublish $(COMPANY) --branch $(BRANCH) $(if $(PUSH),--push)

## pdf: print COMPANY's (or CLIENT's) playbook, else the home page, to pdf/<company>.pdf with headless Chromium,
## in the company's `language:`; SUMMARY=1: the two-page director summary to pdf/<company>-summary.pdf;
## LANGUAGE=nl|en prints the other language instead
COMPANY ?= $(CLIENT)
SUMMARY ?=
# Only a LANGUAGE given on the command line: the environment's LANGUAGE is gettext's (e.g. en_US:en).
PDF_LANGUAGE := $(if $(filter command line,$(origin LANGUAGE)),$(LANGUAGE))
pdf: build
	$(BIN)/python -m playbook pdf $(COMPANY) $(if $(SUMMARY),--summary) $(if $(PDF_LANGUAGE),--language '$(PDF_LANGUAGE)')

## bench: measure build scale, overhead, author loop and page weight; writes benchmarks/results.md
bench: $(DEV_STAMP)
	$(BIN)/python -m benchmarks

## audit: accessibility with axe-core (pinned in package.json) on every page kind in both languages, at 1280 and
## 390 px, with the keyboard and region checks (tests/test_accessibility.py); then Lighthouse on a local mike deploy
## served at its site_url's origin: accessibility and best practices 100, SEO at least 95, on four page kinds in
## both languages; mobile performance at least 90 (median of three runs) on the home, a content and a company page,
## with Material alone measured beside it
audit: $(DEV_STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -m audit tests/test_accessibility.py
	$(BIN)/python -m audit

clean:
	rm -rf site .site-tmp* .site-new-* .site-old-* node_modules docs/generated .pytest_cache .mypy_cache .ruff_cache
