# The README's two commands: `make demo` (set up, then run canvasgen on the
# bundled canvases into output/) and `make test` (set up, lint, type-check, check the import graph, test).
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTHON ?= python3

.PHONY: demo test test-profile lint examples bench clean system-deps bench-deps golden screenshot docs

$(STAMP): setup.cfg pyproject.toml requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p output
	$(BIN)/canvasgen template output/blank-canvas-nl.xlsx --lang nl --lanes all --force
	$(BIN)/canvasgen template output/blank-canvas-en-b2b.xlsx --lang en --model b2b7 --force
	@for f in canvases/*.xlsx; do \
		name=$$(basename "$$f" .xlsx); \
		$(BIN)/canvasgen check "$$f" || exit 1; \
		$(BIN)/canvasgen check --json "$$f" > "output/$$name.json.part" && mv "output/$$name.json.part" "output/$$name.json" || exit 1; \
	done
	$(BIN)/canvasgen check canvases/voorbeeld-webshop-kpis-v3.xlsx --metrics canvases/metingen-webshop-oktober.csv
	$(BIN)/canvasgen build canvases/voorbeeld-zonnepanelen-b2c.xlsx canvases/example-hr-software-b2b.xlsx -o output
	$(BIN)/canvasgen build canvases/voorbeeld-webshop-kpis-v3.xlsx --metrics canvases/metingen-webshop-oktober.csv -o output
	$(BIN)/canvasgen build canvases/voorbeeld-webshop-kpis-v3.xlsx -o output/studio-noord --brand studio-noord --size A2 --crop-marks --cmyk
	$(BIN)/canvasgen gaps canvases/voorbeeld-zonnepanelen-ideaal.xlsx canvases/voorbeeld-zonnepanelen-b2c.xlsx -o output
	$(BIN)/canvasgen diff canvases/voorbeeld-webshop-kpis-v2.xlsx canvases/voorbeeld-webshop-kpis-v3.xlsx -o output
	@echo "Results are in output/"

# LibreOffice: the tests prove that decks open and convert in Impress, and that the gap report's
# drop-downs open in Calc. Chromium: the web page's browser test (Playwright drives the system's
# browser; `playwright install` cannot download here). poppler-utils: the tests read text back out of the
# posters with pdftotext. Installed only when missing.
system-deps:
	@dpkg -s libreoffice-impress libreoffice-calc fonts-crosextra-carlito chromium poppler-utils >/dev/null 2>&1 || { \
		echo "installing LibreOffice Impress and Calc, Chromium and poppler-utils (Debian packages)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends \
			libreoffice-impress libreoffice-calc fonts-crosextra-carlito chromium poppler-utils >/dev/null; }

lint: $(STAMP)
	$(BIN)/ruff check canvasgen tests scripts bench
	$(BIN)/ruff format --check canvasgen tests scripts bench
	$(BIN)/mypy
	$(BIN)/lint-imports --no-logo --no-cache

# Three workers on the two cores (pytest-xdist): many tests wait on a server, LibreOffice, a worker process or a
# time limit, and the third worker fills those waits. Measured on the idle machine with the groups working
# (pytest pinned below 9.2, see requirements-dev.txt): -n 3 169 s and 284 CPU-s, -n 4 186 s and 320 CPU-s.
# The browser tests stay together on one worker, with one server and one Chromium; so do the other groups.
# Every marker runs here (slow, office, browser, corpus): `pytest -m "not slow"` is the quick round.
# The tests start a few hundred Pythons (servers, their workers, pools, commands); with PYTHONDONTWRITEBYTECODE
# set (as on the shared machine) each compiled canvasgen and pytest rewrote every test module again. Their
# bytecode is kept in .venv/pycache instead: nothing is written beside the sources, and a fifth of the CPU time
# of the process tests is saved.
test: lint system-deps
	CANVASGEN_BROWSER=required PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(abspath $(VENV))/pycache \
		$(BIN)/pytest -q -n 3 --dist loadgroup

# The same run, measured: the CPU seconds of every test, its process and the processes it started
# (tests/support/cpu_profile.py), by family, file and test. CPU, not wall time: the machine may be shared.
test-profile: $(STAMP) system-deps
	rm -rf output/cpu-profile
	CANVASGEN_BROWSER=required PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(abspath $(VENV))/pycache \
		$(BIN)/pytest -q -n 3 --dist loadgroup -p tests.support.cpu_profile --cpu-profile=output/cpu-profile
	$(BIN)/python -m tests.support.cpu_profile output/cpu-profile

# The README's picture of the web page: a real server, the page in Chromium, an example built.
screenshot: $(STAMP) system-deps
	$(BIN)/python scripts/page_screenshot.py docs/serve-page.png

# Every picture in docs/, from the current code (posters, the deck through LibreOffice, the web page);
# and the command output shown in the README, run again.
docs: $(STAMP) system-deps screenshot
	$(BIN)/python scripts/docs_pictures.py
	$(BIN)/python -m tests.support.readme_outputs --update

# The benchmark compares with LibreOffice Calc converting the same workbooks.
bench-deps:
	@dpkg -s libreoffice-calc >/dev/null 2>&1 || { \
		echo "installing LibreOffice Calc (Debian packages)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends \
			libreoffice-calc >/dev/null; }

bench: $(STAMP) bench-deps
	$(BIN)/python bench/bench.py

# After a meant layout change: rewrite the layout summaries in tests/golden/, then review the diff before committing.
golden: $(STAMP)
	$(BIN)/python -m tests.support.golden --update

examples: $(STAMP)
	$(BIN)/python scripts/make_examples.py

clean:
	rm -rf $(VENV) output/*.xlsx output/*.json
