"""The PETRARCH records (``petr_dev.jsonl``): one SetResult per source set, plus views.

Views (not counted in the overall figures): ``<stem>/petr2_gsr/country`` compares actor
codes at country level, ``<stem>/main`` is PETR.md's recommended main subset.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any, Mapping

from diurna.errors import DiurnaError
from diurna.evaluate.coders import Coded, CoderFactory, code_texts
from diurna.evaluate.gold import first_record, read_jsonl
from diurna.evaluate.produced import country_level
from diurna.evaluate.result import SetResult
from diurna.evaluate.tally import TripleRecord, TripleTally

__all__ = ["detect", "evaluate", "SET_ORDER", "TOY_SETS"]

SET_ORDER = ("petr2_unittest", "petr2_gsr", "petr1_legacy")
TOY_SETS = ("petr2_unittest", "petr1_legacy")  # their actors exist only in PETR.Validate
COUNTRY_LEVEL_SETS = ("petr2_gsr",)
MAIN_SETS = ("petr2_unittest", "petr2_gsr")
MAIN_EXCLUDED_FLAGS = frozenset({"legacy_tabari_port", "sentence_attr_false", "category_not_in_include_list"})
UNLOADABLE = "D021"  # an unknown dictionary spec: the set is skipped, not the whole run


def detect(path: str | Path) -> bool:
    """Whether the file holds PETRARCH records (``source_set`` and ``expected`` fields)."""
    record = first_record(path)
    return record is not None and "source_set" in record and "expected" in record


def evaluate(
    path: str | Path,
    coder_factory: CoderFactory,
    dictionaries: str = "builtin",
    set_dictionaries: Mapping[str, str] | None = None,
    limit: int | None = None,
    **_: Any,
) -> list[SetResult]:
    """Score every source set in the file; sets whose dictionaries cannot load are skipped."""
    stem = Path(path).name.removesuffix(".jsonl")
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in read_jsonl(path):
        groups[record["source_set"]].append(record)
    order = [s for s in SET_ORDER if s in groups] + sorted(set(groups) - set(SET_ORDER))
    results: list[SetResult] = []
    coded: dict[str, Coded] = {}
    for name in order:
        records = groups[name][:limit]
        spec = dictionary_spec(name, dictionaries, set_dictionaries or {})
        label = f"{stem}/{name}"
        if spec is None:
            results.append(_skipped(label, records, f"needs --set-dictionaries {name}=SPEC (toy dictionaries)"))
            continue
        try:
            coded.update(_code(records, coder_factory, spec))
        except DiurnaError as error:
            if error.code != UNLOADABLE:
                raise
            results.append(_skipped(label, records, f"needs --set-dictionaries {name}=SPEC: {error}"))
            continue
        results.append(score(label, records, coded))
        if name in COUNTRY_LEVEL_SETS:
            results.append(score(f"{label}/country", records, coded, country=True))
    results.append(_main(stem, groups, coded, results, limit))
    return results


def dictionary_spec(name: str, default: str, per_set: Mapping[str, str]) -> str | None:
    """The dictionary spec for a set; None when a toy set has no spec that can code it.

    A toy set takes its own spec, else ``petr2_unittest``'s, else the run's spec unless
    that is plain ``builtin`` (our dictionaries have no Tolkien actors).
    """
    if name in per_set:
        return per_set[name]
    if name not in TOY_SETS:
        return default
    if "petr2_unittest" in per_set:
        return per_set["petr2_unittest"]
    return None if default == "builtin" else default


def score(name: str, records: list[dict[str, Any]], coded: Mapping[str, Coded], country: bool = False) -> SetResult:
    """Score coded records as one set; ``country`` compares actors at country level."""
    tally = TripleTally(name, key=country_level) if country else TripleTally(name)
    for record in records:
        article, error = coded[record["id"]]
        tally.add(
            TripleRecord(
                id=record["id"],
                text=record["text"],
                expected={(e["source"], e["target"], e["code"]) for e in record.get("expected") or []},
                coded=article,
                error=error,
                no_event=bool(record.get("no_event")),
                expected_error=record.get("expected_error"),
            )
        )
    return tally.result(aggregate=not country)


def _code(records: list[dict[str, Any]], coder_factory: CoderFactory, spec: str) -> dict[str, Coded]:
    """Code records, each with the dyad setting of its ``config``; coders come from the factory."""
    by_dyad: dict[bool, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_dyad[bool((record.get("config") or {}).get("require_dyad", True))].append(record)
    out: dict[str, Coded] = {}
    for dyad, group in sorted(by_dyad.items()):
        settings = {"require_target": True} if dyad else {}
        coder = coder_factory(dictionaries=spec, **settings)
        items = [(r["text"], r.get("date")) for r in group]
        out.update(zip((r["id"] for r in group), code_texts(coder, items)))
    return out


def _main(
    stem: str,
    groups: Mapping[str, list[dict[str, Any]]],
    coded: Mapping[str, Coded],
    results: list[SetResult],
    limit: int | None,
) -> SetResult:
    """PETR.md's recommended main subset, scored only when all of its sets were coded."""
    name = f"{stem}/main"
    records = [
        r
        for s in MAIN_SETS
        for r in groups.get(s, [])[:limit]
        if not MAIN_EXCLUDED_FLAGS & set(r.get("flags") or [])
    ]
    missing = [r["source_set"] for r in records if r["id"] not in coded]
    if missing:
        result = _skipped(name, records, f"needs {', '.join(dict.fromkeys(missing))} scored")
    else:
        result = score(name, records, coded)
    result.aggregate = False
    result.notes.append("PETR.md main subset: petr2_unittest + petr2_gsr without legacy/disabled records")
    return result


def _skipped(name: str, records: list[dict[str, Any]], why: str) -> SetResult:
    return SetResult(name, records_total=len(records), skipped=f"skipped: {why}")
