"""What one write to the store holds: articles (coded, failed, near-duplicate), exact
duplicates and dead letters. Plain data, the same for every store."""

from __future__ import annotations

from dataclasses import dataclass, field

from diurna.errors import DiurnaError
from diurna.model import Article, CodedArticle, content_hash

__all__ = ["ArticleRecord", "Batch", "DuplicateRecord", "ErrorRecord", "STATUSES"]

STATUSES = ("coded", "failed", "near-duplicate")


@dataclass
class ArticleRecord:
    """One distinct text (``article.id`` is its content hash) and what became of it."""

    article: Article
    ref: str
    status: str  # one of STATUSES
    external_id: str | None = None
    coded: CodedArticle | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    minhash: bytes | None = None


@dataclass
class DuplicateRecord:
    """A text seen again under another ref: stored once, recorded here."""

    ref: str
    article_id: str
    external_id: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass
class ErrorRecord:
    """A dead letter: the item's ref and the coded reason it was skipped."""

    ref: str
    code: str
    title: str
    cause: str
    fix: str
    article_id: str | None = None

    @property
    def id(self) -> str:
        """Stable per (ref, code), so recording the same failure twice keeps one row."""
        return content_hash(f"{self.ref}\x1f{self.code}")

    @classmethod
    def from_error(cls, error: DiurnaError, ref: str, article_id: str | None = None) -> ErrorRecord:
        """The record for a DiurnaError met at ``ref``."""
        return cls(ref, error.code, error.title, error.cause, error.fix, article_id)


@dataclass
class Batch:
    """Everything written in one transaction."""

    articles: list[ArticleRecord] = field(default_factory=list)
    duplicates: list[DuplicateRecord] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles) + len(self.duplicates) + len(self.errors)
