"""Verb blocks compiled to our VerbPattern shape, with a count of what had to be approximated.

Each block's patterns apply to every member verb (as in PETRARCH). A pattern becomes
conditions on the dependency parse: post-verb words -> ``object`` (head last), the first
``(PREP NOUN)`` or bare preposition -> ``prep``/``prep_object``, noun-like pre-verb words ->
``subject``, ``+`` -> where the target is, ``%`` or ``[x:x]`` -> ``symmetric``. What has no
counterpart (auxiliaries and adverbs before the verb, ``$`` after it, second objects and
prepositional phrases, the second code of ``[x:y]``) is dropped and counted in ``notes``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from diurna.dictionaries.patterns import VerbPattern
from diurna.dictionaries.petrarch.lemmas import Lemmas
from diurna.dictionaries.petrarch.phrases import (
    PARTICLES,
    PREPOSITIONS,
    Item,
    Synsets,
    expand,
    is_nounlike,
    parse_side,
)
from diurna.dictionaries.petrarch.verbs import Member, RawPattern, VerbFile, split_code

__all__ = ["Conditions", "CompiledVerbs", "compile_verbs", "compile_pattern", "SPEECH_KINDS"]


@dataclass(frozen=True)
class Conditions:
    """A pattern's conditions in our terms, and why it is only an approximation."""

    particle: str | None = None
    object: tuple[str, ...] = ()
    prep: str | None = None
    prep_object: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    target: str = "auto"
    symmetric: bool = False
    approx: tuple[str, ...] = ()


@dataclass
class CompiledVerbs:
    """Everything the verb files compile to."""

    patterns: list[VerbPattern] = field(default_factory=list)
    control: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> {code prefix: code}
    second_codes: dict[str, str] = field(default_factory=dict)  # pattern source -> code after ':'
    notes: Counter[str] = field(default_factory=Counter)


def compile_pattern(raw: RawPattern, synsets: Synsets, lemmas: Lemmas) -> list[Conditions] | None:
    """The conditions of one pattern line, or None when it names an undefined synset.

    A synset of prepositions after the verb (``* &PREPOSIT1 RESOLUTION``) gives one
    set of conditions per preposition.
    """
    why: list[str] = []
    pre = _pre(parse_side(raw.pre), synsets, lemmas, why)
    if pre is None:
        return None
    subject, symmetric = pre
    out: list[Conditions] = []
    for items in _prep_variants(parse_side(raw.post), synsets):
        post = _post(items, synsets, lemmas, why)
        if post is None:
            return None
        out.append(replace(post, subject=subject, symmetric=symmetric or post.symmetric))
    approx = tuple(dict.fromkeys(why))
    return [replace(c, approx=approx) for c in out]


def _prep_variants(items: list[Item], synsets: Synsets) -> list[list[Item]]:
    for i, item in enumerate(items):
        if item.kind == "synset":
            members = synsets.members(item.text)
            if members and all(m in PREPOSITIONS for m in members):
                return [items[:i] + [Item("word", m)] + items[i + 1 :] for m in members]
    return [items]


def _pre(items: list[Item], synsets: Synsets, lemmas: Lemmas, why: list[str]):
    parts: list[Item] = []
    symmetric = False
    for item in items:
        if item.kind == "mark":
            if item.text == "%":
                symmetric = True
            elif item.text == "+":
                why.append("target before the verb")
        elif item.kind == "prep":
            why.append("prepositional phrase before the verb")
        elif item.kind == "word" and item.text in PREPOSITIONS:
            why.append("words before the verb")
            parts = []  # "REFUSAL TO *": what precedes a preposition is not the subject
        elif item.kind == "word" and not is_nounlike(item.text):
            why.append("words before the verb")
        elif item.kind == "synset":
            members = synsets.members(item.text)
            if not members:
                return None
            if all(is_nounlike(m.split()[-1]) for m in members):
                parts.append(item)
            else:
                why.append("words before the verb")
        else:
            parts.append(item)
    subject = expand(parts, synsets, lemmas) if parts else ()
    if parts and not subject:
        return None
    return subject, symmetric


