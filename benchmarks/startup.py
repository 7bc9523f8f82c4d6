"""Startup: how long a fresh process takes to code its first article.

    .venv/bin/python benchmarks/startup.py [--repeats 5]

1. In a fresh Python subprocess: from ``import diurna`` to the first CodedArticle (as plain
   data), split into imports, loading the spaCy model, building diurna's components
   (dictionaries, ontology) and coding the first article.
2. A cold ``diurna code article.txt`` (the .venv's console script, a new process each
   time) until its output is complete; ``diurna --help`` alongside, for the CLI's own cost.
"Cold" means a fresh process; the OS file cache is warm after the first repeat.
Each figure is the median of ``--repeats`` runs. Target: ``diurna code`` <= 3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import ROOT, news_texts

TARGET_S = 3.0

# Runs in the subprocess; prints its step times as JSON.
IN_PROCESS = """
import json, sys, time
t0 = time.perf_counter()
import diurna
t_import = time.perf_counter()
from diurna.coder import Coder
import diurna.nlp.pipeline as pipeline
t_spacy = time.perf_counter()
load_model, spent = pipeline.load_model, []
def timed(*a, **k):
    start = time.perf_counter(); nlp = load_model(*a, **k); spent.append(time.perf_counter() - start)
    return nlp
pipeline.load_model = timed  # time the model apart from diurna's components
coder = Coder()
t_coder = time.perf_counter()
coded = coder.code(sys.stdin.read(), date=sys.argv[1]).to_dict()
t_first = time.perf_counter()
print(json.dumps({
    "import diurna": t_import - t0,
    "import the coder (spaCy)": t_spacy - t_import,
    "load the spaCy model": sum(spent),
    "build diurna's components": t_coder - t_spacy - sum(spent),
    "code the first article": t_first - t_coder,
    "total, import to first article": t_first - t0,
    "events": len(coded["events"]),
}))
"""


def wall(command: list[str], stdin: str | None = None) -> tuple[float, str]:
    """Seconds from spawning ``command`` to its exit, and its standard output."""
    started = time.perf_counter()
    done = subprocess.run(command, input=stdin, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="fresh processes per figure")
    args = parser.parse_args()

    python = sys.executable
    script = Path(python).parent / "diurna"
    if not script.exists():
        script = ROOT / ".venv" / "bin" / "diurna"
    if not script.exists():
        sys.exit(f"no diurna console script next to {python} or in {ROOT / '.venv'}; run `make` first")
    texts = news_texts()
    mean = sum(len(t.text.split()) for t in texts) / len(texts)
    # A dated article of about the corpus's average length.
    article = min((t for t in texts if t.date), key=lambda t: abs(len(t.text.split()) - mean))
    print(f"startup: one article of {len(article.text.split())} words, median of {args.repeats} "
          f"fresh processes, load average {os.getloadavg()[0]:.2f}", flush=True)

    steps: dict[str, list[float]] = {}
    spawned = []
    for _ in range(args.repeats):
        seconds, out = wall([python, "-c", IN_PROCESS, article.date], stdin=article.text)
        spawned.append(seconds)
        for name, value in json.loads(out).items():
            steps.setdefault(name, []).append(value)
    events = steps.pop("events")[0]
    print(f"\nin a fresh Python process ({events} events coded):")
    for name, values in steps.items():
        print(f"  {name:<34} {statistics.median(values):6.2f} s")
    print(f"  {'process wall clock (with python)':<34} {statistics.median(spawned):6.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(article.text, encoding="utf-8")
        code = [wall([str(script), "code", str(path), "--date", article.date])[0]
                for _ in range(args.repeats)]
    helps = [wall([str(script), "--help"])[0] for _ in range(args.repeats)]
    median = statistics.median(code)
    print(f"\ncold command line ({script}):")
    print(f"  {'diurna code article.txt':<34} {median:6.2f} s  (min {min(code):.2f}, max {max(code):.2f})")
    print(f"  {'diurna --help':<34} {statistics.median(helps):6.2f} s")
    print(f"\ntarget: diurna code on one article <= {TARGET_S:.0f} s: {median:.2f} s "
          f"{'met' if median <= TARGET_S else 'MISSED'}")
    print(json.dumps({
        "in_process": {k: round(statistics.median(v), 3) for k, v in steps.items()},
        "diurna_code_s": round(median, 3), "diurna_help_s": round(statistics.median(helps), 3),
        "target_met": median <= TARGET_S, "load_avg": round(os.getloadavg()[0], 2),
    }, separators=(",", ":")))


if __name__ == "__main__":
    main()
