"""Great-circle distance between two points."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

__all__ = ["km_between", "EARTH_RADIUS_KM"]

EARTH_RADIUS_KM = 6371.0088


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres."""
    p1, p2 = radians(lat1), radians(lat2)
    a = sin((p2 - p1) / 2) ** 2 + cos(p1) * cos(p2) * sin(radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(a)))
