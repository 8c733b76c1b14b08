"""The départements' outlines for the foundation's map, read from ``resources/geo/departements.geojson``.

Longitudes and latitudes are projected for a map of France (equirectangular, longitudes shrunk by
the cosine of 46.5° N, y growing southwards as on a screen). The overseas départements are placed
as insets in a column west of the Bay of Biscay, each scaled to fit a square box, as French maps
usually do. Qt-free: the window turns the rings into painter paths.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from catalyseur_app.resources import resource_path

BOUNDARY_FILE = ("geo", "departements.geojson")
OVERSEAS = ("971", "972", "973", "974", "976")
_SHRINK = math.cos(math.radians(46.5))
_SCALE = 100.0  # scene units per degree of latitude

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Department:
    code: str
    name: str
    polygons: tuple[tuple[Ring, ...], ...]  # each polygon: its outer ring, then its holes
    inset: tuple[float, float, float, float] | None = None  # the inset's frame (x, y, width, height)


def _project(lon: float, lat: float) -> tuple[float, float]:
    return lon * _SHRINK * _SCALE, -lat * _SCALE


def _polygons(geometry: dict) -> list[list[list[tuple[float, float]]]]:
    if geometry["type"] == "Polygon":
        return [[[_project(*point[:2]) for point in ring] for ring in geometry["coordinates"]]]
    return [[[_project(*point[:2]) for point in ring] for ring in polygon] for polygon in geometry["coordinates"]]


def _bounds(polygons) -> tuple[float, float, float, float]:
    xs = [x for polygon in polygons for ring in polygon for x, _ in ring]
    ys = [y for polygon in polygons for ring in polygon for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


@cache
def load_departments() -> dict[str, Department]:
    """Every département of the boundary file by code, in scene coordinates (overseas as insets)."""
    with open(resource_path(*BOUNDARY_FILE), encoding="utf-8") as file:
        features = json.load(file)["features"]
    shapes = {f["properties"]["code"]: (f["properties"]["nom"], _polygons(f["geometry"])) for f in features}
    metropolitan = [polygon for code, (_, polygons) in shapes.items() if code not in OVERSEAS for polygon in polygons]
    left, top, _right, bottom = _bounds(metropolitan)
    box = (bottom - top) / 6  # five insets with gaps, as high as the mainland
    gap = box / 5
    departments = {}
    for code, (name, polygons) in shapes.items():
        inset = None
        if code in OVERSEAS:
            x0, y0, x1, y1 = _bounds(polygons)
            scale = (box - 2 * gap) / max(x1 - x0, y1 - y0)
            frame = (left - box - 2 * gap, top + OVERSEAS.index(code) * (box + gap / 2), box, box)
            dx = frame[0] + (box - (x1 - x0) * scale) / 2
            dy = frame[1] + (box - (y1 - y0) * scale) / 2
            polygons = [[[(dx + (x - x0) * scale, dy + (y - y0) * scale) for x, y in ring] for ring in polygon]
                        for polygon in polygons]
            inset = frame
        departments[code] = Department(code, name, tuple(tuple(tuple(ring) for ring in polygon)
                                                         for polygon in polygons), inset)
    return departments
