"""The REST API and the dashboard: ``diurna serve``, or ``create_app`` for your own ASGI server."""

from diurna.server.app import create_app
from diurna.server.config import TOKEN_ENV, ServerConfig
from diurna.server.run import is_loopback, serve

__all__ = ["ServerConfig", "TOKEN_ENV", "create_app", "is_loopback", "serve"]
