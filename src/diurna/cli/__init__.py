"""The ``diurna`` command. Thin: parse arguments, call library functions, print results.

Each command is a module that adds itself to the Typer app when imported. ``from diurna.cli
import app`` gives the app with every command; the console script imports only the command
it runs (and spaCy without its own command line), so a cold ``diurna code`` does not pay for
the database, the server or the query code.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import typer

__all__ = ["COMMANDS", "app", "commands_to_import", "main"]

# The command ``diurna NAME`` lives in ``diurna.cli.NAME``; a new command is a new module and
# a name here, in the order of ``diurna --help``.
COMMANDS: tuple[str, ...] = ("code", "demo", "export", "ingest", "load", "evaluate", "query", "serve")


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # not imported at the top, so the console script can take one command
        return _app_with(COMMANDS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Entry point of the ``diurna`` console script."""
    from diurna.cli.spacy_cli import defer_spacy_cli

    defer_spacy_cli()  # before a command imports spaCy
    _app_with(commands_to_import(sys.argv[1:]))(prog_name="diurna")


def commands_to_import(args: Sequence[str]) -> tuple[str, ...]:
    """The commands ``diurna ARGS`` needs: the one it names, else all (help, no or bad name)."""
    if args and args[0] in COMMANDS:
        return (args[0],)
    return COMMANDS  # typer's help and "No such command" list them all


def _app_with(commands: Sequence[str]) -> typer.Typer:
    """The Typer app with at least ``commands`` added."""
    for command in commands:
        importlib.import_module(f"diurna.cli.{command}")
    from diurna.cli.typer_app import app

    return app
