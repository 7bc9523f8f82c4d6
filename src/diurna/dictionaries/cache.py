"""A disk cache of compiled dictionaries, so a cold `diurna code` does not re-parse YAML.

The key hashes every data file, the modules that compile them, diurna's version and how
the tokenizer splits a probe text, so any change to the data, the compiler or the
tokenizer builds afresh. The cache lives in
``$DIURNA_CACHE`` or ``~/.cache/diurna``; when it cannot be read or written, diurna
simply builds the dictionaries (and logs why at debug level).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator, Sequence

__all__ = ["DictionaryCache", "key_inputs"]

log = logging.getLogger(__name__)

_PROBE = "U.S.-led talks: al-Qaeda's Côte d'Ivoire cell, the E.U. and Secretary-General Guterres."


def key_inputs() -> Iterator[tuple[str, bytes]]:
    """The files a compiled set depends on: the data files and the modules that compile them."""
    package = resources.files("diurna.dictionaries")
    for folder, suffixes in ((package.joinpath("data"), (".yaml", ".tsv")), (package, (".py",))):
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.name.endswith(suffixes):
                yield item.name, item.read_bytes()


class DictionaryCache:
    """Load or store one compiled dictionary set under a content key."""

    def __init__(self, folder: Path | None = None) -> None:
        default = Path(os.environ.get("DIURNA_CACHE", Path.home() / ".cache" / "diurna"))
        self.folder = folder or default

    def key(self, name: str, tokenize: Callable[[str], Sequence[str]]) -> str:
        """The content key of the built-in dictionaries for this tokenizer."""
        from diurna import __version__

        digest = hashlib.sha256(f"{name}|{__version__}|{list(tokenize(_PROBE))}".encode())
        for file_name, content in key_inputs():
            digest.update(file_name.encode())
            digest.update(content)
        return digest.hexdigest()[:24]

    def load(self, key: str):
        """The cached object, or None."""
        path = self.folder / f"dictionaries-{key}.pickle"
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception as exc:  # a stale or broken cache is never an error
            log.debug("dictionary cache %s unreadable: %s", path, exc)
            return None

    def store(self, key: str, value: object) -> None:
        """Write atomically; failures are logged and ignored."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.folder, delete=False, suffix=".tmp") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, self.folder / f"dictionaries-{key}.pickle")
        except Exception as exc:
            log.debug("dictionary cache not written to %s: %s", self.folder, exc)
