"""Coding units of articles in this process or in worker processes, results in input order.

Articles go to workers and results come back as plain dicts (``to_dict``/``from_dict``);
workers are started with 'spawn', so nothing but those dicts and the CoderSpec is shared.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Iterable, Iterator, TypeVar

from diurna.batch.spec import CoderSpec, coder_for
from diurna.errors import DiurnaError
from diurna.model import Article, CodedArticle

__all__ = ["code_articles", "code_dicts", "code_units", "outcome_of"]

log = logging.getLogger(__name__)

U = TypeVar("U")
OutcomeDict = dict[str, Any]


def code_articles(spec: CoderSpec, articles: list[Article]) -> list[CodedArticle | DiurnaError]:
    """Code articles in this process: one CodedArticle or DiurnaError each, in order."""
    coder = coder_for(spec)
    return [o.coded if o.coded is not None else o.error for o in coder.code_stream(articles)]


def code_dicts(spec: CoderSpec, articles: list[dict[str, Any]]) -> list[OutcomeDict]:
    """Code articles given as dicts (in a worker); one ``{"coded": ...}`` or ``{"error": ...}`` each."""
    out: list[OutcomeDict] = []
    for result in code_articles(spec, [Article.from_dict(a) for a in articles]):
        if isinstance(result, CodedArticle):
            out.append({"coded": result.to_dict()})
        else:
            out.append({"error": {"code": result.code, "details": _plain(result.details)}})
    return out


def outcome_of(data: OutcomeDict | CodedArticle | DiurnaError) -> CodedArticle | DiurnaError:
    """The CodedArticle or DiurnaError an outcome (a worker's dict, or an object) stands for."""
    if not isinstance(data, dict):
        return data
    if "coded" in data:
        return CodedArticle.from_dict(data["coded"])
    return DiurnaError(data["error"]["code"], **data["error"]["details"])


def code_units(
    units: Iterable[tuple[U, list[Article]]], spec: CoderSpec, workers: int = 1
) -> Iterator[tuple[U, list[Any], float]]:
    """(unit, outcomes, seconds spent coding in this process) for each unit, in order.

    With one worker the coder runs here and outcomes are objects; with more, they come back
    from the workers as dicts (see ``outcome_of``).
    """
    if workers <= 1:
        for unit, articles in units:
            started = time.perf_counter()
            outcomes = code_articles(spec, articles) if articles else []
            yield unit, outcomes, time.perf_counter() - started
        return
    yield from _pool(units, spec, workers)


def _pool(units: Iterable[tuple[U, list[Article]]], spec: CoderSpec, workers: int):
    context = multiprocessing.get_context("spawn")
    pending: deque = deque()
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=coder_for, initargs=(spec,)) as pool:
            for unit, articles in units:
                dicts = [a.to_dict() for a in articles]
                pending.append((unit, pool.submit(code_dicts, spec, dicts) if dicts else None))
                # Keep every worker busy, with a bounded number of units in memory.
                while len(pending) > 2 * workers:
                    yield _done(pending.popleft())
            while pending:
                yield _done(pending.popleft())
    except BrokenProcessPool as exc:
        raise DiurnaError("D038", detail=str(exc) or "the process pool broke") from None


def _done(entry) -> tuple[Any, list[OutcomeDict], float]:
    unit, future = entry
    return unit, (future.result() if future is not None else []), 0.0


def _plain(details: dict[str, Any]) -> dict[str, Any]:
    return {k: v if isinstance(v, (str, int, float, bool, type(None))) else str(v) for k, v in details.items()}
