"""Every error path answers with the one envelope: its status, its code, a cause and a fix."""

from __future__ import annotations

import sys
import time

import pytest

from diurna.server.envelope import ErrorEnvelope

pytestmark = pytest.mark.model

LONG = "x" * 1_000_001


def assert_envelope(response, status: int, code: str) -> dict:
    """The one check of the error envelope: shape, status and code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    ErrorEnvelope.model_validate(body)
    error = body["error"]
    assert error["status"] == status and error["code"] == code, error
    assert error["title"] and error["cause"] and error["fix"]
    return error


@pytest.mark.parametrize(
    "method, path, kwargs, status, code",
    [
        ("get", "/v1/nothing-here", {}, 404, "D051"),
        ("get", "/static/nothing.js", {}, 404, "D051"),
        ("get", "/v1/articles/0000000000000000", {}, 404, "D050"),
        ("delete", "/v1/events", {}, 405, "D052"),
        ("put", "/v1/code", {"json": {"text": "x"}}, 405, "D052"),
        ("get", "/v1/code", {}, 405, "D052"),
        ("post", "/v1/code", {"json": {}}, 422, "D053"),
        ("post", "/v1/code", {"json": {"text": 42}}, 422, "D053"),
        ("post", "/v1/code", {"json": {"text": "x", "colour": "red"}}, 422, "D053"),
        ("post", "/v1/code", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, "D053"),
        ("post", "/v1/code", {"content": "{\"text\": \"\\ud800\"}".encode(), "headers": {"content-type": "application/json"}}, 422, "D053"),
        ("post", "/v1/code", {"json": {"text": ""}}, 422, "D001"),
        ("post", "/v1/code", {"json": {"text": "   \n  "}}, 422, "D001"),
        ("post", "/v1/code", {"json": {"text": "Serbia met Russia.", "date": "yesterday-ish"}}, 422, "D007"),
        ("post", "/v1/code", {"content": LONG, "headers": {"content-type": "application/json"}}, 413, "D054"),
        ("post", "/v1/articles", {"json": {"text": ""}}, 422, "D001"),
        ("get", "/v1/events", {"params": {"limit": -1}}, 422, "D053"),
        ("get", "/v1/events", {"params": {"limit": "many"}}, 422, "D053"),
        ("get", "/v1/events", {"params": {"limit": 100_000}}, 422, "D058"),
        ("get", "/v1/events", {"params": {"offset": 10**12}}, 422, "D053"),
        ("get", "/v1/events", {"params": {"order": "sideways"}}, 422, "D053"),
        ("get", "/v1/events", {"params": {"since": "not a date"}}, 422, "D037"),
        ("get", "/v1/events", {"params": {"quad": "9"}}, 422, "D037"),
        ("get", "/v1/events", {"params": {"dyad": "SRB"}}, 422, "D037"),
        ("get", "/v1/events", {"params": {"text": "x" * 500}}, 422, "D053"),
        ("get", "/v1/dyads/SRB/RUS", {"params": {"interval": "fortnight"}}, 422, "D053"),
        ("get", "/v1/actors", {"params": {"limit": 5000}}, 422, "D058"),
    ],
)
def test_server_error_envelope(api, method, path, kwargs, status, code):
    assert_envelope(getattr(api, method)(path, **kwargs), status, code)


def test_server_error_body_streamed_past_the_limit(api_variant):
    client = api_variant(max_body=1000)

    def chunks():  # no Content-Length: the limit is counted as the body arrives
        for _ in range(5):
            yield b"x" * 400

    response = client.post("/v1/code", content=chunks(), headers={"content-type": "application/json"})
    assert_envelope(response, 413, "D054")


@pytest.mark.parametrize(
    "config, method, path, headers, status, code",
    [
        ({"token": "s3cret"}, "post", "/v1/articles", {}, 401, "D055"),
        ({"token": "s3cret"}, "post", "/v1/articles", {"Authorization": "Bearer wrong"}, 401, "D055"),
        ({"token": "s3cret"}, "post", "/v1/articles", {"Authorization": "Basic czNjcmV0"}, 401, "D055"),
        ({"token": "s3cret", "private": True}, "get", "/v1/events", {}, 401, "D055"),
        ({"token": "s3cret", "private": True}, "get", "/v1/articles/abc", {}, 401, "D055"),
        ({"read_only": True}, "post", "/v1/articles", {}, 403, "D060"),
    ],
)
def test_server_error_access(api_variant, config, method, path, headers, status, code):
    client = api_variant(**config)
    kwargs = {"json": {"text": "Kenya praised Chile."}} if method == "post" else {}
    response = getattr(client, method)(path, headers=headers, **kwargs)
    error = assert_envelope(response, status, code)
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer" and "TOKEN" in error["fix"]


class _SlowCoder:
    def code_stream(self, articles, batch_size=32):
        time.sleep(0.5)
        return iter(())


class _BrokenStore:
    path = ":broken:"

    def fetch(self, sql, params=()):
        raise RuntimeError("disk on fire")


def test_server_error_coding_timeout(api_variant):
    assert_envelope(api_variant(coder=_SlowCoder(), timeout=0.05).post("/v1/code", json={"text": "x"}), 503, "D056")


def test_server_error_coder_bug_is_d090(api_variant, fake_spec):
    from fakecoder import FakeCoder

    response = api_variant(coder=FakeCoder()).post("/v1/code", json={"text": "Serbia met Russia. EXPLODE"})
    assert_envelope(response, 500, "D090")


def test_server_error_unexpected_is_d057(api_variant):
    error = assert_envelope(api_variant(store=_BrokenStore()).get("/v1/events"), 500, "D057")
    assert "/v1/events" in error["cause"] and "disk on fire" not in error["cause"]  # no internals leak


def test_server_error_private_without_token_refuses_to_start(api_variant):
    from diurna.errors import DiurnaError

    with pytest.raises(DiurnaError) as caught:
        api_variant(private=True, token=None)
    assert caught.value.code == "D059"
