"""The hand-written sentence cases in tests/cases/sentences.yaml, coded with the real model."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CASES = yaml.safe_load((Path(__file__).parent.parent / "cases" / "sentences.yaml").read_text("utf-8"))

pytestmark = pytest.mark.model


def _matches(actor, prefix) -> bool:
    if prefix == "*":
        return True
    if prefix is None:
        return actor is None
    return actor is not None and actor.code.startswith(prefix)


def _event_matches(event, spec) -> bool:
    if not event.cameo.code.startswith(str(spec.get("code", ""))):
        return False
    if "source" in spec and not _matches(event.source, spec["source"]):
        return False
    if "target" in spec and not _matches(event.target, spec["target"]):
        return False
    return True


def _describe(coded) -> str:
    lines = []
    for e in coded.events:
        flags = ("" if e.counts else " [not counted]") + f" {e.modality}"
        lines.append(
            f"  {e.source.code if e.source else None} -> {e.target.code if e.target else None} "
            f"{e.cameo.code} via {e.rule}{flags}"
        )
    return "\n".join(lines) or "  (no events)"


def _param(case):
    # A known limitation stays in the file, marked with its reason; strict, so a fix shows.
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_cases_sentence(coder, case):
    coded = coder.code(case["text"], date=str(case["date"]))
    counted = [e for e in coded.events if e.counts]
    detail = f"{case['text']}\nproduced:\n{_describe(coded)}"
    free = list(counted)
    for spec in case.get("expect") or []:
        match = next((e for e in free if _event_matches(e, spec)), None)
        assert match is not None, f"missing {spec}\n{detail}"
        free.remove(match)
    for spec in case.get("forbid") or []:
        bad = [e for e in counted if _event_matches(e, spec)]
        assert not bad, f"forbidden {spec}\n{detail}"
    for spec in case.get("actors") or []:
        found = [
            a for a in coded.actors
            if a.code.startswith(spec["code"]) and (spec["text"] in a.text or a.text in spec["text"])
        ]
        assert found, f"actor {spec} not found among {[(a.text, a.code) for a in coded.actors]}"
    for spec in case.get("quotes") or []:
        found = [
            q for q in coded.quotes
            if spec.get("text_contains", "") in q.text and q.speaker_name == spec["speaker"]
        ]
        assert found, f"quote {spec} not found among {[(q.speaker_name, q.text) for q in coded.quotes]}"
