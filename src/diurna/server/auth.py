"""Bearer tokens: writing routes need one when a token is set; reading routes when private."""

from __future__ import annotations

import hmac

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from diurna.errors import DiurnaError

__all__ = ["require_reader", "require_writer"]

_bearer = HTTPBearer(auto_error=False, description="The token set in DIURNA_API_TOKEN on the server.")


def _check(request: Request, credentials: HTTPAuthorizationCredentials | None, needed: bool) -> None:
    token = request.app.state.diurna.config.token
    if not needed or not token:
        return
    if credentials is None:
        raise DiurnaError("D055", detail="no 'Authorization: Bearer' header was sent")
    if not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
        raise DiurnaError("D055", detail="the token sent is not the server's")


def require_writer(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """Writing routes: the token, whenever the server has one."""
    _check(request, credentials, needed=True)


def require_reader(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """Reading routes: the token only when the server is private."""
    _check(request, credentials, needed=request.app.state.diurna.config.private)