def _post(items: list[Item], synsets: Synsets, lemmas: Lemmas, why: list[str]) -> Conditions | None:
    particle = None
    if items and items[0].kind == "word" and items[0].text in PARTICLES:
        particle, items = items[0].text, items[1:]
    obj: list[Item] = []
    prep: str | None = None
    prep_parts: list[Item] = []
    target, state = "auto", "object"  # state: object, bare-prep, after-prep, skipped, dropped
    for item in items:
        if item.kind == "prep":
            if prep is None:
                prep = item.text or None
                if prep is None:
                    why.append("prepositional phrase without a preposition")
                for part in item.parts:
                    if part.kind == "mark":
                        target = _mark(part.text, "prep", target, why)
                    else:
                        prep_parts.append(part)
                state = "after-prep"
            else:
                why.append("second prepositional phrase")
                if any(p.kind == "mark" and p.text == "+" for p in item.parts):
                    why.append("target marker")
                state = "dropped"
        elif item.kind == "word" and item.text in PREPOSITIONS:
            if prep is None:
                prep, state = item.text, "bare-prep"
            else:
                why.append("second prepositional phrase")
                state = "dropped"
        elif item.kind == "mark":
            if item.text == "^":  # "IN ^ +": the skipped phrase closes the preposition's object
                state = "skipped" if state == "bare-prep" else state
            elif item.text == "+":
                slot = _target_slot(state, bool(obj), prep, bool(prep_parts))
                if slot is None:
                    why.append("target marker")
                else:
                    target = slot
            elif item.text == "$":
                why.append("source after the verb")
        elif state == "bare-prep":
            prep_parts.append(item)
        elif state == "object":
            obj.append(item)
        else:
            why.append("words after a prepositional phrase")
    if target == "object" and obj:
        target = "auto"  # "* + MISSION": the target owns the object
        why.append("target marker")
    objects = expand(obj, synsets, lemmas) if obj else ()
    prep_objects = expand(prep_parts, synsets, lemmas) if prep_parts else ()
    if (obj and not objects) or (prep_parts and not prep_objects):
        return None
    return Conditions(particle, objects, prep, prep_objects, (), target, False)


def _target_slot(state: str, has_object: bool, prep: str | None, has_prep_words: bool) -> str | None:
    if state == "object" and not has_object:
        return "object"  # "* + IN DETENTION"
    if prep and (state == "after-prep" or (state == "bare-prep" and not has_prep_words)):
        return "prep"  # "* (AGAINST) +", "* TROOP TOWARD +"
    return None


def _mark(mark: str, slot: str, target: str, why: list[str]) -> str:
    if mark == "+":
        return slot
    if mark == "$":
        why.append("source after the verb")
    return target


@dataclass(frozen=True)
class _Verb:
    lemma: str
    extra: Conditions
    code: str | None
    second: str | None
    line: int
    aliases: tuple[str, ...] = ()  # other lemmas spaCy gives its forms ("staged" -> "stag")


def _member(member: Member, block_code: str, style: str, lemmas: Lemmas, notes: Counter[str]) -> _Verb:
    word = member.words[member.verb_at]
    lemma = lemmas.verb(word, base_first=style == "petrarch2")
    aliases: tuple[str, ...] = ()
    if lemma == word.lower():  # a base form: its inflected forms may lemmatise elsewhere
        forms = tuple(f.split("+", 1)[-1].split("_")[0] for f in member.forms)
        aliases = tuple(lemmas.verb_forms(word, forms)[1:])
    if member.verb_at > 0:
        notes["words before a multi-word verb dropped (WIRE_+TAP)"] += 1
    rest = [w.lower() for w in member.words[member.verb_at + 1 :]]
    particle = prep = None
    obj: tuple[str, ...] = ()
    prep_obj: tuple[str, ...] = ()
    if rest and (rest[0] in PARTICLES or rest[0] == "over"):  # spaCy: "handed over" is a particle
        particle, rest = rest[0], rest[1:]
    if rest and rest[0] in PREPOSITIONS:
        prep, rest = rest[0], rest[1:]
    if rest:
        phrase = " ".join(rest)
        values = tuple(dict.fromkeys([phrase, " ".join(rest[:-1] + [lemmas.noun(rest[-1])])]))
        obj, prep_obj = ((), values) if prep else (values, ())
    active, second = split_code(member.code if member.code is not None else block_code)
    if not (_usable(active) and _usable(second)):
        notes["verbs with a non-code such as [+++] (code nothing)"] += 1
        active = second = None
    return _Verb(lemma, Conditions(particle, obj, prep, prep_obj), active, second, member.line, aliases)


