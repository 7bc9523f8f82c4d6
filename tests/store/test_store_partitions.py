"""Parquet partitions of records: written in input order, split into files, loaded into a
store as the batches themselves would have been written."""

from __future__ import annotations

from diurna.errors import DiurnaError
from diurna.model import Article, CodedArticle
from diurna.store import open_store
from diurna.store.partitions import PARTITION, load_partitions, record_rows, records_table, write_partition
from diurna.store.records import ArticleRecord, Batch, DuplicateRecord, ErrorRecord

TABLES = {"articles": "ingested_at", "themes": None, "exact_duplicates": "ingested_at", "errors": "occurred_at"}


def items() -> list[tuple[Batch, int, str | None]]:
    """(the records of one input item, its seq, its date) for five items, one undated."""
    out = []
    for n in range(4):
        article = Article(text=f"Report {n} on the talks.", date="2024-05-0" + str(1 + n % 2), meta={"n": n})
        coded = CodedArticle(id=article.id, date=article.date, themes=["TEST"], tone={"tone": 1.5})
        out.append((Batch(articles=[ArticleRecord(article, f"f:{n}", "coded", coded=coded)]), 10 - n, article.date))
    out.append((Batch(duplicates=[DuplicateRecord("g.txt", out[0][0].articles[0].article.id)]), 20, None))
    error = ErrorRecord.from_error(DiurnaError("D001", where="h.txt"), "h.txt")
    out.append((Batch(errors=[error]), 21, None))
    return out


def test_store_partitions_write_split_and_load(tmp_path):
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = records_table([row for batch, seq, date in items() for row in record_rows(batch, seq, date)])
    for day in ("2024-05-01", "2024-05-02", "__HIVE_DEFAULT_PARTITION__"):
        part = table.filter(pc.equal(table.column(PARTITION), day))
        written = write_partition(part, tmp_path / "out", "run", rows_per_file=1)
        assert [p.rsplit("/", 1)[1] for p in written] == [f"part-run-{n:05d}.parquet" for n in range(part.num_rows)]
    seqs = [pq.read_table(p).column("seq")[0].as_py() for p in sorted((tmp_path / "out/date=2024-05-01").iterdir())]
    assert seqs == sorted(seqs)  # input order, whatever order the rows came in
    with open_store(tmp_path / "direct.duckdb") as direct, open_store(tmp_path / "loaded.duckdb") as loaded:
        for batch, _, _ in items():
            direct.write(batch)
        steps = list(load_partitions(tmp_path / "out", loaded))
        assert sum(items for _, items, _ in steps) == 6
        for name, stamp in TABLES.items():
            sql = f"SELECT * {f'EXCLUDE ({stamp})' if stamp else ''} FROM {name} ORDER BY ALL"
            assert loaded.con.execute(sql).fetchall() == direct.con.execute(sql).fetchall(), name
        assert [stored for _, _, stored in load_partitions(tmp_path / "out", loaded)].count(1) == 4
