# Two commands do everything on a fresh machine: `make build` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# mike runs `mkdocs` from PATH: make it the pinned one.
export PATH := $(abspath $(BIN)):$(PATH)
export PYTHONPATH := $(CURDIR)
# `make build PUBLIC=1` leaves out companies with `publish: false` (what CI publishes).
export PLAYBOOK_PUBLIC := $(PUBLIC)
# Two set-ups: what building needs (`make build`), and on top of it what testing needs (`make test`).
STAMP := $(VENV)/.installed-build
DEV_STAMP := $(VENV)/.installed-dev
# axe-core for the accessibility audit (make audit-tests), pinned in package-lock.json; skipped where npm is
# missing (and in CI a skipped test fails).
NODE_STAMP := node_modules/.installed

.PHONY: build test audit-tests check lint types unit serve validate schemas clean bench publish publish-local pdf

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
	$(BIN)/python -m ruff check playbook macros tests benchmarks
	$(BIN)/python -m ruff format --check playbook macros tests benchmarks

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

## serve: live preview at ADDR (default 127.0.0.1:8000) under the path of site_url, printed when it starts;
## reloads on edits under docs/, data/, examples/, playbook/ and macros/; shows data errors in the browser
ADDR ?= 127.0.0.1:8000
serve: $(STAMP)
	$(BIN)/python -m mkdocs serve --dev-addr $(ADDR)

## publish-local: deploy VERSION (default 0.1) with ALIAS (default latest) to the local gh-pages branch
VERSION ?= 0.1
ALIAS ?= latest
publish-local: $(STAMP)
	$(BIN)/python -m playbook validate --strict
	$(BIN)/mike deploy --update-aliases $(VERSION) $(ALIAS)
	$(BIN)/mike set-default latest --allow-undefined
	@echo "Deployed $(VERSION) ($(ALIAS)) to the local gh-pages branch; view it with: $(BIN)/mike serve"

## publish: the same, then push gh-pages (what CI runs)
publish: $(STAMP)
	$(BIN)/python -m playbook validate --strict
	$(BIN)/mike deploy --push --update-aliases $(VERSION) $(ALIAS)
	$(BIN)/mike set-default --push latest --allow-undefined

## pdf: print COMPANY's playbook (or the home page) to pdf/<company>.pdf with headless Chromium
COMPANY ?=
pdf: build
	$(BIN)/python -m playbook pdf $(COMPANY)

## bench: measure build scale, overhead, author loop and page weight; writes benchmarks/results.md
bench: $(DEV_STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf site .site-tmp node_modules docs/generated .pytest_cache .mypy_cache .ruff_cache
