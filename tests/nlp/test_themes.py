"""Themes: our taxonomy matched on lemmas and phrases; PLOVER contexts for events."""

from __future__ import annotations

import pytest

from diurna.dictionaries.bundle import read_builtin_yaml
from diurna.model import Cameo, Event, Plover
from diurna.nlp.themes import THEMES_FILE, ThemeTable


@pytest.fixture(scope="module")
def table(blank_nlp) -> ThemeTable:
    return ThemeTable.builtin(blank_nlp)


def _doc(nlp, words_and_lemmas: list[tuple[str, str]]):
    doc = nlp(" ".join(w for w, _ in words_and_lemmas))
    for token, (_, lemma) in zip(doc, words_and_lemmas):
        token.lemma_ = lemma
    return doc


def test_themes_taxonomy_is_well_formed():
    data = read_builtin_yaml(THEMES_FILE)
    assert len(data) >= 20
    for name, spec in data.items():
        assert set(spec) <= {"context", "lemmas", "phrases"}, name
        assert spec.get("lemmas") or spec.get("phrases"), name
        assert all(str(w) == str(w).lower() for w in spec.get("lemmas") or []), name


def test_themes_match_on_lemmas(blank_nlp, table):
    doc = _doc(blank_nlp, [("Washington", "Washington"), ("sanctioned", "sanction"), ("Iranian", "iranian"),
                           ("refineries", "refinery")])
    assert set(table.match(doc).ranked()) == {"sanctions", "energy"}


def test_themes_match_phrases(blank_nlp, table):
    hits = table.match(blank_nlp("Groups warned of human rights abuses and war crimes"))
    assert "human_rights" in hits.ranked()


def test_themes_names_match_in_any_case(blank_nlp, table):
    assert "health" in table.match(blank_nlp("An Ebola outbreak")).ranked()


def test_themes_ranked_by_count(blank_nlp, table):
    doc = _doc(blank_nlp, [("vote", "vote"), ("ballot", "ballot"), ("coup", "coup")])
    assert table.match(doc).ranked() == ["elections", "coup"]


def test_themes_set_event_contexts(blank_nlp, table):
    doc = _doc(blank_nlp, [("sanctions", "sanction"), ("on", "on"), ("oil", "oil")])
    event = Event(
        id="e", source=None, target=None, cameo=Cameo("163", "16", "Impose embargo", 4, -8.0),
        plover=Plover("SANCTION"), verb="imposed", sentence_index=0, sentence="", rule="",
    )
    table.set_contexts([event], table.match(doc))
    assert event.plover.context == ["natural_resources", "economic"]


@pytest.mark.model
def test_themes_coded_article(coder):
    coded = coder.code("The United States imposed sanctions on Iran over its nuclear program.", date="2024-10-22")
    assert {"sanctions", "nuclear"} <= set(coded.themes)
    assert coded.events and "economic" in coded.events[0].plover.context
