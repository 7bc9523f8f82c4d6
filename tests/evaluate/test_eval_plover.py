"""The PLOVER scorer on hand-built events: type, first-type, source and target accuracy."""

from __future__ import annotations

import pytest
from eval_builders import coded, event

from diurna.evaluate.countries import gold_country, legacy_countries
from diurna.evaluate.plover import PloverTally


def _record(event_type="AGREE", source=("USA",), target=("JAP",)):
    return {
        "id": "p1",
        "text": "The United States and Japan agreed.",
        "event": event_type,
        "source": [{"text": s, "code": s, "sector": None} for s in source],
        "target": [{"text": t, "code": t, "sector": "GOV"} for t in target],
    }


def test_plover_correct_record_passes_every_measure():
    tally = PloverTally("p")
    assert tally.add(_record(), coded(event("USAGOV", "JPNGOV", "057", "AGREE")))
    m = tally.result().metrics
    names = ("type_accuracy", "first_type_accuracy", "source_country_accuracy", "target_country_accuracy")
    assert [m[name] for name in names] == [1, 1, 1, 1]
    assert m["pass_rate"] == 1.0


def test_plover_type_found_later_counts_for_type_not_first():
    tally = PloverTally("p")
    tally.add(_record(), coded(event("USA", "JPN", "040", "CONSULT"), event("USA", "JPN", "057", "AGREE")))
    m = tally.result().metrics
    assert m["type_accuracy"] == 1.0 and m["first_type_accuracy"] == 0.0


def test_plover_actors_judged_on_events_of_the_gold_type():
    tally = PloverTally("p")
    passed = tally.add(_record(), coded(event("JPN", "CHN", "057", "AGREE"), event("USA", "JPN", "040", "CONSULT")))
    m = tally.result().metrics
    assert not passed
    assert m["source_country_accuracy"] == 0.0 and m["target_country_accuracy"] == 0.0
    assert tally.result().worst[0]["item"].startswith("USA -> JPN AGREE")


def test_plover_wrong_type_falls_back_to_all_events_for_actors():
    tally = PloverTally("p")
    tally.add(_record(), coded(event("USA", "JPN", "040", "CONSULT")))
    m = tally.result().metrics
    assert m["type_accuracy"] == 0.0 and m["source_country_accuracy"] == 1.0 and m["target_country_accuracy"] == 1.0
    assert tally.result().confusion == {"AGREE": {"CONSULT": 1}}


def test_plover_records_without_gold_target_are_left_out_of_target_accuracy():
    tally = PloverTally("p")
    tally.add(_record(source=("HUN", "ROU"), target=()), coded(event("ROUGOV", "HUNGOV", "057", "AGREE")))
    tally.add(_record(), coded())
    m = tally.result().metrics
    assert m["source_country_accuracy"] == 0.5
    assert m["target_country_accuracy"] == 0.0  # one record has a gold target, and it was missed
    assert tally.result().records_passed == 1
    assert tally.result().worst[0]["rule"] == "(nothing fired)"


def test_plover_type_prf():
    tally = PloverTally("p")
    tally.add(_record(), coded(event("USA", "JPN", "057", "AGREE"), event("USA", "JPN", "040", "CONSULT")))
    counts = tally.result().prf["plover"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


@pytest.mark.parametrize(
    "code, country",
    [("JAP", "JPN"), ("ITL", "ITA"), ("VTN", "VNM"), ("ROU", "ROU"), ("IGO", "IGO"), ("SRBGOV", "SRB"), (None, None)],
)
def test_gold_country_maps_legacy_cameo_codes(code, country):
    assert gold_country(code) == country


def test_legacy_table_maps_to_three_letter_codes():
    table = legacy_countries()
    assert table and all(len(k) == 3 and len(v) == 3 and k != v for k, v in table.items())
