"""Date expressions resolved against the article date: "on Sunday", "last week", "Oct. 20".

Weekdays and "yesterday"-words resolve in plain code (faster and more reliable than a
general parser); other expressions go to ``dateparser`` (always English, dates from the
past preferred, relative to the article date), one parser per article date, kept. An
expression that lies more than :data:`HISTORICAL_DAYS` before the article ("in 1944",
"80 years ago"), or names an era ("during World War II", "the 1990s"), is historical.
Durations ("two years") are not points in time and resolve to nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["DateResolver", "ResolvedDate", "HISTORICAL_DAYS"]

HISTORICAL_DAYS = 2 * 365
WEEKDAYS = {name: n for n, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_DAY_WORD = re.compile(r"\b(today|tonight|yesterday|tomorrow)\b", re.I)
_ERA = re.compile(
    r"\b(?:world war (?:i{1,2}|one|two|1|2)|(?:first|second) world war|the great war|cold war|holocaust"
    r"|(?:18|19|20)\d0s|\d{1,2}(?:st|nd|rd|th) century|centur(?:y|ies) ago|decades ago|soviet era|colonial era)\b",
    re.I,
)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# A quantity of time with nothing that anchors it ("two years", "three days") is a duration.
_ANCHOR = re.compile(r"\b(ago|last|next|this|past|previous|earlier|later|since|on|in|of|early|late|mid)\b", re.I)
_DURATION = re.compile(r"^\s*(?:the\s+)?(?:\w+\s+)?(?:day|week|month|year|decade|hour|minute)s?\s*$", re.I)
_LAST_NEXT = re.compile(r"\b(last|next)\b", re.I)  # "last Sunday": dateparser's business
_MAX_PARSERS = 256


@dataclass(frozen=True)
class ResolvedDate:
    """What a date expression says: a day (ISO) or nothing, and whether it is history."""

    date: str | None
    historical: bool = False


class DateResolver:
    """Resolve date expressions; owns one ``dateparser`` parser per article date."""

    def __init__(self) -> None:
        self._parsers: dict[dt.date, Any] = {}
        self._cache: dict[tuple[str, dt.date, bool], ResolvedDate] = {}

    def resolve(self, text: str, base: dt.date, forward: bool = False) -> ResolvedDate:
        """The day ``text`` names, seen from ``base``; ``forward`` for intended events ("will meet on Monday")."""
        key = (text, base, forward)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 4096:
                self._cache.clear()
            found = self._cache[key] = self._resolve(text, base, forward)
        return found

    def _resolve(self, text: str, base: dt.date, forward: bool) -> ResolvedDate:
        if _ERA.search(text):
            return ResolvedDate(None, historical=True)
        day = _plain_day(text, base, forward)
        if day is None:
            if _DURATION.match(text) and not _ANCHOR.search(text):
                return ResolvedDate(None)
            day = self._parse(text, base)
        if day is None:
            return ResolvedDate(None)
        if (base - day).days > HISTORICAL_DAYS:
            return ResolvedDate(None, historical=True)
        return ResolvedDate(day.isoformat())

    def _parse(self, text: str, base: dt.date) -> dt.date | None:
        year = _YEAR.fullmatch(text.strip())
        if year:  # "1944": dateparser would answer with today's month and day
            return dt.date(int(year.group(1)), 1, 1) if int(year.group(1)) < base.year else None
        data = self._parser(base).get_date_data(text)
        return data.date_obj.date() if data.date_obj is not None else None

    def _parser(self, base: dt.date) -> Any:
        parser = self._parsers.get(base)
        if parser is None:
            # Imported on first need: dateparser costs half a second to import and warm up,
            # and many articles never need it (weekdays and "yesterday" are read in code).
            from dateparser.date import DateDataParser

            if len(self._parsers) >= _MAX_PARSERS:
                self._parsers.clear()
            parser = self._parsers[base] = DateDataParser(
                languages=["en"],
                settings={
                    "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
                    "PREFER_DATES_FROM": "past",
                    "RETURN_AS_TIMEZONE_AWARE": False,
                },
            )
        return parser


def _plain_day(text: str, base: dt.date, forward: bool) -> dt.date | None:
    """Weekdays and day words, without a parser: "on Sunday" is the last Sunday on or before."""
    word = _DAY_WORD.search(text)
    if word:
        return base + dt.timedelta(days=DAY_WORDS[word.group(1).lower()])
    weekday = _WEEKDAY.search(text)
    if weekday is None or _LAST_NEXT.search(text):
        return None
    target = WEEKDAYS[weekday.group(1).lower()]
    if forward:
        return base + dt.timedelta(days=(target - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - target) % 7)
