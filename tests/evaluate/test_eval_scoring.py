"""The scorers on hand-built events: pass rules, P/R/F1, confusion, misses (no model)."""

from __future__ import annotations

import pytest
from eval_builders import coded, event

from diurna.errors import DiurnaError
from diurna.evaluate.entries import Entry, EntryRecord, EntryTally, matches
from diurna.evaluate.produced import counted_events, country_level, rules_fired
from diurna.evaluate.result import PRF
from diurna.evaluate.tally import TripleRecord, TripleTally

ARN_GON = ("ARN", "GON", "064")


def _record(expected=(ARN_GON,), events=(), **kw) -> TripleRecord:
    text = "Arnor restored ties with Gondor."
    return TripleRecord(id="r1", text=text, expected=set(expected), coded=coded(*events), **kw)


@pytest.mark.parametrize(
    "record, passed",
    [
        (_record(events=[event("ARN", "GON", "064")]), True),
        (_record(events=[event("ARN", "GON", "064"), event("ARN", "GON", "064", rule="again")]), True),
        (_record(events=[event("ARN", "GON", "064"), event("GON", "ARN", "042")]), False),
        (_record(events=[event("ARN", "GON", "061")]), False),
        (_record(events=[]), False),
        (_record(events=[event("ARN", "GON", "064", negated=True)]), False),
        (_record(expected=(), events=[], no_event=True), True),
        (_record(expected=(), events=[event("ARN", "GON", "064")], no_event=True), False),
        (_record(expected=(), events=[event("ARN", "GON", "064", modality="hypothetical")], no_event=True), True),
        (_record(expected=(), events=[], expected_error="dateline"), True),
        (_record(expected=(), events=[event("ARN", "GON", "064")], expected_error="dateline"), False),
        (TripleRecord("r", "t", set(), error=DiurnaError("D001"), expected_error="bad_input_parse"), True),
        (TripleRecord("r", "t", {ARN_GON}, error=DiurnaError("D001")), False),
    ],
    ids=[
        "exact", "duplicate-triple", "extra-triple", "wrong-code", "nothing", "negated-not-counted",
        "no-event-empty", "no-event-produced", "no-event-hypothetical", "error-nothing", "error-produced",
        "error-rejected", "rejected-normal",
    ],
)
def test_tally_pass_rules(record, passed):
    assert TripleTally("t").add(record) is passed


def test_tally_micro_counts_on_triples_and_roots():
    tally = TripleTally("t")
    tally.add(_record(events=[event("ARN", "GON", "061"), event("GON", "ARN", "042")]))
    tally.add(_record(expected=[("A", "B", "190"), ("A", "C", "111")], events=[event("A", "B", "190")]))
    result = tally.result()
    assert (result.prf["triple"].tp, result.prf["triple"].fp, result.prf["triple"].fn) == (1, 2, 2)
    # ARN GON 061 has the right root 06.
    assert (result.prf["root"].tp, result.prf["root"].fp, result.prf["root"].fn) == (2, 1, 1)
    assert result.metrics["triple_precision"] == pytest.approx(1 / 3)
    assert result.metrics["root_recall"] == pytest.approx(2 / 3)
    assert result.records_passed == 0 and result.records_total == 2


def test_tally_confusion_counts_only_matching_dyads():
    tally = TripleTally("t")
    tally.add(_record(expected=[("A", "B", "190")], events=[event("A", "B", "173"), event("B", "A", "111")]))
    tally.add(_record(expected=[("A", "B", "042")], events=[event("A", "B", "043"), event("A", "B", "111")]))
    tally.add(_record(expected=[("A", "C", "042")], events=[]))
    assert tally.result().confusion == {"04": {"04": 1}, "19": {"17": 1}}


def test_tally_worst_misses_name_the_rule_or_nothing_fired():
    tally = TripleTally("t")
    tally.add(_record(events=[]))
    events = [event("A", "B", "173", rule="verb.attack"), event("C", "D", "010", rule="say")]
    tally.add(_record(expected=[("A", "B", "190")], events=events))
    worst = tally.result().worst
    assert worst[0] == {
        "record": "r1", "kind": "missed", "item": "A B 190", "rule": "verb.attack",
        "text": "Arnor restored ties with Gondor.", "weight": 3,
    }
    assert [m["kind"] for m in worst[:3]] == ["missed", "spurious", "spurious"]
    assert worst[-1]["rule"] == "(nothing fired)"


def test_tally_rejected_record_says_so():
    tally = TripleTally("t")
    tally.add(TripleRecord("r", "t", {ARN_GON}, error=DiurnaError("D005")))
    assert tally.result().worst[0]["rule"] == "(rejected: D005)"
    assert tally.result().metrics["rejected"] == 1


def test_tally_worst_keeps_ten():
    tally = TripleTally("t")
    for i in range(12):
        tally.add(_record(expected=[("A", "B", f"0{i % 9 + 1}0")], events=[]))
    assert len(tally.result().worst) == 10


@pytest.mark.parametrize(
    "code, country",
    [("USA", "USA"), ("SYRREB", "SYR"), ("---GOV", "---"), ("IGOUNOMIL", "IGOUNO"), ("IGOEUREEC", "IGOEUR"),
     ("IGO", "IGO"), ('"INJURY TOLL"', '"INJURY TOLL"')],
)
def test_country_level(code, country):
    assert country_level(code) == country


