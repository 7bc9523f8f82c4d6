"""A report as terminal tables (rich) or as JSON."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table

from diurna.evaluate.report import Report
from diurna.evaluate.result import SetResult

__all__ = ["REPORT_FORMATS", "render_json", "render_table"]

REPORT_FORMATS = ("table", "json")
PRF_LABELS = {"triple": "triples (source, target, code)", "root": "CAMEO roots", "plover": "PLOVER types"}
CONFUSION_ROWS = 20


def render_json(report: Report) -> str:
    """The whole report as indented JSON."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def render_table(report: Report, console: Console) -> None:
    """Per set: records passed, P/R/F1, other metrics, confusion, worst misses; then overall."""
    for result in report.sets:
        _render_set(result, console)
    _render_set(report.overall, console, brief=True)


def _render_set(result: SetResult, console: Console, brief: bool = False) -> None:
    console.rule(f"[bold]{result.name}")
    if result.skipped:
        console.print(f"{result.records_total} records, {result.skipped}")
        return
    console.print(
        f"records passed: {result.records_passed}/{result.records_total} ({result.pass_rate:.1%})"
        + ("" if result.aggregate else "   [dim](a view: not in the overall figures)[/dim]")
    )
    for note in result.notes:
        console.print(f"[dim]{note}[/dim]")
    if result.prf:
        console.print(_prf_table(result))
    others = {k: v for k, v in result.metrics.items() if k != "pass_rate" and not k.startswith(tuple(result.prf))}
    if others:
        console.print("  ".join(f"{k}: {_number(v)}" for k, v in others.items()))
    if brief:
        return
    if result.confusion:
        console.print(_confusion_table(result))
    if result.worst:
        console.print(_worst_table(result))


def _prf_table(result: SetResult) -> Table:
    table = Table(show_header=True, box=None, pad_edge=False)
    for column in ("on", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "on" else "right")
    for name, counts in result.prf.items():
        table.add_row(
            PRF_LABELS.get(name, name),
            f"{counts.precision:.3f}",
            f"{counts.recall:.3f}",
            f"{counts.f1:.3f}",
            str(counts.tp),
            str(counts.fp),
            str(counts.fn),
        )
    return table


def _confusion_table(result: SetResult) -> Table:
    table = Table(title="confusion (expected -> produced, same actors)", box=None, title_justify="left")
    table.add_column("expected")
    table.add_column("hit", justify="right")
    table.add_column("produced instead")
    rows = sorted(result.confusion.items(), key=lambda kv: -sum(kv[1].values()))
    for expected, produced in rows[:CONFUSION_ROWS]:
        ranked = sorted(produced.items(), key=lambda kv: -kv[1])
        wrong = ", ".join(f"{label}:{n}" for label, n in ranked if label != expected)
        table.add_row(expected, str(produced.get(expected, 0)), wrong or "-")
    return table


def _worst_table(result: SetResult) -> Table:
    table = Table(title="worst misses", box=None, title_justify="left")
    for column in ("record", "kind", "item", "rule", "text"):
        table.add_column(column, overflow="fold")
    for miss in result.worst:
        table.add_row(miss["record"], miss["kind"], miss["item"], miss["rule"], miss["text"])
    return table


def _number(value: float) -> str:
    return str(value) if isinstance(value, int) or float(value).is_integer() else f"{value:.3f}"
