"""The Coder: text or an Article in, a CodedArticle out."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, replace
from itertools import islice
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator

from spacy.tokens import Doc

from diurna.errors import DiurnaError
from diurna.model import Actor, Article, CodedArticle
from diurna.nlp import build_pipeline
from diurna.nlp.credits import blank_credits
from diurna.nlp.dateline import find_dateline
from diurna.nlp.text import keep_text
from diurna.settings import validate_settings
from diurna.textcheck import check_text, parse_date

__all__ = ["Coder", "Outcome", "code_text", "default_coder", "settle", "ErrorHandler"]

log = logging.getLogger(__name__)

ErrorHandler = Callable[["Article | None", DiurnaError], None]


@dataclass
class Outcome:
    """The result of coding one item: the coded article, or the error that stopped it."""

    article: Article | None
    coded: CodedArticle | None = None
    error: DiurnaError | None = None

    @property
    def ok(self) -> bool:
        """Whether the item was coded."""
        return self.coded is not None


class Coder:
    """Codes English news articles into events, actors and quotes.

    Build one and reuse it: loading the model and dictionaries takes a second or two,
    coding an article a few milliseconds.
    """

    def __init__(self, dictionaries: str = "builtin", **settings: Any) -> None:
        values = validate_settings({"dictionaries": dictionaries, **settings})
        self.settings = values
        self.max_chars: int = values["max_chars"]
        self.language_check: bool = values["language_check"]
        self.nlp = build_pipeline(
            {
                "diurna_actors": {"dictionaries": values["dictionaries"]},
                "diurna_events": {
                    "require_source": values["require_source"],
                    "require_target": values["require_target"],
                },
            }
        )
        self.nlp.max_length = max(self.nlp.max_length, self.max_chars + 1)
        self.dictionaries = self.nlp.get_pipe("diurna_actors").dictionaries

    # -- one article ----------------------------------------------------------------
    def code(self, article: Article | str, date: str | None = None) -> CodedArticle:
        """Code one article (or a text); raises DiurnaError for input it cannot code."""
        article = self._article(article, date)
        doc = self.nlp(self._prepare(article))
        return self._collect(article, doc)

    # -- many articles ----------------------------------------------------------------
    def code_stream(
        self, items: Iterable[Article | DiurnaError], batch_size: int = 32
    ) -> Iterator[Outcome]:
        """One Outcome per item, in input order; bad items carry their error, never raise.

        Items may already be errors (a reader's bad line): they pass through in place,
        so output stays aligned with input.
        """
        iterator = iter(items)
        while True:
            chunk = list(islice(iterator, batch_size))
            if not chunk:
                return
            yield from self._code_chunk(chunk, batch_size)

    def code_many(
        self,
        articles: Iterable[Article],
        on_error: ErrorHandler | None = None,
        batch_size: int = 32,
    ) -> Iterator[CodedArticle]:
        """Code articles in order; bad ones go to ``on_error`` (or raise when it is None)."""
        for outcome in self.code_stream(articles, batch_size):
            if outcome.coded is not None:
                yield outcome.coded
            elif on_error is None:
                raise outcome.error
            else:
                on_error(outcome.article, outcome.error)

    def _code_chunk(self, chunk: list[Article | DiurnaError], batch_size: int) -> list[Outcome]:
        outcomes: list[Outcome] = []
        ready: list[tuple[int, Doc]] = []
        for item in chunk:
            if isinstance(item, DiurnaError):
                outcomes.append(Outcome(None, error=item))
                continue
            try:
                article = self._article(item, None)
                ready.append((len(outcomes), self._prepare(article)))
                outcomes.append(Outcome(article))
            except DiurnaError as exc:
                outcomes.append(Outcome(item if isinstance(item, Article) else None, error=exc))
        for (position, _), doc in zip(ready, self._run([doc for _, doc in ready], batch_size)):
            outcome = outcomes[position]
            try:
                if isinstance(doc, Exception):
                    raise doc
                outcome.coded = self._collect(outcome.article, doc)
            except Exception as exc:  # a bug must not lose the rest of the batch
                outcome.error = _internal(exc, outcome.article)
        return outcomes

    def _run(self, docs: list[Doc], batch_size: int) -> list[Doc | Exception]:
        try:
            return list(self.nlp.pipe(docs, batch_size=batch_size))
        except Exception:
            # Find the document that broke the batch; run the others one by one.
            out: list[Doc | Exception] = []
            for doc in docs:
                try:
                    out.append(self.nlp(doc))
                except Exception as exc:
                    out.append(exc)
            return out

    # -- steps ------------------------------------------------------------------------
    def _article(self, article: Article | str, date: str | None) -> Article:
        if isinstance(article, str):
            article = Article(text=article, date=date)
        elif date is not None:
            article = replace(article, date=date)
        where = f"id {article.id}" if article.id else ""
        check_text(article.text, self.max_chars, self.language_check, where)
        iso = parse_date(article.date, where)
        if iso != article.date:
            article = replace(article, date=iso)
        return article

    def _prepare(self, article: Article) -> Doc:
        text = article.text
        dateline = find_dateline(text)
        if dateline is not None:
            # Blank the dateline so the parser never makes "BELGRADE" a subject, while
            # every character offset stays that of the article text.
            text = " " * dateline.end + text[dateline.end :]
        text = blank_credits(text)  # "(Muhammad Hamed/Reuters)" is no attacker
        doc = self.nlp.make_doc(text)
        keep_text(doc, text)
        doc._.diurna_date = article.date
        doc._.diurna_id = article.id
        doc.user_data["diurna_dateline"] = dateline
        return doc

    def _collect(self, article: Article, doc: Doc) -> CodedArticle:
        events = list(doc._.diurna_events or [])
        for event in events:
            if event.date is None and not event.historical:
                event.date = article.date  # no date expression of its own: the article's day
        dateline = doc.user_data.get("diurna_dateline")
        return CodedArticle(
            id=article.id,
            date=article.date,
            events=events,
            actors=_actors(doc),
            quotes=list(doc._.diurna_quotes or []),
            places=list(doc._.diurna_places or []),
            tone=doc._.diurna_tone,
            themes=list(doc._.diurna_themes or []),
            dateline=dateline.to_dict() if dateline else None,
            title=article.title,
            url=article.url,
            source=article.source,
            content_hash=article.content_hash,
        )


def _actors(doc: Doc) -> list[Actor]:
    found: list[Actor] = []
    for mention in (doc._.diurna_mentions or {}).values():
        found.extend(mention.actors)
    for mention in (doc._.diurna_refs or {}).values():
        found.extend(mention.actors)
    for mention in (doc._.diurna_modifiers or {}).values():
        found.extend(mention.actors)
    found.sort(key=lambda a: (a.start or 0, a.end or 0))
    return found


def _internal(exc: Exception, article: Article | None) -> DiurnaError:
    ident = article.id if article is not None else "?"
    log.error("coding failed for %s", ident, exc_info=exc)
    return DiurnaError("D090", where=f"id {ident}", detail=f"{type(exc).__name__}: {exc}")


def settle() -> None:
    """Take everything alive now (model, dictionaries, gazetteer) out of the cyclic GC's walks.

    For processes that build a coder and code until they exit: the CLI, ingest workers,
    Ray actors, the server. Those objects live as long as the process, and every full
    collection walked all of them again: about 7% of the coding time (70 -> 63 ms of CPU
    per news article). Objects that die are still freed; only reference cycles among
    them would wait for the process to end. See ``gc.freeze``.
    """
    gc.freeze()


@lru_cache(maxsize=1)
def default_coder() -> Coder:
    """A Coder with the default settings, built on first use and then reused."""
    return Coder()  # a library call: freezing the caller's heap (settle) is theirs to decide


def code_text(text: str, date: str | None = None, id: str | None = None) -> CodedArticle:
    """Code one text with the default Coder: ``diurna.code_text(text, date="2024-10-20")``."""
    article = Article(text=text, date=date, id=id or "")
    return default_coder().code(article)
