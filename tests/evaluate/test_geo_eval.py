"""The geo gold sets (TR-News, GeoVirus): detection, offsets, scoring."""

from __future__ import annotations

import pytest

from diurna.evaluate import geo
from diurna.evaluate.geo import GoldArticle, GoldToponym
from diurna.geo import GeoIndex
from diurna.model import Place

METRICS = {
    "detection_recall", "acc_161km", "acc_161km_strict", "country_accuracy", "median_error_km", "exact_geonameid",
}


@pytest.fixture(scope="module")
def index() -> GeoIndex:
    return GeoIndex.load()


@pytest.mark.parametrize("name", ["TR-News.xml", "GeoVirus.xml"])
def test_geo_eval_detects_the_gold_files(eval_dir, name):
    assert geo.detect(eval_dir / "geo" / name)


def test_geo_eval_ignores_other_files(tmp_path, eval_dir):
    other = tmp_path / "feed.xml"
    other.write_text("<rss><channel><item>news</item></channel></rss>", encoding="utf-8")
    assert not geo.detect(other)
    assert not geo.detect(eval_dir / "news_dev.jsonl")


@pytest.mark.parametrize("name, offsets", [("TR-News.xml", 0), ("GeoVirus.xml", 1)])
def test_geo_eval_offsets_hold_their_phrases(eval_dir, name, offsets):
    articles, repaired = geo.read_gold(eval_dir / "geo" / name)
    toponyms = [(a.text, t) for a in articles for t in a.toponyms]
    assert len(toponyms) > 1000
    held = sum(text[t.start : t.end] == t.phrase for text, t in toponyms)
    assert held == len(toponyms)  # after repair: GeoVirus is 1-based, a few TR-News spans are off by one
    assert (repaired == 0) == (name == "GeoVirus.xml")


def _gold(phrase, start, lat, lon, name=None, geonameid=None, country=None):
    return GoldToponym(phrase, start, start + len(phrase), lat, lon, name=name, geonameid=geonameid,
                       country_name=country)


def test_geo_eval_score(index):
    text = "Talks in Paris and Ottawa; Canada agreed."
    articles = [
        GoldArticle(text, None, [
            _gold("Paris", 9, 48.85, 2.35, "Paris", 2988507, "France"),
            _gold("Ottawa", 19, 45.41, -75.70, "Ottawa", 6094817, "Canada"),
            _gold("Canada", 27, 60.1, -113.6, "Canada", 6251999, "Canada"),  # GeoNames' point for Canada
        ])
    ]
    produced = [[
        Place("Paris", 9, 14, name="Paris", country="USA", lat=33.66, lon=-95.56, geonameid=4717560, feature="city"),
        Place("Canada", 27, 33, name="Canada", country="CAN", lat=60.0, lon=-95.0, geonameid=6251999,
              feature="country"),
    ]]
    result = geo.score("geo/test", articles, produced, index)
    assert METRICS <= set(result.metrics)
    assert result.metrics["detection_recall"] == pytest.approx(2 / 3, abs=1e-3)
    # Canada: 1,000 km from the gold point, but the very entry the gold names.
    assert result.metrics["acc_161km"] == 0.5 and result.metrics["acc_161km_strict"] == 0.0
    assert result.metrics["country_accuracy"] == 0.5
    assert result.metrics["exact_geonameid"] == 0.5
    assert result.worst and result.worst[0]["kind"] == "wrong place"
    assert {"record", "kind", "item", "rule", "text"} <= set(result.worst[0])


@pytest.mark.model
@pytest.mark.slow
def test_geo_eval_on_a_slice_of_geovirus(coder, eval_dir):
    result = geo.evaluate(eval_dir / "geo" / "GeoVirus.xml", coder, limit=25)
    assert result.name == "geo/GeoVirus"
    assert result.metrics["detection_recall"] > 0.8
    assert result.metrics["acc_161km"] > 0.85
    assert result.metrics["country_accuracy"] > 0.9
    assert "exact_geonameid" not in result.metrics  # GeoVirus gives Wikipedia pages, not ids
