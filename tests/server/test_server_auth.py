"""Tokens: writing routes need one when set; reading routes only when the server is private."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

TOKEN = {"Authorization": "Bearer s3cret"}
TEXT = {"text": "France condemned China over the border incident, officials in Paris said on Monday."}


def test_server_auth_token_opens_writing_routes(api_variant):
    client = api_variant(token="s3cret")
    assert client.post("/v1/articles", json=TEXT, headers=TOKEN).status_code in (200, 201)
    assert client.get("/v1/events", params={"limit": 1}).status_code == 200  # reads stay open
    assert client.post("/v1/code", json=TEXT).status_code == 200  # coding stores nothing: open


def test_server_auth_private_needs_token_to_read(api_variant):
    client = api_variant(token="s3cret", private=True)
    for path in ("/v1/events", "/v1/actors", "/v1/dyads/RUS/UKR", "/v1/places", "/v1/summary"):
        assert client.get(path).status_code == 401, path
        assert client.get(path, headers=TOKEN).status_code == 200, path
    assert client.get("/v1/health").status_code == 200  # liveness needs no token
    assert client.get("/openapi.json").status_code == 200


def test_server_auth_token_is_read_from_the_environment(monkeypatch):
    from diurna.server import ServerConfig

    monkeypatch.setenv("DIURNA_API_TOKEN", "from-env")
    assert ServerConfig.from_env().token == "from-env"
    assert ServerConfig.from_env(token="given").token == "given"
    monkeypatch.delenv("DIURNA_API_TOKEN")
    assert ServerConfig.from_env().token is None


@pytest.mark.parametrize(
    "host, loopback",
    [("127.0.0.1", True), ("127.8.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("192.0.2.7", False), ("example.org", False)],
)
def test_server_auth_loopback_hosts(host, loopback):
    from diurna.server import is_loopback

    assert is_loopback(host) is loopback
