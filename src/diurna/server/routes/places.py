"""``GET /v1/places``: points for a map, each place with its events by quad class."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from diurna.query import EventFilter, event_places
from diurna.server.auth import require_reader
from diurna.server.routes.params import event_filter
from diurna.server.schemas import documented
from diurna.server.state import AppState, app_state

router = APIRouter(tags=["events"], dependencies=[Depends(require_reader)])


@router.get("/v1/places", responses=documented(401, 422))
def places(
    filters: EventFilter = Depends(event_filter),
    limit: int = Query(500, ge=0, description="Places, most events first."),
    state: AppState = Depends(app_state),
) -> dict[str, Any]:
    """``{places: [{name, country, lat, lon, events, q1..q4, goldstein}], unplaced}``."""
    return state.read(event_places, filters, limit, max_limit=state.config.max_page).to_dict()
