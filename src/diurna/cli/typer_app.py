"""The Typer application and the one place CLI errors become messages."""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable, TypeVar

import typer

from diurna.errors import DiurnaError

__all__ = ["app", "friendly", "report"]

app = typer.Typer(
    name="diurna",
    help="Political event data from news text: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    # Keeps ``diurna`` a group of commands when the console script has added only the one it
    # runs: typer turns an app of one command into that command, and ``diurna code FILE``
    # would read "code" as a file.
    pass


F = TypeVar("F", bound=Callable[..., Any])


def report(error: DiurnaError) -> None:
    """Print a coded error on stderr, one line."""
    print(f"error: {error}", file=sys.stderr)


def friendly(func: F) -> F:
    """Turn a DiurnaError raised by a command into a message and exit status 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DiurnaError as error:
            report(error)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]
