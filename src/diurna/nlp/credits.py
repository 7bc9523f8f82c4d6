"""Picture credits: "(Muhammad Hamed/Reuters)" closes a caption and is no part of a sentence.

Scraped news keeps its captions, and a caption's credit runs into the next paragraph:
the parser reads "(Muhammad Hamed/Reuters) Gunmen carried out a series of attacks" as
one sentence, with Reuters among the attackers. Credits are blanked with spaces, so
every character offset stays that of the article text.
"""

from __future__ import annotations

import re

__all__ = ["blank_credits"]

_NAME = r"[A-Z][\w.'’-]*"
_CREDIT = re.compile(
    rf"""\(\s*(?:
        (?:AP|AFP|EPA|UPI|Reuters|Getty|Xinhua|ANSA)?\s*(?:Photo|Photograph|Picture|Image|File\ photo)s?\b[^()\n]{{0,60}}
      | (?:{_NAME}\s){{1,4}}{_NAME}\s?/\s?(?:{_NAME}\s?){{1,4}}(?:via\s(?:{_NAME}\s?){{1,3}})?
      | Getty\ Images
    )\s*\)""",
    re.VERBOSE,
)


def blank_credits(text: str) -> str:
    """``text`` with picture credits replaced by as many spaces."""
    if "(" not in text:
        return text
    return _CREDIT.sub(lambda m: " " * len(m.group()), text)
