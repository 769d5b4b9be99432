# Two entry points (see README):  make run  — install and ask the demo question, offline
#                                 make test — install (with test tools and Chromium) and run the tests
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
QUESTION ?= What does amending the statute require?

.PHONY: run test install install-dev chromium lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# CPU-only torch first: an unpinned torch would pull a multi-GB CUDA build.
$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet "torch==2.13.0"
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	HF_HUB_OFFLINE=1 $(BIN)/rag ask "$(QUESTION)"

# Debian's Chromium for the browser tests (Playwright cannot download a browser offline).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not found: browser tests will be skipped (install it: sudo apt-get install chromium)"; fi; }

test: install-dev chromium
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest tests -q

lint: install-dev
	$(BIN)/ruff check rag ui evals tests

eval: install
	HF_HUB_OFFLINE=1 $(BIN)/rag eval --out evals/out

bench: install
	HF_HUB_OFFLINE=1 $(BIN)/rag bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
