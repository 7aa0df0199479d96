# Shelter Desktop. Two commands set up everything on a fresh machine:
#   make run    install into .venv and start the application
#   make test   install with test extras into .venv and run the whole suite offscreen
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
INSTALLER_STAMP := $(VENV)/.installed-installer

.PHONY: run test bench translations translations-compile installer clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP) $(TEST_STAMP)

run: $(STAMP)
	$(VENV)/bin/shelter-desktop $(ARGS)

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks.run_bench $(BENCH_ARGS)

translations: $(TEST_STAMP)
	$(PY) tools/translations.py update
	@echo "Translate the unfinished strings in resources/translations/shelter_km.ts, then: make translations-compile"

translations-compile: $(TEST_STAMP)
	$(PY) tools/translations.py compile

# The Linux one-folder bundle dist/shelter-desktop/, then its smoke test (installer/README.md;
# Windows: the same spec, then Inno Setup).
$(INSTALLER_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[installer]'
	touch $(STAMP) $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP)
	installer/build.sh $(PY)

clean:
	rm -rf $(VENV) build dist *.egg-info
