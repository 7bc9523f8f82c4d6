"""The dashboard in headless Chromium (Debian's, driven by Playwright): every page loads with no
console error, the timeline and the map draw, a row opens its article, the seed article codes.

Screenshots of each page go to test-artifacts/dashboard/ (gitignored).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "dashboard"
SEED = ROOT.parent / "shared" / "eval" / "seed" / "belgrade-sanctions.txt"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]  # fmt: skip

pytestmark = [pytest.mark.model, pytest.mark.slow]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
if not Path(CHROMIUM).exists():
    pytestmark.append(pytest.mark.skip(reason="Debian's chromium is not installed: `make test` installs it, or apt-get install chromium"))


@pytest.fixture(scope="module")
def base_url(api_app):
    """The app served by uvicorn on a free loopback port, in a thread, for this module."""
    import uvicorn

    from diurna.server import create_app

    state = api_app.state.diurna
    app = create_app(replace(state.config), coder=state.coders.coder(), store=state.store)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium, never downloaded: Debian's binary through executable_path."""
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and uncaught exceptions in ``page.errors``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.errors = []
    opened.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda e: opened.errors.append(str(e)))
    yield opened
    context.close()


def visit(page, base_url: str, route: str) -> None:
    """Open a dashboard route and wait until it has drawn (the router sets data-ready)."""
    page.goto(base_url + route)
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)


def shot(page, name: str) -> None:
    """Keep a full-page screenshot as a test artifact."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("name, route", [("timeline", "#/timeline"), ("map", "#/map"), ("events", "#/events"),
                                         ("article-empty", "#/article"), ("code", "#/code"), ("api", "#/api")])  # fmt: skip
def test_dashboard_page_loads_without_console_errors(page, base_url, name, route):
    visit(page, base_url, route)
    shot(page, name)
    assert page.errors == []
    assert page.locator("#notice").is_hidden()
    assert page.locator(f"#nav a[data-page={route[2:]}]").get_attribute("class") == "active"


def test_dashboard_timeline_draws(page, base_url):
    visit(page, base_url, "#/timeline?a=RUS&b=UKR&both=true&interval=month")
    assert page.locator("svg.timeline rect.bar").count() > 0
    assert page.locator("svg.timeline circle.gold-dot").count() > 0
    assert "RUS ↔ UKR" in page.locator("#timeline h2").inner_text()
    shot(page, "timeline-rus-ukr")
    assert page.errors == []


def test_dashboard_map_draws(page, base_url):
    visit(page, base_url, "#/map")
    assert page.locator("svg.worldmap path.land").count() > 150  # the Natural Earth countries
    assert page.locator("svg.worldmap circle.pt").count() > 5
    assert page.errors == []


def test_dashboard_event_row_opens_its_article(page, base_url):
    visit(page, base_url, "#/events?quad=4")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() > 0
    article_id = rows.first.get_attribute("data-article")
    rows.first.click()
    page.wait_for_selector("#article-text", timeout=20_000)  # (no wait_for_function: the CSP forbids eval)
    assert f"#/article/{article_id}" in page.url
    assert page.locator("#article-text .m-actor").count() > 0 and page.locator("#article-text .m-verb").count() > 0
    assert page.locator("#event-list li.selected").count() >= 1
    assert page.locator("#event-list .rule").first.inner_text().startswith("rule ")
    shot(page, "article")
    assert page.errors == []


def test_dashboard_paste_seed_article_shows_its_events(page, base_url):
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else "Serbia refused to impose sanctions on Russia, officials said."
    visit(page, base_url, "#/code")
    page.fill("#paste", text)
    page.fill("#paste-date", "2024-10-20")
    page.click("#code-button")
    page.wait_for_selector("#coded[data-state=done]", timeout=30_000)
    events = page.locator("#event-list li")
    assert events.count() >= 3
    assert "SRB" in page.locator("#event-list").inner_text()
    assert page.locator("#article-text .m-verb").count() >= 3
    shot(page, "code-seed")
    assert page.errors == []
