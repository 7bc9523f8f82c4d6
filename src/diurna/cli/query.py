"""``diurna query``: events, a dyad over time, the most active actors, and a summary."""

from __future__ import annotations

from typing import List, Optional

import typer

from diurna.cli.typer_app import app, friendly
from diurna.cli.rows import check_format, emit
from diurna.query import (
    EVENT_FIELDS, INTERVALS, EventFilter, dyad_series, find_events, store_summary, top_actors,
)  # fmt: skip
from diurna.query.dyads import QUAD_FIELDS
from diurna.store import open_store

__all__ = ["query_app"]

query_app = typer.Typer(help="Read events back from the database: tables, JSON or CSV.", no_args_is_help=True)
app.add_typer(query_app, name="query")

_PREFIX = "Codes match as prefixes: SRB finds SRBGOV. Repeat or separate with commas."
DB = typer.Option(None, "--db", help="Database file (default: $DIURNA_DB or ./diurna.duckdb).")
FORMAT = typer.Option("table", "--format", "-f", help="Output: table, json or csv.")
ACTOR = typer.Option(None, "--actor", help=f"Actor code on either side. {_PREFIX}")
COUNTRY = typer.Option(None, "--country", help="Country (ISO3) of either actor.")
SOURCE = typer.Option(None, "--source", help=f"Source actor code. {_PREFIX}")
TARGET = typer.Option(None, "--target", help=f"Target actor code. {_PREFIX}")
DYAD = typer.Option(None, "--dyad", help="Two actors 'A,B': events between them, either way.")
CODE = typer.Option(None, "--code", help="CAMEO code prefix (19 finds 190-196).")
ROOT = typer.Option(None, "--root", help="CAMEO root, 01-20.")
PLOVER = typer.Option(None, "--plover", help="PLOVER event type, e.g. ACCUSE.")
QUAD = typer.Option(None, "--quad", help="Quad class, 1-4.")
SINCE = typer.Option(None, "--since", help="First date, YYYY-MM-DD.")
UNTIL = typer.Option(None, "--until", help="Last date, YYYY-MM-DD.")
PLACE = typer.Option(None, "--place", help="Part of the place's name, country or region.")
TEXT = typer.Option(None, "--text", help="Words in an evidence sentence (any case).")


@query_app.command("events")
@friendly
def events_command(
    actor: Optional[List[str]] = ACTOR, country: Optional[List[str]] = COUNTRY,
    source: Optional[List[str]] = SOURCE, target: Optional[List[str]] = TARGET,
    dyad: Optional[str] = DYAD, code: Optional[List[str]] = CODE, root: Optional[List[str]] = ROOT,
    plover: Optional[List[str]] = PLOVER, quad: Optional[List[str]] = QUAD,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, place: Optional[str] = PLACE,
    text: Optional[str] = TEXT,
    located: bool = typer.Option(False, "--located", help="Only events with coordinates."),
    limit: int = typer.Option(50, help="Rows to show."),
    offset: int = typer.Option(0, help="Rows to skip first."),
    oldest: bool = typer.Option(False, "--oldest", help="Oldest first (default: newest first)."),
    output: str = FORMAT, db: Optional[str] = DB,
) -> None:
    """Events matching the filters, each with the sentence that proves it."""  # fmt: skip
    check_format(output)
    filters = EventFilter.of(
        actor=actor, country=country, source=source, target=target, dyad=dyad, code=code, root=root,
        plover=plover, quad=quad, since=since, until=until, place=place, text=text, located=located,
    )  # fmt: skip
    with open_store(db, read_only=True) as store:
        page = find_events(store, filters, limit, offset, newest_first=not oldest)
    title = f"{len(page.events)} of {page.total} events (from {offset + 1 if page.events else 0})"
    if output != "table":
        emit(page.to_dict(), page.events, EVENT_FIELDS, output, title)
        return
    shown = [{**e, "event": f"{e['cameo_code']} {e['cameo_name'] or ''}"[:28]} for e in page.events]
    columns = ("date", "source_code", "event", "target_code", "place_name", "sentence")
    names = {"source_code": "source", "target_code": "target", "place_name": "place", "sentence": "evidence"}
    emit(page.to_dict(), shown, columns, output, title, names)


@query_app.command("dyad")
@friendly
def dyad_command(
    a: str = typer.Argument(..., help="Source actor code (a prefix: SRB finds SRBGOV)."),
    b: str = typer.Argument(..., help="Target actor code."),
    interval: str = typer.Option("month", help=f"Period: {', '.join(INTERVALS)}."),
    both: bool = typer.Option(False, "--both", help="Count the events from B to A too."),
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    output: str = FORMAT, db: Optional[str] = DB,
) -> None:
    """Events from A to B per day, week or month: counts by quad class and mean Goldstein."""  # fmt: skip
    check_format(output)
    with open_store(db, read_only=True) as store:
        series = dyad_series(store, a, b, interval, both, EventFilter.of(since=since, until=until))
    arrow = "↔" if both else "→"
    totals = series.totals
    title = f"{series.source} {arrow} {series.target} by {interval}: {totals['events']} events, mean Goldstein {totals['goldstein']}"
    names = dict(zip(QUAD_FIELDS, ("q1 verbal coop", "q2 material coop", "q3 verbal confl", "q4 material confl")))
    emit(series.to_dict(), series.periods, ("period", "events", *QUAD_FIELDS, "mentions", "goldstein"), output, title, names)


@query_app.command("actors")
@friendly
def actors_command(
    limit: int = typer.Option(10, help="Actors per list."),
    actor: Optional[List[str]] = ACTOR, country: Optional[List[str]] = COUNTRY,
    root: Optional[List[str]] = ROOT, quad: Optional[List[str]] = QUAD,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    output: str = FORMAT, db: Optional[str] = DB,
) -> None:
    """The most active sources and targets, with their events, mentions and mean Goldstein."""  # fmt: skip
    check_format(output)
    filters = EventFilter.of(actor=actor, country=country, root=root, quad=quad, since=since, until=until)
    with open_store(db, read_only=True) as store:
        ranking = top_actors(store, filters, limit)
    emit(ranking.to_dict(), ranking.rows(), ("role", "code", "name", "events", "mentions", "goldstein"), output, "Most active actors")


@query_app.command("summary")
@friendly
def summary_command(output: str = FORMAT, db: Optional[str] = DB) -> None:
    """What the database holds: articles, events, dates, quad classes, roots and top dyads."""
    check_format(output)
    with open_store(db, read_only=True) as store:
        summary = store_summary(store)
    rows = [{"what": "articles", "value": summary["articles"]}]
    rows += [{"what": f"  {status}", "value": n} for status, n in summary["articles_by_status"].items()]
    rows += [{"what": k.replace("_", " "), "value": summary[k]} for k in ("events", "mentions", "first_date", "last_date", "located", "goldstein")]
    rows += [{"what": f"quad {q['quad_class']} {q['name']}", "value": q["events"]} for q in summary["by_quad"]]
    rows += [{"what": f"root {r['root']} {r['name']}", "value": r["events"]} for r in summary["by_root"]]
    rows += [{"what": f"dyad {d['source']} → {d['target']}", "value": d["events"]} for d in summary["top_dyads"]]
    emit(summary, rows, ("what", "value"), output, "Database summary")
