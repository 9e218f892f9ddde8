# The two commands a fresh machine needs:  make demo  (the main job)  and  make test  (every test).
# Both create .venv and install the project with its dev tools first.

# Another Python, in its own venv:  make test PYTHON=python3.13 VENV=.venv-3.13  (.ci/run does that
# for every supported Python the machine has).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUPPORTED := import sys; sys.exit(sys.version_info < (3, 11))

.PHONY: demo mock test lint typecheck regenerate check-generated unasync bench record clean

# A venv of an unsupported (or vanished) Python, e.g. left by a failed `make PYTHON=python3.10`,
# would fail every later run: it is removed here, whatever the stamp says, and rebuilt below.
ifneq ($(wildcard $(VENV)),)
ifneq ($(shell $(BIN)/python -c '$(SUPPORTED)' >/dev/null 2>&1 && echo ok),ok)
$(info $(VENV) holds no Python 3.11+: removing it, to be rebuilt)
$(shell rm -rf $(VENV))
endif
endif

$(STAMP): pyproject.toml
	@$(PYTHON) -c '$(SUPPORTED)' >/dev/null 2>&1 || { echo "$(PYTHON) is not Python 3.11+: pass PYTHON=python3.11 (or newer)" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)  ## Run the quickstart (tag lifecycle) against a local mock, or production if tokens are set
	$(BIN)/python examples/quickstart.py

# The port of `make mock`; `make mock MOCK_PORT=0` takes a free one.
MOCK_PORT ?= 8010

mock: $(STAMP)  ## Serve the local mock on 127.0.0.1:$(MOCK_PORT), printing the variables that point the client at it
	@exec $(BIN)/python scripts/mock_server.py --port $(MOCK_PORT) --env

test: $(STAMP)  ## Every test (cassettes replayed offline), plus lint and type checks
	$(BIN)/python -m pytest -p no:cacheprovider --record-mode=none --block-network --allowed-hosts=127.0.0.1,localhost
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .
	$(BIN)/python -m mypy --strict altegio

lint: $(STAMP)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .

typecheck: $(STAMP)
	$(BIN)/python -m mypy --strict altegio

regenerate: $(STAMP)  ## Rebuild generated/ from openapi.yaml and scripts/overrides.yaml
	$(BIN)/python scripts/regenerate.py

check-generated: $(STAMP)
	$(BIN)/python scripts/regenerate.py --check

unasync: $(STAMP)  ## Re-derive altegio/resources/_sync from _async
	$(BIN)/python scripts/unasync.py

record: $(STAMP)  ## Re-record the cassettes (against the local mock unless ALTEGIO_BASE_URL is set)
	$(BIN)/python -m pytest -p no:cacheprovider tests/cassettes --record-mode=rewrite

bench: $(STAMP)  ## Benchmarks: prints a table and a JSON summary
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
