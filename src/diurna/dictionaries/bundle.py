"""The loaded dictionary set and the named loaders that build it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Sequence

import yaml

from diurna.dictionaries.actors import ActorEntry, actor_entries_from_yaml
from diurna.dictionaries.agents import AgentTable
from diurna.dictionaries.cache import DictionaryCache
from diurna.dictionaries.names import NameIndex
from diurna.dictionaries.patterns import ControlRule
from diurna.dictionaries.petrarch.discards import Discards
from diurna.dictionaries.verbs import (
    PatternBook,
    control_from_yaml,
    noun_patterns_from_yaml,
    verb_patterns_from_yaml,
)
from diurna.errors import DiurnaError

__all__ = ["Dictionaries", "load_dictionaries", "register_loader", "read_builtin_yaml"]

log = logging.getLogger(__name__)

Tokenize = Callable[[str], Sequence[str]]
# libyaml parses our dictionaries ten times faster than the pure-Python loader.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Actor files in priority order: an ambiguous name takes the first file's entry.
ACTOR_FILES = (
    ("leaders.yaml", "person"),
    ("groups.yaml", "group"),
    ("countries.yaml", "state"),
    ("regions.yaml", "region"),
)


@dataclass
class Dictionaries:
    """Everything the NLP components look up: names, agents, verbs, nouns, control rules."""

    names: NameIndex
    agents: AgentTable
    verbs: PatternBook
    nouns: PatternBook
    control: dict[str, ControlRule]
    spec: str = "builtin"
    actor_pairs: list[tuple[str, ActorEntry]] = field(default_factory=list, repr=False)
    # Phrases that make the coder drop a sentence or a whole story (PETRARCH discard files).
    discards: Discards | None = None

    def summary(self) -> dict[str, int]:
        """Sizes, for logs and `diurna info`."""
        return {
            "names": len(self.names),
            "agents": len(self.agents),
            "verb_patterns": len(self.verbs),
            "noun_patterns": len(self.nouns),
            "control_rules": len(self.control),
            "discards": len(self.discards) if self.discards else 0,
        }


Loader = Callable[[str, "Dictionaries | None", Tokenize], "Dictionaries"]
_LOADERS: dict[str, Loader] = {}


def register_loader(name: str) -> Callable[[Loader], Loader]:
    """Register a dictionary loader under a spec name (``builtin``, ``petrarch``)."""

    def wrap(func: Loader) -> Loader:
        _LOADERS[name] = func
        return func

    return wrap


def read_builtin_yaml(name: str) -> Any:
    """Parse one of our YAML data files (None when the file does not exist)."""
    path = resources.files("diurna.dictionaries").joinpath("data", name)
    return _parse_yaml(path, f"dictionaries/data/{name}")


def _parse_yaml(path: Any, shown: str) -> Any:
    try:
        return yaml.load(path.read_text("utf-8"), Loader=_LOADER)
    except FileNotFoundError:
        return None
    except yaml.YAMLError as exc:
        raise DiurnaError("D020", path=shown, detail=str(exc)) from exc


@register_loader("builtin")
def load_builtin(arg: str, base: Dictionaries | None, tokenize: Tokenize) -> Dictionaries:
    """Our own dictionaries, shipped in the package (compiled once, then cached on disk)."""
    cache = DictionaryCache()
    key = cache.key("builtin", tokenize)
    built = cache.load(key)
    if not isinstance(built, Dictionaries):
        built = build_from_yaml(read_builtin_yaml, "builtin", "dictionaries/data", tokenize, warn=True)
        cache.store(key, built)
    return built if base is None else merge(base, built, tokenize)


@register_loader("yaml")
def load_yaml_dir(arg: str, base: Dictionaries | None, tokenize: Tokenize) -> Dictionaries:
    """Dictionaries in diurna's own YAML format from a folder (any subset of our files)."""
    folder = Path(arg).expanduser()
    if not folder.is_dir():
        raise DiurnaError("D020", path=arg, detail="not a folder")
    built = build_from_yaml(
        lambda name: _parse_yaml(folder / name, str(folder / name)), f"yaml:{arg}", str(folder), tokenize
    )
    return built if base is None else merge(base, built, tokenize)


def build_from_yaml(
    read: Callable[[str], Any], spec: str, shown: str, tokenize: Tokenize, warn: bool = False
) -> Dictionaries:
    """Compile the YAML files that ``read`` returns (None for a missing file)."""
    pairs: list[tuple[str, ActorEntry]] = []
    for filename, kind in ACTOR_FILES:
        data = read(filename)
        if data is None:
            if warn:
                log.warning("dictionary %s is missing", filename)
            continue
        try:
            pairs.extend(actor_entries_from_yaml(data, kind, filename))
        except (ValueError, TypeError, KeyError) as exc:
            raise DiurnaError("D020", path=f"{shown}/{filename}", detail=str(exc)) from exc
    try:
        agents = AgentTable(read("agents.yaml") or {})
        verbs = PatternBook(verb_patterns_from_yaml(read("verbs.yaml"), "verbs"))
        nouns = PatternBook(noun_patterns_from_yaml(read("nouns.yaml"), "nouns"))
        control = control_from_yaml(read("control.yaml"))
    except (ValueError, TypeError, KeyError) as exc:
        raise DiurnaError("D020", path=shown, detail=str(exc)) from exc
    return Dictionaries(
        names=NameIndex(pairs, tokenize),
        agents=agents,
        verbs=verbs,
        nouns=nouns,
        control=control,
        spec=spec,
        actor_pairs=pairs,
    )


def merge(base: Dictionaries, top: Dictionaries, tokenize: Tokenize) -> Dictionaries:
    """``top`` on ``base``: top's names first, top's verb patterns replace base's."""
    pairs = top.actor_pairs + base.actor_pairs
    verbs = PatternBook([p for lemma in base.verbs.lemmas() for p in base.verbs.get(lemma)])
    verbs.extend([p for lemma in top.verbs.lemmas() for p in top.verbs.get(lemma)], True)
    nouns = PatternBook([p for lemma in base.nouns.lemmas() for p in base.nouns.get(lemma)])
    nouns.extend([p for lemma in top.nouns.lemmas() for p in top.nouns.get(lemma)], True)
    agents = top.agents if len(top.agents) else base.agents
    return Dictionaries(
        names=NameIndex(pairs, tokenize),
        agents=agents,
        verbs=verbs,
        nouns=nouns,
        control={**base.control, **top.control},
        spec=f"{base.spec}+{top.spec}",
        actor_pairs=pairs,
        discards=(top.discards | base.discards) if top.discards is not None else base.discards,
    )


def load_dictionaries(spec: str, tokenize: Tokenize) -> Dictionaries:
    """Load a dictionary spec such as ``builtin`` or ``builtin+petrarch:DIR``."""
    result: Dictionaries | None = None
    for part in [p for p in spec.split("+") if p]:
        name, _, arg = part.partition(":")
        loader = _LOADERS.get(name)
        if loader is None:
            raise DiurnaError(
                "D021", value=spec, options=", ".join(f"{n}[:ARG]" for n in sorted(_LOADERS))
            )
        result = loader(arg, result, tokenize)
    if result is None:
        raise DiurnaError("D021", value=spec, options=", ".join(sorted(_LOADERS)))
    return result
