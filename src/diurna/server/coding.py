"""Coding inside the server: one Coder per app, built on first use, fed in small batches by one
thread, each request waiting for its own article with a timeout."""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from concurrent.futures import Future
from typing import Any, Callable

from diurna.errors import DiurnaError
from diurna.model import Article, CodedArticle

__all__ = ["CoderPool"]

log = logging.getLogger(__name__)

# Articles waiting when the coding thread comes back for more are coded together: spaCy's
# nlp.pipe over a batch codes about twice as many articles a second as one call per article.
MAX_BATCH = 16
_STOP = None


def _default_factory() -> Any:
    from diurna.coder import Coder, settle  # spaCy loads only when the first article arrives

    coder = Coder()
    settle()
    return coder


class CoderPool:
    """Owns the app's coder: built lazily under a lock, or given (tests pass the session coder)."""

    def __init__(self, coder: Any | None = None, factory: Callable[[], Any] | None = None) -> None:
        self._coder = coder
        self._factory = factory or _default_factory
        self._lock = threading.Lock()
        self._jobs: queue.Queue[tuple[Article, Future] | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    @property
    def loaded(self) -> bool:
        """Whether the coder has been built."""
        return self._coder is not None

    def coder(self) -> Any:
        """The coder, built on first call (once, whichever thread asks first)."""
        if self._coder is None:
            with self._lock:
                if self._coder is None:
                    log.info("building the coder")
                    self._coder = self._factory()
        return self._coder

    async def code(self, article: Article, timeout: float) -> CodedArticle:
        """Code one article in the coding thread; D056 when it takes longer than ``timeout``."""
        self._start()
        job: Future = Future()
        self._jobs.put((article, job))
        try:
            # On timeout the future is cancelled: a job not yet started is then skipped.
            return await asyncio.wait_for(asyncio.wrap_future(job), timeout)
        except asyncio.TimeoutError:
            raise DiurnaError("D056", limit=timeout) from None

    def _start(self) -> None:
        if self._thread is None:
            with self._lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._work, name="diurna-coder", daemon=True)
                    self._thread.start()

    def _work(self) -> None:
        while True:
            batch = self._take()
            if batch is None:
                return
            if batch:
                self._code(batch)

    def _take(self) -> list[tuple[Article, Future]] | None:
        first = self._jobs.get()
        if first is _STOP:
            return None
        batch = [first]
        while len(batch) < MAX_BATCH:
            try:
                more = self._jobs.get_nowait()
            except queue.Empty:
                break
            if more is _STOP:
                self._jobs.put(_STOP)  # finish this batch, then stop
                break
            batch.append(more)
        return [(article, job) for article, job in batch if job.set_running_or_notify_cancel()]

    def _code(self, batch: list[tuple[Article, Future]]) -> None:
        try:
            # code_stream, not code: a bug on one article comes back as its D090, as in a batch.
            outcomes = list(self.coder().code_stream([article for article, _ in batch], batch_size=MAX_BATCH))
        except Exception as exc:  # the coder could not be built, or failed as a whole
            log.exception("coding a batch of %d failed", len(batch))
            outcomes = []
            error: Exception = exc if isinstance(exc, DiurnaError) else DiurnaError("D090", detail=type(exc).__name__)
        else:
            error = DiurnaError("D090", detail="the coder returned no outcome")
        for index, (_, job) in enumerate(batch):
            outcome = outcomes[index] if index < len(outcomes) else None
            if outcome is not None and outcome.coded is not None:
                job.set_result(outcome.coded)
            else:
                job.set_exception(outcome.error if outcome is not None else error)

    def close(self) -> None:
        """Stop the coding thread once the articles already queued are coded."""
        if self._thread is not None:
            self._jobs.put(_STOP)
