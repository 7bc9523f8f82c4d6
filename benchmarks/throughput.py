"""Throughput: diurna's full coder against its limit, the bare spaCy pipeline, on real news.

    .venv/bin/python benchmarks/throughput.py [--articles 400] [--rounds 8] [--batch-size 32]

Codes the TR-News and GeoVirus articles (benchmarks/corpus.py), repeated to ``--articles``,
with 1 and with 2 worker processes, and measures for each:

- bare spaCy: the English model loaded the way diurna loads it, without diurna's
  components, over ``nlp.pipe``: the limit;
- diurna: ``Coder.code_stream`` to ``CodedArticle.to_dict()``, everything in the output.

Every worker is a separate spawned process that builds its pipeline once (load time is
reported apart), warms up on a few articles, then gets its share of the texts; the wall
clock covers the parallel phase only. Bare and diurna take turns, in alternating order
over ``--rounds``, on the same texts, so drift (other load, thermal) hits both alike.
CPU seconds per article are printed too: they stay honest when the machine is shared.
Prints a table, the issue-6 targets and a one-line JSON summary; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import sys
import time
from contextlib import contextmanager
from unittest import mock

from corpus import news_texts, word_count

KINDS = ("bare", "diurna")
LABELS = {"bare": "bare spaCy", "diurna": "diurna"}
TARGET_RATIO, TARGET_RATE, TARGET_MB = 0.85, 20.0, 600
WARMUP = 8


# -- workers (run in spawned processes) -------------------------------------------------
def bare_pipeline():
    """The English model exactly as diurna's build_pipeline loads it, minus our components."""
    from diurna.nlp import pipeline

    with mock.patch.object(pipeline, "COMPONENTS", ()):
        return pipeline.build_pipeline()


def make_runner(kind: str, items: list, batch_size: int):
    """Build the pipeline; return (run(slice) -> failed articles, its spaCy pipe names)."""
    if kind == "bare":
        import gc

        nlp = bare_pipeline()
        gc.freeze()  # the same treatment as diurna's side (diurna.coder.settle)
        texts = [text for text, _ in items]

        def run(part: slice) -> int:
            for _ in nlp.pipe(texts[part], batch_size=batch_size):
                pass
            return 0

        return run, list(nlp.pipe_names)

    from diurna.coder import Coder, settle
    from diurna.model import Article
    from diurna.nlp.pipeline import COMPONENTS

    coder = Coder()
    settle()  # as diurna's own workers, CLI and server do once the coder is built
    articles = [Article(text=text, date=date) for text, date in items]

    def run(part: slice) -> int:
        errors = 0
        for outcome in coder.code_stream(articles[part], batch_size=batch_size):
            if outcome.coded is None:
                errors += 1
            else:
                outcome.coded.to_dict()
        return errors

    return run, [n for n in coder.nlp.pipe_names if n not in COMPONENTS]


def worker(kind: str, items: list, batch_size: int, conn) -> None:
    """Load, warm up, report ready; then code each requested slice and report its cost."""
    started = time.perf_counter()
    run, names = make_runner(kind, items, batch_size)
    run(slice(0, WARMUP))
    conn.send({"load_s": time.perf_counter() - started, "pipes": names})
    while (part := conn.recv()) is not None:
        cpu = time.process_time()
        errors = run(part)
        conn.send({"cpu_s": time.process_time() - cpu, "errors": errors})
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    conn.send({"rss_mb": peak_kb / 1024})


# -- the driver ---------------------------------------------------------------------------
@contextmanager
def pool(kind: str, procs: int, items: list, batch_size: int):
    """``procs`` ready workers of one kind, as (connections, ready messages, final messages)."""
    ctx = mp.get_context("spawn")
    conns, workers, final = [], [], []
    for _ in range(procs):
        mine, theirs = ctx.Pipe()
        process = ctx.Process(target=worker, args=(kind, items, batch_size, theirs), daemon=True)
        process.start()
        conns.append(mine)
        workers.append(process)
    ready = [c.recv() for c in conns]
    try:
        yield conns, ready, final
    finally:
        for c in conns:
            c.send(None)
        final.extend(c.recv() for c in conns)
        for process in workers:
            process.join()


def measure(conns: list, lo: int, hi: int) -> tuple[float, float, int]:
    """Wall seconds for all workers to code texts[lo:hi] (worker i takes every procs-th)."""
    started = time.perf_counter()
    for i, c in enumerate(conns):
        c.send(slice(lo + i, hi, len(conns)))
    replies = [c.recv() for c in conns]
    wall = time.perf_counter() - started
    return wall, sum(r["cpu_s"] for r in replies), sum(r["errors"] for r in replies)


