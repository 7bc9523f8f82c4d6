import datetime as dt

import pytest

from diurna.dictionaries.actors import actor_entries_from_yaml
from diurna.dictionaries.names import NameIndex

COUNTRIES = [
    {"code": "USA", "name": "United States", "names": ["United States", "US", "U.S."],
     "adjectives": ["American"], "capitals": ["Washington"], "seats": {"White House": "GOV", "Pentagon": "MIL"}},
    {"code": "TUR", "name": "Turkey", "names": ["Turkey", "Türkiye"], "adjectives": ["Turkish"], "capitals": ["Ankara"], "seats": {}},
    {"code": "KOR", "name": "South Korea", "names": ["South Korea"], "adjectives": ["South Korean"], "capitals": ["Seoul"], "seats": {}},
]
LEADERS = [
    {"name": "Boris Johnson", "country": "GBR", "names": ["Boris Johnson"],
     "terms": [{"role": "prime minister", "sector": "GOV", "start": dt.date(2019, 7, 24), "end": dt.date(2022, 9, 6)}]},
]


@pytest.fixture(scope="module")
def index(blank_nlp):
    pairs = actor_entries_from_yaml(LEADERS, "person", "leaders") + actor_entries_from_yaml(COUNTRIES, "state", "countries")
    return NameIndex(pairs, lambda s: [t.text for t in blank_nlp.tokenizer(s)])


def _find(index, blank_nlp, text):
    doc = blank_nlp(text)
    matches = index.match([t.lower_ for t in doc], [t.text for t in doc])
    return [(doc[m.start:m.end].text, m.entries[0].name, m.entries[0].form) for m in matches]


def test_dictionaries_names_longest_match_wins(index, blank_nlp):
    assert _find(index, blank_nlp, "South Korea and Turkey") == [
        ("South Korea", "South Korea", "name"), ("Turkey", "Turkey", "name")]


def test_dictionaries_names_acronyms_need_capitals(index, blank_nlp):
    assert _find(index, blank_nlp, "let us go") == []
    assert _find(index, blank_nlp, "the US said") == [("US", "United States", "name")]


def test_dictionaries_names_capitalised_entries_need_capitals(index, blank_nlp):
    assert _find(index, blank_nlp, "we ate turkey") == []


def test_dictionaries_names_forms(index, blank_nlp):
    found = _find(index, blank_nlp, "American officials at the White House and the Pentagon in Washington")
    assert [f[2] for f in found] == ["adjective", "seat", "seat", "capital"]


@pytest.mark.parametrize("day, code", [(dt.date(2020, 1, 1), "GBRGOV"), (dt.date(2023, 1, 1), "GBRELI")])
def test_dictionaries_leader_code_depends_on_date(day, code):
    entry = actor_entries_from_yaml(LEADERS, "person", "leaders")[0][1]
    assert entry.resolve(day).code == code


def test_dictionaries_seat_has_its_sector():
    pairs = actor_entries_from_yaml(COUNTRIES, "state", "countries")
    pentagon = next(e for w, e in pairs if w == "Pentagon")
    assert pentagon.resolve(None).code == "USAMIL"
