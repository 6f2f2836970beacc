# atazan: two commands for a new user (make run, make test); the rest for data engineers.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export DAGSTER_HOME := $(CURDIR)/dagster_home
export ATAZAN_DATA_DIR ?= $(CURDIR)/data

.PHONY: run test dev crawl release bench install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installs are pinned by constraints.txt (the Dagster family must match; see README).
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Build the dataset offline from the bundled sample archive (plus any WARC in $ATAZAN_DATA_DIR/raw/warc/).
run: install
	$(BIN)/atazan build --quiet

## Run the test suite (slow benchmarks excluded).
test: install-dev
	$(BIN)/pytest -q

## Open the Dagster UI on the same instance as make run.
dev: install
	$(BIN)/dagster dev -w workspace.yaml

## Build, then copy the published files to $ATAZAN_DATA_DIR/releases/vYYYY.MM.DD/ (refused if a check fails).
release: run
	$(BIN)/atazan release

## Crawl the real sources into $ATAZAN_DATA_DIR/raw/warc/ (needs the internet).
crawl: install
	$(BIN)/python -m pipeline.crawl $(CRAWL_ARGS)

## Benchmarks at scale (minutes; not part of make test): BENCH_ARGS="--sizes 1000,10000".
bench: install-dev
	$(BIN)/python scripts/bench_build.py $(BENCH_ARGS)

clean:
	rm -rf data
