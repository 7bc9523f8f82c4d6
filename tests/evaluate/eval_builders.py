"""Hand-built events, coded articles and a fake coder for the evaluator's unit tests (no model)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from diurna.errors import DiurnaError
from diurna.model import Actor, Article, Cameo, CodedArticle, Event, Plover


def actor(code: str | None, country: str | None = None) -> Actor | None:
    """An actor with a code; the country defaults to the code's first three letters."""
    if code is None:
        return None
    return Actor(text=code, code=code, country=country or code[:3])


def event(
    source: str | None,
    target: str | None,
    code: str,
    plover: str | None = None,
    rule: str = "rule.test",
    negated: bool = False,
    modality: str = "asserted",
    sentence: str = "",
) -> Event:
    """One event: ``event("SRBGOV", "RUS", "042", "CONSULT")``."""
    return Event(
        id=f"e-{source}-{target}-{code}",
        source=actor(source),
        target=actor(target),
        cameo=Cameo(code=code, root=code[:2], name="test", quad_class=1, goldstein=0.0),
        plover=Plover(type=plover),
        verb="verb",
        sentence_index=0,
        sentence=sentence,
        rule=rule,
        negated=negated,
        modality=modality,
    )


def coded(*events: Event) -> CodedArticle:
    """A coded article holding the events."""
    return CodedArticle(id="a", date=None, events=list(events))


@dataclass
class FakeOutcome:
    """What Coder.code_stream yields."""

    article: Article | None
    coded: CodedArticle | None = None
    error: DiurnaError | None = None


Script = Callable[[str, dict], "list[Event] | DiurnaError"]


class FakeCoder:
    """Codes each text by a script: text (and settings) -> events or an error to report."""

    def __init__(self, script: Script, **settings) -> None:
        self.script = script
        self.settings = settings
        self.seen: list[tuple[str, str | None]] = []

    def code_stream(self, items: Iterable[Article], batch_size: int = 32) -> Iterator[FakeOutcome]:
        for article in items:
            self.seen.append((article.text, article.date))
            result = self.script(article.text, self.settings)
            if isinstance(result, DiurnaError):
                yield FakeOutcome(article, error=result)
            else:
                yield FakeOutcome(article, coded=coded(*result))


class FakeFactory:
    """A build_coder for evaluate_paths: makes FakeCoders, remembers the settings asked for."""

    def __init__(self, script: Script, fail_on: Callable[[dict], DiurnaError | None] = lambda s: None) -> None:
        self.script = script
        self.fail_on = fail_on
        self.built: list[dict] = []
        self.coders: list[FakeCoder] = []

    def __call__(self, **settings) -> FakeCoder:
        error = self.fail_on(settings)
        if error is not None:
            raise error
        self.built.append(settings)
        coder = FakeCoder(self.script, **settings)
        self.coders.append(coder)
        return coder


def nothing(text: str, settings: dict) -> list[Event]:
    """A script that codes nothing."""
    return []
