"""Near-duplicate detection: MinHash over word shingles, stable answers, storable signatures."""

from __future__ import annotations

from diurna.sources.dedup import Deduplicator

BASE = (
    "Serbian President Aleksandar Vucic said on Monday that Serbia would not impose sanctions on "
    "Russia despite pressure from the European Union. The European Union has repeatedly urged "
    "Belgrade to align its foreign policy with the bloc, and officials in Brussels said the talks "
    "on membership would slow down. Vucic met the Russian ambassador in Belgrade on Sunday and "
    "thanked Moscow for its support over Kosovo. Opposition leaders accused the government of "
    "isolating the country and called for protests in the capital later this week."
)
# A wire copy with a new dateline word and two small edits.
EDITED = BASE.replace("on Monday", "on Monday evening").replace("later this week", "on Friday")
OTHER = (
    "Kenyan police fired tear gas at protesters in Nairobi on Tuesday as thousands marched against "
    "a proposed tax increase. Opposition leaders said the government had ignored the poor, while "
    "ministers defended the budget as necessary to pay down debt owed to foreign lenders."
)


def test_sources_dedup_finds_an_edited_copy():
    dedup = Deduplicator()
    dedup.add("base", dedup.signature(BASE))
    found = dedup.find(dedup.signature(EDITED))
    assert found is not None and found.of == "base" and found.kind == "near"
    assert 0.75 <= found.similarity <= 1.0


def test_sources_dedup_leaves_different_articles_alone():
    dedup = Deduplicator()
    dedup.add("base", dedup.signature(BASE))
    assert dedup.find(dedup.signature(OTHER)) is None


def test_sources_dedup_signature_round_trips_through_bytes():
    dedup = Deduplicator()
    signature = dedup.signature(BASE)
    restored = dedup.from_bytes(dedup.to_bytes(signature))
    assert restored.jaccard(signature) == 1.0
    fresh = Deduplicator()
    fresh.add("base", restored)
    assert fresh.find(dedup.signature(EDITED)).of == "base"


def test_sources_dedup_prefers_the_most_similar_then_smallest_id():
    dedup = Deduplicator()
    dedup.add("b", dedup.signature(BASE))
    dedup.add("a", dedup.signature(BASE))
    assert dedup.find(dedup.signature(BASE)).of == "a"


def test_sources_dedup_short_texts_get_a_signature():
    dedup = Deduplicator()
    dedup.add("short", dedup.signature("Two words"))
    assert dedup.find(dedup.signature("two words")).similarity == 1.0
