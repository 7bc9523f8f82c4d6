"""Running the coder over many articles into a store: local processes by default, Ray
(``pip install diurna[ray]``) into Parquet partitions that ``load_parquet`` stores."""

from diurna.batch.ingest import IngestOptions, ingest, ingest_paths
from diurna.batch.load import load_parquet
from diurna.batch.ray_engine import RayOptions, ingest_ray
from diurna.batch.report import IngestReport
from diurna.batch.spec import CoderSpec

__all__ = [
    "CoderSpec",
    "IngestOptions",
    "IngestReport",
    "RayOptions",
    "ingest",
    "ingest_paths",
    "ingest_ray",
    "load_parquet",
]
