# The two commands of the README: `make demo` and `make test`. Both set everything up first.
SAMPLE ?= inactive-complete
OUT ?= out

.PHONY: setup demo test lint samples bench clean

setup:
	@bash scripts/setup.sh

demo: setup
	.venv/bin/dossier build samples/$(SAMPLE)/scans --out $(OUT)/$(SAMPLE); \
	  status=$$?; echo "exit code $$status"; [ $$status -le 1 ]

test: setup
	.venv/bin/python -m pytest -q

lint: setup
	.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/mypy

samples: setup
	.venv/bin/python samples/generate.py --out samples

bench: setup
	.venv/bin/python bench/run.py

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
