import pytest

from diurna.errors import DiurnaError
from diurna.textcheck import check_text, decode_bytes, parse_date

ENGLISH = "The government said on Monday that it would hold talks with the opposition next week."


def _code(func, *args, **kwargs):
    with pytest.raises(DiurnaError) as info:
        func(*args, **kwargs)
    return info.value.code


def test_textcheck_accepts_english():
    check_text(ENGLISH)


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_textcheck_empty_is_d001(text):
    assert _code(check_text, text) == "D001"


def test_textcheck_too_long_is_d004():
    assert _code(check_text, ENGLISH * 10, max_chars=100) == "D004"


def test_textcheck_control_characters_are_binary():
    assert _code(check_text, "abc\x01\x02\x03\x04\x05 def" * 5) == "D002"


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, "
        "wie ein Sprecher in Berlin mitteilte, und weitere Maßnahmen angekündigt.",
        "Правительство Сербии заявило в понедельник, что не будет вводить санкции против России.",
        "الحكومة قالت يوم الاثنين إنها ستجري محادثات مع المعارضة الأسبوع المقبل في العاصمة",
    ],
)
def test_textcheck_non_english_is_d005(text):
    assert _code(check_text, text) == "D005"


def test_textcheck_language_check_can_be_off():
    check_text("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, wie ein Sprecher sagte.", language=False)


def test_textcheck_decode_binary_and_bad_utf8():
    assert _code(decode_bytes, b"\x89PNG\r\n\x1a\n\x00\x00\x00") == "D002"
    assert _code(decode_bytes, b"caf\xe9 au lait") == "D003"
    assert decode_bytes("café".encode()) == "café"


@pytest.mark.parametrize(
    "value, expected",
    [("2024-10-20", "2024-10-20"), ("20241020", "2024-10-20"), ("950101", "1995-01-01"), (None, None)],
)
def test_textcheck_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["20241340", "yesterday", "2024/10/20"])
def test_textcheck_bad_date_is_d007(value):
    assert _code(parse_date, value) == "D007"
