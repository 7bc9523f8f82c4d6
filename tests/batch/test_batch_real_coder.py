"""The ingest with the real coder on the sample corpus: what is stored is what the coder found."""

from __future__ import annotations

from dataclasses import replace

import pytest

from diurna.samples import sample_articles
from diurna.store import open_store

pytestmark = pytest.mark.model


def test_batch_real_coder_stores_what_it_codes(sample_db, coder):
    db, _ = sample_db
    articles = list(sample_articles())
    with open_store(db, read_only=True) as store:
        stored = {c.id: c for c in store.coded_articles()}
        statuses = dict(store.con.execute("SELECT id, status FROM articles").fetchall())
        externals = dict(store.con.execute("SELECT id, external_id FROM articles").fetchall())
        failed = {ref for ref, code in store.con.execute("SELECT ref, code FROM errors").fetchall() if code == "D090"}
        mentions = store.counts()["event_mentions"]
    assert len(statuses) == len(articles) and len(failed) == list(statuses.values()).count("failed")
    assert mentions == sum(len({e.id for e in c.events}) for c in stored.values())
    for article in [a for a in articles if a.content_hash in stored][:3]:
        direct = coder.code(replace(article, id=article.content_hash)).to_dict()
        back = stored[article.content_hash].to_dict()
        assert back["events"] == direct["events"] and back["actors"] == direct["actors"]
        assert back["quotes"] == direct["quotes"] and back["dateline"] == direct["dateline"]
        assert externals[article.content_hash] == article.id
