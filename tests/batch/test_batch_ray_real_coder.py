"""The Ray engine and the local engine, with the real coder on the bundled samples, store
exactly the same events: ids, codes, actors, places and every field of every mention."""

from __future__ import annotations

import json

import pytest

import diurna.batch.coding
from diurna.batch import CoderSpec, IngestOptions, RayOptions, ingest_paths, ingest_ray, load_parquet
from diurna.samples import sample_articles
from diurna.store import open_store

from fakecoder import store_snapshot

pytestmark = [pytest.mark.model, pytest.mark.slow]

MENTIONS = (
    "SELECT id, event_id, article_id, position, cameo_code, source_code, target_code, plover_type, "
    "place_name, date, counts, detail FROM event_mentions ORDER BY id"
)


def stored(db) -> tuple[dict, list, list]:
    with open_store(db, read_only=True) as store:
        events = store.con.execute("SELECT * EXCLUDE (added) FROM events ORDER BY id").fetchall()
        return store_snapshot(store.con), events, store.con.execute(MENTIONS).fetchall()


def test_batch_ray_real_coder_equals_local(ray_local, coder, tmp_path, monkeypatch):
    corpus = tmp_path / "samples.jsonl"
    lines = [json.dumps({"id": a.id, "text": a.text, "date": a.date, "title": a.title, "source": a.source})
             for a in sample_articles()]  # fmt: skip
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    options, spec = IngestOptions(batch_size=4), CoderSpec.of()

    with monkeypatch.context() as patch:  # the local run reuses the session's coder
        patch.setattr(diurna.batch.coding, "coder_for", lambda _: coder)
        with open_store(tmp_path / "local.duckdb") as store:
            ingest_paths([str(corpus)], store, spec, options)
    report = ingest_ray([str(corpus)], tmp_path / "out", spec, options, RayOptions(workers=2, progress=False))
    with open_store(tmp_path / "ray.duckdb") as store:
        load_parquet(tmp_path / "out", store)

    local, ray = stored(tmp_path / "local.duckdb"), stored(tmp_path / "ray.duckdb")
    assert report.coded == len(local[0]["articles"]) - report.failed and report.mentions == len(local[2])
    assert len(local[1]) > 100 and len({row[4] for row in local[2]}) > 20  # many events, many codes
    assert ray == local
