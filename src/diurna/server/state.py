"""What one app holds for its lifetime: its config, the store, the coder and the write lock."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable, TypeVar

from fastapi import Request

from diurna.server.coding import CoderPool
from diurna.server.config import ServerConfig
from diurna.store.base import Store

__all__ = ["AppState", "app_state"]

T = TypeVar("T")
# Reads run in at most this many threads at once: they share the GIL with the coding thread,
# and forty readers (Starlette's default) would leave it a fortieth of the interpreter.
READ_THREADS = 4


@dataclass
class AppState:
    """The app's resources; one per ``create_app``."""

    config: ServerConfig
    store: Store
    coders: CoderPool
    owns_store: bool = True  # opened by create_app, so closed with the app
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    readers: threading.BoundedSemaphore = field(default_factory=lambda: threading.BoundedSemaphore(READ_THREADS))

    def read(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call a query function on the store, at most READ_THREADS at once (others wait, GIL-free)."""
        with self.readers:
            return function(self.store, *args, **kwargs)

    def close(self) -> None:
        """Stop the coding thread and close the store if the app opened it."""
        self.coders.close()
        if self.owns_store:
            self.store.close()


def app_state(request: Request) -> AppState:
    """The state of the app serving ``request`` (a FastAPI dependency)."""
    return request.app.state.diurna