def test_country_level_tally_forgives_sectors():
    record = _record(expected=[("SYRREB", "IGOUNOMIL", "112")], events=[event("SYR", "IGOUNO", "112")])
    assert not TripleTally("full").add(record)
    assert TripleTally("country", key=country_level).add(record)


def test_missing_actor_is_three_dashes():
    record = _record(expected=[("---GOV", "---", "023")], events=[event("---GOV", None, "023")])
    assert TripleTally("t").add(record)


def test_counted_events_and_rules_fired():
    events = [event("A", "B", "042", rule="x", negated=True), event("A", "B", "042", rule="y", modality="hypothetical"),
              event("A", "B", "042", rule="z", modality="intended")]
    assert [e.rule for e in counted_events(coded(*events))] == ["z"]
    assert rules_fired(events) == "x (negated); y (hypothetical); z"
    assert rules_fired([]) == "(nothing fired)"


# -- hand-coded entries (seed, news) ------------------------------------------------------

SRB_RUS_04 = Entry.from_dict({"source": "SRB", "target": "RUS", "cameo_root": "04", "plover": "CONSULT"})
SRB_ANY_12 = Entry.from_dict({"source": "SRB", "target": "*", "cameo_root": "12", "plover": "REJECT"})


@pytest.mark.parametrize(
    "entry, ev, criterion, ok",
    [
        (SRB_RUS_04, event("SRBGOV", "RUSGOV", "042", "CONSULT"), "either", True),
        (SRB_RUS_04, event("SRBGOV", "RUSGOV", "036", "CONSULT"), "either", True),
        (SRB_RUS_04, event("SRBGOV", "RUSGOV", "036", "CONSULT"), "root", False),
        (SRB_RUS_04, event("SRBGOV", "RUSGOV", "042", "AGREE"), "plover", False),
        (SRB_RUS_04, event("RUSGOV", "SRBGOV", "042", "CONSULT"), "either", False),
        (SRB_ANY_12, event("SRB", None, "125", "REJECT"), "either", True),
        (SRB_ANY_12, event("SRB", "IGOEUR", "125"), "either", True),
        (Entry.from_dict({"source": "*", "target": "SRB", "cameo_root": "10"}), event(None, "SRB", "100"), "plover",
         True),
        (Entry.from_dict({"source": "JAP", "target": "*", "cameo_root": "04"}), event("JPN", "X", "040"), "root", True),
    ],
)
def test_entry_matching(entry, ev, criterion, ok):
    assert matches(entry, ev, criterion) is ok


def test_entry_tally_recall_precision_forbidden():
    tally = EntryTally("news")
    record = EntryRecord(
        id="n1",
        text="t",
        required=[SRB_RUS_04, SRB_ANY_12],
        acceptable=[Entry.from_dict({"source": "RUS", "target": "SRB", "cameo_root": "04"})],
        forbidden=[Entry.from_dict({"source": "SRB", "target": "RUS", "cameo_root": "16"})],
        coded=coded(
            event("SRBGOV", "RUSGOV", "042", "CONSULT"),
            event("SRBGOV", "RUSGOV", "042", "CONSULT", rule="dup"),
            event("RUS", "SRB", "040", "CONSULT"),
            event("SRB", "RUS", "163", "SANCTION", rule="verb.sanction"),
            event("SRB", "RUS", "163", "SANCTION", negated=True),
        ),
    )
    assert tally.add(record) is False
    result = tally.result()
    assert result.metrics["required_recall"] == 0.5
    assert result.metrics["precision"] == 0.75
    assert result.metrics["forbidden_produced"] == 1
    assert (result.prf["triple"].tp, result.prf["triple"].fp, result.prf["triple"].fn) == (1, 1, 1)
    assert result.confusion == {"04": {"04": 1}, "12": {"04": 1, "16": 1}}  # "*" target: any dyad from SRB
    kinds = {(m["kind"], m["item"], m["rule"]) for m in result.worst}
    assert ("spurious", "SRB -> RUS 163/SANCTION", "verb.sanction") in kinds
    assert ("missed", "SRB -> * 12/REJECT", "rule.test; dup; verb.sanction; rule.test (negated)") in kinds


def test_entry_tally_passes_when_required_found():
    tally = EntryTally("seed")
    produced = coded(event("SRB", "RUS", "040", "CONSULT"), event("A", "B", "190"))
    record = EntryRecord("s", "t", [SRB_RUS_04], coded=produced)
    assert tally.add(record) is True
    assert tally.result().metrics["precision"] == 0.5


def test_entry_tally_with_nothing_produced_has_vacuous_precision():
    tally = EntryTally("seed")
    tally.add(EntryRecord("s", "t", [SRB_RUS_04], coded=coded()))
    result = tally.result()
    assert result.metrics["precision"] == 1.0 and result.metrics["produced"] == 0
    assert result.worst[0]["rule"] == "(nothing fired)"


def test_prf_accumulates():
    counts = PRF()
    counts.add(PRF(1, 2, 3))
    counts.add(PRF(1, 0, 1))
    assert (counts.tp, counts.fp, counts.fn) == (2, 2, 4)
