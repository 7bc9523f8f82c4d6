# The two commands of the README. Both set up .venv on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench bench-scale lint clean chromium

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# The tests run the Ray engine too, so `make test` adds the optional ray extra (about
# 270 MB); `make demo` and `pip install diurna` stay without it.
RAY_STAMP := $(VENV)/.ray-stamp
$(RAY_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,ray]'
	touch $(RAY_STAMP)

demo: $(STAMP)
	$(VENV)/bin/diurna demo

test: $(STAMP) $(RAY_STAMP) chromium
	$(PY) -m pytest -q

# The dashboard tests drive Debian's Chromium (never a downloaded browser). Installed when
# missing and apt-get is there; otherwise those tests skip and say why.
chromium:
	@command -v chromium >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1 || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
		echo "chromium could not be installed: the dashboard tests will skip"

bench: $(STAMP)
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/overhead.py
	$(PY) benchmarks/startup.py
	$(PY) benchmarks/api_load.py

bench-scale: $(RAY_STAMP)
	$(PY) benchmarks/scale.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
