"""The event finder's visiting order, read off arrays, against a walk over Token objects."""

import spacy
from spacy.tokens import Doc

from diurna.nlp.order import Triggers

# "Russia pledged to send troops . The talks , which were ready to resume , failed ."
WORDS = ["Russia", "pledged", "to", "send", "troops", ".",
         "The", "talks", ",", "which", "were", "ready", "to", "resume", ",", "failed", "."]
HEADS = [1, 1, 3, 1, 3, 1,
         7, 15, 7, 10, 7, 10, 13, 11, 7, 15, 15]
DEPS = ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct",
        "det", "nsubj", "punct", "nsubj", "relcl", "acomp", "aux", "xcomp", "punct", "ROOT", "punct"]
POS = ["PROPN", "VERB", "PART", "VERB", "NOUN", "PUNCT",
       "DET", "NOUN", "PUNCT", "PRON", "AUX", "ADJ", "PART", "VERB", "PUNCT", "VERB", "PUNCT"]
LEMMAS = ["Russia", "pledge", "to", "send", "troop", ".",
          "the", "talk", ",", "which", "be", "ready", "to", "resume", ",", "fail", "."]
SENT_STARTS = [True] + [False] * 5 + [True] + [False] * 10


def _doc() -> Doc:
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS,
               sent_starts=SENT_STARTS)


def _token_walk(sent) -> list[int]:
    """Pre-order over token.children, the way the finder walked before."""
    order, stack = [], [sent.root]
    while stack:
        token = stack.pop()
        order.append(token.i)
        stack.extend(reversed([c for c in token.children if sent.start <= c.i < sent.end]))
    return order


def test_triggers_follow_the_tree_top_down_and_skip_what_cannot_trigger():
    doc = _doc()
    triggers = Triggers(doc, nouns={"talk"})
    first, second = list(doc.sents)
    # controller before complement; the noun "troops" is not an event noun here
    assert triggers.in_order(first.root.i, first.start, first.end) == [1, 3]
    # "talks" is (nouns), "were" is an auxiliary under relcl (not a main verb), "ready"
    # may control "to resume"
    assert triggers.in_order(second.root.i, second.start, second.end) == [15, 7, 11, 13]


def test_triggers_keep_the_token_walk_order():
    doc = _doc()
    triggers = Triggers(doc, nouns={"talk", "troop"})
    for sent in doc.sents:
        walked = [i for i in _token_walk(sent) if triggers.possible[i]]
        assert triggers.in_order(sent.root.i, sent.start, sent.end) == walked


def test_tokens_the_root_does_not_reach_come_last_in_text_order():
    doc = _doc()
    triggers = Triggers(doc, nouns=set())
    # a root inside the first clause: "pledged" and what hangs above it are not reached
    assert triggers.in_order(3, 0, 6) == [3, 1]


def test_verbs_with_no_pattern_are_left_out_unless_they_govern_an_event_noun():
    doc = _doc()
    first, second = list(doc.sents)
    triggers = Triggers(doc, nouns={"talk"}, verbs={"pledge"})
    # "send troops": no pattern, and troops is no event noun; "failed", "resume", "ready"
    # have no pattern either ("talks" is the subject of "failed", not its object)
    assert triggers.in_order(first.root.i, first.start, first.end) == [1]
    assert triggers.in_order(second.root.i, second.start, second.end) == [7]
    # with "troop" an event noun, "send" may lend it its subject
    triggers = Triggers(doc, nouns={"talk", "troop"}, verbs={"pledge"})
    assert triggers.in_order(first.root.i, first.start, first.end) == [1, 3, 4]
    # a speech verb stays: it may carry an obligation
    triggers = Triggers(doc, nouns=set(), verbs=set(), speech={"fail"})
    assert triggers.in_order(second.root.i, second.start, second.end) == [15]
