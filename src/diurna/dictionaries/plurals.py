"""A plural's singular by suffix alone, for words the tagger left unlemmatised.

A capitalised plural that opens a paragraph ("Gunmen", "Airlines") or follows a name
("siesta naps") is often tagged a proper noun, and spaCy gives proper nouns no lemma.
Dictionary lookups then retry with this guess.
"""

from __future__ import annotations

__all__ = ["singular_guess"]


def singular_guess(word: str) -> str | None:
    """ "gunmen" -> "gunman", "militias" -> "militia", "countries" -> "country"; None for a
    word that does not look plural ("press", "glass")."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None