def _combine(verb: _Verb, cond: Conditions) -> Conditions | None:
    extra = verb.extra
    if not (extra.particle or extra.object or extra.prep):
        return cond
    if extra.particle and cond.particle and extra.particle != cond.particle:
        return None
    if extra.object and cond.object:
        return None
    if extra.prep and cond.prep and extra.prep != cond.prep:
        return None
    return Conditions(
        extra.particle or cond.particle, extra.object or cond.object, extra.prep or cond.prep,
        extra.prep_object or cond.prep_object, cond.subject, cond.target, cond.symmetric, cond.approx,
    )


def compile_verbs(files: list[VerbFile], lemmas: Lemmas) -> CompiledVerbs:
    """Compile verb files (earlier files and blocks win for a verb defined twice)."""
    out = CompiledVerbs()
    chosen: dict[tuple, tuple[VerbPattern, bool]] = {}
    owners: dict[tuple, str] = {}
    codes: dict[str, str | None] = {}  # verb word (upper) -> its code, for transformations
    for file in files:
        synsets = Synsets(file.synsets)
        for block in file.blocks:
            verbs = []
            for member in block.members:
                first = _member(member, block.code, file.style, lemmas, out.notes)
                for n, verb in enumerate([first] + [replace(first, lemma=a) for a in first.aliases]):
                    key = (verb.lemma, verb.extra.particle, verb.extra.prep, verb.extra.object)
                    if owners.setdefault(key, f"{file.name}:{block.name}") != f"{file.name}:{block.name}":
                        out.notes["verbs already in an earlier block (skipped)" if n == 0 else "lemma aliases already taken"] += 1
                        continue
                    if n == 0:
                        codes.setdefault(" ".join(member.words), verb.code)
                        if verb.second and verb.second != verb.code:
                            out.notes["second codes of [x:y] not used (verbs)"] += 1
                    else:
                        out.notes["lemma aliases: spaCy lemmatises a form elsewhere (staged -> stag)"] += 1
                    verbs.append(verb)
                    _add(out, chosen, verb, verb.extra, verb.code, verb.second, f"{file.name}:{verb.line}", ())
            for raw in block.patterns:
                conds = compile_pattern(raw, synsets, lemmas)
                if conds is None:
                    out.notes["patterns naming an undefined synset (skipped)"] += 1
                    continue
                active, second = split_code(raw.code)
                if not _usable(active) or not _usable(second):
                    out.notes["patterns with a non-code such as [+++] or [###] (skipped)"] += 1
                    continue
                out.notes["patterns read"] += 1
                if conds[0].approx:
                    out.notes["patterns approximated"] += 1
                    for reason in conds[0].approx:
                        out.notes[f"approximated: {reason}"] += 1
                if second and second != active:
                    out.notes["second codes of [x:y] not used (patterns)"] += 1
                for verb in verbs:
                    for cond in conds:
                        both = _combine(verb, cond)
                        if both is not None:
                            _add(out, chosen, verb, both, active, second, f"{file.name}:{raw.line}", cond.approx)
        _transformations(file, codes, chosen, out, lemmas)
    out.patterns = [pattern for pattern, _ in chosen.values()]
    return out


def _usable(code: str | None) -> bool:
    """TABARI's [+++] and [###] are not event codes."""
    return code is None or any(char.isalnum() for char in code)


