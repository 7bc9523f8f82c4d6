"""spaCy's own command line is left out of ``import spacy`` in the console script, and is the
real one the moment anyone uses it."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import subprocess
import sys
import textwrap

import pytest
import spacy  # noqa: F401  (the tests below take it out of sys.modules for a moment)

from diurna.cli import spacy_cli
from diurna.cli.spacy_cli import defer_spacy_cli

# Runs in a fresh interpreter: defer, import spaCy, use its CLI first in one way, then check
# that every way of reaching it gives spaCy's real objects.
SCRIPT = """
import sys, types
from diurna.cli.spacy_cli import defer_spacy_cli
assert defer_spacy_cli()
import spacy
loaded = [m for m in ("spacy.cli.download", "spacy.cli._util", "weasel", "httpx") if m in sys.modules]
assert not loaded, f"spaCy's CLI was imported: {{loaded}}"
assert type(sys.modules["spacy.cli"]) is not types.ModuleType  # the stand-in
{first_use}
import spacy.cli.download
from spacy.cli import download
real = sys.modules["spacy.cli"]
assert type(real) is types.ModuleType and spacy.cli is real
assert download.__module__ == "spacy.cli.download" and callable(download)
assert download is sys.modules["spacy.cli.download"].download is spacy.cli.download
assert spacy.cli.download_module is sys.modules["spacy.cli.download"]
info = sys.modules["spacy.cli.info"]
assert type(info) is types.ModuleType and spacy.cli.info is info.info
assert spacy.info(silent=True) == info.info(silent=True)
assert spacy.info(silent=True)["spacy_version"] == spacy.__version__
print("ok")
"""


@pytest.mark.parametrize(
    "first_use",
    [
        "from spacy.cli import download",
        "import spacy.cli.download",  # a submodule before any attribute of the package
        "spacy.info(silent=True)",
        "import spacy.cli; spacy.cli.app",
    ],
)
def test_spacy_cli_deferred_then_real_when_used(first_use):
    script = textwrap.dedent(SCRIPT.format(first_use=first_use))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_spacy_cli_not_deferred_once_spacy_is_imported(monkeypatch):
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    finders = list(sys.meta_path)
    assert defer_spacy_cli() is False
    assert sys.meta_path == finders


@pytest.mark.parametrize("files", [[], ["cli/__init__.py"]], ids=["no-cli", "no-cli-info"])
def test_spacy_cli_not_deferred_when_layout_differs(files, tmp_path, monkeypatch):
    for name in ["__init__.py", *files]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("")
    spec = importlib.machinery.ModuleSpec("spacy", None, is_package=True)
    spec.submodule_search_locations = [str(tmp_path)]
    monkeypatch.setattr(spacy_cli.importlib.util, "find_spec", lambda name: spec)
    monkeypatch.delitem(sys.modules, "spacy")  # as if not imported yet; put back after the test
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))  # nothing left behind if it fails
    finders = list(sys.meta_path)
    assert defer_spacy_cli() is False
    assert sys.meta_path == finders


def _broken_find_spec(name):
    raise ImportError(f"cannot look up {name}")


@pytest.mark.parametrize("find_spec", [lambda name: None, _broken_find_spec], ids=["not-installed", "lookup-fails"])
def test_spacy_cli_not_deferred_when_spacy_is_not_found(find_spec, monkeypatch):
    monkeypatch.setattr(spacy_cli.importlib.util, "find_spec", find_spec)
    monkeypatch.delitem(sys.modules, "spacy")
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    finders = list(sys.meta_path)
    assert defer_spacy_cli() is False
    assert sys.meta_path == finders
