"""``GET /v1/articles/{id}``: a stored article's text with its actors, verbs and places marked."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path

from diurna.query import article_view
from diurna.server.auth import require_reader
from diurna.server.schemas import documented
from diurna.server.state import AppState, app_state

router = APIRouter(tags=["articles"], dependencies=[Depends(require_reader)])


@router.get("/v1/articles/{article_id}", responses=documented(401, 404))
def get_article(
    article_id: str = Path(..., max_length=200, description="The article's id (16 hex digits)."),
    state: AppState = Depends(app_state),
) -> dict[str, Any]:
    """The text, ``marks`` (spans: actor, verb, place), and its events (each with its rule)."""
    return state.read(article_view, article_id)
