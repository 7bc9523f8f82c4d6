"""Running the coder over many articles into a store: local processes by default."""

from diurna.batch.ingest import IngestOptions, ingest, ingest_paths
from diurna.batch.report import IngestReport
from diurna.batch.spec import CoderSpec

__all__ = ["CoderSpec", "IngestOptions", "IngestReport", "ingest", "ingest_paths"]
