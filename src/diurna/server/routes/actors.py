"""``GET /v1/actors``: the most active sources and targets."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from diurna.query import EventFilter, top_actors
from diurna.server.auth import require_reader
from diurna.server.routes.params import event_filter
from diurna.server.schemas import documented
from diurna.server.state import AppState, app_state

router = APIRouter(tags=["events"], dependencies=[Depends(require_reader)])


@router.get("/v1/actors", responses=documented(401, 422))
def actors(
    filters: EventFilter = Depends(event_filter),
    limit: int = Query(10, ge=0, description="Actors per list."),
    state: AppState = Depends(app_state),
) -> dict[str, Any]:
    """``{sources: [...], targets: [...]}``, each actor with events, mentions and mean Goldstein."""
    return state.read(top_actors, filters, limit, max_limit=state.config.max_page).to_dict()
