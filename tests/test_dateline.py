import pytest

from diurna.nlp.dateline import find_dateline


@pytest.mark.parametrize(
    "text, place, region, agency",
    [
        ("BELGRADE, Serbia — The leader of Serbia said", "Belgrade", "Serbia", None),
        ("KYIV, Ukraine (Reuters) - Russian troops", "Kyiv", "Ukraine", "Reuters"),
        ("NEW YORK (AP) — The United Nations", "New York", None, "AP"),
        ("WASHINGTON -- The White House said", "Washington", None, None),
    ],
)
def test_dateline_found(text, place, region, agency):
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.region, found.agency) == (place, region, agency)
    assert text[found.end:][0].isupper()


@pytest.mark.parametrize(
    "text",
    ["The leader of Serbia said on Monday — in Belgrade — that", "US - China talks resumed.", "I — said"],
)
def test_dateline_absent(text):
    assert find_dateline(text) is None
