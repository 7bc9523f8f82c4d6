"""PETRARCH/TABARI verb files read into blocks, synsets and transformations (not yet compiled).

``--- NAME [code] ---`` opens a block; member verbs follow (``SAY {SAYS SAID SAYING}``,
``+CORDON_OFF``, ``WIRE_+TAP [1711]``), then patterns (``- * (FOR HELP) [020]``).
``&NAME`` opens a synset whose ``+`` lines are its members. ``~`` lines at the end are
transformations. Both the PETRARCH-2 syntax (CAMEO.2.0.txt) and the older TABARI syntax
(PETR.Validate.verbs.txt) are read; ``style`` says which one a file looks like.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from diurna.dictionaries.petrarch.text import BadLine, read_lines

__all__ = ["Member", "RawPattern", "Block", "Transformation", "VerbFile", "read_verbs", "split_code"]


@dataclass(frozen=True)
class Member:
    """A verb of a block: its words (the verb at ``verb_at``), irregular forms and own code."""

    words: tuple[str, ...]
    verb_at: int
    forms: tuple[str, ...]
    code: str | None  # the raw code in [...] after the verb, or None for the block's code
    line: int


@dataclass(frozen=True)
class RawPattern:
    """A pattern line: the words before and after ``*`` and its raw code."""

    pre: str
    post: str
    code: str
    line: int


@dataclass
class Block:
    """A ``--- NAME [code] ---`` block: synonymous verbs and the patterns they share."""

    name: str
    code: str
    line: int
    members: list[Member] = field(default_factory=list)
    patterns: list[RawPattern] = field(default_factory=list)


@dataclass(frozen=True)
class Transformation:
    """``~ a (a b ATTACK) SAY = a b 015``: a nested event rewritten (kept as data)."""

    source: str  # the outer event's source variable ("a")
    inner: tuple[str, str, str]  # (source, target, verb) of the inner event; "_"/"." = empty/any
    verb: str  # the outer verb
    result: tuple[str, str, str]  # (source, target, code or variable)
    line: int


@dataclass
class VerbFile:
    """One verb dictionary file, read but not compiled."""

    name: str
    style: str  # "petrarch2" or "tabari"
    blocks: list[Block] = field(default_factory=list)
    synsets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    transformations: list[Transformation] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why): typos PETRARCH misreads


def split_code(raw: str) -> tuple[str | None, str | None]:
    """``013:012`` -> ("013", "012"); ``:173`` -> (None, "173"); ``---`` -> (None, None)."""
    active, _, passive = raw.strip().partition(":")
    return _one(active), _one(passive)


def _one(code: str) -> str | None:
    code = code.strip()
    return None if not code or code == "---" else code


def read_verbs(path: Path) -> VerbFile:
    """Read one verb file; a line the reader cannot place raises BadLine."""
    result = VerbFile(path.name, "tabari")
    block: Block | None = None
    synset: str | None = None
    for line in read_lines(path):
        text = line.text.strip()
        if synset is not None and text.startswith("+"):
            result.synsets[synset].append((text[1:].strip(), line.number))
            continue
        synset = None
        if text.startswith("---"):
            block = _header(text, line.number)
            result.blocks.append(block)
        elif text.startswith("&"):
            synset = text.split()[0]
            result.synsets[synset] = []
        elif text.startswith("~"):
            result.transformations.append(_transformation(text, line.number))
        elif text.startswith("-"):
            if block is None:
                raise BadLine(line.number, "a pattern before any '--- VERB [code] ---' block")
            pattern = _pattern(text, line.number)
            if isinstance(pattern, str):
                result.skipped.append((line.number, pattern))
                continue
            block.patterns.append(pattern)
            if "(" in text:
                result.style = "petrarch2"
        else:
            if block is None:
                raise BadLine(line.number, "a verb before any '--- VERB [code] ---' block")
            block.members.append(_member(text, line.number))
    return result


def _header(text: str, line: int) -> Block:
    inner = text.strip("-").strip()
    name = inner.split("[")[0].split()
    if not name:
        raise BadLine(line, "a block header without a name")
    code = inner[inner.index("[") + 1 : inner.index("]")] if "[" in inner and "]" in inner else "---"
    return Block(name[0].upper(), code.strip() or "---", line)


def _pattern(text: str, line: int) -> RawPattern | str:
    body = text[1:]
    if "[" not in body or "]" not in body:
        raise BadLine(line, "a pattern needs a code in [...]")
    start = body.rindex("[")
    code = body[start + 1 : body.index("]", start)].strip()
    words = body[:start]
    if words.count("*") != 1:
        raise BadLine(line, "a pattern needs exactly one '*' for the verb")
    if words.count("(") != words.count(")") or words.count("{") != words.count("}"):
        return "unbalanced ( ) or { }"  # a typo PETRARCH reads as a garbled code; skipped
    pre, _, post = words.partition("*")
    return RawPattern(pre.strip(), post.strip(), code or "---", line)


def _member(text: str, line: int) -> Member:
    code = None
    if "[" in text:
        if "]" not in text:
            raise BadLine(line, "unbalanced [ ]")
        code = text[text.index("[") + 1 : text.index("]")].strip() or "---"
        text = text[: text.index("[")]
    forms: tuple[str, ...] = ()
    if "{" in text:
        if "}" not in text:
            raise BadLine(line, "unbalanced { }")
        forms = tuple(text[text.index("{") + 1 : text.index("}")].replace(",", " ").split())
        text = text[: text.index("{")]
    words = text.replace("_", " ").split()
    if not words:
        raise BadLine(line, "a verb line without a verb")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    verb_at = marked[0] if marked else 0
    clean = tuple(w.lstrip("+").upper() for w in words)
    return Member(clean, verb_at, forms, code, line)


def _transformation(text: str, line: int) -> Transformation:
    left, eq, right = text[1:].partition("=")
    outer = left.replace("(", " ( ").replace(")", " ) ").split()
    result = right.split()
    if not eq or len(result) != 3 or "(" not in outer or ")" not in outer:
        raise BadLine(line, "a transformation must read '~ a (b c VERB) VERB = x y CODE'")
    inner = outer[outer.index("(") + 1 : outer.index(")")]
    rest = [w for w in outer[outer.index(")") + 1 :]]
    if len(inner) != 3 or len(rest) != 1 or outer.index("(") != 1:
        raise BadLine(line, "a transformation must read '~ a (b c VERB) VERB = x y CODE'")
    return Transformation(outer[0], (inner[0], inner[1], inner[2].upper()), rest[0].upper(),
                          (result[0], result[1], result[2]), line)
