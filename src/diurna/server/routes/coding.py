"""``POST /v1/code`` (code, keep nothing) and ``POST /v1/articles`` (code and store)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Response
from starlette.concurrency import run_in_threadpool

from diurna.errors import DiurnaError
from diurna.query import marks_of
from diurna.server.auth import require_writer
from diurna.server.schemas import ArticleIn, documented
from diurna.server.state import AppState, app_state
from diurna.server.storing import store_coded

router = APIRouter(tags=["coding"])


@router.post("/v1/code", responses=documented(413, 422, 500, 503))
async def code(body: ArticleIn, state: AppState = Depends(app_state)) -> dict[str, Any]:
    """Code one article and return it (events, actors, places, quotes, tone, ``marks``); nothing is stored."""
    article = body.article()
    if body.id:
        article.id = body.id
    coded = await state.coders.code(article, state.config.timeout)
    return {**coded.to_dict(), "text": article.text, "marks": marks_of(coded)}


@router.post(
    "/v1/articles",
    status_code=201,
    dependencies=[Depends(require_writer)],
    responses={200: {"description": "The text was stored before; nothing changed."}, **documented(401, 403, 413, 422, 500, 503)},
)
async def store_article(body: ArticleIn, response: Response, state: AppState = Depends(app_state)) -> dict[str, Any]:
    """Code one article and store it (201); a text stored before is left as it is (200)."""
    if state.config.read_only:
        raise DiurnaError("D060", path=state.store.path)
    article = body.article()
    coded = await state.coders.code(article, state.config.timeout)
    result = await run_in_threadpool(store_coded, state.store, article, coded, body.id, state.write_lock)
    response.headers["Location"] = result["href"]
    if not result["stored"]:
        response.status_code = 200
    return result
