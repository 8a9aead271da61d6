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
STAMP := $(VENV)/.installed
# axe-core for the accessibility tests, pinned in package-lock.json; skipped where npm is missing
# (and in CI a skipped test fails).
NODE_STAMP := node_modules/.installed

.PHONY: build test check lint types unit serve validate schemas clean bench publish publish-local pdf

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

## build: set up .venv if needed, validate the data and build the site into site/ (replaced only on success)
build: $(STAMP)
	rm -rf .site-tmp
	$(BIN)/python -m mkdocs build --quiet --site-dir .site-tmp
	rm -rf site && mv .site-tmp site
	@echo "Site built into site/"

## test: set up .venv if needed, then lint, types, unit and site tests
test: check unit

check: lint types

lint: $(STAMP)
	$(BIN)/python -m ruff check playbook macros tests benchmarks
	$(BIN)/python -m ruff format --check playbook macros tests benchmarks

types: $(STAMP)
	$(BIN)/python -m mypy

$(NODE_STAMP): package.json package-lock.json
	if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility tests will skip"; fi

unit: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

## validate: check every data file and print all errors as file:line:column: key: message
validate: $(STAMP)
	$(BIN)/python -m playbook validate

## schemas: regenerate the JSON Schemas in schemas/ from the models
schemas: $(STAMP)
	$(BIN)/python -m playbook schemas

## serve: live preview on http://127.0.0.1:8000, reloading on edits under docs/, data/, playbook/ and macros/
serve: $(STAMP)
	$(BIN)/python -m mkdocs serve

## publish-local: deploy VERSION (default 0.1) with ALIAS (default latest) to the local gh-pages branch
VERSION ?= 0.1
ALIAS ?= latest
publish-local: $(STAMP)
	$(BIN)/mike deploy --update-aliases $(VERSION) $(ALIAS)
	$(BIN)/mike set-default latest --allow-undefined
	@echo "Deployed $(VERSION) ($(ALIAS)) to the local gh-pages branch; view it with: $(BIN)/mike serve"

## publish: the same, then push gh-pages (what CI runs)
publish: $(STAMP)
	$(BIN)/mike deploy --push --update-aliases $(VERSION) $(ALIAS)
	$(BIN)/mike set-default --push latest --allow-undefined

## pdf: print COMPANY's playbook (or the home page) to pdf/<company>.pdf; SUMMARY=1: the two-page director summary to pdf/<company>-summary.pdf
COMPANY ?=
SUMMARY ?=
pdf: build
	$(BIN)/python -m playbook pdf $(COMPANY) $(if $(SUMMARY),--summary)

## bench: measure build scale, overhead, author loop and page weight; writes benchmarks/results.md
bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf site .site-tmp node_modules docs/generated .pytest_cache .mypy_cache .ruff_cache
