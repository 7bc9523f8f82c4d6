"""The benchmark corpus: real news articles from ../shared/eval/geo, repeated to any count.

TR-News (118 articles, 2016-17, with download dates) and GeoVirus (229 Wikinews articles,
no dates): about 350 articles of about 290 words. The gold toponyms are ignored here; only
the texts (and TR-News's dates) are used.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from itertools import cycle, islice
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent  # the repository root
GEO = ROOT.parent / "shared" / "eval" / "geo"
FILES = ("TR-News.xml", "GeoVirus.xml")

__all__ = ["NewsText", "news_texts", "word_count"]


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_ISO = re.compile(r"\b(\d{4})-(\d\d)-(\d\d)\b")
_TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")
_PARTS = {
    "year": re.compile(r"\b(?:19|20)\d\d\b"),
    "month": re.compile(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\b", re.IGNORECASE),
    "day": re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b"),
}


class NewsText(NamedTuple):
    """One article's text and its ISO date (None when the set gives none)."""

    text: str
    date: str | None


def iso_date(raw: str) -> str | None:
    """TR-News's free-form download times ('Dec 19, 2016 9:58 AM ET') as YYYY-MM-DD."""
    found = _ISO.search(raw)
    if found:
        return found.group(0)
    raw = _TIME.sub(" ", raw)
    year, month, day = (_PARTS[k].search(raw) for k in ("year", "month", "day"))
    if not (year and month and day):
        return None
    number = _MONTHS.index(month.group(1).lower()) + 1
    return f"{year.group(0)}-{number:02d}-{int(day.group(1)):02d}"


def _read(path: Path) -> list[NewsText]:
    found = []
    for node in ET.parse(path).getroot().iter("article"):
        text = (node.findtext("text") or "").strip()
        date = iso_date(node.findtext("dltime") or "")
        if text:
            found.append(NewsText(text, date))
    return found


def news_texts(count: int | None = None) -> list[NewsText]:
    """The corpus articles in file order, cycled to ``count`` (all of them once when None)."""
    missing = [name for name in FILES if not (GEO / name).is_file()]
    if missing:
        sys.exit(f"benchmark corpus not found: {', '.join(str(GEO / m) for m in missing)}\n"
                 "The geo gold files live in ../shared/eval/geo relative to the repository root.")
    articles = [a for name in FILES for a in _read(GEO / name)]
    return articles if count is None else list(islice(cycle(articles), count))


def word_count(text: str) -> int:
    """Whitespace-separated words: the unit of the words/s figures."""
    return len(text.split())


if __name__ == "__main__":
    texts = news_texts()
    words = sum(word_count(t.text) for t in texts)
    print(f"{len(texts)} articles, {words} words, {words / len(texts):.0f} words/article, "
          f"{sum(1 for t in texts if t.date)} dated")
