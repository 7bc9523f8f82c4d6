"""How a server runs: its database, address, access and limits, as one plain object."""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["ServerConfig", "TOKEN_ENV"]

TOKEN_ENV = "DIURNA_API_TOKEN"


@dataclass(frozen=True)
class ServerConfig:
    """Everything ``diurna serve`` decides; the defaults are the safe ones."""

    db: str | None = None  # None: $DIURNA_DB or ./diurna.duckdb
    host: str = "127.0.0.1"  # loopback unless told otherwise
    port: int = 8000
    token: str | None = None  # writing routes need it when set; reading ones too when private
    private: bool = False
    read_only: bool = False
    max_body: int = 1_000_000  # bytes of one request body
    max_page: int = 1000  # rows of one page
    timeout: float = 30.0  # seconds to code one article, waiting included

    @classmethod
    def from_env(cls, **values: object) -> ServerConfig:
        """A config whose token comes from $DIURNA_API_TOKEN unless one is given."""
        values.setdefault("token", os.environ.get(TOKEN_ENV) or None)
        return cls(**values)  # type: ignore[arg-type]
