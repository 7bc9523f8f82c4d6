"""One gazetteer entry, and the key under which a written name is looked up."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

__all__ = ["GeoEntry", "name_key", "KINDS"]

# city: a populated place; country; admin1: a first-level division (a US state, a
# province); region: any other named area (Darfur, the Sahel, the Black Sea); continent.
KINDS = ("city", "country", "admin1", "region", "continent")

# Apostrophes and the marks transliterations use for ayin and hamza go: GeoNames writes
# "Sāmarrā’" and "Ma‘rib", news "Samarra" and "Marib"; "d’Ivoire" and "d'Ivoire" meet too.
_UNIFY = str.maketrans(
    {"’": None, "‘": None, "`": None, "'": None, "ʼ": None, "ʻ": None, "‐": "-", "‑": "-", "–": "-", "—": "-"}
)


def name_key(text: str) -> str:
    """The lookup key of a name: lower case, accents and apostrophes folded, hyphens as spaces.

    Periods stay, so that "La." (Louisiana) and "LA" (Los Angeles) keep apart.
    """
    if text.isascii() and "-" not in text and "`" not in text and "'" not in text and "  " not in text:
        return text.strip().lower()  # the common case, ten times faster
    text = text.translate(_UNIFY)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().replace("-", " ").split())


class GeoEntry(NamedTuple):
    """A place the gazetteer knows: a city, a country, a division, a region or a continent.

    A named tuple: 35,000 of them are built at every load, and tuples are the cheapest.
    """

    id: int  # position in the index
    name: str
    kind: str
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None  # GeoNames admin1 code (postal code for US states)
    lat: float
    lon: float
    population: int = 0
    geonameid: int | None = None
    capital: bool = False  # a national capital: news names capitals far above their size

    @property
    def feature(self) -> str:
        """The coarse feature of the coded output: city, country or region."""
        return self.kind if self.kind in ("city", "country") else "region"
