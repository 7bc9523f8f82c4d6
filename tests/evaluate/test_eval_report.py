"""The report: overall micro figures, JSON and table rendering."""

from __future__ import annotations

import json

from rich.console import Console

from diurna.evaluate.render import render_json, render_table
from diurna.evaluate.report import Report
from diurna.evaluate.result import PRF, SetResult


def _set(name, passed, total, triple=None, **kw) -> SetResult:
    result = SetResult(name, total, passed, **kw)
    if triple:
        result.set_prf("triple", PRF(*triple))
    return result


def _report() -> Report:
    return Report(
        sets=[
            _set("a", 1, 2, (2, 1, 1), confusion={"04": {"04": 1, "05": 2}}, worst=[
                {"record": "r", "kind": "missed", "item": "A B 042", "rule": "(nothing fired)", "text": "t",
                 "weight": 1}
            ]),
            _set("b", 3, 4, (1, 1, 3)),
            _set("b/country", 4, 4, (4, 0, 0), aggregate=False),
            _set("c", 0, 9, skipped="skipped: needs --set-dictionaries c=SPEC"),
        ]
    )


def test_report_overall_sums_scored_sets_only():
    overall = _report().overall
    assert (overall.records_passed, overall.records_total) == (4, 6)
    counts = overall.prf["triple"]
    assert (counts.tp, counts.fp, counts.fn) == (3, 2, 4)
    assert overall.metrics["triple_f1"] == counts.f1


def test_report_json_is_plain_data():
    data = json.loads(render_json(_report()))
    assert [s["name"] for s in data["sets"]] == ["a", "b", "b/country", "c"]
    third = 0.6667
    assert data["sets"][0]["prf"]["triple"] == {"tp": 2, "fp": 1, "fn": 1, "precision": third, "recall": third, "f1": third}
    assert data["sets"][3]["skipped"].startswith("skipped")
    assert data["overall"]["records_passed"] == 4


def test_report_table_shows_each_part():
    console = Console(record=True, width=160)
    render_table(_report(), console)
    text = console.export_text()
    for part in ("records passed: 1/2", "triples", "confusion", "05:2", "worst misses", "(nothing fired)",
                 "skipped: needs --set-dictionaries", "overall", "not in the overall"):
        assert part in text, part
