"""``diurna evaluate``: score the coder on gold files and print the figures."""

from __future__ import annotations

import sys
from typing import List, Optional

import typer
from rich.console import Console

from diurna.cli.typer_app import app, friendly
from diurna.errors import DiurnaError
from diurna.settings import setting


@app.command("evaluate")
@friendly
def evaluate_command(
    gold: List[str] = typer.Argument(..., help="Gold files or directories (e.g. ../shared/eval/news_dev.jsonl)."),
    dictionaries: str = typer.Option(setting("dictionaries").default, help=setting("dictionaries").help),
    set_dictionaries: Optional[List[str]] = typer.Option(
        None, "--set-dictionaries", help="NAME=SPEC: dictionaries for one set, e.g. petr2_unittest=petrarch:DIR."
    ),
    output: str = typer.Option("table", "--format", "-f", help="Output: table or json."),
    limit: Optional[int] = typer.Option(None, min=1, help="Score only the first N records of each set."),
) -> None:
    """Score the coder on gold sets: records passed, P/R/F1, confusion, worst misses."""
    from diurna.evaluate import evaluate_paths
    from diurna.evaluate.render import REPORT_FORMATS, render_json, render_table

    if output not in REPORT_FORMATS:
        raise DiurnaError("D011", kind="Report", value=output, options=", ".join(REPORT_FORMATS))
    per_set = dict(_pair(item) for item in set_dictionaries or [])
    report = evaluate_paths(gold, dictionaries=dictionaries, set_dictionaries=per_set, limit=limit)
    if output == "json":
        sys.stdout.write(render_json(report) + "\n")
    else:
        render_table(report, Console())


def _pair(item: str) -> tuple[str, str]:
    name, sep, spec = item.partition("=")
    if not sep or not name or not spec:
        raise DiurnaError(
            "D013", name="set-dictionaries", value=item, detail="expected NAME=SPEC",
            help="Give a set name and a dictionary spec, e.g. petr2_unittest=petrarch:DIR.",
        )
    return name.strip(), spec.strip()
