"""Readers that turn inputs into Articles (or coded errors for bad items)."""

from diurna.sources.dispatch import read_paths
from diurna.sources.jsonl import read_jsonl
from diurna.sources.text import read_text_file

__all__ = ["read_jsonl", "read_paths", "read_text_file"]
