"""Every way a request can fail, turned into the one envelope (see envelope.py)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diurna.errors import DiurnaError
from diurna.server.envelope import error_response

__all__ = ["CatchAll", "install_handlers", "http_error"]

log = logging.getLogger(__name__)


def install_handlers(app: FastAPI) -> None:
    """Register the handlers for coded errors, HTTP errors and invalid requests."""
    app.add_exception_handler(DiurnaError, _coded)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(RequestValidationError, _invalid)


async def _coded(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DiurnaError)
    return error_response(exc)


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    return error_response(http_error(exc, request.method, request.url.path), exc.status_code, headers=exc.headers)


def http_error(exc: HTTPException, method: str, path: str) -> DiurnaError:
    """The coded error for an HTTP error raised by the framework (unknown route, wrong method...)."""
    if exc.status_code == 404:
        return DiurnaError("D051", path=path)
    if exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        return DiurnaError("D052", method=method, path=path, options=allowed or "?")
    if exc.status_code == 413:
        return DiurnaError("D054", limit=int(exc.detail) if str(exc.detail).isdigit() else 0)
    if exc.status_code == 401:
        return DiurnaError("D055", detail=str(exc.detail))
    return DiurnaError("D053", detail=str(exc.detail))


async def _invalid(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [_field(e) for e in exc.errors()]
    first = errors[0] if errors else {"where": "request", "message": "invalid"}
    detail = f"{first['where']}: {first['message']}" + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")
    return error_response(DiurnaError("D053", detail=detail), 422, errors=errors)


def _field(error: dict[str, Any]) -> dict[str, Any]:
    where = ".".join(str(part) for part in error.get("loc", ())) or "request"
    return {"where": where, "message": str(error.get("msg", "")), "type": str(error.get("type", ""))}


class CatchAll:
    """Outermost middleware: an unexpected exception becomes a 500 envelope (D057), logged once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            log.exception("request %s %s failed", scope.get("method"), scope.get("path"))
            if started:  # too late for an envelope: the status line is gone
                raise
            error = DiurnaError("D057", path=scope.get("path", "?"), detail=type(exc).__name__)
            await error_response(error, 500)(scope, receive, send)
