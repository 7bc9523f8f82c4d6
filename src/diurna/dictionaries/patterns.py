"""The pattern types that verb and noun dictionaries compile to.

Our own YAML dictionaries and the PETRARCH/TABARI reader both produce these, so the event
component needs to know only one shape. A pattern is matched on spaCy's dependency parse
around one trigger token (a verb, or an event noun).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["VerbPattern", "NounPattern", "ControlRule", "CONTROL_KINDS", "TARGET_SLOTS"]

# How a complement clause is coded: "refused to impose sanctions" -> reject(sanctions).
CONTROL_KINDS = ("reject", "threaten", "intend", "appeal", "demand", "attempt", "deny", "claim", "renounce", "halt")

# Where an event's target may be found, relative to the trigger.
#   object  - the direct object (or the dative/indirect object)
#   prep    - the object of the pattern's preposition
#   auto    - object first, then a target preposition (against, on, with, to, ...)
#   none    - the event has no target (e.g. "protesters demonstrated")
#   subject - the subject is the target, and whoever says it the source: "Russia will pay
#             a heavy price, Biden said" is Biden's threat to Russia
TARGET_SLOTS = ("auto", "object", "prep", "none", "subject")


@dataclass(frozen=True)
class VerbPattern:
    """A verb, the words that must surround it, and the code it yields.

    All words are lower-case lemmas. An empty condition matches anything. The most
    specific matching pattern of a verb wins (more conditions = more specific).
    """

    lemma: str
    code: str | None  # a CAMEO code, or None when the verb alone codes nothing
    particle: str | None = None  # "off" in "call off"
    target_code: str | None = None  # the code when an actor target is found ("warned Russia")
    object: tuple[str, ...] = ()  # any of these as the object's head (or a phrase in it)
    prep: str | None = None  # a preposition on the verb (or its object): "with", "on"
    prep_object: tuple[str, ...] = ()  # any of these as the preposition's object
    subject: tuple[str, ...] = ()  # any of these in the subject phrase ("protester")
    target: str = "auto"
    mode: str | None = None  # PLOVER mode
    control: str | None = None  # a CONTROL_KINDS name: the complement clause is coded
    light: bool = False  # the verb lends its subject to an event noun it governs
    symmetric: bool = False  # "A and B met": each is the other's target
    source: str = ""  # where the pattern came from: "verbs.yaml:meet#2"

    @property
    def specificity(self) -> int:
        """How many conditions the pattern sets; more specific patterns win."""
        return (
            2 * bool(self.object)
            + 2 * bool(self.prep_object)
            + bool(self.prep)
            + bool(self.particle) * 2
            + bool(self.subject)
        )

    @property
    def rank(self) -> tuple[int, int]:
        """The sort key among a verb's patterns: specificity, then the longest object.

        Of two objects that both match, the one with more words wins, as PETRARCH's
        longest match: "issued arrest warrants" is an arrest, not any warrant. An object
        counts as long as its shortest phrase."""
        words = min((len(o.split()) for o in self.object), default=0)
        return self.specificity, words


@dataclass(frozen=True)
class NounPattern:
    """An event noun ("talks", "sanctions", "phone call") and the code it yields."""

    lemma: str
    code: str | None
    compound: tuple[str, ...] = ()  # any of these must modify the noun: "phone" call
    prep: str | None = None  # a preposition that must hang on the noun: a hearing "into"
    source_preps: tuple[str, ...] = ("by", "from", "between")
    target_preps: tuple[str, ...] = ("against", "on", "with", "to", "toward", "towards", "between")
    mode: str | None = None
    control: str | None = None  # "refusal to X" -> reject(X)
    symmetric: bool = False  # "talks between A and B": both directions
    source: str = ""

    @property
    def specificity(self) -> int:
        """How many conditions the pattern sets; more specific patterns win."""
        return 2 * bool(self.compound) + bool(self.prep)

    @property
    def rank(self) -> tuple[int, int]:
        """The sort key among a noun's patterns (see ``VerbPattern.rank``)."""
        return self.specificity, 0


@dataclass(frozen=True)
class ControlRule:
    """How a complement clause under a control verb is coded.

    ``by_code`` maps the complement's CAMEO code (longest prefix wins, so "0871" and
    "08" can both appear) to the resulting code; ``default`` codes a complement that
    has no code of its own, or None to code nothing then.
    """

    kind: str
    default: str | None
    by_code: dict[str, str] = field(default_factory=dict)
    target_from: str = "complement"  # "complement" (its target) or "object" (urge X to)

    def apply(self, code: str | None) -> str | None:
        """The code for a complement coded ``code`` (None when it has no code)."""
        if code:
            for length in range(len(code), 1, -1):
                found = self.by_code.get(code[:length])
                if found:
                    return found
        return self.default
