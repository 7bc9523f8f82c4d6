"""``diurna serve``: the REST API and the dashboard, on loopback unless told otherwise."""

from __future__ import annotations

from typing import Optional

import typer

from diurna.cli.typer_app import app, friendly
from diurna.server.config import TOKEN_ENV, ServerConfig

__all__ = ["serve_command"]

_DEFAULTS = ServerConfig()


@app.command("serve")
@friendly
def serve_command(
    db: Optional[str] = typer.Option(None, "--db", help="Database file (default: $DIURNA_DB or ./diurna.duckdb)."),
    host: str = typer.Option(_DEFAULTS.host, help="Address to listen on; loopback unless you say otherwise."),
    port: int = typer.Option(_DEFAULTS.port, min=1, max=65535, help="Port to listen on."),
    private: bool = typer.Option(False, "--private", help=f"Reading routes need the token too (set {TOKEN_ENV})."),
    read_only: bool = typer.Option(False, "--read-only", help="Open the database read-only; POST /v1/articles is refused."),
    max_body: int = typer.Option(_DEFAULTS.max_body, min=1, help="Largest request body in bytes."),
    max_page: int = typer.Option(_DEFAULTS.max_page, min=1, help="Most rows one request may ask for."),
    timeout: float = typer.Option(_DEFAULTS.timeout, min=0.1, help="Seconds to code one article, waiting included."),
) -> None:
    """Serve the REST API (/v1/..., /openapi.json) and the dashboard (/) on loopback by default.

    Writing routes need the token in $DIURNA_API_TOKEN when it is set.
    """
    from diurna.server import serve

    config = ServerConfig.from_env(
        db=db, host=host, port=port, private=private, read_only=read_only, max_body=max_body,
        max_page=max_page, timeout=timeout,
    )  # fmt: skip
    serve(config)
