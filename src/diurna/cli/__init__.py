"""The ``diurna`` command. Thin: parse arguments, call library functions, print results."""

from __future__ import annotations

import typer

from diurna.cli.app import app

# Each module adds its command to ``app``; a new command is a new module and a line here.
from diurna.cli import code as _code  # noqa: F401,E402
from diurna.cli import demo as _demo  # noqa: F401,E402
from diurna.cli import export as _export  # noqa: F401,E402
from diurna.cli import ingest as _ingest  # noqa: F401,E402
from diurna.cli import load as _load  # noqa: F401,E402
from diurna.cli import evaluate as _evaluate  # noqa: F401,E402
from diurna.cli import query as _query  # noqa: F401,E402
from diurna.cli import serve as _serve  # noqa: F401,E402

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``diurna`` console script."""
    app(prog_name="diurna")


if __name__ == "__main__":  # pragma: no cover
    typer.run(main)
