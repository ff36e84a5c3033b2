# Two commands do all set-up on a fresh machine (Python >= 3.11 with venv):
#   make run    set up .venv if needed, then start the app
#   make test   set up .venv if needed, then run the whole test suite
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test test-slow lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/trainer $(ARGS)

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy
	# PYTHONDONTWRITEBYTECODE= : where the shell sets it, every worker and every CLI subprocess
	# would compile trainer/ and re-rewrite the tests' asserts on every run (~8 s of 70).
	PYTHONDONTWRITEBYTECODE= $(VENV)/bin/python -m pytest -n auto --dist worksteal

# What `make test` leaves out for speed (the shared dev-set floor, ../shared/eval).
test-slow: $(STAMP)
	$(VENV)/bin/python -m pytest -n auto -m slow

bench: $(STAMP)
	for b in benchmarks/*.py; do $(VENV)/bin/python $$b || exit 1; done

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache
