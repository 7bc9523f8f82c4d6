"""Verb, noun and control dictionaries: YAML files compiled to pattern objects."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Iterable

from diurna.dictionaries.patterns import (
    CONTROL_KINDS,
    TARGET_SLOTS,
    ControlRule,
    NounPattern,
    VerbPattern,
)

__all__ = ["PatternBook", "verb_patterns_from_yaml", "noun_patterns_from_yaml", "control_from_yaml"]

_VERB_FIELDS = {f.name for f in fields(VerbPattern)} - {"lemma", "source"}
_NOUN_FIELDS = {f.name for f in fields(NounPattern)} - {"lemma", "source"}
_TUPLES = ("object", "prep_object", "subject", "compound", "source_preps", "target_preps")


class PatternBook:
    """Patterns by trigger lemma, most specific first."""

    def __init__(self, patterns: Iterable[VerbPattern | NounPattern]) -> None:
        self._by_lemma: dict[str, list[Any]] = {}
        for pattern in patterns:
            self._by_lemma.setdefault(pattern.lemma, []).append(pattern)
        for items in self._by_lemma.values():
            items.sort(key=lambda p: p.rank, reverse=True)

    def __contains__(self, lemma: str) -> bool:
        return lemma in self._by_lemma

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_lemma.values())

    def get(self, lemma: str) -> list[Any]:
        """The patterns of a lemma, most specific first (empty if none)."""
        return self._by_lemma.get(lemma, [])

    def lemmas(self) -> list[str]:
        """Every trigger lemma."""
        return list(self._by_lemma)

    def extend(self, patterns: Iterable[VerbPattern | NounPattern], replace: bool) -> None:
        """Add patterns; with ``replace`` a lemma's new patterns replace its old ones."""
        incoming: dict[str, list[Any]] = {}
        for pattern in patterns:
            incoming.setdefault(pattern.lemma, []).append(pattern)
        for lemma, items in incoming.items():
            merged = items if replace else self._by_lemma.get(lemma, []) + items
            merged.sort(key=lambda p: p.rank, reverse=True)
            self._by_lemma[lemma] = merged


def _words(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    return tuple(str(v).lower() for v in value)


def _code(value: Any) -> str | None:
    if value is None or value == "---":
        return None
    if isinstance(value, int):
        raise ValueError(f"code {value!r} must be quoted as a string (leading zeros matter)")
    return str(value)


def _split_key(key: str) -> tuple[str, str | None]:
    parts = str(key).lower().split()
    if len(parts) == 2:
        return parts[0], parts[1]
    return " ".join(parts), None


def verb_patterns_from_yaml(data: dict[str, Any], origin: str) -> list[VerbPattern]:
    """Compile a verbs.yaml mapping (lemma -> list of patterns)."""
    out: list[VerbPattern] = []
    for key, items in (data or {}).items():
        lemma, particle = _split_key(key)
        for index, raw in enumerate(items or []):
            raw = dict(raw or {})
            unknown = set(raw) - _VERB_FIELDS
            if unknown:
                raise ValueError(f"{key}#{index}: unknown fields {sorted(unknown)}")
            _check(raw, f"{key}#{index}")
            values = {k: (_words(v) if k in _TUPLES else v) for k, v in raw.items()}
            values["code"] = _code(raw.get("code"))
            if "target_code" in raw:
                values["target_code"] = _code(raw.get("target_code"))
            if particle and not values.get("particle"):
                values["particle"] = particle
            if values.get("prep") is not None:
                values["prep"] = str(values["prep"]).lower()
            out.append(VerbPattern(lemma=lemma, source=f"{origin}:{key}#{index}", **values))
    return out


def noun_patterns_from_yaml(data: dict[str, Any], origin: str) -> list[NounPattern]:
    """Compile a nouns.yaml mapping (lemma -> list of patterns)."""
    out: list[NounPattern] = []
    for key, items in (data or {}).items():
        lemma = " ".join(str(key).lower().split())
        for index, raw in enumerate(items or []):
            raw = dict(raw or {})
            unknown = set(raw) - _NOUN_FIELDS
            if unknown:
                raise ValueError(f"{key}#{index}: unknown fields {sorted(unknown)}")
            _check(raw, f"{key}#{index}")
            values = {k: (_words(v) if k in _TUPLES else v) for k, v in raw.items()}
            values["code"] = _code(raw.get("code"))
            out.append(NounPattern(lemma=lemma, source=f"{origin}:{key}#{index}", **values))
    return out


def _check(raw: dict[str, Any], where: str) -> None:
    control = raw.get("control")
    if control is not None and control not in CONTROL_KINDS:
        raise ValueError(f"{where}: control {control!r} is not one of {CONTROL_KINDS}")
    target = raw.get("target")
    if target is not None and target not in TARGET_SLOTS:
        raise ValueError(f"{where}: target {target!r} is not one of {TARGET_SLOTS}")


def control_from_yaml(data: dict[str, Any]) -> dict[str, ControlRule]:
    """Compile control.yaml: kind -> rule."""
    rules: dict[str, ControlRule] = {}
    for kind, raw in (data or {}).items():
        if kind not in CONTROL_KINDS:
            raise ValueError(f"control kind {kind!r} is not one of {CONTROL_KINDS}")
        raw = raw or {}
        by_code = {str(k): _code(v) for k, v in (raw.get("by_code") or {}).items()}
        rules[kind] = ControlRule(
            kind=kind,
            default=_code(raw.get("default")),
            by_code={k: v for k, v in by_code.items() if v},
            target_from=raw.get("target_from", "complement"),
        )
    return rules
