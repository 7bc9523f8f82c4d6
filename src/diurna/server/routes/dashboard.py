"""``GET /``: the dashboard page (its scripts, styles and world outline are under /static)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC = Path(__file__).resolve().parent.parent / "static"

router = APIRouter(include_in_schema=False)


@router.get("/")
def dashboard() -> FileResponse:
    """The dashboard's one page; it reads the API from the browser."""
    return FileResponse(STATIC / "index.html", media_type="text/html")
