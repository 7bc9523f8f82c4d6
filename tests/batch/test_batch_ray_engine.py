"""The Ray engine on a local Ray with the fake coder: the local engine's results, the same
files when run again (or with a worker killed), and the CLI around it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diurna.batch import CoderSpec, IngestOptions, RayOptions, ingest_paths, ingest_ray, load_parquet
from diurna.batch.ray_engine import run_key
from diurna.store import open_store, read_events

from fakecoder import fake_corpus, fake_text, store_snapshot

pytestmark = pytest.mark.slow

OPTIONS = IngestOptions(batch_size=8)
BAD = {
    "binary.txt": (b"\x00\x01\x02\x03PNG" * 20, "D002"),
    "broken.html": (b"<html><body><div><p>", "D031"),
    "empty.txt": (b"   \n", "D001"),
    "latin1.txt": ("Caf\xe9 of the town".encode("latin-1"), "D003"),
    "boom.txt": (b"The report said EXPLODE and the rest of the text was lost on the way.", "D090"),
}


def make_corpus(folder: Path) -> Path:
    """Articles that repeat events across dates and outlets, duplicates and bad items."""
    folder.mkdir()
    records = fake_corpus(40)
    lines = [json.dumps(r) for r in records]
    lines[20:20] = ["{this line is broken", json.dumps({"id": "no-text", "date": "2024-03-01"})]
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "copy.txt").write_text(records[3]["text"])  # an exact duplicate, undated
    (folder / "near.txt").write_text(records[5]["text"] + " One more sentence was added by an editor.")
    (folder / "zz-last.txt").write_text(fake_text(999, ["Chile accused Kenya"]))
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "link.txt").symlink_to(folder / "gone.txt")
    return folder


def files(out: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes, by relative path."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def loaded(out: Path, db: Path) -> dict:
    with open_store(db) as store:
        load_parquet(out, store)
        return store_snapshot(store.con)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("ray") / "input")


@pytest.fixture(scope="module")
def local(corpus, fake_spec, tmp_path_factory):
    """The local engine's database snapshot and report."""
    with open_store(tmp_path_factory.mktemp("local") / "local.duckdb") as store:
        report = ingest_paths([str(corpus)], store, fake_spec, OPTIONS)
        return store_snapshot(store.con), report, store.path


@pytest.fixture(scope="module")
def clean(ray_local, corpus, fake_spec, tmp_path_factory):
    """One clean Ray run with two workers: (output folder, report)."""
    out = tmp_path_factory.mktemp("clean") / "out"
    report = ingest_ray([str(corpus)], out, fake_spec, OPTIONS, RayOptions(workers=2, progress=False))
    return out, report


def test_batch_ray_equals_the_local_engine(clean, local, tmp_path):
    out, report = clean
    snapshot, local_report, db = local
    assert loaded(out, tmp_path / "ray.duckdb") == snapshot
    assert snapshot["errors"] and snapshot["duplicates"] and len(snapshot["events"]) > 10
    same = ("read", "coded", "failed", "near_duplicates", "exact_duplicates", "mentions", "counted", "errors")
    assert {k: getattr(report, k) for k in same} == {k: getattr(local_report, k) for k in same}
    assert set(report.errors) == {code for _, code in BAD.values()} | {"D006", "D008", "D010"}
    direct = read_events(out).drop(columns=["added"])
    assert direct.equals(read_events(db).drop(columns=["added"]))  # the Parquet, queried as is


def test_batch_ray_partitions_by_date_in_input_order(clean, corpus):
    import duckdb

    out, _ = clean
    run = run_key([str(corpus)])
    names = sorted(files(out))
    assert {n.split("/")[0] for n in names} == {
        "date=2024-03-01", "date=2024-03-02", "date=2024-03-03", "date=__HIVE_DEFAULT_PARTITION__"
    }  # fmt: skip
    assert all(n.split("/")[1] == f"part-{run}-00000.parquet" for n in names)
    rows = duckdb.sql(f"SELECT date, seq, record FROM read_parquet('{out}/*/*.parquet', hive_partitioning=true)").fetchall()
    for day in {d for d, _, _ in rows}:
        seqs = [s for d, s, _ in rows if d == day]
        assert seqs == sorted(seqs)


def test_batch_ray_rerun_rewrites_the_same_partitions(ray_local, clean, corpus, fake_spec, tmp_path):
    out, _ = clean
    again = tmp_path / "out"
    shutil.copytree(out, again)
    stale = again / "date=1999-01-01" / f"part-{run_key([str(corpus)])}-00000.parquet"
    other = again / "date=2024-03-01" / "part-0123456789ab-00000.parquet"  # another run's file
    for path in (stale, other):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"old")
    before = {p: p.stat().st_mtime_ns for p in again.rglob("*.parquet")}
    ingest_ray([str(corpus)], again, fake_spec, OPTIONS, RayOptions(workers=1, progress=False))
    assert not stale.exists() and not stale.parent.exists() and other.read_bytes() == b"old"
    other.unlink()
    assert files(again) == files(out)  # same files, same bytes, with one worker instead of two
    assert all(p.stat().st_mtime_ns != before[p] for p in again.rglob("*.parquet"))  # rewritten


def test_batch_ray_killed_worker_changes_nothing(ray_local, clean, corpus, tmp_path):
    marker = tmp_path / "crashed"
    spec = CoderSpec.of("crashcoder:CrashOnceCoder", marker=str(marker))
    out = tmp_path / "out"
    report = ingest_ray([str(corpus)], out, spec, OPTIONS, RayOptions(workers=2, progress=False))
    assert marker.exists()  # a worker did die, with its first batch
    assert files(out) == files(clean[0])
    assert report.coded == clean[1].coded


def test_batch_ray_cli_ingest_then_load(ray_local, clean, corpus, local, tmp_path, monkeypatch):
    import diurna.cli.ingest as cli_ingest
    from diurna.cli import app

    monkeypatch.setattr(cli_ingest, "coder_spec", lambda **s: CoderSpec.of("fakecoder:FakeCoder", **s))
    out, db = tmp_path / "out", tmp_path / "cli.duckdb"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(corpus), "--engine", "ray", "--out", str(out), "-w", "2", "-q"])
    assert result.exit_code == 0, result.output
    assert "articles coded" in result.stdout and "diurna load" in result.stdout
    assert files(out) == files(clean[0])
    for _ in range(2):  # loading again adds nothing
        result = runner.invoke(app, ["load", str(out), "--db", str(db)])
        assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert store_snapshot(store.con) == local[0]
