"""``GET /v1/summary``: what the database holds."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from diurna.query import EventFilter, store_summary
from diurna.server.auth import require_reader
from diurna.server.routes.params import event_filter
from diurna.server.schemas import documented
from diurna.server.state import AppState, app_state

router = APIRouter(tags=["events"], dependencies=[Depends(require_reader)])


@router.get("/v1/summary", responses=documented(401, 422))
def summary(filters: EventFilter = Depends(event_filter), state: AppState = Depends(app_state)) -> dict[str, Any]:
    """Articles by status; events by quad class and root; first and last dates; top dyads."""
    return state.read(store_summary, filters)
