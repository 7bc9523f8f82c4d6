from diurna.model import Actor, Article, Cameo, CodedArticle, Event, Place, Plover, Quote, Span, content_hash


def _event(**changes):
    values = dict(
        id="e1",
        source=Actor(text="Serbia", code="SRB", country="SRB"),
        target=Actor(text="Russia", code="RUS", country="RUS"),
        cameo=Cameo(code="051", root="05", name="Praise or endorse", quad_class=1, goldstein=3.4),
        plover=Plover(type="SUPPORT"),
        verb="praised",
        sentence_index=0,
        sentence="Serbia praised Russia.",
        rule="verbs:praise#0",
        spans={"verb": Span(7, 14), "source": Span(0, 6), "target": None},
    )
    values.update(changes)
    return Event(**values)


def test_model_article_id_is_content_hash():
    article = Article(text="Serbia praised Russia.")
    assert article.id == content_hash("Serbia praised Russia.") == article.content_hash
    assert len(article.id) == 16
    assert Article(text="x", id="given").id == "given"


def test_model_coded_article_round_trips_through_dict():
    coded = CodedArticle(id="a1", date="2024-10-20", events=[_event()], actors=[_event().source])
    again = CodedArticle.from_dict(coded.to_dict())
    assert again.to_dict() == coded.to_dict()
    assert again.events[0].spans["verb"] == Span(7, 14)


def test_model_negated_and_hypothetical_events_do_not_count():
    assert _event().counts
    assert not _event(negated=True).counts
    assert not _event(modality="hypothetical").counts
    assert _event(modality="reported").counts
    assert _event().to_dict()["counts"] is True


def test_model_hand_written_to_dict_covers_every_field():
    from dataclasses import fields

    event = _event()
    assert set(event.to_dict()) == {f.name for f in fields(Event)} | {"counts"}
    actor = event.source
    assert set(actor.to_dict()) == {f.name for f in fields(Actor)}
    quote = Quote(text="We will respond.", start=0, end=16, speaker=actor, speaker_name="Serbia")
    assert set(quote.to_dict()) == {f.name for f in fields(Quote)}
    assert quote.to_dict()["speaker"] == actor.to_dict()
    place = Place(text="Belgrade", start=0, end=8, name="Belgrade", country="SRB", lat=44.8, lon=20.5)
    assert set(place.to_dict()) == {f.name for f in fields(Place)}
    assert Place.from_dict(place.to_dict()) == place
