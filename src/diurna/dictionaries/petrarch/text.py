"""Lines, comments, codes and dates as PETRARCH/TABARI dictionary files write them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Iterator, NamedTuple

__all__ = ["BadLine", "Line", "read_lines", "strip_comment", "parse_day", "CodeSpec", "parse_codes"]

_BRACKET = re.compile(r"\[([^\]]*)\]")


class BadLine(ValueError):
    """A line the reader cannot understand; the loader turns it into D020."""

    def __init__(self, line: int, detail: str) -> None:
        super().__init__(f"line {line}: {detail}")
        self.line = line
        self.detail = detail


class Line(NamedTuple):
    """One content line: its 1-based number and its text without comments."""

    number: int
    text: str
    raw: str


def strip_comment(text: str) -> str:
    """The text before the first '#' that is not inside [...] (codes such as [###])."""
    cut = text.find("#")
    if cut < 0:
        return text
    if "[" not in text[:cut]:
        return text[:cut]
    depth = 0
    for i, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return text[:i]
    return text


def read_lines(path: Path) -> Iterator[Line]:
    """Content lines of a dictionary file: no blank lines, '#' comments or <!-- --> blocks."""
    try:
        content = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise BadLine(content_line(path, exc.start), "not UTF-8") from exc
    in_block = False
    for number, raw in enumerate(content.splitlines(), start=1):
        text = raw
        if not in_block and "<!" not in text:  # the common case: no markup comment
            text = strip_comment(text) if "#" in text else text
            if text.strip():
                yield Line(number, text.rstrip(), raw)
            continue
        if in_block:
            if "-->" not in text:
                continue
            in_block = False
            text = text[text.index("-->") + 3 :]
        while "<!--" in text:
            before, _, after = text.partition("<!--")
            if "-->" in after:
                text = before + after[after.index("-->") + 3 :]
            else:
                text, in_block = before, True
        if text.lstrip().startswith("<!"):  # "<! -- ... -->", a loosely written comment
            in_block = "-->" not in text
            continue
        text = strip_comment(text)
        if text.lstrip().startswith("#") or not text.strip():
            continue
        yield Line(number, text.rstrip(), raw)


def content_line(path: Path, offset: int) -> int:
    """The line number of a byte offset (for encoding errors)."""
    return path.read_bytes()[:offset].count(b"\n") + 1


def parse_day(text: str, line: int) -> dt.date:
    """YYYYMMDD, or YYMMDD with PETRARCH's century rule (00-30 -> 20YY, else 19YY)."""
    digits = text.strip()
    if not digits.isdigit():
        raise BadLine(line, f"date {text!r} is not YYMMDD or YYYYMMDD")
    if len(digits) > 7:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    elif len(digits) >= 6:
        short = int(digits[:2])
        year = 2000 + short if short <= 30 else 1900 + short
        month, day = int(digits[2:4]), int(digits[4:6])
    else:
        raise BadLine(line, f"date {text!r} is not YYMMDD or YYYYMMDD")
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise BadLine(line, f"date {text!r}: {exc}") from None


class CodeSpec(NamedTuple):
    """One bracketed actor code with its optional date limits ([start, end) as dates)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        """Whether the code is limited to a period."""
        return self.start is not None or self.end is not None


def parse_codes(text: str, line: int, days: dict[str, dt.date] | None = None) -> tuple[str, list[CodeSpec]]:
    """Split a line into its text before the first '[' and its bracketed codes.

    ``days`` caches parsed dates across the lines of one file (the same dates recur).
    """
    first = text.find("[")
    if first < 0:
        return text.replace("]", ""), []  # a stray ']' is a typo
    if text.rfind("[") > text.rfind("]"):
        raise BadLine(line, "a '[' without its ']'")
    days = {} if days is None else days
    codes = [_code_spec(m.group(1), line, days) for m in _BRACKET.finditer(text)]
    return text[:first].replace("]", ""), [c for c in codes if c is not None]


def _code_spec(inside: str, line: int, days: dict[str, dt.date]) -> CodeSpec | None:
    parts = inside.split()
    if not parts:
        return None
    code = parts[0].upper()
    if len(parts) == 1:
        return CodeSpec(code)
    limit = "".join(parts[1:])

    def day(text: str) -> dt.date:
        found = days.get(text)
        if found is None:
            found = days[text] = parse_day(text, line)
        return found

    if limit.startswith("<"):
        return CodeSpec(code, None, day(limit[1:]))
    if limit.startswith(">"):
        return CodeSpec(code, day(limit[1:]), None)
    if "-" in limit:
        start, _, end = limit.partition("-")
        return CodeSpec(code, day(start), day(end) + dt.timedelta(days=1))
    return CodeSpec(code, day(limit), None)
