"""The mission's own example article: every required event, and precision >= 0.7."""

import pytest

from diurna.evaluate import seed

pytestmark = pytest.mark.model


def test_seed_article_required_events_and_precision(coder, eval_dir):
    [result] = seed.evaluate(eval_dir / "seed" / "belgrade-sanctions.gold.json", lambda **_: coder)
    assert result.metrics["required_recall"] == 1.0, result.worst
    assert result.metrics["precision"] >= 0.7, result.worst


def test_seed_article_quotes_have_their_speaker(coder, eval_dir):
    text = (eval_dir / "seed" / "belgrade-sanctions.txt").read_text()
    coded = coder.code(text, date="2024-10-20")
    speakers = {q.text[:20]: q.speaker_name for q in coded.quotes}
    assert speakers.get("Serbia is a sovereig") == "Aleksandar Vucic"
    assert speakers.get("without the Red Army") == "Aleksandar Vucic"


def test_seed_article_dateline_is_not_an_actor(coder, eval_dir):
    text = (eval_dir / "seed" / "belgrade-sanctions.txt").read_text()
    coded = coder.code(text, date="2024-10-20")
    assert coded.dateline["place"] == "Belgrade"
    assert all(a.start >= coded.dateline["end"] for a in coded.actors)
