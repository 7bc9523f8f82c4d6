"""The Ray engine's steps called directly, without Ray: read and check, decide, code, write,
load; the database is the local engine's. Runs where Ray is not installed."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.compute as pc

from diurna.batch import IngestOptions, IngestReport, ingest_paths, load_parquet
from diurna.batch.ray_stages import CHECKED, CodingActor, check_files, decide, input_files, write_group
from diurna.store import open_store
from diurna.store.partitions import PARTITION, partition_files

from fakecoder import fake_corpus, fake_text, store_snapshot


def run_stages(paths: list[str], out, spec, options: IngestOptions) -> IngestReport:
    """What ray_engine does, step by step, in this process."""
    report = IngestReport()
    files = pa.Table.from_pylist(input_files(paths, skip={out.resolve()}))
    checked = check_files(files, options.max_bytes, options.max_chars, options.language_check, options.dedup)
    decided = decide(checked.select([n for n, _ in CHECKED if n != "payload"]), options, report)
    coded = CodingActor(spec, decided)(checked)
    for day in pc.unique(coded.column(PARTITION)).to_pylist():
        write_group(coded.filter(pc.equal(coded.column(PARTITION), day)), str(out), "run")
    return report


def test_batch_ray_stages_give_the_local_database(tmp_path, fake_spec):
    folder = tmp_path / "input"
    folder.mkdir()
    records = fake_corpus(12)
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records) + "{broken\n")
    (folder / "b.txt").write_text(records[2]["text"])  # exact duplicate
    (folder / "c.txt").write_text(records[4]["text"] + " A late paragraph was added.")  # near-duplicate
    (folder / "d.txt").write_text(fake_text(50, ["Kenya praised Chile", "EXPLODE"]))  # fails coding
    (folder / "e.txt").write_text("")
    out, options = tmp_path / "out", IngestOptions()
    report = run_stages([str(folder), str(folder / "a.jsonl")], out, fake_spec, options)
    assert report.read == 12 + 1 + 4 + 13 and report.already_stored == 12  # a.jsonl read twice
    assert [f.parent.name for f in partition_files(out)] == [
        "date=2024-03-01", "date=2024-03-02", "date=2024-03-03", "date=__HIVE_DEFAULT_PARTITION__"
    ]  # fmt: skip
    with open_store(tmp_path / "local.duckdb") as store:
        ingest_paths([str(folder), str(folder / "a.jsonl")], store, fake_spec, options)
        local = store_snapshot(store.con)
    with open_store(tmp_path / "ray.duckdb") as store:
        loaded = load_parquet(out, store)
        assert store_snapshot(store.con) == local
        assert (loaded.coded, loaded.failed, loaded.near_duplicates, loaded.exact_duplicates) == (12, 1, 1, 1)
        again = load_parquet(out, store)
        assert again.already_stored == 14 and again.coded == 0 and store_snapshot(store.con) == local
