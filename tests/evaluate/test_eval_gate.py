"""The evaluation gate: the coder on the dev gold sets must stay at or above the pinned floors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from diurna.evaluate import Report, evaluate_paths

pytestmark = pytest.mark.model

PINS = yaml.safe_load((Path(__file__).parent / "floors.yaml").read_text("utf-8"))
CHECKS = [("floor", s, m, v) for s, ms in PINS["floors"].items() for m, v in ms.items()] + [
    ("ceiling", s, m, v) for s, ms in (PINS.get("ceilings") or {}).items() for m, v in ms.items()
]


@pytest.fixture(scope="module")
def report(eval_dir, coder) -> Report:
    """One evaluation run over every gold path in floors.yaml, with the real coder."""
    from diurna.coder import Coder

    def build(**settings):
        # The session's default coder serves the default settings; other variants are built.
        return coder if settings == {"dictionaries": "builtin"} else Coder(**settings)

    reference = eval_dir.parent / "reference"
    per_set = {k: v.format(reference=reference) for k, v in (PINS.get("set_dictionaries") or {}).items()}
    return evaluate_paths([eval_dir / p for p in PINS["gold"]], set_dictionaries=per_set, build_coder=build)


@pytest.mark.parametrize("kind, name, metric, pinned", CHECKS, ids=[f"{c[1]}:{c[2]}" for c in CHECKS])
def test_eval_gate(report, kind, name, metric, pinned):
    result = report.get(name)
    assert result is not None, f"set {name} is pinned in floors.yaml but the evaluator did not report it"
    if result.skipped:
        pytest.skip(f"{name}: {result.skipped}")
    assert metric in result.metrics, f"{name} has no metric {metric}; it has {sorted(result.metrics)}"
    value = result.metrics[metric]
    if kind == "floor":
        assert value >= pinned - 1e-9, f"{name} {metric} fell to {value:.4f}, below its floor {pinned}"
    else:
        assert value <= pinned + 1e-9, f"{name} {metric} rose to {value:.4f}, above its ceiling {pinned}"


def test_eval_gate_scores_every_pinned_set(report):
    scored = {s.name for s in report.sets if not s.skipped}
    assert {"seed/belgrade-sanctions", "news_dev", "plover_gsr_dev", "petr_dev/petr2_gsr"} <= scored
