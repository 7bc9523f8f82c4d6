"""The bundled sample corpus: every article codes (regression: a parse loop once recursed forever)."""

import pytest

from diurna.samples import sample_articles

pytestmark = pytest.mark.model


def test_samples_every_article_codes(coder):
    articles = list(sample_articles())
    assert len(articles) >= 20
    outcomes = list(coder.code_stream(articles))
    failed = [(o.article.id if o.article else None, o.error) for o in outcomes if not o.ok]
    assert not failed
    political = [o.coded for o in outcomes if o.coded.events]
    assert len(political) >= len(articles) - 3  # a couple are deliberately non-political


def test_samples_tariff_article_with_a_looping_parse(coder):
    article = next(a for a in sample_articles() if "tariff" in a.id)
    coded = coder.code(article)
    assert any(e.cameo.root == "13" for e in coded.events)  # Trump's tariff threat
