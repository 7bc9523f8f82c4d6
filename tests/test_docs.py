"""The docs generated from code are current."""

from pathlib import Path

from diurna.cli.reference import render_cli_reference, render_settings_reference

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_docs_settings_lists_every_setting():
    assert render_settings_reference() in (DOCS / "settings.md").read_text()


def test_docs_cli_reference_is_current():
    current = (DOCS / "cli.md").read_text()
    assert current.strip() == render_cli_reference().strip(), (
        "docs/cli.md is stale: run `python -m diurna.cli.reference > docs/cli.md`"
    )
