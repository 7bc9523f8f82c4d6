"""The README's five-line example prints what the README says it prints."""

import contextlib
import io
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_python_example_output_is_real(coder, monkeypatch):
    text = README.read_text()
    blocks = re.findall(r"```python\n(.*?)```\n```\n(.*?)```", text, re.S)
    assert blocks, "the README lost its Python example"
    code, expected = blocks[0]
    import diurna.coder

    monkeypatch.setattr(diurna.coder, "default_coder", lambda: coder)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue().strip() == expected.strip()


def test_readme_first_screen_shows_the_two_commands():
    first_screen = "\n".join(README.read_text().splitlines()[:25])
    assert "make demo" in first_screen and "make test" in first_screen
