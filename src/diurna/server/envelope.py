"""The one JSON error envelope of the API: every error, whatever raised it, leaves through here."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel

from diurna.errors import DiurnaError

__all__ = ["ErrorBody", "ErrorEnvelope", "error_response", "status_of"]

# HTTP status by error code; any other code is a 400.
_STATUS = {
    **{f"D00{i}": 422 for i in range(1, 9)},
    "D011": 422, "D013": 422, "D037": 422, "D053": 422, "D058": 422, "D061": 422,
    "D050": 404, "D051": 404, "D052": 405, "D054": 413, "D055": 401, "D060": 403,
    "D056": 503, "D035": 503, "D036": 503, "D057": 500, "D059": 500, "D090": 500,
}  # fmt: skip


class ErrorBody(BaseModel):
    """What went wrong: the stable code, a title, the cause and the fix."""

    status: int
    code: str
    title: str
    cause: str
    fix: str
    errors: list[dict[str, Any]] | None = None  # each invalid field, for D053


class ErrorEnvelope(BaseModel):
    """Every error response: ``{"error": {...}}``."""

    error: ErrorBody


def status_of(error: DiurnaError) -> int:
    """The HTTP status a coded error is answered with."""
    return _STATUS.get(error.code, 400)


def error_response(
    error: DiurnaError,
    status: int | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """The envelope for ``error``, with its status (from the code unless given)."""
    status = status or status_of(error)
    body: dict[str, Any] = {"status": status, **error.to_dict()}
    if errors is not None:
        body["errors"] = errors
    extra = dict(headers or {})
    if status == 401:
        extra.setdefault("WWW-Authenticate", "Bearer")
    return JSONResponse({"error": body}, status_code=status, headers=extra)
