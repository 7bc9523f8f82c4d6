"""PETRARCH agent files: ``NOUN {PLURAL} [~CODE]`` and ``!MACRO!`` substitutions -> AgentTable data.

Our AgentTable maps lower-case lemma phrases to a sector string that is appended to the
actor's country (``~GOVFRM`` -> ``GOVFRM``). PETRARCH's prefix codes (``[NGO~]``, put before
the actor's code) are appended too: an approximation, counted in the notes.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from diurna.dictionaries.petrarch.actors import plural
from diurna.dictionaries.petrarch.lemmas import Lemmas
from diurna.dictionaries.petrarch.text import BadLine, read_lines

__all__ = ["read_agents"]


def read_agents(path: Path, lemmas: Lemmas, notes: Counter[str]) -> dict[str, list[str]]:
    """AgentTable data (sector -> lemma phrases, file order kept) for one agents file."""
    macros: dict[str, list[str]] = {}
    found: dict[str, str] = {}  # phrase -> sector; the first entry of a phrase wins
    for line in read_lines(path):
        text = line.text.strip()
        if "!" in text and "=" in text and "[" not in text:
            name, _, values = text.partition("=")
            macros[name.strip().strip("!").upper()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        if "[" not in text:  # PETRARCH skips these with a warning
            notes["agents without a code (skipped)"] += 1
            continue
        phrase, _, rest = text.partition("[")
        if phrase.count("{") != phrase.count("}"):
            raise BadLine(line.number, "a '{' without its '}'")
        if "]" not in rest:
            notes["agent codes closed by a typo ([~ENV})"] += 1
        sector = _sector(rest.partition("]")[0].rstrip("}) "), notes)
        if sector is None:
            notes["agents without a usable code"] += 1
            continue
        for form in _forms(phrase, macros, line.number, notes):
            for key in _keys(form, lemmas):
                found.setdefault(key, sector)
        notes["agent entries"] += 1
    table: dict[str, list[str]] = {}
    for phrase, sector in found.items():
        table.setdefault(sector, []).append(phrase)
    return table


def _sector(code: str, notes: Counter[str]) -> str | None:
    code = code.strip().upper()
    if code.startswith("~"):
        code = code[1:]
    elif code.endswith("~"):
        notes["agent prefix codes appended instead ([NGO~])"] += 1
        code = code[:-1]
    code = code.strip()
    return code if code and code.isalnum() else None


def _forms(phrase: str, macros: dict[str, list[str]], line: int, notes: Counter[str]) -> list[str]:
    text = phrase.strip()
    if "!" in text:
        first, _, rest = text.partition("!")
        name, _, after = rest.partition("!")
        values = macros.get(name.upper())
        if values is None:
            notes["agents with an unknown !MACRO! (skipped)"] += 1
            return []
        return [first + value + after for value in values]  # no plurals added, as PETRARCH
    plurals: list[str] = []
    if "{" in text:
        inside = text[text.index("{") + 1 : text.index("}")].strip()
        text = text[: text.index("{")].strip()
        plurals = [inside] if inside else []
    else:
        words = text.replace("_", " ").split()
        many = plural(words[-1]) if words else None
        plurals = [" ".join(words[:-1] + [many])] if many else []
    if not text:
        raise BadLine(line, "an agent without a noun")
    return [text] + plurals


def _keys(form: str, lemmas: Lemmas) -> list[str]:
    words = form.replace("_", " ").lower().split()
    if not words:
        return []
    literal = " ".join(words)
    lemmatised = " ".join(lemmas.noun(w) if w.isalpha() else w for w in words)
    head_only = " ".join(words[:-1] + [lemmas.noun(words[-1]) if words[-1].isalpha() else words[-1]])
    return list(dict.fromkeys([lemmatised, head_only, literal]))
