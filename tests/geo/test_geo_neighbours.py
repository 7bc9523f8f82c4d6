"""Two homonyms whose lesser readings lie close together are read as that pair."""

from __future__ import annotations

import pytest

from diurna.geo import GeoIndex
from diurna.geo.resolve import Context, Resolver, Toponym


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(GeoIndex.load())


def _countries(resolver: Resolver, *names: str) -> list[str | None]:
    toponyms = [Toponym(name, 20 * n, 20 * n + len(name)) for n, name in enumerate(names)]
    return [p.country for p in resolver.resolve(toponyms, Context())]


def test_neighbours_two_london_boroughs(resolver):
    assert _countries(resolver, "Edmonton") == ["CAN"]
    assert _countries(resolver, "Edmonton", "Enfield") == ["GBR", "GBR"]


def test_neighbours_a_best_known_reading_is_not_moved(resolver):
    assert _countries(resolver, "Venice", "Hollywood") == ["ITA", "USA"]  # Venice, California is by Hollywood
