"""``GET /v1/health``: the server is up; never needs a token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from diurna import __version__
from diurna.server.state import AppState, app_state

router = APIRouter(tags=["server"])


@router.get("/v1/health")
def health(state: AppState = Depends(app_state)) -> dict[str, Any]:
    """``{status, version, coder, read_only, private, writes_need_token}``."""
    return {
        "status": "ok",
        "version": __version__,
        "coder": "loaded" if state.coders.loaded else "not loaded",
        "read_only": state.config.read_only,
        "private": state.config.private,
        "writes_need_token": bool(state.config.token),
    }
