"""The DuckDB store: schema, transactions, idempotent writes, GDELT-style aggregation, reading back."""

from __future__ import annotations

import duckdb
import pytest

from diurna.errors import DiurnaError
from diurna.model import Actor, Article, CodedArticle, Event, Quote, Place
from diurna.ontology import load_ontology
from diurna.store import ArticleRecord, Batch, DuplicateRecord, ErrorRecord, db_path, open_store
from diurna.store.rows import event_id, event_key
from diurna.store.schema import SCHEMA_VERSION

ONTOLOGY = load_ontology()
PARIS = {"type": 4, "name": "Paris", "country": "FRA", "lat": 48.8534, "lon": 2.3488, "feature": "city", "geonameid": 2988507, "admin1": "11"}


def event(article_id: str, n: int, code: str = "042", date: str = "2024-05-01", place=None, negated=False) -> Event:
    return Event(
        id=f"{article_id}-{n}",
        source=Actor("Serbia", "SRBGOV", country="SRB", sector="GOV", sectors=["GOV"], name="Serbia"),
        target=Actor("Russia", "RUS", country="RUS", name="Russia"),
        cameo=ONTOLOGY.cameo(code),
        plover=ONTOLOGY.plover(code),
        verb="met",
        sentence_index=n,
        sentence="Serbia met Russia.",
        rule="test",
        date=date,
        place=place,
        negated=negated,
    )


def record(text: str, source: str, date: str = "2024-05-01", tone: float = 1.0, events=None) -> ArticleRecord:
    article = Article(text=text, date=date, title="T", source=source, url=f"https://{source}.example/{len(text)}")
    coded = CodedArticle(
        id=article.id, date=date, events=events(article.id) if events else [event(article.id, 0)],
        actors=[Actor("Serbia", "SRB", country="SRB", start=0, end=6)],
        quotes=[Quote("We met.", 10, 17, speaker=Actor("Vucic", "SRBGOV"), speaker_name="Vucic")],
        places=[Place("Paris", 20, 25, name="Paris", country="FRA", lat=48.85, lon=2.35)],
        tone={"tone": tone}, themes=["DIPLOMACY", "DIPLOMACY", "TRADE"], title="T", url=article.url,
        source=source, content_hash=article.id,
    )
    return ArticleRecord(article, f"ref:{text}", "coded", coded=coded)


def test_store_creates_schema_with_version(store):
    assert store.con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    assert set(store.counts()) >= {"articles", "events", "event_mentions", "actors", "places", "quotes", "themes", "errors"}


def test_store_same_event_in_three_articles_is_one_event(store):
    store.write(Batch([record("one", "a", tone=1.0), record("two", "b", tone=-2.0, date="2024-05-03")]))
    store.write(Batch([record("three", "a", tone=4.0, date="2024-05-02")]))
    counts = store.counts()
    assert (counts["events"], counts["event_mentions"]) == (1, 3)
    (row,) = store.iter_events()
    assert (row["num_mentions"], row["num_sources"], row["num_articles"]) == (3, 2, 3)
    assert row["avg_tone"] == pytest.approx(1.0)
    assert (row["first_seen"].isoformat(), row["last_seen"].isoformat()) == ("2024-05-01", "2024-05-03")
    assert row["date"].isoformat() == "2024-05-01" and row["is_root"]
    assert row["id"] == event_id(event_key(event("x", 0)))


def test_store_event_key_separates_date_code_and_place(store):
    def events(article_id):
        return [
            event(article_id, 0),
            event(article_id, 1, code="111"),
            event(article_id, 2, date="2024-05-02"),
            event(article_id, 3, place=PARIS),
            event(article_id, 4, negated=True),  # kept as a mention, not counted as an event
        ]

    store.write(Batch([record("one", "a", events=events)]))
    assert store.counts()["events"] == 4 and store.counts()["event_mentions"] == 5
    paris = next(store.iter_events(["country=FRA"]))
    assert (paris["place_name"], paris["place_geonameid"], paris["place_lat"], paris["place_type"]) == ("Paris", 2988507, 48.8534, 4)


def test_store_writes_are_idempotent_and_added_is_kept(store):
    errors = [ErrorRecord.from_error(DiurnaError("D006", line=2, path="x"), "x:2")]
    duplicate = [DuplicateRecord("copy.txt", "abc")]
    store.write(Batch([record("one", "a")], duplicate, errors))
    added = next(store.iter_events())["added"]
    store.write(Batch([], duplicate, errors))
    store.write(Batch([record("two", "b")]))
    counts = store.counts()
    assert (counts["errors"], counts["exact_duplicates"], counts["articles"]) == (1, 1, 2)
    assert next(store.iter_events())["added"] == added


def test_store_a_failed_write_leaves_nothing(store):
    good = record("one", "a")
    store.write(Batch([good]))
    with pytest.raises(duckdb.Error):
        store.write(Batch([record("two", "b"), good]))  # the same article again breaks the batch
    assert store.counts()["articles"] == 1 and store.counts()["event_mentions"] == 1


def test_store_coded_articles_round_trip(store):
    rec = record("one", "a")
    store.write(Batch([rec]))
    (back,) = store.coded_articles()
    expected = rec.coded.to_dict()
    expected["themes"] = ["DIPLOMACY", "TRADE"]
    assert back.to_dict() == expected


def test_store_signatures_and_known_articles(store):
    rec = record("one", "a")
    rec.minhash = b"\x01" * 16
    near = ArticleRecord(Article(text="one!"), "near", "near-duplicate", duplicate_of=rec.article.id, minhash=b"\x02" * 16)
    store.write(Batch([rec, near]))
    assert store.known_articles() == {rec.article.id: "ref:one", near.article.id: "near"}
    assert list(store.signatures()) == [(rec.article.id, b"\x01" * 16)]


def test_store_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "new.duckdb"
    with open_store(path) as store:
        store.con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION + 1])
    with pytest.raises(DiurnaError) as caught:
        open_store(path)
    assert caught.value.code == "D036"


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, None])
def test_store_unopenable_files_are_coded_errors(tmp_path, content):
    path = tmp_path / "bad.duckdb"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DiurnaError) as caught:
        open_store(path, read_only=True)
    assert caught.value.code == "D035"


def test_store_path_from_option_env_or_default(monkeypatch, tmp_path):
    monkeypatch.delenv("DIURNA_DB", raising=False)
    assert str(db_path()) == "diurna.duckdb"
    monkeypatch.setenv("DIURNA_DB", str(tmp_path / "env.duckdb"))
    assert db_path() == tmp_path / "env.duckdb"
    assert db_path("given.duckdb").name == "given.duckdb"


def test_store_read_events_returns_a_dataframe(coded_db):
    import diurna

    frame = diurna.read_events(coded_db)
    assert len(frame) > 0 and {"id", "cameo_code", "num_mentions", "date"} <= set(frame.columns)
    mentions = diurna.read_events(coded_db, where="root=4", mentions=True)
    assert len(mentions) > 0 and set(mentions["cameo_root"]) == {"04"}
    assert frame["num_mentions"].sum() == diurna.read_events(coded_db, mentions=True).shape[0]


def test_store_adds_columns_added_within_a_schema_version(tmp_path):
    path = tmp_path / "old.duckdb"
    with open_store(path) as store:
        store.con.execute("ALTER TABLE events DROP COLUMN place_type")
        store.con.execute("ALTER TABLE event_mentions DROP COLUMN place_type")
    with open_store(path) as store:
        store.write(Batch([record("one", "a", events=lambda i: [event(i, 0, place=PARIS)])]))
        assert next(store.iter_events())["place_type"] == 4
