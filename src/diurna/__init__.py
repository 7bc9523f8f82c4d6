"""diurna: political event data from news text, offline."""

from diurna.model import Actor, Article, CodedArticle, Event, Place, Quote

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "Coder",
    "Event",
    "Place",
    "Quote",
    "code_text",
    "read_events",
    "__version__",
]


def __getattr__(name: str):
    # The coder pulls in spaCy; import it only when asked so `import diurna` stays light.
    if name in ("Coder", "code_text"):
        from diurna import coder

        return getattr(coder, name)
    if name == "read_events":
        from diurna.store.query import read_events

        return read_events
    raise AttributeError(f"module 'diurna' has no attribute {name!r}")
