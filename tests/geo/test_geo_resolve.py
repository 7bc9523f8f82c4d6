"""Resolving homonyms: counties, compass names, datelines and names pinned once per article."""

from __future__ import annotations

import pytest

from diurna.geo import GeoIndex
from diurna.geo.resolve import Context, Resolver, Toponym


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(GeoIndex.load())


def _at(text: str, start: int, **fields) -> Toponym:
    return Toponym(text, start, start + len(text), **fields)


def test_resolve_county_is_a_us_division_not_a_foreign_town(resolver):
    places = resolver.resolve([_at("Hall County", 0), _at("Texas", 40)], Context())
    assert (places[0].name, places[0].country, places[0].admin1, places[0].feature) == ("Hall County", "USA", "TX", "region")
    assert resolver.resolve([_at("Granville County", 0)], Context())[0].country == "USA"  # not Granville, NSW


def test_resolve_county_tail_never_falls_back_to_an_alternate_name(resolver):
    assert resolver.candidates("Hall Parish") == []  # GeoNames calls Schwäbisch Hall "Hall"


@pytest.mark.parametrize("written, country", [("eastern Ukraine", "UKR"), ("Eastern Ukraine", "UKR"), ("East Azerbaijan", None)])
def test_resolve_capitalised_compass_point_makes_another_name(resolver, written, country):
    # East Azerbaijan is a province of Iran: not a part of Azerbaijan
    assert [c.entry.country for c in resolver.candidates(written)][:1] == ([country] if country else [])


def test_resolve_dateline_is_read_in_the_article_context(resolver):
    toponyms = [_at("VICTORIA", 0, role="dateline"), _at("British Columbia", 40), _at("Fort St. John", 80)]
    place = resolver.resolve(toponyms, Context())[0]
    assert (place.country, place.feature) == ("CAN", "city")


def test_resolve_dateline_name_keeps_its_place_in_the_text(resolver):
    toponyms = [_at("GLASGOW", 0, role="dateline", qualifier="Ky."), _at("Ky.", 9, role="dateline"), _at("Glasgow", 60)]
    assert [p.country for p in resolver.resolve(toponyms, Context())] == ["USA", "USA", "USA"]


def test_resolve_qualified_name_keeps_its_place_in_other_mentions(resolver):
    toponyms = [_at("Paris", 0, qualifier="Missouri"), _at("Missouri", 7), _at("Paris", 90)]
    places = resolver.resolve(toponyms, Context())
    assert places[2].country == "USA" and places[2].name == places[0].name


def test_resolve_state_abbreviation_without_its_period(resolver):
    place = resolver.resolve([_at("EDMONTON", 0, role="dateline", qualifier="Ky")], Context())[0]
    assert (place.country, place.admin1) == ("USA", "KY")
