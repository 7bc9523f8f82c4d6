"""PETRARCH actor files: names, ``+`` synonyms and (date-limited) codes -> ActorEntry pairs.

An entry is a primary name line, its ``+SYNONYM`` lines and its codes, given on the name
line or on lines of their own (``[USAGOV 090120-170120]``). Primary lines without codes
that follow each other share the codes that come next. Names join words with ``_``; a
trailing ``_`` means no plural is generated, otherwise the regular plural of the last word
is added as PETRARCH does.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from diurna.dictionaries.actors import ActorEntry, Term
from diurna.dictionaries.petrarch.text import BadLine, CodeSpec, parse_codes, read_lines

__all__ = ["read_actors", "plural", "written_form"]

SECTOR_ONLY = frozenset({"ELI"})  # codes that name a role, not a country: [ELI]


@dataclass
class _Entry:
    line: int
    names: list[str] = field(default_factory=list)
    codes: list[CodeSpec] = field(default_factory=list)


def plural(word: str) -> str | None:
    """PETRARCH's regular plural: -Y -> -IES, -S -> -SES, else -S (None for non-words)."""
    if not word or not word[-1].isalpha():
        return None
    upper = word[-1].isupper()
    if word[-1] in "yY":
        return word[:-1] + ("IES" if upper else "ies")
    if word[-1] in "sS":
        return word + ("ES" if upper else "es")
    return word + ("S" if upper else "s")


def written_form(name: str) -> str:
    """A dictionary name as news writes it, and so as our NameIndex should match it.

    PETRARCH matches names in any case. One plain word keeps a capital (``Chad``, ``Us``:
    the index then wants a capital in the text, so "us" is not the United States); a
    name of several words or with a hyphen (``al-Shabab``, ``North Korea``) starts in
    lower case so that it matches in any case. Abbreviations keep their capitals (``U.S.``).
    """
    written = " ".join(name.replace("_", " ").split()).title()
    first = written.split(" ", 1)[0]
    if (" " in written or "-" in first) and "." not in first and first[:1].isalpha():
        return written[0].lower() + written[1:]
    return written


def _names(raw: str) -> list[str]:
    name = raw.strip()
    if not name:
        return []
    if name.endswith("_"):
        return [written_form(name.rstrip("_"))]
    words = name.replace("_", " ").split()
    forms = [written_form(name)]
    many = plural(words[-1])
    if many:
        forms.append(written_form(" ".join(words[:-1] + [many])))
    return forms


def read_actors(path: Path, notes: Counter[str]) -> list[tuple[str, ActorEntry]]:
    """(name as written, entry) pairs of one actor file, in file order."""
    entries: list[_Entry] = []
    current: _Entry | None = None
    days: dict = {}
    for line in read_lines(path):
        text = line.text.strip()
        head, codes = parse_codes(text, line.number, days)
        head = head.strip()
        if head.startswith("+"):
            if current is None:
                raise BadLine(line.number, "a '+' synonym before any actor")
            current.names.extend(_names(head[1:]))
            current.codes.extend(codes)
        elif head:
            if current is None or current.codes or codes:
                current = _Entry(line.number)
                entries.append(current)
            current.names.extend(_names(head))
            current.codes.extend(codes)
        elif codes:
            if current is None:
                raise BadLine(line.number, "a code before any actor")
            current.codes.extend(codes)
    pairs: list[tuple[str, ActorEntry]] = []
    for item in entries:
        entry = _entry(item, path.name, notes)
        if entry is None:
            notes["actors without a usable code"] += 1
            continue
        notes["actor entries"] += 1
        pairs.extend((name, entry) for name in dict.fromkeys(item.names))
    return pairs


def _clean(spec: CodeSpec, notes: Counter[str]) -> CodeSpec | None:
    code = spec.code
    if "/" in code:  # TABARI's several codes [ELR/GAL]: the first
        notes["actor codes with alternatives (first kept)"] += 1
        code = code.split("/")[0]
    if code != "---" and not code.replace("-", "").isalnum():
        notes["actor codes skipped ([+++], [###])"] += 1
        return None
    return CodeSpec(code, spec.start, spec.end)


def _entry(item: _Entry, filename: str, notes: Counter[str]) -> ActorEntry | None:
    codes = [c for c in (_clean(s, notes) for s in item.codes) if c is not None]
    if not codes or not item.names:
        return None
    key, source = f"petrarch:{filename}:{item.line}", f"{filename}:{item.line}"
    name = item.names[0][:1].upper() + item.names[0][1:]
    if len(codes) == 1 and not codes[0].dated:  # the common case: one code, no dates
        code = codes[0].code
        if len(code) == 3 and code.isalpha() and code not in SECTOR_ONLY:
            return ActorEntry(key, "state", name, code, source=source)
        home = None if code.startswith("---") or code in SECTOR_ONLY else code[:3]
        return ActorEntry(key, "group", name, home, code=_full(code, home), source=source)
    # Dated codes first (the first that covers the date wins), then the defaults.
    ordered = [c for c in codes if c.dated] + [c for c in codes if not c.dated]
    real = [c.code for c in ordered if c.code != "---" and c.code not in SECTOR_ONLY]
    home = real[0][:3] if real else None
    is_state = bool(real) and all(len(c) == 3 and c.isalpha() for c in real)
    is_person = not is_state and ordered[0].dated and any(c.code.endswith("ELI") for c in ordered)
    kind = "state" if is_state else "person" if is_person else "group"
    default = next((c for c in ordered if not c.dated), ordered[0])
    return ActorEntry(
        key=key,
        kind=kind,
        name=name,
        country=_country(default.code, home) if kind == "state" else home,
        code=None if kind == "state" else _full(default.code, home),
        terms=tuple(_term(c, kind, home) for c in ordered),
        source=source,
    )


def _full(code: str, home: str | None) -> str:
    return (home or "---") + code if code in SECTOR_ONLY else code


def _country(code: str, home: str | None) -> str:
    return "---" if code == "---" else home if code in SECTOR_ONLY and home else code


def _term(spec: CodeSpec, kind: str, home: str | None) -> Term:
    code = _full(spec.code, home)
    if kind == "state":
        return Term(start=spec.start, end=spec.end, country=_country(spec.code, home), sector=None)
    country = None if code.startswith("---") else code[:3]
    sector = (code[3:6] or None) if kind == "person" else None
    return Term(start=spec.start, end=spec.end, country=country, sector=sector, code=code)
