"""Tone: GDELT-style percentages of positive and negative words, from VADER's lexicon."""

from __future__ import annotations

import pytest

from diurna.nlp.tone import ToneLexicon, document_tone


@pytest.fixture(scope="module")
def lexicon() -> ToneLexicon:
    return ToneLexicon.vader()


def test_tone_lexicon_is_vaders_packaged_file(lexicon):
    assert len(lexicon) > 6000
    assert lexicon.name.startswith("vader-")


def test_tone_counts_words(blank_nlp, lexicon):
    tone = document_tone(blank_nlp("Peace and friendship, not war and death."), lexicon)
    assert tone["word_count"] == 7  # punctuation is not a word
    assert tone["positive"] == pytest.approx(100 * 2 / 7, abs=0.01)  # peace, friendship
    assert tone["negative"] == pytest.approx(100 * 2 / 7, abs=0.01)  # war, death
    assert tone["tone"] == pytest.approx(tone["positive"] - tone["negative"], abs=0.01)
    assert tone["polarity"] == pytest.approx(tone["positive"] + tone["negative"], abs=0.01)


@pytest.mark.parametrize(
    "text, sign",
    [
        ("The leaders praised the successful and friendly talks.", 1),
        ("The attack killed dozens and wounded hundreds in a brutal massacre.", -1),
    ],
)
def test_tone_sign(blank_nlp, lexicon, text, sign):
    assert document_tone(blank_nlp(text), lexicon)["tone"] * sign > 0


def test_tone_empty_document(blank_nlp, lexicon):
    tone = document_tone(blank_nlp(""), lexicon)
    assert tone["word_count"] == 0 and tone["tone"] == 0.0


@pytest.mark.model
def test_tone_seed_article(coder, eval_dir):
    text = (eval_dir / "seed" / "belgrade-sanctions.txt").read_text("utf-8")
    tone = coder.code(text, date="2024-10-22").tone
    assert set(tone) >= {"tone", "positive", "negative", "polarity", "activity_density", "word_count"}
    assert tone["word_count"] > 300 and tone["activity_density"] > 0
