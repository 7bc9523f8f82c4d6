"""Before coding: content-hash ids, refs, the coder's input checks, and duplicates.

Decisions are made in one process, in input order, so the same input always gives the
same decisions, whether the run is fresh, repeated or resumed after a crash; the checks
(``check_item``) need no state and may run anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from diurna.errors import DiurnaError
from diurna.model import Article, content_hash
from diurna.sources.dedup import Deduplicator
from diurna.store.base import Store
from diurna.store.records import ArticleRecord, DuplicateRecord, ErrorRecord
from diurna.textcheck import check_text, parse_date

__all__ = ["Prepared", "Preparer", "check_item"]


@dataclass
class Prepared:
    """One input item after preparation: an article to code, or a record to write as is."""

    kind: str  # code, record, stored
    article: Article | None = None
    ref: str = ""
    external_id: str | None = None
    minhash: bytes | None = None
    record: ArticleRecord | DuplicateRecord | ErrorRecord | None = None


class Preparer:
    """Turns reader items into Prepared items, remembering what the store already holds."""

    def __init__(
        self,
        store: Store,
        max_chars: int,
        language_check: bool = True,
        dedup: Deduplicator | None = None,
    ) -> None:
        self.max_chars = max_chars
        self.language_check = language_check
        self.dedup = dedup
        self.known = store.known_articles()  # id -> first ref, grows during the run
        if dedup is not None:
            for ident, data in store.signatures():
                dedup.add(ident, dedup.from_bytes(data))

    def prepare(self, item: Article | DiurnaError) -> Prepared:
        """What to do with one item."""
        checked = check_item(item, self.max_chars, self.language_check)
        return self.decide(checked) if checked.kind == "code" else checked

    def decide(self, checked: Prepared, minhash: bytes | None = None) -> Prepared:
        """Stored, exact or near duplicate, or to code: for a checked article, in input order.

        ``minhash`` is the article's signature when it was computed elsewhere (the Ray
        engine computes them on its workers); then the article's text is not read.
        """
        article, ref, external = checked.article, checked.ref, checked.external_id
        first = self.known.get(article.id)
        if first is not None:
            if first == ref:
                return Prepared("stored", article, ref, external)
            record = DuplicateRecord(ref, article.id, external, article.url, article.source)
            return Prepared("record", article, ref, external, record=record)
        self.known[article.id] = ref
        if self.dedup is None:
            return Prepared("code", article, ref, external)
        signature = self.dedup.from_bytes(minhash) if minhash else self.dedup.signature(article.text)
        minhash = self.dedup.to_bytes(signature)
        found = self.dedup.find(signature)
        if found is not None:
            record = ArticleRecord(
                article, ref, "near-duplicate", external,
                duplicate_of=found.of, similarity=found.similarity, minhash=minhash,
            )  # fmt: skip
            return Prepared("record", article, ref, external, minhash, record)
        self.dedup.add(article.id, signature)
        return Prepared("code", article, ref, external, minhash)


def check_item(item: Article | DiurnaError, max_chars: int, language_check: bool = True) -> Prepared:
    """The part of preparing that needs no state: ref, content-hash id, text and date checks.

    Gives a record (the item's dead letter) or an article to ``Preparer.decide``; any
    process may run it.
    """
    if isinstance(item, DiurnaError):
        ref = str(item.details.get("ref") or item.details.get("path") or "?")
        return Prepared("record", ref=ref, record=ErrorRecord.from_error(item, ref))
    meta = dict(item.meta)
    ref = str(meta.pop("ref", "") or item.url or item.id)
    external = meta.pop("external_id", None)
    ident = content_hash(item.text) if isinstance(item.text, str) else ""
    try:
        check_text(item.text, max_chars, language_check, where=ref)
        date = parse_date(item.date, where=ref)
    except DiurnaError as error:
        return Prepared("record", ref=ref, record=ErrorRecord.from_error(error, ref, ident or None))
    return Prepared("code", replace(item, id=ident, date=date, meta=meta), ref, external)
