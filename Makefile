# The two commands a fresh machine needs:  make demo  (the main job)  and  make test  (every test).
# Both create .venv and install the project with its dev tools first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck regenerate check-generated unasync bench record clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)  ## Run the quickstart (tag lifecycle) against a local mock, or production if tokens are set
	$(BIN)/python examples/quickstart.py

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
