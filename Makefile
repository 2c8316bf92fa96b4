# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
export TIMELINE_DATABASE_URL ?= sqlite:///var/timeline.db

.PHONY: install run test lint typecheck bench bench-quick clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/timeline ingest seeds/
	$(BIN)/timeline show
	$(BIN)/timeline serve --host $(HOST) --port $(PORT)

# The browser tests drive Debian's Chromium through its own driver (nothing is downloaded
# at test time); installed once, from the Debian registry.
BROWSER := /usr/bin/chromedriver

$(BROWSER):
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null || \
	  { apt-get update -q >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null; }

test: install $(BROWSER)
	$(PY) -m pytest -q -n 2

BENCH_STAMP := $(VENV)/.bench-stamp

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench-quick: $(BENCH_STAMP)
	$(PY) -m bench.run --quick
	$(PY) -m bench.extraction_speed
	$(PY) -m bench.ledger_overhead --facts 10000

bench: $(BENCH_STAMP)
	$(PY) -m bench.run --sizes 10000,100000,1000000 --backends sqlite,postgres
	$(PY) -m bench.extraction_speed
	$(PY) -m bench.ledger_overhead --facts 100000

lint: install
	$(BIN)/ruff check timeline api tests
	$(BIN)/ruff format --check timeline api tests

typecheck: install
	$(BIN)/mypy

clean:
	rm -rf var/ .pytest_cache .mypy_cache .ruff_cache
