import pytest

from diurna.nlp.credits import blank_credits


@pytest.mark.parametrize(
    "text, credit",
    [
        ("in March. (Muhammad Hamed/Reuters)\nGunmen carried out attacks", "(Muhammad Hamed/Reuters)"),
        ("A man waves a flag. (AP Photo/Hussein Malla) The army", "(AP Photo/Hussein Malla)"),
        ("Troops advance. (Photo: Reuters) Troops", "(Photo: Reuters)"),
        ("The summit. (Jim Watson/AFP via Getty Images) Leaders", "(Jim Watson/AFP via Getty Images)"),
    ],
)
def test_credits_are_blanked_with_offsets_kept(text, credit):
    out = blank_credits(text)
    assert len(out) == len(text)
    assert credit not in out and out.replace(" ", "") == text.replace(credit, "").replace(" ", "")


@pytest.mark.parametrize(
    "text",
    ["PARIS (Reuters) - The talks", "Russia (and China) vetoed it", "the vote (51/49) passed", "talks (EU/NATO) went on"],
)
def test_credits_leave_other_parentheses(text):
    assert blank_credits(text) == text
