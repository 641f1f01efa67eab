# The two ways in: `make run` (dashboard on the embedded SQLite store) and `make test` (the whole suite).
PY := .venv/bin/python
PORT ?= 8501
# Test processes: two halve the suite's time on a two-core machine; more load the browser tests' timeouts.
TEST_WORKERS ?= 2

.PHONY: setup run test bench clean

.venv/.stamp-setup: requirements.txt
	python3 -m venv .venv
	.venv/bin/pip install --quiet --upgrade pip
	.venv/bin/pip install --quiet -r requirements.txt
	touch $@

.venv/.stamp-test: .venv/.stamp-setup requirements-test.txt
	.venv/bin/pip install --quiet -r requirements-test.txt
	touch $@

setup: .venv/.stamp-setup

run: .venv/.stamp-setup
	@echo "Dashboard: open http://localhost:$(PORT)/"
	$(PY) -m streamlit run app.py --server.port $(PORT) --browser.gatherUsageStats false

test: .venv/.stamp-test
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist load

bench: .venv/.stamp-setup
	$(PY) -m bench.extraction

clean:
	rm -rf .venv data/*.sqlite*