def _add(out: CompiledVerbs, chosen: dict, verb: _Verb, cond: Conditions, code: str | None,
         second: str | None, source: str, approx: tuple[str, ...]) -> None:
    """Keep a pattern; of patterns with the same conditions the last exact one wins, as in PETRARCH."""
    symmetric = cond.symmetric or (code is not None and code == second)
    key = (verb.lemma, cond.particle, cond.object, cond.prep, cond.prep_object, cond.subject, cond.target)
    old = chosen.get(key)
    if old is not None:
        if approx:  # an approximation never replaces what is already there
            out.notes["patterns equal to an earlier one once approximated (dropped)"] += 1
            return
        out.notes["patterns replaced by a later one with the same conditions"] += 1
    pattern = VerbPattern(
        lemma=verb.lemma, code=code, particle=cond.particle, object=cond.object, prep=cond.prep,
        prep_object=cond.prep_object, subject=cond.subject, target=cond.target, symmetric=symmetric, source=source,
    )
    chosen[key] = (pattern, bool(approx))
    if second and second != code:
        out.second_codes[source] = second


# The control kind of a transformation's outer verb: "~ a (_ b ATTACK) WANT = a b 138".
# PETRARCH codes "wants to examine" as the examining (090); our "attempt" kind does the same
# (the complement's own code, unless the rule maps it), so WANT is an attempt here.
_KINDS = MappingProxyType({
    "WANT": "attempt", "ATTEMPT": "attempt", "TRY": "attempt", "SEEK": "attempt",
    "INTEND": "intend", "PLAN": "intend", "THREATEN": "threaten", "DEMAND": "demand",
    "APPEAL": "appeal", "REFUSE": "reject", "DENY": "deny",
})


# Speech transformations: "~ a (a b ATTACK) SAY = a b 015" (the speaker tells of its own
# act) and "~ a (b . ATTACK) SAY = a b 112" (of another's act with no target).
SPEECH_KINDS = MappingProxyType({"own": "speech-own", "other": "speech-other"})
_SPEECH_VERBS = frozenset({"SAY", "CLAIM"})


def _transformations(file: VerbFile, codes: dict[str, str | None], chosen: dict, out: CompiledVerbs,
                     lemmas: Lemmas) -> None:
    """Apply "~ a (_ b X) V = a b CODE" as a control rule of V's kind, and the speech forms
    above as speech rules; keep the rest as data."""
    for rule in file.transformations:
        inner = codes.get(rule.inner[2])
        if _speech(rule, inner, out):
            continue
        kind = _KINDS.get(rule.verb)
        simple = rule.inner[0] == "_" and rule.result[:2] == (rule.source, rule.inner[1])
        if kind is None or not simple or not inner or not rule.result[2][:1].isdigit():
            out.notes["transformations kept as data (not applied)"] += 1
            continue
        prefix = _prefix(inner)
        out.control.setdefault(kind, {})[prefix] = rule.result[2]
        lemma = lemmas.verb(rule.verb, base_first=True)
        key = (lemma, None, (), None, (), (), "auto")  # the verb's unconditional pattern
        if key in chosen:
            pattern, approx = chosen[key]
            chosen[key] = (replace(pattern, control=kind), approx)
        out.notes["transformations applied as control rules"] += 1


def _prefix(code: str) -> str:
    """A verb's code as a prefix of the codes it stands for: ATTACK's 190 is any 19x."""
    return code[:2] if code.endswith("0") and len(code) == 3 else code


def _speech(rule, inner: str | None, out: CompiledVerbs) -> bool:
    """Record a speech transformation; False when the rule has another form."""
    if rule.verb not in _SPEECH_VERBS or not inner or not rule.result[2][:1].isdigit():
        return False
    source, target, _ = rule.inner
    if source == rule.source and rule.result[:2] == (rule.source, target):
        kind = SPEECH_KINDS["own"]  # the speaker's own act
    elif target == "." and rule.result[:2] == (rule.source, source):
        kind = SPEECH_KINDS["other"]  # another's act, with no target: an accusation
    else:
        return False
    out.control.setdefault(kind, {})[_prefix(inner)] = rule.result[2]
    out.notes["transformations applied as speech rules"] += 1
    return True
