"""Overhead: what diurna adds to spaCy when it codes a stream of new articles, in one process.

    .venv/bin/python benchmarks/overhead.py [--articles 300] [--rounds 9]

Three ways of running the same Coder's pipeline, interleaved over ``--rounds`` on slices of
articles none of them has seen (a component timed on the same docs again and again finds
its caches warm, and looks cheaper than it is):

- bare: ``nlp.pipe`` over the texts with diurna's components disabled (the limit);
- plumbing: ``Coder.code_stream`` with diurna's components disabled (text checks, dateline,
  collecting and ``to_dict``, without any component of ours);
- full: ``Coder.code_stream`` with everything, then ``to_dict``.

Prints CPU ms per article for each, and what the components and the plumbing add; asserts
nothing. benchmarks/throughput.py measures the same ratio across processes;
benchmarks/profile_coder.py says which component costs what.
"""

from __future__ import annotations

import argparse
import time

from corpus import news_texts

from diurna.coder import Coder, settle
from diurna.model import Article
from diurna.nlp.pipeline import COMPONENTS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles in all (a warm-up slice included)")
    parser.add_argument("--rounds", type=int, default=9, help="interleaved rounds, each on new articles")
    args = parser.parse_args()

    coder = Coder()
    settle()
    nlp = coder.nlp
    items = news_texts(args.articles)
    texts = [item.text for item in items]
    articles = [Article(text=item.text, date=item.date) for item in items]

    def bare(part: slice) -> None:
        with nlp.select_pipes(disable=list(COMPONENTS)):
            for _ in nlp.pipe(texts[part], batch_size=32):
                pass

    def plumbing(part: slice) -> None:
        with nlp.select_pipes(disable=list(COMPONENTS)):
            for outcome in coder.code_stream(articles[part]):
                outcome.coded.to_dict()

    def full(part: slice) -> None:
        for outcome in coder.code_stream(articles[part]):
            outcome.coded.to_dict()

    runs = {"bare": bare, "plumbing": plumbing, "full": full}
    warm = max(8, args.articles // (args.rounds + 1))
    for run in runs.values():
        run(slice(0, warm))
    step = (args.articles - warm) // args.rounds
    spent = dict.fromkeys(runs, 0.0)
    for r in range(args.rounds):
        part = slice(warm + r * step, warm + (r + 1) * step)
        for name in (list(runs) if r % 2 == 0 else list(runs)[::-1]):
            started = time.process_time()
            runs[name](part)
            spent[name] += time.process_time() - started
    n = step * args.rounds
    ms = {name: 1000 * seconds / n for name, seconds in spent.items()}
    print(f"diurna overhead: {n} new articles over {args.rounds} interleaved rounds, CPU ms per article")
    for name, value in ms.items():
        print(f"  {name:<10} {value:6.1f}")
    print(f"  components {ms['full'] - ms['plumbing']:6.1f}   (full - plumbing)")
    print(f"  plumbing   {ms['plumbing'] - ms['bare']:6.1f}   (plumbing - bare)")
    print(f"  ratio bare/full {ms['bare'] / ms['full']:.1%}   (target >= 85%)")


if __name__ == "__main__":
    main()
