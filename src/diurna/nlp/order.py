"""Which tokens the event finder visits, and in what order, read off integer arrays.

The finder walks each sentence top-down from its root, so that a controller ("pledged")
comes before its complement ("to send"). Walking ``token.children`` makes a Token object
at every step, and most tokens can never trigger an event. Here the pre-order comes from
the head array and the triggers from the part-of-speech and dependency arrays; the finder
makes Token objects only for the few tokens that can trigger something.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, POS
from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc

__all__ = ["Triggers"]

# The dependencies under which an auxiliary is a main verb (syntax.is_verb), and under
# which an adjective can control an infinitive ("is ready to send troops").
MAIN_AUX_DEPS = ("ROOT", "conj", "ccomp")
CONTROL_ADJ_DEPS = ("acomp", "amod")


class Triggers:
    """The possible triggers of one parsed document, in top-down order per sentence.

    A token is a possible trigger when it is a verb (or an auxiliary used as one), an
    adjective that could take an infinitive, or a noun whose lemma is in ``nouns``. The
    finder still decides; this only leaves out tokens it would pass over.
    """

    def __init__(self, doc: Doc, nouns) -> None:
        strings = doc.vocab.strings
        table = doc.to_array([HEAD, POS, DEP, LEMMA])
        self.heads = (numpy.arange(len(doc)) + table[:, 0].view(numpy.int64)).tolist()
        main_aux = {strings[d] for d in MAIN_AUX_DEPS}
        control_adj = {strings[d] for d in CONTROL_ADJ_DEPS}
        possible = [False] * len(doc)
        for i, (pos, dep, lemma) in enumerate(table[:, 1:].tolist()):
            if pos == VERB:
                possible[i] = True
            elif pos == AUX:
                possible[i] = dep in main_aux
            elif pos == ADJ:
                possible[i] = dep in control_adj
            elif pos == NOUN or pos == PROPN:
                possible[i] = strings[lemma].lower() in nouns
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
