"""Profile the coder: where each article's time goes, and the hot functions in src/diurna.

    .venv/bin/python benchmarks/profile_coder.py [--articles 150] [--top 25] [--pyinstrument]

Builds one Coder and codes the news corpus (benchmarks/corpus.py) through
``Coder.code_stream`` and ``CodedArticle.to_dict()``, in two passes over the same articles:

1. timing: the tokenizer, every pipeline component (spaCy's and diurna's) and the Coder's
   own steps are wrapped, here and not in the library, to charge each its exclusive wall
   and CPU time per article; what is left is plumbing (code_stream, Language.pipe);
2. cProfile, switched on only inside diurna's components and steps: the top functions by
   own time in src/diurna/, then the library functions our code spends most in;
3. with ``--pyinstrument``, a pyinstrument call tree of the whole coding run (sampled).
Also profiles ``Coder()`` itself: model load, then what building our components costs.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

from corpus import news_texts, word_count

import diurna
from diurna.nlp import pipeline

SRC = str(Path(diurna.__file__).parent)  # src/diurna, however it is installed
STEPS = ("_article", "_prepare", "_collect")  # the Coder's own per-article steps


class Clock:
    """Exclusive wall and CPU seconds per label; a nested label pauses its parent."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.stack: list[list] = []
        self.profiler: cProfile.Profile | None = None
        self.ours: set[str] = set()

    def _charge(self, now: tuple[float, float]) -> None:
        label, (wall, cpu) = self.stack[-1]
        self.wall[label] += now[0] - wall
        self.cpu[label] += now[1] - cpu

    @contextmanager
    def __call__(self, label: str):
        profile = self.profiler is not None and label in self.ours
        now = (time.perf_counter(), time.process_time())
        if self.stack:
            self._charge(now)
        self.stack.append([label, now])
        if profile:
            self.profiler.enable()
        try:
            yield
        finally:
            if profile:
                self.profiler.disable()
            now = (time.perf_counter(), time.process_time())
            self._charge(now)
            self.stack.pop()
            if self.stack:
                self.stack[-1][1] = now


class Timed:
    """A pipeline component (or the tokenizer) whose calls are charged to its label."""

    def __init__(self, label: str, proc, clock: Clock) -> None:
        self.label, self.proc, self.clock = label, proc, clock

    def __call__(self, doc, **kwargs):
        with self.clock(self.label):
            return self.proc(doc, **kwargs)

    def pipe(self, docs, batch_size: int = 32, **kwargs):
        docs = list(docs)  # pull the upstream components first, so their time stays theirs
        with self.clock(self.label):
            if hasattr(self.proc, "pipe"):
                out = list(self.proc.pipe(docs, batch_size=batch_size, **kwargs))
            else:
                out = [self.proc(doc) for doc in docs]
        yield from out


def instrument(coder, clock: Clock) -> list[str]:
    """Wrap the tokenizer, each component and the Coder's steps; return the labels in order."""
    nlp = coder.nlp
    nlp.tokenizer = Timed("tokenizer", nlp.tokenizer, clock)
    # Private, but the only way to wrap a component in place without a factory; benchmark only.
    nlp._components = [(name, Timed(name, proc, clock)) for name, proc in nlp._components]
    for step in STEPS:
        setattr(coder, step, _timed_method(getattr(coder, step), f"Coder.{step}", clock))
    clock.ours = {f"Coder.{s}" for s in STEPS} | set(pipeline.COMPONENTS) | {"to_dict"}
    return ["tokenizer", *nlp.pipe_names, *(f"Coder.{s}" for s in STEPS), "to_dict"]


def _timed_method(method, label: str, clock: Clock):
    def timed(*args, **kwargs):
        with clock(label):
            return method(*args, **kwargs)
    return timed


def code_all(coder, articles: list, clock: Clock) -> float:
    """Code every article to plain data; return the wall seconds."""
    started = time.perf_counter()
    for outcome in coder.code_stream(articles):
        if outcome.coded is not None:
            with clock("to_dict"):
                outcome.coded.to_dict()
    return time.perf_counter() - started


def print_components(labels: list[str], clock: Clock, total: float, n: int) -> None:
    """Per-article wall and CPU ms for each label, ours marked, and the plumbing left over."""
    print(f"{'component':<22} {'wall ms/art':>11} {'CPU ms/art':>10} {'share':>6}")
    for label in labels:
        mark = "  (diurna)" if label in clock.ours else ""
        print(f"{label:<22} {1000 * clock.wall[label] / n:>11.1f} {1000 * clock.cpu[label] / n:>10.1f} "
              f"{clock.wall[label] / total:>6.1%}{mark}")
    ours = sum(clock.wall[label] for label in clock.ours)
    spacy = sum(clock.wall[label] for label in labels if label not in clock.ours)
    rest = total - ours - spacy
    print(f"{'plumbing (the rest)':<22} {1000 * rest / n:>11.1f} {'':>10} {rest / total:>6.1%}")
    print(f"spaCy {1000 * spacy / n:.1f} ms/article, diurna {1000 * (ours + rest) / n:.1f} "
          f"ms/article (with plumbing): diurna/bare rate would be {spacy / total:.1%}")


