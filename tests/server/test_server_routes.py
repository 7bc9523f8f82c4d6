"""Every route answers with the data its query function returns (TestClient, sample database)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "eval" / "seed" / "belgrade-sanctions.txt"

pytestmark = pytest.mark.model


def test_server_health_is_open_and_small(api):
    response = api.get("/v1/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["coder"] in ("loaded", "not loaded")


def test_server_events_page_and_filters(api):
    body = api.get("/v1/events", params={"limit": 5}).json()
    assert body["limit"] == 5 and len(body["events"]) == 5 and body["total"] > 5
    first = body["events"][0]
    assert isinstance(first["id"], str) and first["article_id"] and first["sentence"] and first["rule"]
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    conflict = api.get("/v1/events", params={"quad": "4", "actor": "RUS", "limit": 100}).json()
    assert conflict["total"] > 0
    assert all(e["quad_class"] == 4 for e in conflict["events"])
    assert all((e["source_code"] or "").startswith("RUS") or (e["target_code"] or "").startswith("RUS") for e in conflict["events"])


def test_server_events_offset_pages_do_not_overlap(api):
    a = api.get("/v1/events", params={"limit": 10, "order": "oldest"}).json()
    b = api.get("/v1/events", params={"limit": 10, "offset": 10, "order": "oldest"}).json()
    assert not {e["id"] for e in a["events"]} & {e["id"] for e in b["events"]}


def test_server_dyad_series(api):
    body = api.get("/v1/dyads/RUS/UKR", params={"both": "true", "interval": "year"}).json()
    assert body["source"] == "RUS" and body["interval"] == "year" and body["totals"]["events"] > 0
    for period in body["periods"]:
        quads = period["verbal_coop"] + period["material_coop"] + period["verbal_conflict"] + period["material_conflict"]
        assert quads == period["events"] and period["period"].endswith("-01-01")


def test_server_actors_sources_and_targets(api):
    body = api.get("/v1/actors", params={"limit": 3}).json()
    assert len(body["sources"]) == 3 and len(body["targets"]) == 3
    counts = [a["events"] for a in body["sources"]]
    assert counts == sorted(counts, reverse=True)


def test_server_places_and_summary(api):
    places = api.get("/v1/places", params={"limit": 5}).json()
    assert places["places"] and all(p["lat"] is not None for p in places["places"])
    summary = api.get("/v1/summary").json()
    assert summary["articles"] >= 20 and summary["events"] > 0 and summary["by_quad"]


def test_server_article_view_marks_text(api):
    event = api.get("/v1/events", params={"limit": 1}).json()["events"][0]
    body = api.get(f"/v1/articles/{event['article_id']}").json()
    assert body["id"] == event["article_id"] and body["text"]
    kinds = {m["kind"] for m in body["marks"]}
    assert {"actor", "verb"} <= kinds
    for mark in body["marks"]:
        assert 0 <= mark["start"] < mark["end"] <= len(body["text"])
    assert any(e["event_id"] == event["id"] for e in body["events"])
    assert all(e["rule"] for e in body["events"])


def test_server_code_returns_events_without_storing(api):
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else "Serbia refused to impose sanctions on Russia."
    before = api.get("/v1/summary").json()["articles"]
    response = api.post("/v1/code", json={"text": text, "date": "2024-10-20"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["events"] and body["marks"] and body["text"] == text
    assert any(e["source"] and e["source"]["code"].startswith("SRB") for e in body["events"])
    assert api.get("/v1/summary").json()["articles"] == before


def test_server_articles_stores_once(api):
    text = "Kenya praised Chile for its mediation on Tuesday, officials in Nairobi said."
    first = api.post("/v1/articles", json={"text": text, "date": "2024-05-07", "id": "mine-1", "source": "Test Wire"})
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["stored"] is True and first.headers["location"] == f"/v1/articles/{body['id']}"
    again = api.post("/v1/articles", json={"text": text})
    assert again.status_code == 200 and again.json()["stored"] is False
    view = api.get(body["href"]).json()
    assert view["text"] == text and view["external_id"] == "mine-1" and view["source"] == "Test Wire"


def test_server_openapi_lists_every_route(api):
    doc = api.get("/openapi.json").json()
    for path in ("/v1/code", "/v1/articles", "/v1/events", "/v1/dyads/{a}/{b}", "/v1/actors", "/v1/articles/{article_id}", "/v1/health"):
        assert path in doc["paths"], path
    assert "ErrorEnvelope" in doc["components"]["schemas"]


def test_server_dashboard_is_served_offline(api):
    page = api.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "http://" not in page.text and "https://" not in page.text  # nothing from elsewhere
    for asset in ("/static/app.css", "/static/js/app.js", "/static/world.json", "/static/favicon.svg"):
        assert api.get(asset).status_code == 200, asset