def run_phase(procs: int, items: list, args) -> dict:
    """Bare and diurna with ``procs`` workers each, alternating over the rounds."""
    words = [word_count(text) for text, _ in items]
    totals = {k: {"wall_s": 0.0, "cpu_s": 0.0, "errors": 0, "articles": 0, "words": 0} for k in KINDS}
    bounds = [WARMUP + (len(items) - WARMUP) * r // args.rounds for r in range(args.rounds + 1)]
    with pool("bare", procs, items, args.batch_size) as bare, \
            pool("diurna", procs, items, args.batch_size) as full:
        pools = {"bare": bare, "diurna": full}
        for r, (lo, hi) in enumerate(zip(bounds, bounds[1:])):
            for kind in KINDS if r % 2 == 0 else KINDS[::-1]:
                wall, cpu, errors = measure(pools[kind][0], lo, hi)
                t = totals[kind]
                t["wall_s"] += wall
                t["cpu_s"] += cpu
                t["errors"] += errors
                t["articles"] += hi - lo
                t["words"] += sum(words[lo:hi])
    for kind, (_, ready, final) in pools.items():
        t = totals[kind]
        t["articles_s"] = t["articles"] / t["wall_s"]
        t["words_s"] = t["words"] / t["wall_s"]
        t["cpu_ms_article"] = 1000 * t["cpu_s"] / t["articles"]
        t["load_s"] = [round(m["load_s"], 2) for m in ready]
        t["rss_mb"] = [round(m["rss_mb"]) for m in final]
        t["pipes"] = ready[0]["pipes"]
    return {**totals, "ratio": totals["diurna"]["articles_s"] / totals["bare"]["articles_s"]}


def print_table(results: dict) -> None:
    """The figures, one row per process count and pipeline."""
    head = f"{'procs':>5}  {'pipeline':<10} {'articles/s':>10} {'words/s':>8} {'CPU ms/art':>10} " \
           f"{'wall s':>7} {'load s':>11} {'peak RSS MB':>12}"
    print(head)
    print("-" * len(head))
    for procs, phase in results.items():
        for kind in KINDS:
            t = phase[kind]
            load = "/".join(f"{x:.1f}" for x in t["load_s"])
            rss = "/".join(str(x) for x in t["rss_mb"])
            print(f"{procs:>5}  {LABELS[kind]:<10} {t['articles_s']:>10.2f} {t['words_s']:>8.0f} "
                  f"{t['cpu_ms_article']:>10.0f} {t['wall_s']:>7.1f} {load:>11} {rss:>12}")
        cpu_ratio = phase["bare"]["cpu_ms_article"] / phase["diurna"]["cpu_ms_article"]
        print(f"{procs:>5}  {'ratio':<10} {phase['ratio']:>10.1%}   (CPU-time ratio {cpu_ratio:.1%})")
    # On a shared machine wall rates fall with other load; CPU per article barely moves.
    cpu = {k: min(phase[k]["cpu_ms_article"] for phase in results.values()) for k in KINDS}
    print("CPU-bound ceiling on idle cores: " + ", ".join(
        f"{LABELS[k]} {1000 / cpu[k]:.1f} articles/s per core ({2000 / cpu[k]:.1f} on 2)" for k in KINDS))


def check_targets(results: dict) -> dict:
    """Each issue-6 target with the measured figure and whether it is met (printed, not asserted)."""
    peak = max(x for phase in results.values() for k in KINDS for x in phase[k]["rss_mb"])
    two = results.get(2, {}).get("diurna", {}).get("articles_s")
    targets = {
        f"ratio_{p}p": (phase["ratio"], phase["ratio"] >= TARGET_RATIO) for p, phase in results.items()
    }
    if two is not None:
        targets["rate_2p"] = (two, two >= TARGET_RATE)
    targets["peak_rss_mb"] = (peak, peak <= TARGET_MB)
    print(f"\ntargets: diurna/bare >= {TARGET_RATIO:.0%} with 1 and 2 processes; "
          f">= {TARGET_RATE:.0f} articles/s on 2 processes; peak RSS <= {TARGET_MB} MB per process")
    for name, (value, ok) in targets.items():
        shown = f"{value:.1%}" if name.startswith("ratio") else f"{value:.1f}"
        print(f"  {name:<12} {shown:>8}  {'met' if ok else 'MISSED'}")
    return {name: {"value": round(v, 4), "met": ok} for name, (v, ok) in targets.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="articles per measurement")
    parser.add_argument("--rounds", type=int, default=8, help="alternations of bare and diurna (more rounds average out a noisy host)")
    parser.add_argument("--batch-size", type=int, default=32, help="nlp.pipe / code_stream batch")
    parser.add_argument("--procs", type=int, nargs="+", default=[1, 2], help="process counts")
    args = parser.parse_args()

    items = [tuple(a) for a in news_texts(args.articles + WARMUP)]
    distinct = len(news_texts())
    load_before = os.getloadavg()[0]
    print(f"diurna throughput: {args.articles} articles per measurement ({distinct} distinct news "
          f"articles, {sum(word_count(t) for t, _ in items) / len(items):.0f} words on average), "
          f"batch {args.batch_size}, {args.rounds} rounds, {os.cpu_count()} CPUs, "
          f"load average {load_before:.2f}", flush=True)
    results = {}
    for procs in args.procs:
        results[procs] = run_phase(procs, items, args)
        print(f"  {procs} process(es) done", file=sys.stderr, flush=True)
    phase = next(iter(results.values()))
    print(f"spaCy components: {' '.join(phase['bare']['pipes'])}")
    if phase["bare"]["pipes"] != phase["diurna"]["pipes"]:
        print(f"WARNING: diurna runs the spaCy components {phase['diurna']['pipes']}, the bare "
              "pipeline differs: the limit is not measured on the same components")
    errors = sum(p["diurna"]["errors"] for p in results.values())
    if errors:
        print(f"WARNING: {errors} articles failed to code (the coder's rate includes them)")
    print()
    print_table(results)
    targets = check_targets(results)
    load_after = os.getloadavg()[0]
    print(f"load average {load_before:.2f} before, {load_after:.2f} after "
          f"(above {os.cpu_count()} means other work shared the CPUs)")
    summary = {
        "articles": args.articles, "batch_size": args.batch_size, "rounds": args.rounds,
        "load_avg": [round(load_before, 2), round(load_after, 2)], "targets": targets,
        **{f"{p}p": {
            "ratio": round(ph["ratio"], 4),
            **{k: {key: (round(v, 3) if isinstance(v, float) else v) for key, v in ph[k].items()
                   if key != "pipes"} for k in KINDS},
        } for p, ph in results.items()},
    }
    print(json.dumps(summary, separators=(",", ":")))


if __name__ == "__main__":
    main()
