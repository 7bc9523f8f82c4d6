"""Make the dashboard's world outline (src/diurna/server/static/world.json) from Natural Earth.

Source: Natural Earth 1:110m admin-0 countries (public domain), as bundled in the PyPI
wheel of geopandas 0.14.4 (``geopandas/datasets/naturalearth_lowres``). Fetch it with the
ordinary client and point this script at the unpacked folder:

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne
    (cd /tmp/ne && unzip -o -q geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/*')
    python scripts/make_world_outline.py /tmp/ne/geopandas/datasets

The shapefile is read with the few lines of ``struct`` below, so nothing else is needed.
Coordinates are rounded to 0.1 degree and repeated points dropped: about 100 KB.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "diurna" / "server" / "static" / "world.json"


def read_shapes(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Each polygon record of a .shp file as a list of rings of (lon, lat)."""
    data = path.read_bytes()
    shapes, offset = [], 100
    while offset < len(data):
        _, words = struct.unpack(">ii", data[offset : offset + 8])
        body = data[offset + 8 : offset + 8 + 2 * words]
        offset += 8 + 2 * words
        kind = struct.unpack("<i", body[:4])[0]
        if kind != 5:
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", body[36:44])
        starts = list(struct.unpack(f"<{parts}i", body[44 : 44 + 4 * parts])) + [points]
        base = 44 + 4 * parts
        coords = struct.unpack(f"<{2 * points}d", body[base : base + 16 * points])
        pairs = list(zip(coords[0::2], coords[1::2]))
        shapes.append([pairs[a:b] for a, b in zip(starts, starts[1:])])
    return shapes


def read_records(path: Path) -> list[dict[str, str]]:
    """The rows of a .dbf file as dicts of stripped strings."""
    data = path.read_bytes()
    count, header, size = struct.unpack("<IHH", data[4:12])
    fields, position = [], 32
    while data[position] != 0x0D:
        name = data[position : position + 11].split(b"\0")[0].decode()
        fields.append((name, data[position + 16]))
        position += 32
    rows = []
    for index in range(count):
        record = data[header + index * size + 1 : header + (index + 1) * size]
        row, at = {}, 0
        for name, width in fields:
            row[name] = record[at : at + width].decode("utf-8", "replace").strip()
            at += width
        rows.append(row)
    return rows


def compact(ring: list[tuple[float, float]]) -> list[float]:
    """A ring as a flat [lon, lat, ...] list at 0.1 degree, repeated points dropped."""
    out: list[float] = []
    for lon, lat in ring:
        point = [round(lon, 1), round(lat, 1)]
        if out[-2:] != point:
            out += point
    return out if len(out) >= 6 else []


def main(folder: str) -> None:
    """Write world.json from the naturalearth_lowres shapefile in ``folder``."""
    base = Path(folder) / "naturalearth_lowres" / "naturalearth_lowres"
    shapes, rows = read_shapes(base.with_suffix(".shp")), read_records(base.with_suffix(".dbf"))
    countries = []
    for row, rings in zip(rows, shapes):
        flat = [r for r in (compact(ring) for ring in rings) if r]
        if flat:
            countries.append({"iso3": row.get("iso_a3", ""), "name": row.get("name", ""), "rings": flat})
    document = {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14.4",
        "countries": countries,
    }
    OUT.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(countries)} countries, {OUT.stat().st_size:,} bytes -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
