"""``diurna demo``: code the bundled sample corpus into the database and show what it found."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from diurna.cli.typer_app import app, friendly, report
from diurna.errors import DiurnaError
from diurna.ontology import load_ontology
from diurna.ontology.cameo import QUAD_CLASS_NAMES
from diurna.samples import sample_articles
from diurna.summary import summarize


@app.command("demo")
@friendly
def demo_command(
    db: Optional[str] = typer.Option(None, "--db", help="Database file (default: $DIURNA_DB or ./diurna.duckdb)."),
) -> None:
    """Code the bundled sample articles into the database and print a summary of their events."""
    from diurna.batch import CoderSpec, ingest
    from diurna.batch.spec import coder_for
    from diurna.store import open_store

    console = Console()
    articles = [
        replace(a, meta={**a.meta, "ref": f"samples:{a.id}", "external_id": a.id}) for a in sample_articles()
    ]
    spec = CoderSpec.of()
    with open_store(db) as store:
        started = time.perf_counter()
        known = store.known_articles()
        if any(a.content_hash not in known for a in articles):
            coder_for(spec)  # load the model now, so its time is reported apart
        loaded = time.perf_counter()
        done_report = ingest(articles, store, spec)
        done = time.perf_counter()
        order = {a.content_hash: i for i, a in enumerate(articles)}
        coded = sorted(store.coded_articles(order), key=lambda c: order[c.id])
        counts = store.counts()
        path = store.path
    for code, count in sorted(done_report.errors.items()):
        report(DiurnaError(code, where=f"{count} sample article(s); see the errors table"))
    summary = summarize(coded)
    ontology = load_ontology()
    if done_report.coded:
        console.print(
            f"[bold]diurna demo[/bold]: coded {done_report.coded} sample articles into {path} in "
            f"{done - loaded:.1f} s (model and dictionaries loaded in {loaded - started:.1f} s)"
        )
    else:
        console.print(
            f"[bold]diurna demo[/bold]: the {summary.articles} sample articles are already in {path}; "
            "nothing new to code"
        )
    console.print(
        f"database {path}: {counts['articles']} articles, {counts['events']} events "
        f"({counts['event_mentions']} mentions), {counts['errors']} errors"
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
