"""Which tokens the event finder visits, and in what order, read off integer arrays.

The finder walks each sentence top-down from its root, so that a controller ("pledged")
comes before its complement ("to send"). Walking ``token.children`` makes a Token object
at every step, and most tokens can never trigger an event. Here the pre-order comes from
the head array and the triggers from the part-of-speech and dependency arrays; the finder
makes Token objects only for the few tokens that can trigger something.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, POS
from spacy.symbols import ADJ, AUX, NOUN, NUM, PROPN, VERB
from spacy.tokens import Doc

from diurna.nlp.arrays import token_strings

__all__ = ["Triggers"]

# The dependencies under which an auxiliary is a main verb (syntax.is_verb), and under
# which an adjective can control an infinitive ("is ready to send troops").
MAIN_AUX_DEPS = ("ROOT", "conj", "ccomp")
CONTROL_ADJ_DEPS = ("acomp", "amod")
# A verb's object or passive subject, which a verb with no pattern lends its subject to;
# and where the parse may put that object above the verb ("the talks held in Geneva").
OBJECT_DEPS = ("dobj", "obj", "nsubjpass", "csubjpass")
OPEN_DEPS = ("acl", "conj")


class Triggers:
    """The possible triggers of one parsed document, in top-down order per sentence.

    A token is a possible trigger when it is a verb (or an auxiliary used as one), an
    adjective that could take an infinitive, or a noun whose lemma is in ``nouns``. The
    finder still decides; this only leaves out tokens it would pass over.

    With ``verbs`` (the verb lemmas with patterns) and ``speech`` (speech verbs, which
    may carry an obligation: "said Sudan must ..."), a verb or adjective outside both is
    left out too, unless it can lend its subject to an event noun: it has an object or
    passive subject that is an event noun or a quantity ("a barrage of missiles"), or it
    is a participle or a conjunct, whose object the parse may put above it. Two thirds of
    a news article's verbs are unknown, and most of them govern no event noun.
    """

    def __init__(self, doc: Doc, nouns, verbs=None, speech=frozenset(), quantities=frozenset()) -> None:
        strings = doc.vocab.strings
        table = doc.to_array([HEAD, POS, DEP])
        heads = (numpy.arange(len(doc)) + table[:, 0].view(numpy.int64)).tolist()
        self.heads = heads
        main_aux = {strings[d] for d in MAIN_AUX_DEPS}
        control_adj = {strings[d] for d in CONTROL_ADJ_DEPS}
        object_deps = {strings[d] for d in OBJECT_DEPS}
        open_deps = {strings[d] for d in OPEN_DEPS}
        rows = table[:, 1:3].tolist()
        lowers, _, lemmas = token_strings(doc)
        possible = [False] * len(doc)
        lends = [False] * len(doc)
        for i, (pos, dep) in enumerate(rows):
            if pos == NOUN or pos == PROPN:
                possible[i] = lemmas[i] in nouns
            if dep in object_deps and (lemmas[i] in nouns or pos == NUM or lowers[i] in quantities):
                lends[heads[i]] = True
        amod, conj = strings["amod"], strings["conj"]
        for i, (pos, dep) in enumerate(rows):
            if pos == VERB:
                # a participle that describes a noun ("wounded Palestinians", "foreign
                # and wounded civilians") tells what happened before, not here
                possible[i] = dep != amod and not (dep == conj and rows[heads[i]][1] == amod)
            elif pos == AUX:
                possible[i] = dep in main_aux
            elif pos == ADJ:
                possible[i] = dep in control_adj
            else:
                continue
            if possible[i] and verbs is not None:
                lemma = lemmas[i]
                possible[i] = lemma in verbs or lemma in speech or lends[i] or dep in open_deps
        self.possible = possible

    def in_order(self, root: int, start: int, end: int) -> list[int]:
        """The possible triggers of the sentence [start, end), pre-order from ``root``.

        Tokens the tree does not reach from the root follow in text order.
        """
        heads = self.heads
        children: dict[int, list[int]] = {}
        for i in range(start, end):
            head = heads[i]
            if head != i and start <= head < end:
                children.setdefault(head, []).append(i)
        order: list[int] = []
        stack = [root]
        while stack:
            i = stack.pop()
            order.append(i)
            below = children.get(i)
            if below:
                stack.extend(reversed(below))
        if len(order) < end - start:
            seen = set(order)
            order.extend(i for i in range(start, end) if i not in seen)
        possible = self.possible
        return [i for i in order if possible[i]]
