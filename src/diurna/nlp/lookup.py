"""Which actor a token names: the event finder's view of one document's mentions.

Mentions are keyed by their head token; references ("the prime minister" -> Kishida) and
adjective modifiers ("Russian drones") by the token they stand on. A token can also reach
a mention through an apposition, a quantity ("thousands of Kenyans"), a partitive title
("the head of the IAEA") or the words of a name ("Barack" in "Barack Obama").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diurna.dictionaries.verbs import PatternBook
from diurna.model import Actor
from diurna.nlp.lexicon import BORDERS, QUANTITY_HEADS
from diurna.nlp.mentions import PARTITIVE_TITLES, Mention
from diurna.nlp.syntax import conjuncts, prep_objects

__all__ = ["ActorLookup"]


class ActorLookup:
    """Mentions of one document, looked up from the tokens the event finder visits."""

    def __init__(
        self,
        doc: Doc,
        mentions: dict[int, Mention],
        refs: dict[int, Mention],
        modifiers: dict[int, Mention],
        nouns: PatternBook,
    ) -> None:
        self.doc = doc
        self.mentions = mentions
        self.refs = refs
        self.modifiers = modifiers
        self.nouns = nouns  # event nouns: "Russian aggression" is an event, not an actor
        self.spans: dict[int, Mention] | None = None  # token -> mention covering it, built on use

    def mention_at(self, token: Token) -> Mention | None:
        """The mention a token names or refers to, through appositions, quantities
        ("thousands of Kenyans"), titles ("the head of the IAEA") and adjectives."""
        found = self.refs.get(token.i) or self.mentions.get(token.i)  # "the prime minister" -> Kishida
        if found is not None:
            return found
        for child in token.children:
            if child.dep_ == "appos":
                found = self.mentions.get(child.i) or self.refs.get(child.i)
                if found is not None:
                    return found
                for grand in child.children:  # BELGRADE, Serbia - The leader of Serbia
                    if grand.dep_ == "appos":
                        found = self.mentions.get(grand.i) or self.refs.get(grand.i)
                        if found is not None:
                            return found
        if token.pos_ == "VERB" and token.dep_ in ("nsubj", "nsubjpass"):
            # a mis-parse makes "operating" the subject of "The Red Cross operating in Iraq said"
            for child in token.children:
                if child.dep_ == "nsubj":
                    found = self.refs.get(child.i) or self.mentions.get(child.i)
                    if found is not None:
                        return found
        if token.lower_ in QUANTITY_HEADS or token.pos_ == "NUM":
            for pobj in prep_objects(token, ("of",)):  # "thousands of Kenyans"
                found = self.mentions.get(pobj.i) or self.refs.get(pobj.i) or self.modifiers.get(pobj.i)
                if found is not None:
                    return found
        elif token.lemma_.lower() in PARTITIVE_TITLES:
            for pobj in prep_objects(token, ("of",)):  # "the head of the IAEA", not of "a child unit"
                found = self.mentions.get(pobj.i) or self.refs.get(pobj.i)
                if found is not None:
                    return found
        # "Russian drones hit Kyiv", "tariffs on Chinese goods": the adjective's country acts.
        if token.lemma_.lower() in self.nouns:
            return None  # "Russian aggression" is an event, not an actor
        return self._modifier(token)

    def owner(self, token: Token, of: bool = True) -> Token | Mention | None:
        """The actor a non-actor noun belongs to: "Russia's aggression", "homes of journalists"."""
        for child in token.children:
            if child.dep_ == "poss" and self.has_actor(child):
                return child
        if of:
            for pobj in prep_objects(token, ("of",)):
                if self.has_actor(pobj):
                    return pobj
                if self._modifier(pobj) is not None:
                    return self._modifier(pobj)  # "the head of the UN mission"
        return self._modifier(token)

    def _modifier(self, token: Token) -> Mention | None:
        """The country an adjective gives a noun: "Russian drones". A border says where a
        thing is, not whose: "a lab near the Venezuelan border" is no more Venezuela's
        than Colombia's (see ``border_side``); "closed the Serbian border" is Serbia's."""
        if token.dep_ == "pobj" and token.lemma_.lower() in BORDERS:
            return None
        return self.modifiers.get(token.i)

    def named_or_owned(self, tokens: list[Token]) -> list[Token | Mention]:
        """The tokens that name actors; failing those, the owners of the rest ("the United
        States' policies", "Chinese sanctions")."""
        named: list[Token | Mention] = [t for t in tokens if self.has_actor(t)]
        return named or [o for o in (self.owner(t, of=False) for t in tokens) if o is not None]

    def border_side(self, token: Token) -> Mention | None:
        """The country a border's adjective names: "massed troops on the Ukrainian border"."""
        return self.modifiers.get(token.i) if token.lemma_.lower() in BORDERS else None

    def has_actor(self, token: Token) -> bool:
        """Whether the token, or a conjunct of it, names an actor."""
        return any(self.mention_at(t) is not None for t in conjuncts(token))

    def resolve(self, tokens: list[Token | Mention]) -> list[tuple[Actor, Mention]]:
        """The actors of tokens and their conjuncts, each with its mention, each mention once."""
        out: list[tuple[Actor, Mention]] = []
        seen: set[int] = set()
        for token in tokens:
            if isinstance(token, Mention):
                out.extend((actor, token) for actor in token.actors)
                continue
            members = conjuncts(token)
            for member in members:
                mention = self.mention_at(member) or self.covering(member) or self.appositive(member)
                if mention is None or id(mention) in seen:
                    continue
                seen.add(id(mention))
                out.extend((actor, mention) for actor in mention.actors)
                # "Barack Obama and Vladimir Putin": the conjunct may hang on any word of the name
                for word in self.doc[mention.start : mention.end]:
                    if word.i != member.i:
                        members.extend(c for c in conjuncts(word)[1:] if c not in members)
        return out

    def appositive(self, token: Token) -> Mention | None:
        """An unknown name's actor from its apposition: "Kenzo Oshima, the UN relief
        coordinator, demanded ..." is the UN."""
        if token.pos_ != "PROPN":
            return None
        for child in token.children:
            if child.dep_ == "appos":
                found = self.mention_at(child) or self.covering(child)
                if found is not None:
                    return found
        return None

    def covering(self, token: Token) -> Mention | None:
        """The mention whose words include the token ("Barack" in "Barack Obama")."""
        if self.spans is None:
            self.spans = {}
            for mention in self.mentions.values():
                for i in range(mention.start, mention.end):
                    self.spans.setdefault(i, mention)
        found = self.spans.get(token.i)
        if found is not None and not token.is_punct and self.doc[found.head].pos_ == "PROPN":
            return found
        return None
