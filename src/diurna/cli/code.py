"""``diurna code``: code articles and print their events."""

from __future__ import annotations

import sys
from typing import Iterator, List, Optional

import typer
from rich.console import Console

from diurna.cli.typer_app import app, friendly, report
from diurna.cli.render import FORMATS, write_json, write_table
from diurna.errors import DiurnaError
from diurna.model import Article
from diurna.settings import setting
from diurna.sources.dispatch import kind_of, read_paths
from diurna.sources.jsonl import read_jsonl
from diurna.sources.text import read_text_file

INPUT_FORMATS = ("auto", "text", "jsonl", "html", "warc", "rss")


@app.command("code")
@friendly
def code_command(
    inputs: Optional[List[str]] = typer.Argument(None, help="Files to code; '-' or nothing reads stdin."),
    date: Optional[str] = typer.Option(None, help="Article date, YYYY-MM-DD (text input)."),
    output: str = typer.Option("json", "--format", "-f", help="Output: json, jsonl or table."),
    input_format: str = typer.Option(
        "auto", "--input-format", "-i",
        help="Input: auto (by file name and content; stdin is text), text, jsonl, html, warc or rss.",
    ),
    dictionaries: str = typer.Option(setting("dictionaries").default, help=setting("dictionaries").help),
    max_chars: int = typer.Option(setting("max_chars").default, help=setting("max_chars").help),
    language_check: bool = typer.Option(True, "--language-check/--no-language-check", help=setting("language_check").help),
    require_target: bool = typer.Option(False, "--require-target", help=setting("require_target").help),
) -> None:
    """Code articles: events as JSON (default), JSON lines or a table."""
    if output not in FORMATS:
        raise DiurnaError("D011", kind="Output", value=output, options=", ".join(FORMATS))
    if input_format not in INPUT_FORMATS:
        raise DiurnaError("D011", kind="Input", value=input_format, options=", ".join(INPUT_FORMATS))
    from diurna.coder import Coder, settle  # spaCy loads only when a command codes

    paths = list(inputs or ["-"])
    stdin = paths == ["-"]
    if input_format == "jsonl":
        items = _jsonl_items(paths)
    elif input_format == "text" or (input_format == "auto" and stdin):
        items = _text_items(paths, date)
    else:
        items = _dated(read_paths(paths), date)
    coder = Coder(
        dictionaries, max_chars=max_chars, language_check=language_check, require_target=require_target
    )
    settle()
    console = Console()
    single = len(paths) == 1 and (
        input_format == "text" or (input_format in ("auto", "html") and (stdin or kind_of(paths[0]) in ("text", "html")))
    )
    failed = 0
    for outcome in coder.code_stream(items):
        if outcome.coded is not None:
            if output == "table":
                write_table(outcome.coded, console)
            else:
                write_json(outcome.coded, sys.stdout, pretty=single and output == "json")
            continue
        failed += 1
        report(outcome.error)
        if output != "table" and not single:  # keep one line per input item
            ident = outcome.article.id if outcome.article else outcome.error.details.get("id")
            write_json({"id": ident, "error": outcome.error.to_dict()}, sys.stdout, pretty=False)
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


def _dated(items: Iterator[Article | DiurnaError], date: str | None) -> Iterator[Article | DiurnaError]:
    for item in items:
        if date and isinstance(item, Article) and not item.date:
            item.date = date
        yield item


def _text_items(paths: list[str], date: str | None) -> Iterator[Article | DiurnaError]:
    for path in paths:
        try:
            yield read_text_file(path, date)
        except DiurnaError as error:
            yield error


def _jsonl_items(paths: list[str]) -> Iterator[Article | DiurnaError]:
    for path in paths:
        try:
            stream = sys.stdin.buffer if path == "-" else open(path, "rb")
        except OSError as exc:
            yield DiurnaError("D010", path=path, detail=exc.strerror or str(exc))
            continue
        with stream if path != "-" else _nullcontext(stream) as handle:
            for _, item in read_jsonl(handle, "stdin" if path == "-" else path):
                yield item


class _nullcontext:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False
