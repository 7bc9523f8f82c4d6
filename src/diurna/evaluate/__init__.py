"""Scoring the coder against gold files: one module per gold format, one report.

Each format module has ``detect(path) -> bool`` and ``evaluate(path, coder_factory,
**options) -> list[SetResult]``. ``evaluate_paths`` picks the module for each file, hands
it a factory that builds each Coder variant once per run, and gathers a ``Report``.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable, Mapping

from diurna.errors import DiurnaError
from diurna.evaluate.coders import CoderPool
from diurna.evaluate.report import Report
from diurna.evaluate.result import PRF, SetResult

__all__ = ["evaluate_paths", "find_format", "gold_files", "Report", "SetResult", "PRF", "FORMATS"]

log = logging.getLogger(__name__)

# Gold formats by module name, tried in order; "geo" is optional (its own module).
FORMATS = ("seed", "petr", "news", "plover", "geo")


def evaluate_paths(
    paths: Iterable[str | Path],
    dictionaries: str = "builtin",
    set_dictionaries: Mapping[str, str] | None = None,
    limit: int | None = None,
    build_coder: Callable[..., Any] | None = None,
) -> Report:
    """Score the coder on gold files (or directories of them) and return the report."""
    if build_coder is None:
        from diurna.coder import Coder  # spaCy loads only when something is coded

        build_coder = Coder
    factory = CoderPool(build_coder, dictionaries=dictionaries)
    files = gold_files(paths)
    report = Report(paths=[str(p) for p in files], dictionaries=dictionaries)
    for path in files:
        module = find_format(path)
        if module is None:
            raise DiurnaError("D011", kind="Gold file", value=str(path), options=_format_help())
        log.info("evaluating %s as %s", path, module.__name__)
        if module.__name__.endswith(".geo"):
            found = module.evaluate(path, factory())
        else:
            found = module.evaluate(
                path, factory, dictionaries=dictionaries, set_dictionaries=dict(set_dictionaries or {}), limit=limit
            )
        report.sets.extend([found] if isinstance(found, SetResult) else found)
    return report


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to score: each path, or the recognised gold files inside a directory."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            files.extend(p for p in sorted(path.iterdir()) if p.is_file() and find_format(p) is not None)
        elif path.is_file():
            files.append(path)
        else:
            raise DiurnaError("D010", path=str(raw), detail="no such file or directory")
    return files


def find_format(path: str | Path) -> ModuleType | None:
    """The format module whose ``detect`` recognises the file, or None."""
    for module in _modules():
        if module.detect(path):
            return module
    return None


def _modules() -> list[ModuleType]:
    modules = []
    for name in FORMATS:
        qualified = f"{__name__}.{name}"
        try:
            modules.append(importlib.import_module(qualified))
        except ModuleNotFoundError as exc:
            if exc.name != qualified:  # a missing dependency inside the module is a real error
                raise
    return modules


def _format_help() -> str:
    return (
        "seed NAME.gold.json, PETRARCH records (petr_*.jsonl), news records (news_*.jsonl), "
        "PLOVER records (plover_*.jsonl), geo toponym XML (when diurna.evaluate.geo is installed)"
    )
