"""Actor, agent and verb-pattern dictionaries, loaded once per Coder.

A dictionary *spec* names what to load: ``builtin`` (ours), ``petrarch:DIR`` (a
user's PETRARCH/TABARI files), or several joined with ``+``, later ones on top.
"""

from __future__ import annotations

from diurna.dictionaries.bundle import Dictionaries, load_dictionaries, register_loader
from diurna.dictionaries.petrarch import loader as _petrarch_loader  # registers "petrarch"

__all__ = ["Dictionaries", "load_dictionaries", "register_loader"]
