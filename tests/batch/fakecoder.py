"""A fast, deterministic stand-in for diurna.coder.Coder, for store, batch and crash tests.

It codes "<Country> <verb> <Country>" phrases into events without spaCy, so pipeline tests
run in milliseconds and the events they expect are known. Importable by worker processes
(tests/conftest.py puts this folder on sys.path).
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import time
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from diurna.errors import DiurnaError
from diurna.model import Actor, Article, CodedArticle, Event
from diurna.ontology import load_ontology

VERBS = {"met": "042", "praised": "051", "accused": "112", "condemned": "122", "attacked": "190"}
COUNTRIES = {"Serbia": "SRB", "Russia": "RUS", "France": "FRA", "China": "CHN", "Kenya": "KEN", "Chile": "CHL"}
_PHRASE = re.compile(r"\b(%s) (%s) (%s)\b" % ("|".join(COUNTRIES), "|".join(VERBS), "|".join(COUNTRIES)))
# Test hooks, read when a FakeCoder is built: a delay per article, and a file that gets one
# line per coded article (so the crash test knows when to kill).
DELAY_ENV = "DIURNA_FAKE_DELAY"
PROGRESS_ENV = "DIURNA_FAKE_PROGRESS"


@dataclass
class FakeOutcome:
    article: Article | None
    coded: CodedArticle | None = None
    error: DiurnaError | None = None


class FakeCoder:
    """Codes '<Country> <verb> <Country>' phrases; a text containing EXPLODE fails with D090."""

    def __init__(self, **settings: Any) -> None:
        self.settings = settings
        self.ontology = load_ontology()
        self.delay = float(os.environ.get(DELAY_ENV) or 0)
        self.progress = os.environ.get(PROGRESS_ENV)

    def code_stream(self, items: Iterable[Article], batch_size: int = 32) -> Iterator[FakeOutcome]:
        for article in items:
            if self.delay:
                time.sleep(self.delay)
            if "EXPLODE" in article.text:
                error = DiurnaError("D090", where=f"id {article.id}", detail="RuntimeError: boom")
                yield FakeOutcome(article, error=error)
                continue
            yield FakeOutcome(article, coded=self.code(article))
            if self.progress:
                with open(self.progress, "a") as handle:
                    handle.write(article.id + "\n")

    def code(self, article: Article) -> CodedArticle:
        events = []
        for index, sentence in enumerate(re.split(r"(?<=\.)\s+", article.text)):
            for match in _PHRASE.finditer(sentence):
                events.append(self._event(article, index, sentence, match))
        return CodedArticle(
            id=article.id,
            date=article.date,
            events=events,
            actors=[e.source for e in events],
            title=article.title,
            url=article.url,
            source=article.source,
            content_hash=article.content_hash,
            tone={"tone": -2.0 if "attacked" in article.text else 1.0},
            themes=["TEST"],
        )

    def _event(self, article: Article, index: int, sentence: str, match: re.Match) -> Event:
        source, verb, target = match.groups()
        code = VERBS[verb]
        key = f"{article.id}|{match.start()}|{index}"
        return Event(
            id=hashlib.sha256(key.encode()).hexdigest()[:16],
            source=_actor(source, match.start(1)),
            target=_actor(target, match.start(3)),
            cameo=self.ontology.cameo(code),
            plover=self.ontology.plover(code),
            verb=verb,
            sentence_index=index,
            sentence=sentence,
            rule="fake",
            date=article.date,
            negated=" not " in sentence,
        )


def _actor(name: str, start: int) -> Actor:
    code = COUNTRIES[name]
    return Actor(name, code + "GOV", country=code, sector="GOV", name=name, start=start,
                 end=start + len(name), kind="state", sectors=["GOV"])


_NOUNS = """farmers harbour budget river school council border bridge festival railway doctors
teachers prices election market factory village drought harvest museum stadium airport clinic
tunnel coastline forest mine pipeline archive parliament court library theatre""".split()
_VERBS = """watched discussed repaired visited opened closed praised questioned described
measured painted counted followed crossed""".split()


def fake_text(n: int, phrases: list[str]) -> str:
    """An English-looking article text, unique per n (never a near-duplicate of another)."""
    pick = random.Random(n)
    sentences = [f"Report number {n} was filed from the capital on a quiet morning."]
    sentences += [f"{p} on Monday, according to the report." for p in phrases]
    for _ in range(4):
        a, b, c = (pick.choice(_NOUNS) for _ in range(3))
        sentences.append(f"The {a} of the {b} {pick.choice(_VERBS)} the {c} and the {pick.choice(_NOUNS)}.")
    return " ".join(sentences)


def fake_corpus(count: int) -> list[dict[str, Any]]:
    """JSONL records: articles whose phrases repeat across outlets, so events aggregate."""
    pairs = [("Serbia", "met", "Russia"), ("France", "condemned", "China"),
             ("Kenya", "praised", "Chile"), ("Russia", "attacked", "Serbia")]
    records = []
    for n in range(count):
        a, b = pairs[n % len(pairs)], pairs[(n // 2) % len(pairs)]
        records.append({
            "id": f"fake-{n:04d}",
            "text": fake_text(n, [" ".join(a), " ".join(b)]),
            "date": f"2024-03-{1 + n % 3:02d}",
            "source": ["Outlet A", "Outlet B", "Outlet C"][(n // 3) % 3],
            "url": f"https://example.org/{n}",
        })
    return records


def store_snapshot(con) -> dict:
    """Everything an ingest decides, without timestamps, from a DuckDB connection."""
    q = lambda sql: sorted(con.execute(sql).fetchall())  # noqa: E731
    return {
        "articles": q("SELECT id, external_id, ref, status, duplicate_of, similarity, num_events FROM articles"),
        "events": q("SELECT id, key, num_mentions, num_sources, num_articles, avg_tone, first_seen, "
                    "last_seen, first_article, source_url, is_root FROM events"),
        "mentions": q("SELECT id, event_id, article_id, position FROM event_mentions"),
        "duplicates": q("SELECT ref, article_id FROM exact_duplicates"),
        "errors": q("SELECT ref, code, article_id FROM errors"),
        "actors": q("SELECT article_id, position, code FROM actors"),
        "themes": q("SELECT article_id, theme FROM themes"),
    }
