"""A fake coder whose worker dies, once, on its first batch: for the Ray engine's retry test.

The first ``code_stream`` call in any process creates the marker file and ends the process
with ``os._exit`` (no cleanup, like a segfault or the OOM killer); every later call, in a
restarted worker or another one, codes as FakeCoder does.
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Iterator

from fakecoder import FakeCoder, FakeOutcome

from diurna.model import Article


class CrashOnceCoder(FakeCoder):
    """FakeCoder, but the first batch of the run kills its process (``marker``: the file that says it did)."""

    def __init__(self, marker: str, **settings: Any) -> None:
        super().__init__(**settings)
        self.marker = marker

    def code_stream(self, items: Iterable[Article], batch_size: int = 32) -> Iterator[FakeOutcome]:
        try:
            with open(self.marker, "x") as handle:
                handle.write(f"{os.getpid()}\n")
        except FileExistsError:
            return super().code_stream(items, batch_size)
        os._exit(1)
