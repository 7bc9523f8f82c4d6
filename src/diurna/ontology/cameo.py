"""The CAMEO code table and its PLOVER crosswalk, loaded once from ``data/cameo.tsv``."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from diurna.errors import DiurnaError
from diurna.model import Cameo, Plover

__all__ = ["Ontology", "CodeInfo", "load_ontology", "QUAD_CLASS_NAMES", "NON_CAMEO_NAME"]

NON_CAMEO_NAME = "(non-CAMEO code from dictionary)"

QUAD_CLASS_NAMES = {
    1: "Verbal Cooperation",
    2: "Material Cooperation",
    3: "Verbal Conflict",
    4: "Material Conflict",
}


@dataclass(frozen=True)
class CodeInfo:
    """One row of the CAMEO table."""

    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None


class Ontology:
    """Look up CAMEO codes and their PLOVER type; immutable once built."""

    def __init__(self, rows: list[CodeInfo]) -> None:
        self._codes = {row.code: row for row in rows}

    def __contains__(self, code: str) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        """Every code, in codebook order."""
        return list(self._codes)

    def info(self, code: str) -> CodeInfo:
        """The table row for a code; unknown leaf codes fall back to their parent."""
        found = self._codes.get(code)
        if found is not None:
            return found
        if len(code) > 2 and code[:-1] in self._codes:
            return self._codes[code[:-1]]
        raise DiurnaError("D023", kind="CAMEO", value=code)

    def lenient(self, code: str) -> CodeInfo:
        """Like ``info``, but a code the table does not know (a user dictionary's "903",
        "174K") gets a row of its own: root = its first two characters, quad class,
        Goldstein score and PLOVER type from that root when it is a CAMEO root, else 0/none."""
        try:
            return self.info(code)
        except DiurnaError:
            root = self._codes.get(code[:2])
            return CodeInfo(
                code=code,
                root=code[:2],
                name=NON_CAMEO_NAME,
                quad_class=root.quad_class if root else 0,
                goldstein=root.goldstein if root else 0.0,
                plover_type=root.plover_type if root else None,
                plover_mode=root.plover_mode if root else None,
            )

    def cameo(self, code: str, lenient: bool = False) -> Cameo:
        """The ``Cameo`` record of a code (``lenient``: also of codes the table lacks)."""
        row = self.lenient(code) if lenient else self.info(code)
        return Cameo(
            code=code,
            root=row.root,
            name=row.name,
            quad_class=row.quad_class,
            goldstein=row.goldstein,
        )

    def plover(self, code: str, mode: str | None = None, lenient: bool = False) -> Plover:
        """The PLOVER type (and mode, unless one is given) that a CAMEO code maps to."""
        row = self.lenient(code) if lenient else self.info(code)
        return Plover(type=row.plover_type, mode=mode or row.plover_mode)

    def root_name(self, root: str) -> str:
        """The name of a two-digit root, e.g. '04' -> 'CONSULT'."""
        return self._codes[root].name


def _read_rows(text: str) -> list[CodeInfo]:
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    rows = []
    for rec in csv.DictReader(lines, delimiter="\t"):
        rows.append(
            CodeInfo(
                code=rec["code"],
                root=rec["root"],
                name=rec["name"],
                quad_class=int(rec["quad_class"]),
                goldstein=float(rec["goldstein"]),
                plover_type=rec["plover_type"] or None,
                plover_mode=rec["plover_mode"] or None,
            )
        )
    return rows


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The built-in ontology, read once per process (it never changes after loading)."""
    text = resources.files("diurna.ontology").joinpath("data/cameo.tsv").read_text("utf-8")
    return Ontology(_read_rows(text))
