"""Exports: GDELT 2.0 event TSV, ICEWS TSV, PLOVER JSON lines, Parquet and CSV."""

from diurna.export.columns import gdelt_columns, icews_columns
from diurna.export.gdelt import gdelt_row, write_gdelt
from diurna.export.icews import icews_row, write_icews
from diurna.export.plover import plover_record, write_plover
from diurna.export.tables import write_csv, write_parquet

__all__ = [
    "FORMATS",
    "gdelt_columns",
    "gdelt_row",
    "icews_columns",
    "icews_row",
    "plover_record",
    "write_csv",
    "write_gdelt",
    "write_icews",
    "write_parquet",
    "write_plover",
]

# Row formats stream dicts from the store; table formats take a DataFrame.
FORMATS = ("gdelt", "icews", "plover", "parquet", "csv")
