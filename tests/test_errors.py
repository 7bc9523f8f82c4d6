import re

import pytest

from diurna.errors import MESSAGES, DiurnaError


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_errors_every_message_formats_with_no_details(code):
    error = DiurnaError(code)
    assert str(error).startswith(f"[{code}] ")
    assert error.fix and error.cause


def test_errors_codes_are_stable_shape():
    assert all(re.fullmatch(r"D\d{3}", code) for code in MESSAGES)


def test_errors_message_carries_details():
    error = DiurnaError("D004", where="id a1", chars=5_000_000, limit=1_000_000)
    assert "5,000,000" in error.cause and "(id a1)" in error.cause
    assert error.to_dict()["code"] == "D004"
