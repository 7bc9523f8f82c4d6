"""``GET /v1/events``: events, filtered and paged, each with its evidence sentence."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from diurna.query import DEFAULT_LIMIT, EventFilter, find_events
from diurna.query.paging import MAX_OFFSET
from diurna.server.auth import require_reader
from diurna.server.routes.params import event_filter
from diurna.server.schemas import documented
from diurna.server.state import AppState, app_state

router = APIRouter(tags=["events"], dependencies=[Depends(require_reader)])


@router.get("/v1/events", responses=documented(401, 422))
def list_events(
    filters: EventFilter = Depends(event_filter),
    limit: int = Query(DEFAULT_LIMIT, ge=0, description="Rows per page (at most the server's max page)."),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    order: Literal["newest", "oldest"] = Query("newest"),
    state: AppState = Depends(app_state),
) -> dict[str, Any]:
    """Events matching the filters: ``{total, limit, offset, events: [...]}``."""
    page = state.read(find_events, filters, limit, offset, newest_first=order == "newest", max_limit=state.config.max_page)
    return page.to_dict()
