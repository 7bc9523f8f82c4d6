"""Checks that an input is an English text we can code, each failing with a coded error."""

from __future__ import annotations

import datetime as dt
import re

from diurna.errors import DiurnaError

__all__ = ["check_text", "decode_bytes", "parse_date", "DEFAULT_MAX_CHARS"]

DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own limit; longer "articles" are almost always dumps
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Control characters other than the whitespace ones (\t \n \v \f \r), and letters
# beyond Latin Extended-B: counted by regex, not by a Python loop over characters.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
# Function words that make up a large share of any English prose.
_ENGLISH = frozenset(
    """the of and to a in is was that for on with as by at from it its his her their
    are were be been has have had will would said not but this which who an or after
    over into than more also they he she we government""".split()
)
# Function words of the other languages news most often arrives in (German, French,
# Spanish, Italian, Portuguese, Dutch), none of them English words.
_FOREIGN = frozenset(
    """der die das den dem des und ist sind nicht mit von zu auf für eine einer wie im
    gegen wurde werden hat les et est sont une du qui pour dans avec sur pas aux
    los las y es por para con del como una che di della delle gli per sono non
    het een van niet voor zijn ook os dos não em uma pela pelo""".split()
)


def decode_bytes(data: bytes, where: str = "") -> str:
    """UTF-8 text from bytes, or a D002/D003 error for binary or badly encoded input."""
    if b"\x00" in data[:65536]:
        raise DiurnaError("D002", where=where, detail="it contains NUL bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DiurnaError(
            "D003", where=where, detail=f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None


def check_text(text: str, max_chars: int = DEFAULT_MAX_CHARS, language: bool = True, where: str = "") -> None:
    """Raise a DiurnaError if ``text`` is empty, binary, too long or not English."""
    if not isinstance(text, str):
        raise DiurnaError("D008", where=where)
    if not text.strip():
        raise DiurnaError("D001", where=where)
    if len(text) > max_chars:
        raise DiurnaError("D004", where=where, chars=len(text), limit=max_chars)
    sample = text[:20000]
    control = len(_CONTROL.findall(sample))
    if "\x00" in sample or control > max(2, len(sample) // 100) or "\ufffd\ufffd\ufffd" in sample:
        raise DiurnaError("D002", where=where, detail=f"{control} control characters")
    if language:
        _check_english(sample, where)


def _check_english(sample: str, where: str) -> None:
    words = _WORD.findall(sample)
    if len(words) < 8:
        return
    letters = "".join(words)
    latin = len(letters) - len(_NON_LATIN.findall(letters))
    if latin < 0.6 * len(letters):
        raise DiurnaError("D005", where=where, detail="most letters are not in the Latin script")
    lower = [w.lower() for w in words]
    english = sum(1 for w in lower if w in _ENGLISH)
    foreign = sum(1 for w in lower if w in _FOREIGN)
    # Headlines and wire leads can be short on function words; other languages are not.
    if foreign >= 3 and foreign > english:
        raise DiurnaError(
            "D005", where=where, detail=f"{foreign} function words of other languages, {english} English"
        )
    if len(words) >= 40 and english < 0.04 * len(words):
        share = 100 * english / len(words)
        raise DiurnaError(
            "D005", where=where, detail=f"only {share:.0f}% of words are common English words"
        )


def parse_date(value: object, where: str = "") -> str | None:
    """An ISO date string (YYYY-MM-DD) from YYYY-MM-DD, YYYYMMDD or a date; None for none."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{8}", text):
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]) and len(text) in (10, 19, 20, 25):
            return dt.date.fromisoformat(text[:10]).isoformat()
        if re.fullmatch(r"\d{6}", text):  # PETRARCH's YYMMDD
            year = int(text[:2])
            year += 1900 if year > 50 else 2000
            return dt.date(year, int(text[2:4]), int(text[4:])).isoformat()
    except ValueError:
        pass
    raise DiurnaError("D007", value=value, where=where)
