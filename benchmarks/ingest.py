"""Ingest throughput: files to DuckDB, next to the coder's own rate on the same texts.

    .venv/bin/python benchmarks/ingest.py [--articles 2000] [--html] [--workers 1]

Reads the real news articles of ../shared/eval/geo (TR-News and GeoVirus), repeats them to
``--articles`` (each copy gets a one-line marker so its content hash differs), writes them
as files in a temp dir, then times (1) the coder alone on the texts in memory and (2) the
whole ingest: reading the files, checks, deduplication, coding and DuckDB writes. What the
ingest adds to the coder must stay at or under 10% of the ingest's time.

Near-duplicate detection would rightly skip the repeated copies, so the ingest runs with
it off and its cost (signatures and LSH look-ups over the same texts) is timed apart and
added to the overhead.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT.parent / "shared" / "eval" / "geo"
LIMIT = 0.10


def real_articles() -> list[dict]:
    """Texts, titles, dates and URLs of the TR-News and GeoVirus articles."""
    found = []
    for name in ("TR-News.xml", "GeoVirus.xml"):
        for node in ET.parse(GEO / name).getroot().iter("article"):
            text = (node.findtext("text") or "").strip()
            if text:
                found.append({
                    "text": text,
                    "title": (node.findtext("title") or "").strip() or None,
                    "date": _iso((node.findtext("dltime") or "").strip()),
                    "url": (node.findtext("url") or node.findtext("source") or "").strip() or None,
                })
    return found


def _iso(value: str) -> str | None:
    from diurna.errors import DiurnaError
    from diurna.textcheck import parse_date

    try:
        return parse_date(value)
    except DiurnaError:  # TR-News has free-form download times, e.g. '7:58 AM ET, Sat ...'
        return None


def repeated(articles: list[dict], count: int) -> list[dict]:
    """``count`` articles cycling through the real ones; copies get a unique closing line."""
    out = []
    for n in range(count):
        base = articles[n % len(articles)]
        copy = n // len(articles)
        text = base["text"] if copy == 0 else f"{base['text']}\n\n(Copy {copy} of this report.)"
        out.append({**base, "text": text})
    return out


def write_files(articles: list[dict], folder: Path, html: bool, first: int = 0) -> None:
    """One file per article: plain text, or a small HTML page with title, date and paragraphs."""
    for n, article in enumerate(articles, start=first):
        if html:
            paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
            page = (
                f"<html><head><title>{escape(article['title'] or '')}</title>"
                f"<meta property='article:published_time' content='{article['date'] or ''}'></head>"
                f"<body><article>{paragraphs}</article></body></html>"
            )
            (folder / f"{n:05d}.html").write_text(page, encoding="utf-8")
        else:
            (folder / f"{n:05d}.txt").write_text(article["text"], encoding="utf-8")


class Clock:
    """Wall and CPU seconds spent inside ``with clock:`` blocks, added up."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def __enter__(self) -> "Clock":
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall += time.perf_counter() - self._wall
        self.cpu += time.process_time() - self._cpu

    def __str__(self) -> str:
        return f"{self.wall:.1f} s wall, {self.cpu:.1f} s CPU"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--html", action="store_true", help="write HTML pages (read with trafilatura)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=4, help="alternations of coder-alone and ingest")
    args = parser.parse_args()

    from diurna.batch import CoderSpec, IngestOptions, ingest_paths
    from diurna.batch.spec import coder_for
    from diurna.model import Article
    from diurna.sources.dedup import Deduplicator
    from diurna.store import open_store

    if not GEO.exists():
        print(f"missing {GEO}", file=sys.stderr)
        return 1
    articles = repeated(real_articles(), args.articles)
    chars = sum(len(a["text"]) for a in articles)
    print(f"{len(articles)} articles ({chars / len(articles):,.0f} characters on average) "
          f"from {GEO.relative_to(ROOT.parent)}")
    spec = CoderSpec.of(max_chars=1_000_000, language_check=True)
    started = time.perf_counter()
    coder = coder_for(spec)  # the same coder object serves both runs; its load is not timed
    print(f"model and dictionaries loaded in {time.perf_counter() - started:.1f} s")
    list(coder.code_stream([Article(text=a["text"]) for a in articles[:20]]))  # warm up

    # The coder sees what the ingest will read: .txt files carry no date, HTML pages do.
    texts = [Article(text=a["text"], date=a["date"] if args.html else None) for a in articles]
    coder_time, ingest_time = Clock(), Clock()
    parts = Counter()
    coded = 0
    with tempfile.TemporaryDirectory(prefix="diurna-bench-") as tmp, open_store(Path(tmp) / "bench.duckdb") as store:
        # Rounds interleave the two measurements, so a busy machine slows both alike.
        size = -(-len(articles) // args.rounds)
        for start in range(0, len(articles), size):
            folder = Path(tmp) / f"round-{start:05d}"
            folder.mkdir()
            write_files(articles[start : start + size], folder, args.html, start)
            def code_alone() -> int:
                with coder_time:
                    return sum(1 for o in coder.code_stream(texts[start : start + size]) if o.coded is not None)

            def ingest_round():
                with ingest_time:
                    return ingest_paths([str(folder)], store, spec, IngestOptions(workers=args.workers, dedup=False))

            # Whichever codes a text first pays for new words in spaCy's vocabulary: alternate.
            if (start // size) % 2 == 0:
                coded += code_alone()
                report = ingest_round()
            else:
                report = ingest_round()
                coded += code_alone()
            parts.update(report.seconds)
            parts.update({"read_items": report.read, "coded": report.coded, "errors": report.error_count})
        counts = store.counts()
    dedup_time = Clock()
    with dedup_time:
        dedup = Deduplicator()
        for n, article in enumerate(articles):
            signature = dedup.signature(article["text"])
            if dedup.find(signature) is None:
                dedup.add(str(n), signature)

    print(f"coder alone : {len(texts) / coder_time.wall:7.1f} articles/s  ({coded} coded in {coder_time})")
    print(f"ingest      : {parts['read_items'] / ingest_time.wall:7.1f} articles/s  ({parts['coded']} coded, "
          f"{parts['errors']} errors, in {ingest_time}; {counts['events']} events, "
          f"{counts['event_mentions']} mentions in DuckDB)")
    print(f"  of which  : read+checks {parts['read']:.1f} s, coding {parts['code']:.1f} s, "
          f"DuckDB writes {parts['store']:.1f} s (wall); dedup, timed apart: {dedup_time}")
    wall = (ingest_time.wall + dedup_time.wall - coder_time.wall) / (ingest_time.wall + dedup_time.wall)
    share = (ingest_time.cpu + dedup_time.cpu - coder_time.cpu) / (ingest_time.cpu + dedup_time.cpu)
    print(f"reading + storage + dedup = {100 * share:.1f}% of ingest CPU time ({100 * wall:.1f}% of wall time)")
    verdict = "OK" if share <= LIMIT else "TOO SLOW"
    print(f"limit {100 * LIMIT:.0f}% of CPU time: {verdict}")
    return 0 if share <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
