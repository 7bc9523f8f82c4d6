"""``diurna serve`` parses its options into a ServerConfig and binds to loopback by default."""

from __future__ import annotations

from typer.testing import CliRunner

from diurna.cli import app


def test_server_cli_defaults_to_loopback(monkeypatch):
    import diurna.server

    seen = {}
    monkeypatch.setattr(diurna.server, "serve", lambda config: seen.setdefault("config", config))
    monkeypatch.delenv("DIURNA_API_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", "x.duckdb", "--port", "8123", "--max-body", "5000"])
    assert result.exit_code == 0, result.output
    config = seen["config"]
    assert (config.host, config.port, config.db, config.max_body, config.token) == ("127.0.0.1", 8123, "x.duckdb", 5000, None)


def test_server_cli_private_without_token_is_d059(monkeypatch, tmp_path):
    monkeypatch.delenv("DIURNA_API_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb"), "--private"])
    assert result.exit_code == 2 and "D059" in result.output
