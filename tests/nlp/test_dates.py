"""Dates: expressions resolved against the article date, history, and each event's date."""

from __future__ import annotations

import datetime as dt

import pytest

from diurna.nlp.datetext import DateResolver

TUESDAY = dt.date(2024, 10, 22)  # the seed article's date


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sunday", "2024-10-20"),  # across the week boundary: the Sunday before
        ("on Sunday", "2024-10-20"),
        ("Tuesday", "2024-10-22"),  # the article's own weekday is the article's day
        ("Wednesday", "2024-10-16"),
        ("last week", "2024-10-15"),
        ("Oct. 20", "2024-10-20"),
        ("October 30", "2023-10-30"),  # dates from the past are preferred
        ("yesterday", "2024-10-21"),
        ("today", "2024-10-22"),
        ("two days ago", "2024-10-20"),
    ],
)
def test_dates_relative_expressions(resolver, text, expected):
    found = resolver.resolve(text, TUESDAY)
    assert (found.date, found.historical) == (expected, False)


def test_dates_intended_events_look_forward(resolver):
    assert resolver.resolve("Monday", TUESDAY, forward=True).date == "2024-10-28"
    assert resolver.resolve("Monday", TUESDAY).date == "2024-10-21"


@pytest.mark.parametrize("text", ["1944", "in 1944", "80 years ago", "World War II", "the 1990s", "the Cold War"])
def test_dates_historical_mentions(resolver, text):
    found = resolver.resolve(text, TUESDAY)
    assert found.historical and found.date is None


@pytest.mark.parametrize("text", ["two years", "the same day", "three months"])
def test_dates_durations_are_not_days(resolver, text):
    assert resolver.resolve(text, TUESDAY).date is None


def test_dates_resolver_reuses_parsers(resolver):
    resolver.resolve("last week", TUESDAY)
    resolver.resolve("last month", TUESDAY)
    assert len(resolver._parsers) <= 3  # one per article date, not one per call


# -- with the real model -------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, date, date_text",
    [
        ("Russia attacked Ukraine on Sunday.", "2024-10-20", "on Sunday"),
        ("Serbia and Russia signed an agreement last week.", "2024-10-15", "last week"),
        ("Russian troops attacked Ukrainian forces in Crimea on Oct. 20.", "2024-10-20", "on Oct. 20"),
        ("Russia attacked Ukraine.", "2024-10-22", None),  # no expression: the article's date
    ],
)
def test_dates_event_dates(coder, text, date, date_text):
    coded = coder.code(text, date="2024-10-22")
    assert coded.events
    for event in coded.events:
        assert (event.date, event.date_text, event.historical) == (date, date_text, False)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In 1944, Soviet troops attacked German forces in Belgrade.",
        "Eighty years ago, the Soviet army attacked Germany.",
    ],
)
def test_dates_historical_events(coder, text):
    coded = coder.code(text, date="2024-10-22")
    assert coded.events
    for event in coded.events:
        assert event.historical and event.date is None and event.date_text


@pytest.mark.model
def test_dates_history_inside_a_noun_phrase_does_not_date_the_event(coder, eval_dir):
    # "commemorated the 80th anniversary of the liberation ... during World War II"
    text = (eval_dir / "seed" / "belgrade-sanctions.txt").read_text("utf-8")
    coded = coder.code(text, date="2024-10-22")
    assert coded.events
    assert all(not e.historical and e.date == "2024-10-22" for e in coded.events)
