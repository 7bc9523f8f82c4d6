"""Coder settings, declared once: CLI help, validation and docs/settings.md come from here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from diurna.errors import DiurnaError

__all__ = ["Setting", "SETTINGS", "setting", "validate_settings"]


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default and a one-line help."""

    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "dictionaries",
        "builtin",
        "Dictionaries to code with: builtin, petrarch:DIR, or several joined with '+' "
        "(later ones on top), e.g. builtin+petrarch:~/dicts.",
    ),
    Setting("max_chars", 1_000_000, "Longest article in characters; longer ones fail with D004."),
    Setting("language_check", True, "Refuse text that does not look like English (D005)."),
    Setting("require_source", True, "Code only events whose source actor is known."),
    Setting("require_target", False, "Code only events whose target actor is known (a dyad)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    """The setting called ``name``; D012 if there is none."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise DiurnaError("D012", value=name, options=", ".join(_BY_NAME)) from None


def validate_settings(values: dict[str, Any]) -> dict[str, Any]:
    """Defaults filled in and types checked against each setting's default."""
    out = {s.name: s.default for s in SETTINGS}
    for name, value in values.items():
        spec = setting(name)
        if type(value) is not type(spec.default) and not (
            isinstance(spec.default, int) and isinstance(value, int) and not isinstance(value, bool)
        ):
            raise DiurnaError(
                "D013", name=name, value=value, detail=f"expected {type(spec.default).__name__}",
                help=spec.help,
            )
        out[name] = value
    if out["max_chars"] <= 0:
        raise DiurnaError("D013", name="max_chars", value=out["max_chars"], detail="must be > 0", help=setting("max_chars").help)
    return out
