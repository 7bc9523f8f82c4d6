"""The CLI reference (docs/cli.md) rendered from the commands' own help, so it cannot drift.

``python -m diurna.cli.reference > docs/cli.md`` rewrites it; a test checks it is current.
"""

from __future__ import annotations

import click
import typer.main

from diurna.cli import app
from diurna.settings import SETTINGS

__all__ = ["render_cli_reference", "render_settings_reference"]


def _help(command: click.Command, name: str, parent: click.Context | None) -> str:
    ctx = click.Context(command, info_name=name, parent=parent, terminal_width=88, max_content_width=88)
    formatter = click.HelpFormatter(width=88)
    command.format_usage(ctx, formatter)
    command.format_help_text(ctx, formatter)
    click.Command.format_options(command, ctx, formatter)
    return formatter.getvalue().rstrip()


def render_cli_reference() -> str:
    """Markdown: each command's usage, description and options."""
    group = typer.main.get_command(app)
    root = click.Context(group, info_name="diurna")
    parts = ["# diurna command reference", "", "Generated from `--help` by `python -m diurna.cli.reference`.", ""]
    for name in sorted(group.list_commands(root)):
        command = group.get_command(root, name)
        parts += [f"## diurna {name}", "", "```", _help(command, name, root), "```", ""]
        if hasattr(command, "list_commands"):  # a group, e.g. ``diurna query``: each subcommand too
            ctx = click.Context(command, info_name=name, parent=root)
            for sub in sorted(command.list_commands(ctx)):
                parts += [f"### diurna {name} {sub}", "", "```", _help(command.get_command(ctx, sub), sub, ctx), "```", ""]
    return "\n".join(parts)


def render_settings_reference() -> str:
    """Markdown table of the coder settings (the same table the CLI help uses)."""
    rows = ["| setting | default | what it does |", "| --- | --- | --- |"]
    rows += [f"| `{s.name}` | `{s.default!r}` | {s.help} |" for s in SETTINGS]
    return "\n".join(rows)


if __name__ == "__main__":  # pragma: no cover
    print(render_cli_reference())
