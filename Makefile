# The two commands of README.md, and the checks CI runs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
MANAGE := $(BIN)/python example_site/manage.py

.PHONY: demo test lint format messages admin-catalogue install clean

$(INSTALLED): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(INSTALLED)

demo: $(INSTALLED)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_data
	@echo "Demo site: http://127.0.0.1:8000/  admin: http://127.0.0.1:8000/admin/"
	@# The tick runs beside the server, so embargoes lift and appointments
	@# start and end by themselves; both stop together.
	$(MANAGE) portal_press_tick --every 60 & tick=$$!; \
	trap 'kill $$tick 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:8000

# One worker per core (pytest-xdist); each worker has its own test database.
test: $(INSTALLED)
	$(BIN)/python -m pytest -n auto

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check portal_press/templates example_site

format: $(INSTALLED)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml portal_press/templates example_site

# Extract the app's strings and compile the catalogues shipped in the wheel.
# portal_press.wagtail_vi holds Wagtail's strings, not found in this source:
# extraction leaves it alone (its own few strings are kept by hand).
LOCALES := vi en zh_Hans ko ja fr km lo
messages: $(INSTALLED)
	cd portal_press && ../$(BIN)/django-admin makemessages $(addprefix --locale ,$(LOCALES)) --no-obsolete --ignore wagtail_vi --settings tests.settings --pythonpath ..
	cd portal_press && ../$(BIN)/django-admin compilemessages --settings tests.settings --pythonpath ..

# The share of Wagtail's and wagtail-localize's admin strings shown in Vietnamese.
admin-catalogue: $(INSTALLED)
	$(BIN)/django-admin portal_press_admin_catalogue_coverage --settings tests.settings --pythonpath .

clean:
	rm -rf $(VENV) .venv-es .ci-es .nox build dist *.egg-info

# Search benchmark (slow, so not part of `test` or CI): generates the corpus in
# its own database (bench/out/bench.sqlite3, or DATABASE_URL), prints a table
# and JSON. `make bench-search BENCH_SIZES=10000` for one size;
# BENCH_ENGINES="database elasticsearch" adds the Elasticsearch at
# ELASTICSEARCH_URL when it answers (the database alone when it does not).
# See bench/README.md.
BENCH_SIZES ?= 10000 100000
BENCH_ENGINES ?= database
BENCH_SEARCH_ARGS ?=
.PHONY: bench-search
bench-search: $(INSTALLED)
	$(BIN)/python -m bench.run --sizes $(BENCH_SIZES) --engines $(BENCH_ENGINES) $(BENCH_SEARCH_ARGS)

# Page benchmark (slow, not part of `test` or CI): every public URL at 100 and
# 10,000 press releases, uncached and through the page cache, against a floor
# measured in the same run; `make bench BENCH_ARGS=--huge` adds 100,000, and
# DATABASE_URL runs it on PostgreSQL. Writes bench/results/<date>-<engine>.json.
BENCH_ARGS ?=
.PHONY: bench
bench: $(INSTALLED)
	$(BIN)/python -m bench.pages $(BENCH_ARGS)

# The example site under gunicorn (2 workers) with and without the page cache,
# driven by concurrent clients over home, newsroom, releases, directory and
# search: requests/s, p95, errors. `make bench-load BENCH_ARGS="--reuse"`
# serves the database bench made already. See bench/README.md.
.PHONY: bench-load
bench-load: $(INSTALLED)
	$(BIN)/python -m bench.load $(BENCH_ARGS)

# What a hanging Elasticsearch costs the search and publishing (one timeout,
# not one per request): a quick benchmark, see bench/README.md.
.PHONY: bench-elasticsearch-down
bench-elasticsearch-down: $(INSTALLED)
	$(BIN)/python -m bench.hanging_elasticsearch
