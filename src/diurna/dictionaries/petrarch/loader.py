"""The ``petrarch:DIR[@PREFIX]`` dictionary spec: a folder of PETRARCH/TABARI files.

Without ``@PREFIX`` every ``*.actors.txt``, ``*.agents.txt``, ``*.discards.txt`` and verbs
file (``*.verbs.txt``, ``CAMEO*.txt``) in DIR is read. With it, only files whose names start
with PREFIX; when those include no verbs file, the folder's ``CAMEO*.txt`` is used (the
Phoenix set relies on CAMEO.2.0.txt).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from diurna.dictionaries.actors import ActorEntry
from diurna.dictionaries.agents import AgentTable
from diurna.dictionaries.bundle import Dictionaries, merge, read_builtin_yaml, register_loader
from diurna.dictionaries.cache import DictionaryCache
from diurna.dictionaries.names import NameIndex
from diurna.dictionaries.patterns import ControlRule
from diurna.dictionaries.petrarch.actors import read_actors
from diurna.dictionaries.petrarch.agents import read_agents
from diurna.dictionaries.petrarch.compile import CompiledVerbs, compile_verbs
from diurna.dictionaries.petrarch.discards import Discards, read_discards
from diurna.dictionaries.petrarch.lemmas import Lemmas, lookups_folder
from diurna.dictionaries.petrarch.text import BadLine
from diurna.dictionaries.petrarch.verbs import VerbFile, read_verbs
from diurna.dictionaries.verbs import PatternBook, control_from_yaml
from diurna.errors import DiurnaError

__all__ = ["PetrarchFiles", "PetrarchSet", "select_files", "read_petrarch", "load_petrarch", "FastTokenize"]

log = logging.getLogger(__name__)

Tokenize = Callable[[str], Sequence[str]]
_CACHE_FROM_BYTES = 1_000_000  # sets smaller than this are read every time


@dataclass
class PetrarchFiles:
    """The files of one dictionary set, by role, in reading order."""

    actors: list[Path] = field(default_factory=list)
    agents: list[Path] = field(default_factory=list)
    verbs: list[Path] = field(default_factory=list)
    discards: list[Path] = field(default_factory=list)


@dataclass
class PetrarchSet:
    """What a set of PETRARCH files reads to, before it becomes a Dictionaries."""

    actor_pairs: list[tuple[str, ActorEntry]]
    agents: dict[str, list[str]]
    verbs: CompiledVerbs
    discards: Discards
    verb_files: list[VerbFile]
    notes: Counter[str]


def _is_verbs(name: str) -> bool:
    return name.endswith(".verbs.txt") or (name.startswith("CAMEO") and name.endswith(".txt"))


def select_files(folder: Path, prefix: str = "") -> PetrarchFiles:
    """The dictionary files of ``folder`` (only those starting with ``prefix`` when given)."""
    names = sorted(p.name for p in folder.iterdir() if p.is_file())
    chosen = [n for n in names if n.startswith(prefix)] if prefix else names
    files = PetrarchFiles(
        actors=[folder / n for n in chosen if n.endswith(".actors.txt")],
        agents=[folder / n for n in chosen if n.endswith(".agents.txt")],
        verbs=[folder / n for n in chosen if _is_verbs(n)],
        discards=[folder / n for n in chosen if n.endswith(".discards.txt")],
    )
    if prefix and not files.verbs:
        files.verbs = [folder / n for n in names if n.startswith("CAMEO") and n.endswith(".txt")]
    return files


def read_petrarch(files: PetrarchFiles, lemmas: Lemmas | None = None) -> PetrarchSet:
    """Read and compile a set of files; a bad line raises D020 naming the file and line."""
    lemmas = lemmas or Lemmas.load()
    notes: Counter[str] = Counter()
    pairs: list[tuple[str, ActorEntry]] = []
    agents: dict[str, list[str]] = {}
    verb_files: list[VerbFile] = []
    discards = Discards()
    path = Path()
    try:
        for path in files.actors:
            pairs.extend(read_actors(path, notes))
        for path in files.agents:
            for sector, words in read_agents(path, lemmas, notes).items():
                agents.setdefault(sector, []).extend(words)
        for path in files.verbs:
            verb_files.append(read_verbs(path))
            for number, why in verb_files[-1].skipped:
                log.warning("petrarch: %s:%d skipped: %s", path.name, number, why)
                notes["pattern lines skipped (typos)"] += 1
        for path in files.discards:
            discards = discards | read_discards(path)
    except BadLine as exc:
        raise DiurnaError("D020", path=f"{path}:{exc.line}", detail=exc.detail) from exc
    except OSError as exc:
        raise DiurnaError("D020", path=str(path), detail=exc.strerror or str(exc)) from exc
    verbs = compile_verbs(verb_files, lemmas)
    notes.update(verbs.notes)
    return PetrarchSet(pairs, agents, verbs, discards, verb_files, notes)


class FastTokenize:
    """Tokenize dictionary names word by word, skipping the tokenizer for plain words.

    spaCy tokenizes each whitespace-separated chunk on its own; a chunk of letters only is
    one token unless it is a tokenizer exception ("cannot"). Skipping the tokenizer for the
    others makes the Phoenix actor files (60,000 names) index in a fraction of the time.
    """

    def __init__(self, tokenize: Tokenize) -> None:
        self.tokenize = tokenize
        self.cache: dict[str, list[str]] = {}
        self.exceptions = _tokenizer_exceptions()

    def __call__(self, text: str) -> list[str]:
        out: list[str] = []
        for chunk in text.split():
            if chunk.isalpha() and self.exceptions is not None and chunk not in self.exceptions:
                out.append(chunk)
                continue
            found = self.cache.get(chunk)
            if found is None:
                found = self.cache[chunk] = [t for t in self.tokenize(chunk) if t.strip()]
            out.extend(found)
        return out


def _tokenizer_exceptions() -> frozenset[str] | None:
    try:
        from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
    except ImportError:  # without spaCy's English data, always ask the tokenizer
        return None
    return frozenset(TOKENIZER_EXCEPTIONS)


def _control(compiled: CompiledVerbs, base: Dictionaries | None) -> dict[str, ControlRule]:
    """Control rules from the transformations, for the kinds the base does not define.

    A kind is shared by every verb that has it; adding PETRARCH's mappings to a base
    rule would change how the base's own verbs code ("tried to attack" is not a threat).
    """
    rules: dict[str, ControlRule] = {}
    for kind, by_code in compiled.control.items():
        if base is not None and kind in base.control:
            log.info("petrarch: control kind %r comes from the base dictionaries; transformations for it not applied", kind)
            continue
        rules[kind] = ControlRule(kind, None, dict(by_code))
    if base is None and "reject" not in rules:
        # the refusal grammar ("would not give permission" refuses) reads CAMEO's
        # structure, not a dictionary's words: ours serves when the files have none
        own = control_from_yaml(read_builtin_yaml("control.yaml")).get("reject")
        if own is not None:
            rules["reject"] = own
    return rules


def _cached_read(files: PetrarchFiles) -> PetrarchSet:
    """``read_petrarch``, through the dictionary disk cache (keyed by the files' bytes and
    this reader's code): the Phoenix set takes seconds to compile, under one to load."""
    from diurna import __version__

    paths = files.actors + files.agents + files.verbs + files.discards
    if sum(p.stat().st_size for p in paths) < _CACHE_FROM_BYTES:
        return read_petrarch(files)  # small sets read faster than a cache loads
    digest = hashlib.sha256(f"petrarch|{__version__}".encode())
    tables = lookups_folder()
    sources = sorted(Path(__file__).parent.glob("*.py")) + (sorted(tables.iterdir()) if tables else [])
    for path in sources + paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    cache = DictionaryCache()
    key = "petrarch-" + digest.hexdigest()[:24]
    found = cache.load(key)
    if not isinstance(found, PetrarchSet):
        found = read_petrarch(files)
        cache.store(key, replace(found, verb_files=[]))  # the raw blocks are not needed again
    return found


def parse_arg(arg: str) -> tuple[Path, str]:
    """``DIR[@PREFIX]`` -> (folder, prefix)."""
    folder, _, prefix = arg.rpartition("@") if "@" in arg else (arg, "", "")
    return Path(folder).expanduser(), prefix


@register_loader("petrarch")
def load_petrarch(arg: str, base: Dictionaries | None, tokenize: Tokenize) -> Dictionaries:
    """A user's PETRARCH/TABARI dictionaries (on top of ``base`` when given)."""
    folder, prefix = parse_arg(arg)
    if not arg or not folder.is_dir():
        raise DiurnaError("D020", path=str(folder), detail="not a folder (use petrarch:DIR[@PREFIX])")
    if prefix and not any(p.name.startswith(prefix) for p in folder.iterdir()):
        raise DiurnaError("D020", path=f"{folder}/{prefix}*", detail=f"no file here starts with {prefix!r}")
    files = select_files(folder, prefix)
    sets = sorted({p.name.split(".")[0] for p in files.actors + files.agents + files.discards})
    if len(sets) > 1:
        log.warning("petrarch:%s reads several dictionary sets (%s); pick one with @PREFIX", arg, ", ".join(sets))
    if not (files.actors or files.verbs):
        raise DiurnaError("D020", path=f"{folder}/{prefix}*", detail="no PETRARCH actor or verb files here")
    found = _cached_read(files)
    notes = found.notes
    log.info(
        "petrarch:%s: %d actor names, %d verb patterns (%d of %d pattern lines approximated), %d discards",
        arg, len(found.actor_pairs), len(found.verbs.patterns), notes["patterns approximated"],
        notes["patterns read"], len(found.discards),
    )
    fast = FastTokenize(tokenize)
    built = Dictionaries(  # on a base, merge() indexes all the names at once
        names=NameIndex(found.actor_pairs if base is None else [], fast),
        agents=AgentTable(found.agents),
        verbs=PatternBook(found.verbs.patterns),
        nouns=PatternBook([]),
        control=_control(found.verbs, base),
        spec=f"petrarch:{arg}",
        actor_pairs=found.actor_pairs,
        discards=found.discards,
    )
    return built if base is None else merge(base, built, fast)
