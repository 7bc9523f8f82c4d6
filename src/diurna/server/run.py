"""Running the app under uvicorn: ``diurna serve``."""

from __future__ import annotations

import ipaddress
import logging

from diurna.server.app import create_app
from diurna.server.config import ServerConfig

__all__ = ["serve", "is_loopback"]

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is only reachable from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(config: ServerConfig) -> None:
    """Start the server and block until it is stopped (Ctrl-C)."""
    import uvicorn

    app = create_app(config)
    if not is_loopback(config.host) and not config.token:
        log.warning("serving on %s with no DIURNA_API_TOKEN: anyone who can reach it may store articles", config.host)
    try:
        uvicorn.run(app, host=config.host, port=config.port, log_level="info", timeout_keep_alive=5, access_log=False)
    finally:
        app.state.diurna.close()
