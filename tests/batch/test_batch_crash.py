"""Crash safety: ``kill -9`` in the middle of an ingest, then the same command again, ends
with exactly what an uninterrupted run gives."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from fakecoder import fake_corpus, fake_text, store_snapshot

HELPER = Path(__file__).resolve().parent / "run_fake_cli.py"
TOTAL_ARTICLES = 100


def make_input(folder: Path) -> Path:
    folder.mkdir()
    records = fake_corpus(TOTAL_ARTICLES)
    lines = [json.dumps(r) for r in records]
    lines.insert(50, "{this line is broken")
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "copy.txt").write_text(records[3]["text"])  # exact duplicate of a JSONL article
    (folder / "near.txt").write_text(records[5]["text"] + " One more sentence was added by an editor.")
    (folder / "zz-last.txt").write_text(fake_text(999, ["Chile accused Kenya"]))
    (folder / "zz-empty.txt").write_text("")
    return folder


def run(folder: Path, db: Path, env: dict) -> subprocess.Popen:
    command = [sys.executable, str(HELPER), "ingest", str(folder), "--db", str(db), "--batch-size", "20", "-q"]
    return subprocess.Popen(command, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(process: subprocess.Popen) -> None:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, (out + err).decode()


def snapshot(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return store_snapshot(con)
    finally:
        con.close()


@pytest.mark.slow
def test_batch_kill_9_then_rerun_equals_a_clean_run(tmp_path):
    folder = make_input(tmp_path / "input")
    finish(run(folder, tmp_path / "clean.duckdb", {}))
    clean = snapshot(tmp_path / "clean.duckdb")
    assert len(clean["articles"]) == TOTAL_ARTICLES + 2  # + near-duplicate + zz-last
    assert {code for _, code, _ in clean["errors"]} == {"D006", "D001"}

    progress = tmp_path / "progress.txt"
    crashed = tmp_path / "crashed.duckdb"
    process = run(folder, crashed, {"DIURNA_FAKE_DELAY": "0.03", "DIURNA_FAKE_PROGRESS": str(progress)})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if progress.exists() and len(progress.read_text().split()) >= 50:
            break
        assert process.poll() is None, "the ingest ended before it could be killed"
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    halfway = snapshot(crashed)
    assert 0 < len(halfway["articles"]) < len(clean["articles"])  # killed mid-run, work committed

    finish(run(folder, crashed, {}))
    assert snapshot(crashed) == clean
