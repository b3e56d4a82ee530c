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

# The benchmark's own dependency (OCRmyPDF, the `bench` extra) is installed on first use and
# again whenever pyproject.toml changes. Options: make bench BENCH_ARGS="--sizes 30 --runs 5".
BENCH_ARGS ?=
bench: setup
	@want=$$(sha256sum pyproject.toml | cut -d' ' -f1); \
	  if [ "$$(cat .venv/.bench-stamp 2>/dev/null)" != "$$want" ]; then \
	    echo "Installing the benchmark's dependencies (.[bench]) into .venv"; \
	    .venv/bin/python -m pip install -q -e ".[bench]" && echo "$$want" > .venv/.bench-stamp; \
	  fi
	.venv/bin/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
