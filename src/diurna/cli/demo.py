"""``diurna demo``: code the bundled sample corpus and show what it found."""

from __future__ import annotations

import time

from rich.console import Console
from rich.table import Table

from diurna.cli.app import app, friendly, report
from diurna.ontology import load_ontology
from diurna.ontology.cameo import QUAD_CLASS_NAMES
from diurna.samples import sample_articles
from diurna.summary import summarize


@app.command("demo")
@friendly
def demo_command() -> None:
    """Code the bundled sample articles and print a summary of their events."""
    from diurna.coder import Coder

    console = Console()
    started = time.perf_counter()
    coder = Coder()
    loaded = time.perf_counter()
    articles = list(sample_articles())
    coded = []
    for outcome in coder.code_stream(articles):
        if outcome.coded is not None:
            coded.append(outcome.coded)
        else:
            report(outcome.error)
    done = time.perf_counter()
    summary = summarize(coded)
    ontology = load_ontology()
    console.print(
        f"[bold]diurna demo[/bold]: coded {summary.articles} sample articles in "
        f"{done - loaded:.1f} s (model and dictionaries loaded in {loaded - started:.1f} s)"
    )
    console.print(
        f"{summary.counted} events ({summary.events - summary.counted} more negated or hypothetical), "
        f"{summary.actors} actor mentions, {summary.quotes} quotations\n"
    )
    roots = Table(title="Events by CAMEO root")
    for column in ("root", "name", "quad class", "events"):
        roots.add_column(column)
    for root, count in sorted(summary.by_root.items()):
        quad = ontology.info(root).quad_class
        roots.add_row(root, ontology.root_name(root), QUAD_CLASS_NAMES[quad], str(count))
    console.print(roots)
    dyads = Table(title="Most frequent dyads (source → target)")
    dyads.add_column("dyad")
    dyads.add_column("events")
    for (source, target), count in summary.dyads.most_common(8):
        dyads.add_row(f"{source} → {target}", str(count))
    console.print(dyads)
    console.print("[bold]One example per root[/bold]")
    for event in summary.examples:
        source = event.source.code if event.source else "-"
        target = event.target.code if event.target else "-"
        console.print(
            f"  {event.cameo.code} {event.cameo.name}: {source} → {target}  "
            f"[dim]“{' '.join(event.sentence.split())[:110]}”[/dim]"
        )
