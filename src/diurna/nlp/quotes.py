"""Direct quotations and their speakers."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from diurna.model import Quote
from diurna.nlp.coref import as_reference
from diurna.nlp.lexicon import SPEECH_VERBS
from diurna.nlp.mentions import Mention
from diurna.nlp.syntax import subject_tokens
from diurna.nlp.spans import entities, sentences
from diurna.nlp.text import doc_text

__all__ = ["find_quotes", "speaker_references", "QUOTE_VERBS", "FIRST_PERSON"]

QUOTE_VERBS = SPEECH_VERBS | frozenset(
    """warn ask urge reply respond shout chant quip remark continue conclude
    recall vow promise pledge describe call declare affirm""".split()
)
_QUOTED = re.compile(r"“([^”]{2,2000}?)”|\"([^\"\n]{2,2000}?)\"|‘([^’]{12,600}?)’(?!\w)")
MIN_WORDS = 3
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine", "we", "us", "our", "ours", "ourselves"})
UNKNOWN = "---"  # a speaker named but not coded: a person we know nothing of


def find_quotes(doc: Doc, mentions: dict[int, Mention], refs: dict[int, Mention]) -> list[Quote]:
    """Direct quotations of at least three words, with the speaker where one is named."""
    quotes: list[Quote] = []
    for inner, start, end, index, find_speaker in _quotations(doc):
        speaker = find_speaker(mentions, refs)
        actor = speaker.actors[0] if speaker and speaker.actors else None
        quotes.append(
            Quote(
                text=inner.strip(),
                start=start,
                end=end,
                speaker=actor,
                speaker_name=(actor.name or actor.text) if actor else None,
                sentence_index=index,
            )
        )
    return quotes


def speaker_references(doc: Doc, mentions: dict[int, Mention], refs: dict[int, Mention]) -> dict[int, Mention]:
    """First-person pronouns in a quotation, taken to its named speaker: in '"We will
    never recognise the annexation," Zelensky said', "we" is Zelensky's side."""
    out: dict[int, Mention] = {}
    if not _has_first_person(doc):
        return out  # most articles: no need to look for quotations
    for _, start, end, index, find_speaker in _quotations(doc):
        span = doc.char_span(start, end, alignment_mode="expand") or ()
        pronouns = [t for t in span if t.lower_ in FIRST_PERSON and t.i not in mentions and t.i not in refs]
        if not pronouns:
            continue  # most quotations: no need to look for the speaker
        speaker = find_speaker(mentions, refs)
        if speaker is None or not speaker.actors or speaker.actors[0].code == UNKNOWN:
            continue
        for token in pronouns:
            out[token.i] = as_reference(doc, token, speaker)
    return out


def _has_first_person(doc: Doc) -> bool:
    """Whether any word is a first-person pronoun, on the token array (no Token objects)."""
    strings = doc.vocab.strings
    wanted = {strings.add(word) for word in FIRST_PERSON}
    return bool(numpy.isin(doc.to_array(LOWER), list(wanted)).any())


def _quotations(doc: Doc):
    """Each quotation of at least three words: its text, character span, sentence index
    and a function that finds its speaker mention (or None) from mentions and refs."""
    text = doc_text(doc)
    sents = sentences(doc)
    for found in _QUOTED.finditer(text):
        group = next(g for g in (1, 2, 3) if found.group(g) is not None)
        inner = found.group(group)
        if len(inner.split()) < MIN_WORDS:
            continue
        start, end = found.start(group), found.end(group)
        index, sent = _sentence_at(sents, start)

        def find_speaker(mentions, refs, index=index, sent=sent, start=start, end=end):
            return _speaker(doc, sents, index, start, end, mentions, refs) if sent is not None else None

        yield inner, start, end, index, find_speaker


def _sentence_at(sents: list[Span], char: int) -> tuple[int | None, Span | None]:
    for i, sent in enumerate(sents):
        if sent.start_char <= char < sent.end_char:
            return i, sent
    return None, None


def _speaker(doc, sents, index, start, end, mentions, refs) -> Mention | None:
    # The quote's own sentence(s) first, then the sentence before ("He said:").
    candidates: list[Token] = []
    for sent in sents[index:]:
        if sent.start_char >= end + 2:
            break
        candidates.extend(t for t in sent if _speech_verb(t) and not (start <= t.idx < end))
    if not candidates and index > 0:
        prev = sents[index - 1]
        if prev.text.rstrip().endswith(":"):
            candidates.extend(t for t in prev if _speech_verb(t))
    candidates.sort(key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
    for verb in candidates:
        for subject in subject_tokens(verb):
            found = mentions.get(subject.i) or refs.get(subject.i)
            if found is None:
                for child in subject.children:
                    if child.dep_ in ("appos", "compound"):
                        found = mentions.get(child.i) or refs.get(child.i)
                        if found:
                            break
            if found is not None:
                return found
            if subject.ent_type_ == "PERSON":
                return _unknown_person(doc, subject)
    return None


def _speech_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in QUOTE_VERBS


def _unknown_person(doc: Doc, token: Token) -> Mention | None:
    from diurna.model import Actor

    ent = next((e for e in entities(doc) if e.start <= token.i < e.end), None)
    if ent is None:
        return None
    actor = Actor(text=ent.text, code="---", name=ent.text, start=ent.start_char, end=ent.end_char, kind="person")
    return Mention(head=token.i, start=ent.start, end=ent.end, actors=[replace(actor)], kind="person")
