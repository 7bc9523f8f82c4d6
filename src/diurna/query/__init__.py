"""Reading event data back: the functions behind ``diurna query``, the REST API and the dashboard.

Each takes an open store and plain arguments and returns JSON-ready data::

    from diurna.query import EventFilter, find_events
    from diurna.store import open_store

    with open_store("diurna.duckdb", read_only=True) as store:
        page = find_events(store, EventFilter(actor=("SRB",), root=("04",)), limit=10)
"""

from diurna.query.actors import ActorRanking, top_actors
from diurna.query.articles import article_view, marks_of
from diurna.query.dyads import INTERVALS, DyadSeries, dyad_series
from diurna.query.events import EVENT_FIELDS, EventPage, find_events
from diurna.query.filters import EventFilter
from diurna.query.paging import DEFAULT_LIMIT, MAX_LIMIT, check_page
from diurna.query.places import PlacePoints, event_places
from diurna.query.summary import store_summary

__all__ = [
    "ActorRanking",
    "DEFAULT_LIMIT",
    "DyadSeries",
    "EVENT_FIELDS",
    "EventFilter",
    "EventPage",
    "INTERVALS",
    "MAX_LIMIT",
    "PlacePoints",
    "article_view",
    "check_page",
    "dyad_series",
    "event_places",
    "find_events",
    "marks_of",
    "store_summary",
    "top_actors",
]
