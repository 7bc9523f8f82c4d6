"""The console script imports only the command it runs; ``diurna.cli.app`` has them all."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import click
import pytest
import typer.main

from diurna.cli import COMMANDS, app, commands_to_import

SCRIPT = Path(sys.executable).parent / "diurna"

# Runs ``main()`` as the console script does, then prints which modules it imported.
MAIN = """
import json, sys
from diurna.cli import main
sys.argv = ["diurna", *{args!r}]
try:
    main()
except SystemExit as done:
    status = done.code
watched = ["diurna.cli." + name for name in {commands!r}] + ["weasel", "httpx"]
print(json.dumps({{"status": status, "imported": [m for m in watched if m in sys.modules],
                  "spacy.cli": type(sys.modules["spacy.cli"]).__name__ if "spacy.cli" in sys.modules else None}}))
"""


def run_main(args, stdin=""):
    """``diurna ARGS`` through ``main()`` in a fresh interpreter: (output before the report, report)."""
    script = textwrap.dedent(MAIN.format(args=list(args), commands=COMMANDS))
    result = subprocess.run([sys.executable, "-c", script], input=stdin, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    output, _, report = result.stdout.rstrip("\n").rpartition("\n")
    return output, json.loads(report), result.stderr


@pytest.mark.parametrize(
    "args, expected",
    [
        ([], COMMANDS),
        (["--help"], COMMANDS),
        (["--help", "code"], COMMANDS),
        (["bogus"], COMMANDS),
        (["code", "a.txt", "--date", "2024-01-01"], ("code",)),
        (["query", "events", "--help"], ("query",)),
        (["serve"], ("serve",)),
    ],
)
def test_cli_main_commands_to_import(args, expected):
    assert commands_to_import(args) == expected


def test_cli_main_app_has_every_command():
    group = typer.main.get_command(app)
    assert sorted(group.list_commands(click.Context(group))) == sorted(COMMANDS)


def test_cli_main_imports_only_the_command_it_runs():
    output, report, _ = run_main(["code", "--help"])
    assert report == {"status": 0, "imported": ["diurna.cli.code"], "spacy.cli": None}
    assert "Usage: diurna code [OPTIONS]" in output  # a group still, not one command


def test_cli_main_runs_the_command_it_imported():
    _, report, stderr = run_main(["code", "--format", "nope", "-"], stdin="Russia criticized the European Union.")
    assert report["status"] == 2 and report["imported"] == ["diurna.cli.code"]
    assert "[D011]" in stderr and "Traceback" not in stderr


@pytest.mark.model
def test_cli_main_codes_an_article_without_spacy_cli(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Serbian President Aleksandar Vucic held talks with Russian President Vladimir Putin on Monday.")
    output, report, stderr = run_main(["code", str(path), "--date", "2024-10-20", "--format", "jsonl"])
    assert report == {"status": 0, "imported": ["diurna.cli.code"], "spacy.cli": "_StandIn"}, stderr
    coded = json.loads(output)
    assert coded["date"] == "2024-10-20" and coded["events"]


@pytest.mark.parametrize("args, status", [(["--help"], 0), ([], 2)])  # click exits 2 on no arguments
def test_cli_main_help_lists_every_command(args, status):
    result = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == status, result.stderr
    listed = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("│ ") and "--help" not in line]
    assert sorted(name for name in listed if name in COMMANDS) == sorted(COMMANDS), result.stdout


def test_cli_main_suggests_a_command_for_a_wrong_name():
    result = subprocess.run([str(SCRIPT), "quer"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "No such command 'quer'" in result.stderr and "Did you mean 'query'?" in result.stderr
