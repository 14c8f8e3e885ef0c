# The README's two commands: `make demo` (set up, then run canvasgen on the
# bundled canvases into output/) and `make test` (set up, lint, type-check, test).
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTHON ?= python3

.PHONY: demo test lint examples bench clean

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
	$(BIN)/canvasgen build canvases/voorbeeld-*.xlsx canvases/example-*.xlsx -o output
	$(BIN)/canvasgen build canvases/voorbeeld-webshop-kpis.xlsx -o output/studio-noord --brand studio-noord --size A2 --crop-marks --cmyk
	@echo "Results are in output/"

lint: $(STAMP)
	$(BIN)/ruff check canvasgen tests scripts bench
	$(BIN)/ruff format --check canvasgen tests scripts bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench.py

examples: $(STAMP)
	$(BIN)/python scripts/make_examples.py

clean:
	rm -rf $(VENV) output/*.xlsx output/*.json