def print_functions(
    profiler: cProfile.Profile, n: int, top: int, inside: bool, cumulative: bool = False, unit: str = "ms/art"
) -> None:
    """Functions by own (or cumulative) time: those in src/diurna, or those outside it."""
    rows = []
    for (path, line, func), (_, calls, own, cum, _) in pstats.Stats(profiler).stats.items():
        if path.startswith(SRC) == inside:
            where = f"{path[len(SRC) + 1:]}:{line}" if inside else f"{Path(path).name}:{line}"
            rows.append((cum if cumulative else own, own, cum, calls, f"{where} {func}" if path != "~" else func))
    rows.sort(reverse=True)
    per = "" if unit == "ms" else "/art"
    print(f"{'own ' + unit:>10} {'cum ' + unit:>10} {'calls' + per:>10}  function")
    for _, own, cum, calls, name in rows[:top]:
        print(f"{1000 * own / n:>10.2f} {1000 * cum / n:>10.2f} {calls / n:>10.1f}  {name}")


def timed_build() -> tuple[object, dict[str, float]]:
    """A Coder, and the real seconds of each step of building it: the model, then each add_pipe."""
    from diurna.coder import Coder

    load_model, spent = pipeline.load_model, {}

    def timed(label: str, func):
        def call(*args, **kwargs):
            started = time.perf_counter()
            result = func(*args, **kwargs)
            spent[label if label != "add_pipe" else args[0]] = time.perf_counter() - started
            return result
        return call

    def load(*args, **kwargs):
        nlp = timed("spaCy model", load_model)(*args, **kwargs)
        nlp.add_pipe = timed("add_pipe", nlp.add_pipe)  # charge each component its build time
        return nlp

    pipeline.load_model = load
    try:
        started = time.perf_counter()
        coder = Coder()
        spent["Coder() in all"] = time.perf_counter() - started
    finally:
        pipeline.load_model = load_model
    del coder.nlp.add_pipe
    return coder, spent


def profile_init(top: int):
    """Build a Coder timed per step, then another under cProfile for the functions behind it."""
    from diurna.coder import Coder

    coder, spent = timed_build()
    print("Coder() build, real time per step (first build in this process):")
    for label, seconds in spent.items():
        print(f"  {label:<22} {seconds:6.2f} s")
    profiler = cProfile.Profile()
    profiler.enable()
    Coder()
    profiler.disable()
    print("\na second Coder() under cProfile (about twice as slow; lru-cached loads skipped): "
          "top src/diurna functions by cumulative time")
    print_functions(profiler, 1, top, inside=True, cumulative=True, unit="ms")
    print("\nand the library functions with most own time during Coder():")
    print_functions(profiler, 1, top // 2, inside=False, unit="ms")
    return coder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150, help="articles to code per pass")
    parser.add_argument("--top", type=int, default=25, help="functions to list")
    parser.add_argument("--pyinstrument", action="store_true", help="also a pyinstrument pass")
    args = parser.parse_args()

    from diurna.model import Article

    print("== building the Coder ==")
    coder = profile_init(args.top)
    texts = news_texts(args.articles)
    articles = [Article(text=t.text, date=t.date) for t in texts]
    words = sum(word_count(t.text) for t in texts) / len(texts)
    clock = Clock()
    labels = instrument(coder, clock)
    code_all(coder, articles[:8], Clock())  # warm up (first-call caches)
    clock.wall.clear(), clock.cpu.clear()

    n = len(articles)
    total = code_all(coder, articles, clock)
    print(f"\n== per component: {n} articles, {words:.0f} words on average, "
          f"{total:.1f} s, {n / total:.2f} articles/s with the wrappers ==")
    print_components(labels, clock, total, n)

    measured = sum(clock.wall[label] for label in clock.ours)
    clock.wall.clear(), clock.cpu.clear()
    clock.profiler = cProfile.Profile()
    code_all(coder, articles, clock)
    profiled = sum(clock.wall[label] for label in clock.ours)
    print(f"\n== cProfile inside diurna's components and steps, per article ==\n"
          f"our code took {1000 * profiled / n:.1f} ms/article under cProfile, {1000 * measured / n:.1f} "
          f"without: divide the figures below by {profiled / measured:.1f} for real time")
    print(f"top {args.top} functions in src/diurna by own time:")
    print_functions(clock.profiler, n, args.top, inside=True)
    print(f"\ntop {args.top // 2} library functions (spaCy, stdlib, builtins) called from our code:")
    print_functions(clock.profiler, n, args.top // 2, inside=False)

    if args.pyinstrument:
        from pyinstrument import Profiler

        clock.profiler = None
        sampler = Profiler(interval=0.005)  # the coarse clock: low overhead on VMs
        sampler.start()
        code_all(coder, articles, clock)
        sampler.stop()
        print("\n== pyinstrument, whole coding run (frames under 1% hidden) ==")
        print(sampler.output_text(unicode=True, processor_options={"filter_threshold": 0.01}))


if __name__ == "__main__":
    main()
