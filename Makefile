# The two set-up commands: `make site` and `make test`. Everything CI needs is installed here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/dossier build content -o site
	@echo "Open site/index.html in a browser, or serve the folder: $(BIN)/python -m http.server -d site"

test: $(STAMP)
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/dossier check content

clean:
	rm -rf site .pytest_cache build *.egg-info
