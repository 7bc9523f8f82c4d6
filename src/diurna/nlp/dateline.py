"""Datelines: "BELGRADE, Serbia —" opens a wire story and names a place, not an actor."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["Dateline", "find_dateline"]

_DATELINE = re.compile(
    r"""^(?P<lead>\s*)
    (?P<place>[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,3})         # BELGRADE, NEW YORK
    (?:,\s*(?P<region>[A-Z][\w.'’\-]+(?:\s[A-Z][\w.'’\-]+){0,3}))?  # , Serbia
    (?:,?\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?
    \s*(?:\((?P<agency>[^)\n]{1,40})\))?                            # (Reuters)
    \s*(?:—|–|--|-|:)\s+""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Dateline:
    """The dateline at the start of an article, with character offsets."""

    text: str
    start: int
    end: int  # where the story proper begins
    place: str
    region: str | None = None
    agency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return asdict(self)


def find_dateline(text: str) -> Dateline | None:
    """The dateline of an article, or None when it has none."""
    found = _DATELINE.match(text[:200])
    if found is None:
        return None
    place = found.group("place")
    letters = sum(c.isalpha() for c in place)
    if letters < 3 and not (found.group("region") or found.group("agency")):
        return None  # "US - China talks" is a headline, not a dateline
    start = len(found.group("lead"))
    return Dateline(
        text=text[start : found.end()].rstrip(" —–-:"),
        start=start,
        end=found.end(),
        place=place.title() if place.isupper() else place,
        region=found.group("region"),
        agency=found.group("agency"),
    )
