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
# Two set-ups: what building needs (`make build`), and on top of it what testing needs (`make test`).
STAMP := $(VENV)/.installed-build
DEV_STAMP := $(VENV)/.installed-dev
# axe-core for the accessibility audit (make audit-tests), pinned in package-lock.json; skipped where npm is
# missing (and in CI a skipped test fails).
NODE_STAMP := node_modules/.installed

.PHONY: build test audit-tests check lint types unit serve serve-versions validate schemas clean bench publish publish-local pdf audit

# The project itself is installed editable (no dependencies, no build isolation: the pinned setuptools is in
# requirements.txt), so that MkDocs finds the `playbook` plugin by its entry point, from make, mike or a shell.
$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(DEV_STAMP)

## build: set up .venv if needed, validate the data and build the site into site/ (replaced only on success)
build: $(STAMP)
	rm -rf .site-tmp
	$(BIN)/python -m mkdocs build --quiet --site-dir .site-tmp
	rm -rf site && mv .site-tmp site
	@echo "Site built into site/"

## test: set up .venv if needed, then lint, types, unit and site tests (the slow audits apart: audit-tests)
test: check unit

check: lint types

lint: $(DEV_STAMP)
	$(BIN)/python -m ruff check playbook macros tests benchmarks audit
	$(BIN)/python -m ruff format --check playbook macros tests benchmarks audit

types: $(DEV_STAMP)
	$(BIN)/python -m mypy

$(NODE_STAMP): package.json package-lock.json
	if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility tests will skip"; fi

unit: $(DEV_STAMP)
	$(BIN)/python -m pytest -m "not audit"

## audit-tests: the slow site-wide audits: axe-core, the typed search queries, the link crawl, every page's requests
audit-tests: $(DEV_STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -m audit

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
	@echo "Preview: $$($(BIN)/python -m playbook address --port $(lastword $(subst :, ,$(ADDR))))"
	$(BIN)/python -m mkdocs serve --dev-addr $(ADDR)

## serve-versions: serve the deployed versions of BRANCH (fetched from origin when only there)
serve-versions: $(STAMP)
	@git rev-parse --verify --quiet refs/heads/$(BRANCH) >/dev/null \
	  || git fetch --quiet origin $(BRANCH):$(BRANCH) 2>/dev/null \
	  || { echo "No $(BRANCH) branch here or on origin: deploy one first with make publish-local$(if $(CLIENT), CLIENT=$(CLIENT))"; exit 1; }
	@echo "Deployed versions: http://127.0.0.1:$(PORT)/ (the newest at http://127.0.0.1:$(PORT)/latest/)"
	$(BIN)/mike serve --branch $(BRANCH) --dev-addr 127.0.0.1:$(PORT)

## publish-local: deploy VERSION (default 0.1) with ALIAS (default latest) to the local BRANCH (gh-pages),
## published companies only
VERSION ?= 0.1
ALIAS ?= latest
publish-local: $(STAMP)
	PLAYBOOK_PUBLIC=1 $(BIN)/python -m playbook validate --strict
	PLAYBOOK_PUBLIC=1 $(BIN)/mike deploy --branch $(BRANCH) --update-aliases $(VERSION) $(ALIAS)
	PLAYBOOK_PUBLIC=1 $(BIN)/mike set-default --branch $(BRANCH) latest --allow-undefined
	@echo "Deployed $(VERSION) ($(ALIAS)) to the local $(BRANCH) branch; view it with: make serve-versions$(if $(CLIENT), CLIENT=$(CLIENT))"

## publish: the same, then push BRANCH (what CI runs)
publish: $(STAMP)
	PLAYBOOK_PUBLIC=1 $(BIN)/python -m playbook validate --strict
	PLAYBOOK_PUBLIC=1 $(BIN)/mike deploy --push --branch $(BRANCH) --update-aliases $(VERSION) $(ALIAS)
	PLAYBOOK_PUBLIC=1 $(BIN)/mike set-default --push --branch $(BRANCH) latest --allow-undefined

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

## audit: Lighthouse (pinned in package.json) on a local mike deploy served at its site_url's origin: accessibility
## and best practices 100, SEO at least 95, on four page kinds in both languages; mobile performance at least 90
## (median of three runs) on the home, a content and a company page, with Material alone measured beside it
audit: $(DEV_STAMP) $(NODE_STAMP)
	$(BIN)/python -m audit

clean:
	rm -rf site .site-tmp node_modules docs/generated .pytest_cache .mypy_cache .ruff_cache
