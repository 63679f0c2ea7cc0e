# Concertons — everyday commands. `make run` and `make test` work on a fresh machine with Python 3.11–3.13 and make.
SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
RUN := $(UV) run --frozen
PG_URL ?= postgresql://postgres:postgres@127.0.0.1:5432/concertons
PYTEST_ARGS ?=
# One test process per core (pytest-xdist); PYTEST_WORKERS=0 runs everything in this process.
PYTEST_WORKERS ?= auto

.PHONY: venv run serve test test-pg test-pythons browser-deps quality fix messages vendor geo clean

venv: .venv/.synced

.venv/.synced: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --user uv || $(PYTHON) -m pip install --quiet uv
	$(UV) sync --frozen
	@touch $@

run: venv
	$(RUN) concertons migrate --noinput
	$(RUN) concertons demo
	@$(RUN) concertons first_account_link
	$(RUN) concertons collectstatic --noinput --verbosity 0
	@echo "Concertons est servi sur http://127.0.0.1:8000/ (Ctrl+C pour arrêter)"
	@# The worker sends e-mails and masks testimonies; it stops with the server.
	$(RUN) concertons worker --no-startup-delay & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(RUN) concertons runserver 127.0.0.1:8000

# Installs Debian's Chromium and poppler-utils for the browser and PDF tests when missing (root + apt-get).
browser-deps:
	@scripts/install-test-deps.sh

test: venv browser-deps
	$(RUN) pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test-pg: venv browser-deps
	DATABASE_URL=$(PG_URL) $(RUN) pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# The suite on every newer Python this machine has (3.12, 3.13; scripts/newer-pythons.sh), each in its own
# .venv-3.N from the same uv.lock.
test-pythons: browser-deps
	@for interpreter in $$(scripts/newer-pythons.sh); do scripts/test-python.sh "$$interpreter" $(PYTEST_ARGS) || exit 1; done

quality: venv
	$(RUN) ruff format --check .
	$(RUN) ruff check .
	$(RUN) concertons makemigrations --check --dry-run
	$(RUN) lint-imports

fix: venv
	$(RUN) ruff format .
	$(RUN) ruff check --fix .

messages: venv
	cd concertons && $(RUN) django-admin makemessages -l fr --no-obsolete && $(RUN) django-admin compilemessages

vendor:
	scripts/vendor.sh

geo: venv
	$(RUN) python scripts/refresh_geo.py

clean:
	rm -rf .venv staticfiles test-artifacts
