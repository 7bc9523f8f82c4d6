"""The default store: one DuckDB file."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import duckdb

from diurna.errors import DiurnaError
from diurna.model import Actor, CodedArticle, Event, Place, Quote
from diurna.store import rows as R
from diurna.store.base import TABLES, Store
from diurna.store.events import AGGREGATE_SQL
from diurna.store.records import Batch
from diurna.store.schema import SCHEMA_VERSION, statements
from diurna.store.where import where_clause

__all__ = ["DuckDBStore"]

log = logging.getLogger(__name__)

_FETCH = 2048
_REPEATABLE = ("errors", "exact_duplicates")
_COLUMNS_SQL = (
    "SELECT table_name, column_name, data_type FROM information_schema.columns "
    "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
)


class DuckDBStore(Store):
    """A diurna database in one DuckDB file (``:memory:`` for a throwaway one)."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise DiurnaError("D035", path=self.path, detail="no such file; `diurna ingest` makes it")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise DiurnaError("D035", path=self.path, detail=_first_line(exc)) from None
        if not read_only:
            # Ingest writes many small transactions; DuckDB's thread pool costs more than it
            # gives on those (measured: 3-5x slower inserts with the default threads).
            self.con.execute("SET threads = 1")
        try:
            self._migrate(read_only)
        except BaseException:
            self.con.close()
            raise

    # -- schema ------------------------------------------------------------------------
    def _migrate(self, read_only: bool) -> None:
        try:
            found = self.con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
            ).fetchone()[0]
            version = self.con.execute("SELECT max(version) FROM schema_version").fetchone()[0] if found else None
        except duckdb.Error as exc:
            raise DiurnaError("D035", path=self.path, detail=_first_line(exc)) from None
        if version is not None and version > SCHEMA_VERSION:
            raise DiurnaError("D036", path=self.path, value=version, detail=str(SCHEMA_VERSION))
        if version == SCHEMA_VERSION:
            if not read_only:
                self._add_missing_columns()
            return
        if read_only:
            raise DiurnaError("D035", path=self.path, detail="it is not a diurna database")
        self.con.begin()
        for statement in statements():
            self.con.execute(statement)
        self.con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION])
        self.con.commit()

    def _add_missing_columns(self) -> None:
        # Columns added within a schema version are nullable additions: add them in place.
        reference = duckdb.connect(":memory:")
        try:
            for statement in statements():
                reference.execute(statement)
            wanted = reference.execute(_COLUMNS_SQL).fetchall()
        finally:
            reference.close()
        present = {(table, column) for table, column, _ in self.con.execute(_COLUMNS_SQL).fetchall()}
        for table, column, kind in wanted:
            if (table, column) not in present:
                log.info("adding column %s.%s to %s", table, column, self.path)
                self.con.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" {kind}')

    # -- reading state for an ingest -----------------------------------------------------
    def known_articles(self) -> dict[str, str]:
        """Every stored article id with the ref it was first read from."""
        return dict(self.con.execute("SELECT id, ref FROM articles").fetchall())

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(id, MinHash bytes) of every original article (not near-duplicates)."""
        cursor = self.con.execute(
            "SELECT id, minhash FROM articles WHERE minhash IS NOT NULL "
            "AND status <> 'near-duplicate' ORDER BY id"
        )
        while chunk := cursor.fetchmany(_FETCH):
            yield from chunk

    # -- writing ---------------------------------------------------------------------------
    def write(self, batch: Batch) -> None:
        """Write a batch in one transaction and update its events; all or nothing."""
        if not len(batch):
            return
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        tables = _batch_rows(batch, now)
        event_ids = sorted({r["event_id"] for r in tables["event_mentions"] if r["event_id"] is not None})
        self.con.begin()
        try:
            for table, rows in tables.items():
                self._insert(table, rows)
            if event_ids:
                self.con.execute(AGGREGATE_SQL, [event_ids, now])
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        import pyarrow as pa

        # The ingest never sends an article twice (it skips stored ids), so rows of an
        # article's tables are new; dead letters and duplicates may repeat across runs.
        verb = "INSERT OR IGNORE" if table in _REPEATABLE else "INSERT"
        self.con.register("_rows", pa.Table.from_pylist(rows))
        try:
            self.con.execute(f"{verb} INTO {table} BY NAME SELECT * FROM _rows")
        finally:
            self.con.unregister("_rows")

    # -- reading -----------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def iter_events(self, where: Sequence[str] = ()) -> Iterator[dict[str, Any]]:
        """Aggregated events as dicts, filtered by ``--where`` expressions, in id order."""
        condition, params = where_clause(where)
        yield from self._dicts(f"SELECT * FROM events {condition} ORDER BY date, id", params)

    def iter_mentions(self, where: Sequence[str] = ()) -> Iterator[dict[str, Any]]:
        """Counted event mentions joined with their event and article, filtered on the event."""
        condition, params = where_clause(where, alias="e")
        sql = (
            "SELECT m.*, e.num_mentions, e.num_sources, e.num_articles, e.avg_tone, "
            "a.external_id AS article_external_id, a.title AS article_title, a.url AS article_url, "
            "a.source AS article_source, a.outlet AS article_outlet, a.date AS article_date "
            "FROM event_mentions m JOIN events e ON e.id = m.event_id "
            f"JOIN articles a ON a.id = m.article_id {condition} ORDER BY m.order_key"
        )
        yield from self._dicts(sql, params)

    def events_frame(self, where: Sequence[str] = (), mentions: bool = False) -> Any:
        """Events (or counted mentions) as a pandas DataFrame."""
        if mentions:
            condition, params = where_clause(where, alias="e")
            sql = (
                "SELECT m.* EXCLUDE (detail) FROM event_mentions m JOIN events e ON e.id = m.event_id "
                f"{condition} ORDER BY m.order_key"
            )
        else:
            condition, params = where_clause(where)
            sql = f"SELECT * FROM events {condition} ORDER BY date, id"
        return self.con.execute(sql, params).df()

    def coded_articles(self, ids: Iterable[str] | None = None) -> Iterator[CodedArticle]:
        """Coded articles rebuilt from the tables (all, or those with the given ids), by id."""
        wanted = sorted(set(ids)) if ids is not None else None
        sql = "SELECT * FROM articles WHERE status = 'coded'"
        params: list[Any] = []
        if wanted is not None:
            if not wanted:
                return
            sql += f" AND id IN ({', '.join('?' for _ in wanted)})"
            params = list(wanted)
        for row in list(self._dicts(sql + " ORDER BY id", params)):
            yield self._coded(row)

    def _coded(self, row: dict[str, Any]) -> CodedArticle:
        ident = row["id"]
        events = [Event.from_dict(json.loads(m["detail"])) for m in self._part("event_mentions", ident)]
        actors = [Actor.from_dict(_unprefix(a)) for a in self._part("actors", ident)]
        places = [Place.from_dict(_unprefix(p)) for p in self._part("places", ident)]
        quotes = [
            Quote.from_dict({**_unprefix(q), "speaker": json.loads(q["speaker"]) if q["speaker"] else None})
            for q in self._part("quotes", ident)
        ]
        themes = [t["theme"] for t in self._dicts("SELECT theme FROM themes WHERE article_id = ? ORDER BY theme", [ident])]
        return CodedArticle(
            id=ident,
            date=row["date"].isoformat() if row["date"] else None,
            events=events,
            actors=actors,
            quotes=quotes,
            places=places,
            tone=json.loads(row["tone_detail"]) if row["tone_detail"] else None,
            themes=themes,
            dateline=json.loads(row["dateline"]) if row["dateline"] else None,
            title=row["title"],
            url=row["url"],
            source=row["source"],
            content_hash=ident,
        )

    def _part(self, table: str, article_id: str) -> list[dict[str, Any]]:
        sql = f"SELECT * FROM {table} WHERE article_id = ? ORDER BY position"
        return list(self._dicts(sql, [article_id]))

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a parameterised read query, as dicts; safe to call from several threads."""
        return list(self._dicts(sql, params))

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        # A cursor of its own (a duplicate connection): reads may run in several threads
        # (the API server) while the main connection writes.
        cursor = self.con.cursor()
        try:
            cursor.execute(sql, list(params))
            names = [d[0] for d in cursor.description]
            while chunk := cursor.fetchmany(_FETCH):
                for values in chunk:
                    yield dict(zip(names, values))
        finally:
            cursor.close()

    def close(self) -> None:
        """Release the database file."""
        self.con.close()


def _batch_rows(batch: Batch, now: dt.datetime) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {
        "articles": [], "exact_duplicates": [], "event_mentions": [], "actors": [],
        "places": [], "quotes": [], "themes": [], "errors": [],
    }  # fmt: skip
    for record in batch.articles:
        tables["articles"].append(R.article_row(record, now))
        if record.coded is not None:
            tables["event_mentions"].extend(R.mention_rows(record.coded))
            tables["actors"].extend(R.actor_rows(record.coded))
            tables["places"].extend(R.place_rows(record.coded))
            tables["quotes"].extend(R.quote_rows(record.coded))
            tables["themes"].extend(R.theme_rows(record.coded))
    tables["exact_duplicates"] = [R.duplicate_row(d, now) for d in batch.duplicates]
    tables["errors"] = [R.error_row(e, now) for e in batch.errors]
    return tables


def _unprefix(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["start"], out["end"] = out.pop("start_char", None), out.pop("end_char", None)
    return out


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
