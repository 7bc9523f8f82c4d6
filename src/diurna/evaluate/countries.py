"""Gold actor codes to comparable country codes, mapping old CAMEO country codes to ISO3."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

__all__ = ["legacy_countries", "gold_country"]


@lru_cache(maxsize=1)
def legacy_countries() -> Mapping[str, str]:
    """Old CAMEO country code -> ISO3, from ``data/legacy_countries.tsv`` (read once)."""
    text = resources.files("diurna.evaluate").joinpath("data/legacy_countries.tsv").read_text("utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    table = {row["legacy"]: row["iso3"] for row in csv.DictReader(lines, delimiter="\t")}
    return MappingProxyType(table)


def gold_country(code: str | None) -> str | None:
    """The country part of a gold actor code (first three letters), legacy codes mapped."""
    if not code:
        return None
    country = code[:3].upper()
    return legacy_countries().get(country, country)
