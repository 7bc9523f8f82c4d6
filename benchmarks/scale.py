"""Scaling: the local engine and the Ray engine with 1 and 2 workers on the same news.

    .venv/bin/python benchmarks/scale.py [--articles 344] [--small 48] [--shards 8]

Writes ``--articles`` of the TR-News and GeoVirus articles (benchmarks/corpus.py) as JSONL
shards, and the first ``--small`` of them apart, then times, on one local Ray started once
(``ray.init(num_cpus=2)``):

- local: ``ingest_paths`` into DuckDB with one process (its coder built before the clock),
  and with two (each worker process builds its own): what two cores give without Ray;
- Ray, 1 and 2 workers: ``ingest_ray`` into Parquet, end to end (read, check, decide, code,
  write), each on the small and on the whole corpus after one warm-up run. Every run starts
  its own actors, which build the coder again. The two sizes split a run's time T(n) =
  F + n / r into Ray's fixed cost per run F and the rate r at which it adds articles;
- the driver's share: the Ray engine's one serial step (duplicate decisions) per article,
  alone, without Ray (the step's Ray pass over the blocks is in the fixed cost);
- memory: the peak RSS of a worker that built the coder and coded 20 articles.

Prints articles/s, the scaling efficiency (rate with 2 workers / twice the rate with 1),
end to end and at the margin, Ray's fixed costs and a one-line JSON summary; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from corpus import news_texts


def write_shards(count: int, shards: int, folder: Path) -> int:
    """``count`` news articles as JSONL shards; copies past the corpus get a unique last line."""
    texts = news_texts(count)
    unique = len(news_texts())
    folder.mkdir(parents=True)
    handles = [open(folder / f"news-{n:02d}.jsonl", "w", encoding="utf-8") for n in range(shards)]
    for n, item in enumerate(texts):
        text = item.text if n < unique else f"{item.text}\n\n(Copy {n // unique} of this report.)"
        record = {"id": f"news-{n:05d}", "text": text, "date": item.date, "source": f"outlet-{n % 7}"}
        handles[n % shards].write(json.dumps(record) + "\n")
    for handle in handles:
        handle.close()
    return len(texts)


def worker_memory(spec) -> float:
    """Peak RSS (MB) of a Ray worker that built the coder and coded 20 articles."""
    import ray

    @ray.remote(num_cpus=1)
    def measure(spec, texts: list[str]) -> float:
        from diurna.batch.coding import code_articles
        from diurna.model import Article

        code_articles(spec, [Article(text=t) for t in texts])
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    return ray.get(measure.remote(spec, [t.text for t in news_texts(20)]))


def driver_seconds(folder: Path, options) -> float:
    """Seconds per article of the driver's duplicate decisions alone: the serial part."""
    import pyarrow as pa

    from diurna.batch import IngestReport
    from diurna.batch.ray_stages import CHECKED, check_files, decide, input_files

    files = pa.Table.from_pylist(input_files([str(folder)], set()))
    checked = check_files(files, options.max_bytes, options.max_chars, options.language_check, options.dedup)
    items = checked.select([name for name, _ in CHECKED if name != "payload"])
    started = time.perf_counter()
    decide(items, options, IngestReport())
    return (time.perf_counter() - started) / items.num_rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=344)
    parser.add_argument("--small", type=int, default=48)
    parser.add_argument("--shards", type=int, default=8)
    args = parser.parse_args()

    import ray

    from diurna.batch import CoderSpec, IngestOptions, RayOptions, ingest_paths, ingest_ray
    from diurna.batch.spec import coder_for
    from diurna.store import open_store

    options = IngestOptions(batch_size=8, dedup=args.articles <= len(news_texts()))  # copies are near-duplicates
    spec = CoderSpec.of(max_chars=options.max_chars, language_check=options.language_check)
    with tempfile.TemporaryDirectory(prefix="diurna-scale-") as tmp:
        root = Path(tmp)
        sizes = {"all": write_shards(args.articles, args.shards, root / "all"),
                 "small": write_shards(args.small, args.shards, root / "small")}  # fmt: skip
        print(f"{sizes['all']} articles in {args.shards} JSONL shards (and {sizes['small']} apart); dedup "
              f"{'on' if options.dedup else 'off'}; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")

        coder_for(spec)  # the local engine's coder is built before its clock starts
        local_s = {}
        for workers in (1, 2):
            started = time.perf_counter()
            with open_store(root / f"local-{workers}.duckdb") as store:
                local = ingest_paths([str(root / "all")], store, spec, replace(options, workers=workers))
            local_s[workers] = time.perf_counter() - started

        started = time.perf_counter()
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
        init_s = time.perf_counter() - started

        def run(size: str, workers: int):
            out = root / f"out-{size}-{workers}"
            return ingest_ray([str(root / size)], out, spec, options, RayOptions(workers=workers, progress=False))

        run("small", 1)  # warm-up: the first run of a session starts Ray Data's own actors
        runs = {(size, w): run(size, w) for w in (1, 2) for size in ("small", "all")}
        assert all(runs["all", w].coded == local.coded and runs["all", w].mentions == local.mentions for w in (1, 2))
        memory = worker_memory(spec)
        ray.shutdown()
        decide = driver_seconds(root / "all", options)
    print(json.dumps(report_figures(sizes, local_s, runs, init_s, memory, decide)))
    return 0


