"""The ingest pipeline with the fake coder: counts, idempotence, duplicates, dead letters, workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diurna.batch import IngestOptions, ingest, ingest_paths
from diurna.model import Article
from diurna.store import open_store

from fakecoder import fake_corpus, fake_text, store_snapshot


def snapshot(store) -> dict:
    return store_snapshot(store.con)


def expected_events(records: list[dict]) -> dict:
    """(date, source, cameo) -> (mentions, sources, articles), counted from the corpus by hand."""
    from collections import defaultdict

    from fakecoder import _PHRASE, COUNTRIES, VERBS

    found = defaultdict(lambda: [0, set(), set()])
    for r in records:
        for source, verb, _ in _PHRASE.findall(r["text"]):
            entry = found[(r["date"], COUNTRIES[source] + "GOV", VERBS[verb])]
            entry[0] += 1
            entry[1].add(r["source"])
            entry[2].add(r["id"])
    return {k: (m, len(s), len(a)) for k, (m, s, a) in found.items()}


def test_batch_ingest_counts_and_aggregates(store, fake_spec, fake_corpus_file):
    report = ingest_paths([str(fake_corpus_file)], store, fake_spec, IngestOptions(batch_size=8))
    assert (report.read, report.coded, report.error_count) == (24, 24, 0)
    counts = store.counts()
    assert counts["articles"] == 24 and counts["event_mentions"] == 48 == report.mentions
    got = {
        (d.isoformat(), s, c): (m, n, a)
        for d, s, c, m, n, a in store.con.execute(
            "SELECT date, source_code, cameo_code, num_mentions, num_sources, num_articles FROM events"
        ).fetchall()
    }
    assert got == expected_events(fake_corpus(24))
    assert max(v[1] for v in got.values()) > 1  # some events come from several outlets
    one = next(store.iter_events(["source=SRBGOV", "date=2024-03-01"]))
    assert one["cameo_code"] == "042" and one["first_seen"].isoformat() == "2024-03-01"
    first = min(a for (a,) in store.con.execute(
        "SELECT article_id FROM event_mentions WHERE event_id = ?", [one["id"]]).fetchall())
    assert one["first_article"] == first and one["avg_tone"] == 1.0
    assert one["source_url"] == store.con.execute("SELECT url FROM articles WHERE id = ?", [first]).fetchone()[0]


def test_batch_reingest_adds_nothing(store, fake_spec, fake_corpus_file):
    ingest_paths([str(fake_corpus_file)], store, fake_spec)
    before = snapshot(store)
    again = ingest_paths([str(fake_corpus_file)], store, fake_spec)
    assert again.already_stored == 24 and again.coded == 0 and again.mentions == 0
    assert snapshot(store) == before


def test_batch_exact_and_near_duplicates_are_recorded_and_coded_once(store, fake_spec, tmp_path):
    text = fake_text(1, ["Serbia met Russia", "France condemned China"])
    near = text.replace("quiet morning", "quiet and rainy morning")
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text)  # the same text under another name
    (tmp_path / "c.txt").write_text(near)
    report = ingest_paths([str(tmp_path)], store, fake_spec)
    assert (report.coded, report.exact_duplicates, report.near_duplicates) == (1, 1, 1)
    original = Article(text=text).id
    assert store.con.execute("SELECT ref, article_id FROM exact_duplicates").fetchall() == [
        (str(tmp_path / "b.txt"), original)
    ]
    status, of, similarity, events = store.con.execute(
        "SELECT status, duplicate_of, similarity, num_events FROM articles WHERE ref = ?", [str(tmp_path / "c.txt")]
    ).fetchone()
    assert (status, of, events) == ("near-duplicate", original, 0) and similarity >= 0.75
    assert store.counts()["event_mentions"] == 2  # only the original was coded
    again = ingest_paths([str(tmp_path)], store, fake_spec)
    assert again.coded == again.near_duplicates == 0 and store.counts()["exact_duplicates"] == 1


def test_batch_near_duplicates_found_against_earlier_runs(store, fake_spec, tmp_path):
    text = fake_text(2, ["Kenya praised Chile"])
    (tmp_path / "first.txt").write_text(text)
    ingest_paths([str(tmp_path / "first.txt")], store, fake_spec)
    (tmp_path / "later.txt").write_text(text + " A late paragraph was added.")
    report = ingest_paths([str(tmp_path / "later.txt")], store, fake_spec)
    assert report.near_duplicates == 1 and report.coded == 0


BAD_INPUTS = {
    "binary.txt": (b"\x00\x01\x02\x03PNG" * 20, "D002"),
    "broken.html": (b"<html><body><div><p>", "D031"),
    "empty.txt": (b"   \n", "D001"),
    "huge.txt": (b"The words of the report. " * 80, "D030"),
    "long.txt": (("The long report of the day. " * 40).encode(), "D004"),
    "lines.jsonl": (b'{"text": "Serbia met Russia in the capital of the country today and then left."}\n{not json\n', "D006"),
    "boom.txt": (b"The report said EXPLODE and the rest of the text was lost.", "D090"),
    "latin1.txt": ("Caf\xe9 of the town".encode("latin-1"), "D003"),
}


def test_batch_bad_inputs_are_dead_letters_and_the_rest_is_ingested(store, fake_spec, tmp_path):
    for name, (data, _) in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(fake_text(3, ["France condemned China"]))
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")  # unreadable
    options = IngestOptions(max_bytes=1500, max_chars=1000)
    report = ingest_paths([str(tmp_path)], store, fake_spec, options)
    expected = {str(tmp_path / n): code for n, (_, code) in BAD_INPUTS.items()}
    expected[str(tmp_path / "lines.jsonl") + ":2"] = expected.pop(str(tmp_path / "lines.jsonl"))
    expected[str(tmp_path / "link.txt")] = "D010"
    recorded = dict(store.con.execute("SELECT ref, code FROM errors").fetchall())
    assert recorded == expected
    assert report.errors == {code: 1 for code in expected.values()}
    assert report.coded == 2 and report.failed == 1  # good.txt and the good JSONL line; boom.txt failed
    assert store.con.execute("SELECT status FROM articles WHERE ref = ?", [str(tmp_path / "boom.txt")]).fetchone() == ("failed",)
    assert store.counts()["event_mentions"] == 2


def test_batch_workers_give_the_same_database(tmp_path, fake_spec, fake_corpus_file):
    snapshots = []
    for workers in (1, 2):
        with open_store(tmp_path / f"w{workers}.duckdb") as store:
            report = ingest_paths([str(fake_corpus_file)], store, fake_spec, IngestOptions(workers=workers, batch_size=4))
            assert report.coded == 24
            snapshots.append(snapshot(store))
    assert snapshots[0] == snapshots[1]


def test_batch_ingest_takes_articles_and_errors_directly(store, fake_spec):
    from diurna.errors import DiurnaError

    records = fake_corpus(3)
    items = [Article(text=r["text"], date=r["date"], meta={"ref": r["id"]}) for r in records]
    items.append(DiurnaError("D006", line=9, path="x.jsonl", ref="x.jsonl:9"))
    report = ingest(items, store, fake_spec)
    assert report.coded == 3 and report.errors == {"D006": 1}
    assert json.loads(store.con.execute("SELECT detail FROM event_mentions LIMIT 1").fetchone()[0])["rule"] == "fake"


@pytest.mark.parametrize("size", [3, 100])
def test_batch_unit_size_does_not_change_the_result(tmp_path, fake_spec, fake_corpus_file, size):
    with open_store(tmp_path / "a.duckdb") as store:
        ingest_paths([str(fake_corpus_file)], store, fake_spec, IngestOptions(batch_size=size))
        assert store.counts()["events"] == len(expected_events(fake_corpus(24)))
        assert store.counts()["event_mentions"] == 48
