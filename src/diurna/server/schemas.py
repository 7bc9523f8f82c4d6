"""Request bodies of the API, and the error responses each route documents."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from diurna.model import Article
from diurna.server.envelope import ErrorEnvelope

__all__ = ["ArticleIn", "documented"]

_MEANING = {
    401: "The API token is missing or wrong (D055).",
    403: "The database is read-only (D060).",
    404: "No such article or route (D050, D051).",
    413: "The request body is too large (D054).",
    422: "The request or the article is not valid (D053, D001-D008, D037, D058).",
    500: "A bug in diurna (D057, D090).",
    503: "Coding took too long (D056) or the database is unavailable (D035).",
}


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route: each error status with the envelope model."""
    return {status: {"model": ErrorEnvelope, "description": _MEANING[status]} for status in statuses}


class ArticleIn(BaseModel):
    """An article to code: its text and what is known about it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"text": "BELGRADE, Serbia — Serbia refused to impose sanctions on Russia.", "date": "2024-10-20"}]
        },
    )

    text: str = Field(description="The article's text (plain text, UTF-8).")
    date: str | None = Field(None, description="The article's date, YYYY-MM-DD.")
    id: str | None = Field(None, description="Your id for the article; the stored id is the text's hash.")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="The outlet, e.g. Reuters.")

    @field_validator("text", "date", "id", "title", "url", "source")
    @classmethod
    def _unicode(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("the string holds a lone surrogate, which is not valid Unicode") from None
        return value

    def article(self) -> Article:
        """The Article to code (its id is the hash of the text)."""
        return Article(text=self.text, date=self.date, title=self.title, url=self.url, source=self.source)