def report_figures(sizes: dict, local_s: dict, runs: dict, init_s: float, memory: float, decide: float) -> dict:
    """Print the table; return the figures."""
    n, small = sizes["all"], sizes["small"]
    total = {w: runs["all", w].seconds["total"] for w in (1, 2)}
    rate = {w: n / total[w] for w in (1, 2)}
    margin = {w: (n - small) / (total[w] - runs["small", w].seconds["total"]) for w in (1, 2)}
    fixed = {w: total[w] - n / margin[w] for w in (1, 2)}
    for w in (1, 2):
        print(f"{f'local engine, {w} process' + 'es' * (w > 1):24} {n / local_s[w]:6.2f} articles/s   {local_s[w]:.1f} s")
    for w in (1, 2):
        print(f"{f'Ray, {w} worker' + 's' * (w > 1):24} {rate[w]:6.2f} articles/s   {_parts(runs['all', w])}; "
              f"at the margin {margin[w]:.2f} articles/s, fixed {fixed[w]:.1f} s per run")
    print(f"scaling efficiency 1 -> 2 workers: {rate[2] / (2 * rate[1]):.0%} end to end, "
          f"{margin[2] / (2 * margin[1]):.0%} at the margin; the local engine's 1 -> 2 processes: "
          f"{local_s[1] / (2 * local_s[2]):.0%}")
    print(f"Ray's fixed cost: ray.init {init_s:.1f} s once, then {fixed[1]:.1f} s (1 worker) / {fixed[2]:.1f} s "
          f"(2 workers) per run: actors, coder loads, scheduling of the steps")
    print(f"driver's decisions (the serial step): {1000 * decide:.2f} ms/article, {1 / decide:,.0f} articles/s; "
          f"with Ray's pass over the blocks {runs['all', 2].seconds['decide']:.1f} s for {n}")
    print(f"peak memory of a coding worker: {memory:.0f} MB")
    return {
        "articles": n, "local_rate": {w: round(n / v, 2) for w, v in local_s.items()}, "ray_rate": {w: round(v, 2) for w, v in rate.items()},
        "margin_rate": {w: round(v, 2) for w, v in margin.items()}, "efficiency": round(rate[2] / (2 * rate[1]), 3),
        "margin_efficiency": round(margin[2] / (2 * margin[1]), 3), "ray_init_s": round(init_s, 1),
        "fixed_per_run_s": {w: round(v, 1) for w, v in fixed.items()}, "driver_ms_per_article": round(1000 * decide, 3),
        "worker_peak_mb": round(memory), "load_average": round(os.getloadavg()[0], 1),
    }  # fmt: skip


def _parts(report) -> str:
    s = report.seconds
    return f"{s['total']:.1f} s (read {s['read']:.1f}, decide {s['decide']:.2f}, code+write {s['code']:.1f})"


if __name__ == "__main__":
    sys.exit(main())
