"""Coders for one evaluation run: each settings variant built once, texts coded in batches."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterator, Protocol, Sequence

from diurna.errors import DiurnaError
from diurna.model import Article, CodedArticle

if TYPE_CHECKING:  # the coder pulls in spaCy; the scorers do not need it
    from diurna.coder import Coder

__all__ = ["CoderFactory", "CoderPool", "Coded", "code_texts"]

CoderFactory = Callable[..., "Coder"]
Coded = tuple["CodedArticle | None", "DiurnaError | None"]


class _Outcome(Protocol):
    coded: CodedArticle | None
    error: DiurnaError | None


class CoderPool:
    """A coder factory that builds each settings variant once and hands it out again.

    A variant that failed to build (e.g. unknown dictionaries, D021) fails the same way
    each time it is asked for, without being built again.
    """

    def __init__(self, build: Callable[..., Any], **defaults: Any) -> None:
        self._build = build
        self._defaults = defaults
        self._coders: dict[tuple, Any] = {}
        self._failures: dict[tuple, DiurnaError] = {}

    def __call__(self, **settings: Any) -> "Coder":
        """The coder for these settings (on top of the pool's defaults)."""
        values = {**self._defaults, **settings}
        key = tuple(sorted(values.items()))
        if key in self._failures:
            raise self._failures[key]
        if key not in self._coders:
            try:
                self._coders[key] = self._build(**values)
            except DiurnaError as error:
                self._failures[key] = error
                raise
        return self._coders[key]

    def __len__(self) -> int:
        return len(self._coders)


def code_texts(coder: Any, items: Sequence[tuple[str, str | None]], batch_size: int = 64) -> list[Coded]:
    """(coded, error) for each (text, date), in order; only text and date reach the coder."""
    articles = (Article(text=text, date=date) for text, date in items)
    outcomes: Iterator[_Outcome] = coder.code_stream(articles, batch_size=batch_size)
    return [(outcome.coded, outcome.error) for outcome in outcomes]
