"""The FastAPI app: routes, the error envelope, limits and the dashboard, around one store."""

from __future__ import annotations

import logging
from typing import Any, Callable

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from diurna import __version__
from diurna.errors import DiurnaError
from diurna.server.coding import CoderPool
from diurna.server.config import ServerConfig
from diurna.server.handlers import CatchAll, install_handlers
from diurna.server.headers import SecurityHeaders
from diurna.server.limits import BodyLimit
from diurna.server.routes import ROUTERS
from diurna.server.routes.dashboard import STATIC
from diurna.server.state import AppState
from diurna.store import open_store
from diurna.store.base import Store

__all__ = ["create_app"]

log = logging.getLogger(__name__)

DESCRIPTION = (
    "Political event data from news text. Every error answers with one envelope: "
    '`{"error": {"status", "code", "title", "cause", "fix"}}`. Writing routes need '
    "`Authorization: Bearer TOKEN` when the server has a token; reading routes too when it is private."
)


def create_app(
    config: ServerConfig | None = None,
    coder: Any | None = None,
    coder_factory: Callable[[], Any] | None = None,
    store: Store | None = None,
) -> FastAPI:
    """An app over ``config.db`` (or the given store); the coder is built on first use unless given."""
    config = config or ServerConfig()
    if config.private and not config.token:
        raise DiurnaError("D059")
    opened = store or open_store(config.db, read_only=config.read_only)
    # The store and the coding thread live as long as the app: ``serve`` closes them when
    # uvicorn stops (not a lifespan hook: test clients start and stop an app many times).
    state = AppState(config, opened, CoderPool(coder, coder_factory), owns_store=store is None)
    app = FastAPI(
        title="diurna",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # FastAPI's /docs and /redoc load scripts from a CDN; the dashboard lists routes
        redoc_url=None,
    )
    app.state.diurna = state
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    install_handlers(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=config.max_body)
    app.add_middleware(CatchAll)  # added last: outermost
    return app
