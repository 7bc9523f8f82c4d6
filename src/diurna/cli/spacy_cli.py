"""Defer spaCy's own command line, which ``import spacy`` loads and ``diurna`` never uses.

spaCy's ``__init__`` does ``from .cli.info import info`` (for ``spacy.info()``), and that
imports the whole ``spacy.cli`` package: every spaCy command, its typer apps, weasel, httpx,
requests... With spaCy 3.8 on a 2-core host that is about 0.45 s of a cold
``diurna code article.txt`` (3.2-3.5 s before; the target is 3 s).

``defer_spacy_cli()`` hands spaCy two light stand-ins the first time it imports them, and
each turns into the real module as soon as anyone uses it:

- ``spacy.cli``: a package whose ``__path__`` is the real ``spacy/cli`` directory, so
  ``import spacy.cli.download`` loads the real submodule. Asked for any attribute
  (``spacy.cli.download``, ``from spacy.cli import app``), it imports the real package in
  its place (in ``sys.modules`` and as ``spacy.cli``) and answers from it (PEP 562).
- ``spacy.cli.info``: ``info`` imports the real package, then calls the real
  ``spacy.cli.info.info``; so ``spacy.info()`` works as before.

The console script calls it before anything imports spaCy. The library never does: a user's
``import diurna`` leaves spaCy as it is. If spaCy is laid out otherwise than expected (no
``spacy/cli`` package with an ``info`` module), nothing is deferred.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from typing import Any, Sequence

__all__ = ["defer_spacy_cli"]

CLI = "spacy.cli"
INFO = "spacy.cli.info"


def defer_spacy_cli() -> bool:
    """Make the next ``import spacy`` skip spaCy's command line; False if it cannot."""
    if "spacy" in sys.modules or any(isinstance(f, _StandInFinder) for f in sys.meta_path):
        return False
    cli_path = _real_cli_path()
    if cli_path is None:
        return False
    sys.meta_path.insert(0, _StandInFinder(cli_path))
    return True


def _real_cli_path() -> list[str] | None:
    """Where the real ``spacy.cli`` package lives, found without importing spaCy."""
    try:
        spacy = importlib.util.find_spec("spacy")
    except (ImportError, ValueError):
        return None
    if spacy is None or not spacy.submodule_search_locations:
        return None
    finder = importlib.machinery.PathFinder
    cli = finder.find_spec(CLI, list(spacy.submodule_search_locations))
    if cli is None or not cli.submodule_search_locations:
        return None
    if finder.find_spec(INFO, list(cli.submodule_search_locations)) is None:
        return None
    return list(cli.submodule_search_locations)


def import_real_cli() -> types.ModuleType:
    """Put the real ``spacy.cli`` (and ``spacy.cli.info``) in place of the stand-ins."""
    for name in (INFO, CLI):
        if isinstance(sys.modules.get(name), _StandIn):
            del sys.modules[name]
    return importlib.import_module(CLI)  # the import system also sets ``spacy.cli``


class _StandIn(types.ModuleType):
    """A module that imports the real one on first use and then answers from it."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            # The import system probes ``__path__``, ``__file__``...: not a use of spaCy's CLI.
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        import_real_cli()
        real = sys.modules[self.__name__]
        if real is self:  # pragma: no cover - the real import put nothing in our place
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        return getattr(real, name)

    def __setattr__(self, name: str, value: Any) -> None:
        # The import system records here each submodule loaded through the stand-in. Left
        # out, the name stays for the real package to answer: it binds some of them to
        # functions (``spacy.cli.download`` is the download function there).
        if not isinstance(value, types.ModuleType):
            super().__setattr__(name, value)


def _info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's ``info``: imports spaCy's command line and calls ``spacy.cli.info.info``."""
    import_real_cli()
    return importlib.import_module(INFO).info(*args, **kwargs)


class _StandInLoader(importlib.abc.Loader):
    """Makes the stand-in modules; there is no code to run."""

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = _StandIn(spec.name)
        if spec.name == INFO:
            module.info = _info
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        pass


class _StandInFinder(importlib.abc.MetaPathFinder):
    """Answers spaCy's first import of ``spacy.cli`` and ``spacy.cli.info``, then steps aside."""

    def __init__(self, cli_path: list[str]) -> None:
        self.cli_path = cli_path
        self.pending = {CLI, INFO}

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name not in self.pending:
            return None
        self.pending.discard(name)
        if not self.pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = importlib.machinery.ModuleSpec(name, _StandInLoader(), is_package=name == CLI)
        if name == CLI:
            spec.submodule_search_locations = list(self.cli_path)
        return spec
