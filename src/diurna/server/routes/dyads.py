"""``GET /v1/dyads/{a}/{b}``: a dyad's events by quad class and mean Goldstein per period."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Path, Query

from diurna.query import EventFilter, dyad_series
from diurna.server.auth import require_reader
from diurna.server.schemas import documented
from diurna.server.state import AppState, app_state

router = APIRouter(tags=["events"], dependencies=[Depends(require_reader)])


@router.get("/v1/dyads/{a}/{b}", responses=documented(401, 422))
def dyad(
    a: str = Path(..., max_length=40, description="Source actor code (a prefix: SRB finds SRBGOV)."),
    b: str = Path(..., max_length=40, description="Target actor code."),
    interval: Literal["day", "week", "month", "year"] = Query("month"),
    both: bool = Query(False, description="Count the events from b to a too."),
    since: str | None = Query(None, max_length=40, description="First date, YYYY-MM-DD."),
    until: str | None = Query(None, max_length=40, description="Last date, YYYY-MM-DD."),
    state: AppState = Depends(app_state),
) -> dict[str, Any]:
    """Events from a to b per period: counts by quad class, mentions, mean Goldstein."""
    filters = EventFilter.of(since=since, until=until)
    return state.read(dyad_series, a, b, interval, both, filters).to_dict()
