"""The store interface: what the ingest, exports and API need, whatever the database."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Iterable, Iterator, Sequence

from diurna.model import CodedArticle
from diurna.store.records import Batch

__all__ = ["Store", "TABLES"]

TABLES = (
    "articles",
    "exact_duplicates",
    "events",
    "event_mentions",
    "actors",
    "places",
    "quotes",
    "themes",
    "errors",
)


class Store(ABC):
    """A diurna database. DuckDB is the default; a PostgreSQL store implements the same."""

    path: str

    @abstractmethod
    def known_articles(self) -> dict[str, str]:
        """Every stored article id with the ref it was first read from."""

    @abstractmethod
    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(id, MinHash bytes) of every original article (not near-duplicates)."""

    @abstractmethod
    def write(self, batch: Batch) -> None:
        """Write a batch in one transaction and update its events; all or nothing."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Rows per table."""

    @abstractmethod
    def iter_events(self, where: Sequence[str] = ()) -> Iterator[dict[str, Any]]:
        """Aggregated events as dicts, filtered by ``--where`` expressions."""

    @abstractmethod
    def iter_mentions(self, where: Sequence[str] = ()) -> Iterator[dict[str, Any]]:
        """Counted event mentions joined with their event and article, filtered on the event."""

    @abstractmethod
    def events_frame(self, where: Sequence[str] = (), mentions: bool = False) -> Any:
        """Events (or mentions) as a pandas DataFrame."""

    @abstractmethod
    def coded_articles(self, ids: Iterable[str] | None = None) -> Iterator[CodedArticle]:
        """Coded articles rebuilt from the tables (all, or those with the given ids)."""

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a parameterised read query, as dicts (the query layer's one way in)."""
        raise NotImplementedError(f"{type(self).__name__} does not run queries")

    @abstractmethod
    def close(self) -> None:
        """Release the database."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
