"""API load: concurrent clients on loopback against ``diurna serve``, bounded in time.

    .venv/bin/python benchmarks/api_load.py [--clients 50] [--seconds 30] [--db FILE]

1. Makes a sample database (``diurna demo`` into a temp dir) unless --db is given.
2. Starts ``diurna serve`` in a subprocess on a free loopback port, waits for /v1/health
   and codes one article first (building the coder is start-up, not load).
3. Runs --clients concurrent clients (httpx, asyncio) for --seconds: half send
   ``POST /v1/code`` (a real news article from the benchmark corpus, else the seed article),
   half ``GET /v1/events`` (a page of 50 with a varying filter), each request as soon as the
   last one is answered.
4. Prints, per route and in all: requests, requests/s, p50 and p95 latency, and any
   non-2xx answers by status. Exits 1 if there was any 5xx or transport error.

Only 127.0.0.1 is ever contacted; the loop stops by itself after --seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "eval" / "seed" / "belgrade-sanctions.txt"
DIURNA = Path(sys.executable).with_name("diurna")
FILTERS = [{}, {"quad": "4"}, {"actor": "RUS"}, {"root": "04"}, {"text": "sanctions"}, {"since": "2022-01-01"}]


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def articles() -> list[dict]:
    """Request bodies for /v1/code: the benchmark corpus when it is there, else the seed article."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        from corpus import GEO, FILES, news_texts

        if all((GEO / name).is_file() for name in FILES):
            return [{"text": t.text, "date": t.date} for t in news_texts()[:60]]
    except Exception:  # the corpus is optional here
        pass
    return [{"text": SEED.read_text(encoding="utf-8"), "date": "2024-10-20"}]


def sample_db(folder: Path) -> Path:
    """A database holding the bundled sample corpus (``diurna demo``)."""
    path = folder / "load.duckdb"
    done = subprocess.run([str(DIURNA), "demo", "--db", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"diurna demo failed:\n{done.stderr}")
    return path


def start_server(db: Path, port: int) -> subprocess.Popen:
    """``diurna serve`` on loopback, with no token, until it answers /v1/health."""
    env = {k: v for k, v in os.environ.items() if k != "DIURNA_API_TOKEN"}
    server = subprocess.Popen(
        [str(DIURNA), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port), "--timeout", "60"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"diurna serve stopped: {server.stderr.read()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    sys.exit("diurna serve did not answer within 60 s")


async def client(base: str, bodies: list[dict], until: float, seed: int, results: dict) -> None:
    """One client: code articles (even seeds) or list events (odd ones) until the deadline."""
    pick = random.Random(seed)
    route = "POST /v1/code" if seed % 2 == 0 else "GET /v1/events"
    async with httpx.AsyncClient(base_url=base, timeout=120) as http:
        while time.monotonic() < until:
            started = time.perf_counter()
            try:
                if route == "POST /v1/code":
                    response = await http.post("/v1/code", json=pick.choice(bodies))
                else:
                    response = await http.get("/v1/events", params={"limit": 50, **pick.choice(FILTERS)})
                status = response.status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            results[route].append((time.perf_counter() - started, status))


def report(results: dict, seconds: float) -> bool:
    """Print the figures; True when nothing failed on the server side."""
    clean = True
    everything = []
    print(f"{'route':<16} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8}  non-2xx")
    for route, rows in sorted(results.items()) + [("all", None)]:
        rows = everything if rows is None else rows
        if route != "all":
            everything.extend(rows)
        latencies = sorted(t for t, _ in rows)
        bad = Counter(s for _, s in rows if not (isinstance(s, int) and 200 <= s < 300))
        clean &= not any(not isinstance(s, int) or s >= 500 for s in bad)
        p50 = statistics.median(latencies) * 1000 if latencies else 0
        p95 = latencies[int(0.95 * (len(latencies) - 1))] * 1000 if latencies else 0
        print(f"{route:<16} {len(rows):>8} {len(rows) / seconds:>7.1f} {p50:>8.1f} {p95:>8.1f}  {dict(bad) or '-'}")
    return clean


async def load(base: str, clients: int, seconds: float, bodies: list[dict]) -> dict:
    """Run the clients; the measured time starts when they do."""
    results: dict = defaultdict(list)
    until = time.monotonic() + seconds
    await asyncio.gather(*(client(base, bodies, until, n, results) for n in range(clients)))
    return results


def main() -> None:
    """Parse arguments, start the server, load it, report, stop it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--db", type=Path, help="a diurna database (default: the demo corpus in a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or sample_db(Path(folder))
        port = free_port()
        server = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            bodies = articles()
            httpx.post(f"{base}/v1/code", json=bodies[0], timeout=120).raise_for_status()  # builds the coder
            print(f"diurna serve on {base}, {db.name}: {args.clients} clients for {args.seconds:.0f} s, "
                  f"{len(bodies)} distinct articles of ~{statistics.mean(len(b['text']) for b in bodies):.0f} characters; "
                  f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before the run")
            began = time.monotonic()
            results = asyncio.run(load(base, args.clients, args.seconds, bodies))
            clean = report(results, time.monotonic() - began)
        finally:
            server.terminate()
            server.wait(20)
    print("no 5xx" if clean else "SERVER ERRORS: see the non-2xx column")
    sys.exit(0 if clean else 1)


if __name__ == "__main__":
    main()
