"""Storing one article coded by the API, the way an ingest would (same tables, same ids)."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

from diurna.model import Article, CodedArticle
from diurna.sources.dedup import Deduplicator
from diurna.store.base import Store
from diurna.store.records import ArticleRecord, Batch

__all__ = ["store_coded"]


def store_coded(
    store: Store, article: Article, coded: CodedArticle, external_id: str | None, lock: threading.Lock
) -> dict[str, Any]:
    """Write the coded article unless its text is stored already; what happened, as data."""
    dedup = Deduplicator()
    minhash = dedup.to_bytes(dedup.signature(article.text))  # so later ingests see it as an original
    with lock:  # check and write as one step: two posts of one text store it once
        if store.fetch("SELECT 1 AS found FROM articles WHERE id = ?", [article.id]):
            stored = False
        else:
            record = ArticleRecord(
                replace(article, meta={}), f"api:{article.id}", "coded", external_id, coded, minhash=minhash
            )
            store.write(Batch(articles=[record]))
            stored = True
    return {
        "id": article.id,
        "stored": stored,
        "events": len(coded.events),
        "counted": sum(1 for e in coded.events if e.counts),
        "href": f"/v1/articles/{article.id}",
    }
