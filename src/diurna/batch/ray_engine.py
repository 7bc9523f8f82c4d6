"""The Ray engine: the local ingest's reading, checks, duplicates and coding on a Ray
cluster, written as Parquet partitioned by article date (``diurna load`` stores them).

Three steps: (1) Ray Data reads blocks of files with diurna's readers, checks every item
and signs it (MinHash), on the workers; (2) the driver decides duplicates in input order
from ids and signatures alone (never the texts), exactly as the local engine does;
(3) an actor pool codes (each actor builds the coder once) and one writer per date
writes that date's records in input order. Ray Data restarts dead actors and retries
their batches (its defaults), so a lost worker changes nothing.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from diurna.batch.ingest import IngestOptions
from diurna.batch.prepare import Prepared
from diurna.batch.ray_stages import CHECKED, CodingActor, check_files, decide, input_files, write_group
from diurna.batch.report import IngestReport
from diurna.batch.spec import CoderSpec
from diurna.errors import DiurnaError
from diurna.store.partitions import PARTITION

__all__ = ["RayOptions", "ingest_ray", "require_ray", "run_key"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RayOptions:
    """Where to run: a cluster address (None starts a local Ray), actors, progress bars."""

    address: str | None = None
    workers: int | None = None  # coding actors; None: one per CPU of the cluster
    progress: bool = True


def require_ray() -> Any:
    """The ``ray`` module, or D070 saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise DiurnaError("D070", detail=str(exc)) from None
    return ray


def run_key(paths: Iterable[str]) -> str:
    """Names a run's files: the same inputs give the same files, other inputs files of their own."""
    joined = "\n".join(str(Path(p).resolve()) for p in paths)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def ingest_ray(
    paths: list[str],
    out: str | Path,
    spec: CoderSpec | None = None,
    options: IngestOptions = IngestOptions(),
    ray_options: RayOptions = RayOptions(),
) -> IngestReport:
    """Code files and folders on Ray into Parquet partitions under ``out``; exact counts.

    Paths are made absolute here (workers on other nodes have other working folders), so
    refs are absolute paths.
    """
    ray = require_ray()
    spec = spec or CoderSpec.of(max_chars=options.max_chars, language_check=options.language_check)
    paths = [str(Path(p).absolute()) for p in paths]
    out = Path(out).absolute()
    started = time.perf_counter()
    owned = _connect(ray, ray_options)
    try:
        connected = time.perf_counter() - started
        if (ray_options.address or "").startswith("ray://"):
            # Ray Data cannot be driven through Ray Client: drive it from a task on the cluster.
            report = ray.get(ray.remote(num_cpus=0)(_run).remote(paths, out, spec, options, ray_options))
        else:
            report = _run(paths, out, spec, options, ray_options)
    except ray.exceptions.RayTaskError as exc:  # the driver task's own error (Ray Client)
        if isinstance(exc.cause, DiurnaError):
            raise exc.cause from None
        raise DiurnaError("D075", detail=f"{type(exc.cause).__name__}: {_first_line(exc.cause)}") from exc
    except DiurnaError:
        raise
    except Exception as exc:  # a Ray failure the retries could not mend
        log.debug("the Ray run failed", exc_info=exc)
        raise DiurnaError("D075", detail=f"{type(exc).__name__}: {_first_line(exc)}") from exc
    finally:
        if owned:
            ray.shutdown()
    report.seconds["start"] = connected
    report.seconds["total"] = time.perf_counter() - started
    return report


def _run(paths: list[str], out: Path, spec: CoderSpec, options: IngestOptions, ray_options: RayOptions) -> IngestReport:
    """The three steps, from a process connected to Ray: the driver."""
    import ray

    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DiurnaError("D076", path=str(out), detail=exc.strerror or str(exc)) from None
    report = IngestReport()
    clock = _Clock(report)
    _configure(ray, ray_options)
    workers = ray_options.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    checked = _read(ray, paths, out, options, workers)
    clock.lap("read")
    decided = _decide(ray, checked, options, report)
    clock.lap("decide")
    _code_and_write(ray, checked, decided, out, run_key(paths), spec, options, workers, report)
    clock.lap("code")
    return report


class _Clock:
    """Adds the seconds since the last lap to the report, under a step's name."""

    def __init__(self, report: IngestReport) -> None:
        self.report = report
        self.last = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.report.seconds[step] += now - self.last
        self.last = now


def _connect(ray: Any, options: RayOptions) -> bool:
    """Join the given cluster, or start a local Ray; True when this call started it."""
    if ray.is_initialized():
        return False
    settings: dict[str, Any] = {"logging_level": logging.WARNING, "log_to_driver": options.progress}
    if not options.address:
        settings["include_dashboard"] = False  # only when starting Ray; a cluster has its own
    try:
        ray.init(address=options.address, **settings)
    except Exception as exc:  # ConnectionError, or a bad address
        raise DiurnaError("D073", value=options.address or "a local Ray", detail=_first_line(exc)) from None
    return True


def _configure(ray: Any, options: RayOptions) -> None:
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = options.progress


def _read(ray: Any, paths: list[str], out: Path, options: IngestOptions, workers: int) -> Any:
    """Step 1: the checked items, materialized in the cluster's object store."""
    files = input_files(paths, skip={out.resolve()})
    if not files:
        return None
    listed = ray.data.from_items(files, override_num_blocks=min(len(files), 4 * workers))
    checked = listed.map_batches(
        check_files, batch_size=None, batch_format="pyarrow",
        fn_kwargs={"max_bytes": options.max_bytes, "max_chars": options.max_chars,
                   "language_check": options.language_check, "dedup": options.dedup},
    )  # fmt: skip
    # A file's items come out as one block (a JSONL or WARC file may hold thousands): cut
    # them into blocks of a batch, so that every coding actor gets work.
    return checked.repartition(target_num_rows_per_block=options.batch_size).materialize()


def _decide(ray: Any, checked: Any, options: IngestOptions, report: IngestReport) -> dict[int, Prepared]:
    """Step 2: the local engine's duplicate decisions, made here from ids and signatures."""
    if checked is None:
        return {}
    import pyarrow as pa

    columns = [name for name, _ in CHECKED if name != "payload"]  # the texts stay in the cluster
    blocks = ray.get(checked.select_columns(columns).to_arrow_refs())  # fetched all at once
    return decide(pa.concat_tables(blocks), options, report) if blocks else {}


def _code_and_write(
    ray: Any, checked: Any, decided: dict[int, Prepared], out: Path, run: str,
    spec: CoderSpec, options: IngestOptions, workers: int, report: IngestReport,
) -> None:  # fmt: skip
    """Step 3: code in an actor pool, write each date's records, drop this run's stale files."""
    written: set[str] = set()
    if checked is not None and report.read:
        # Coding ends (materialized, spilled to disk if need be) before the write begins:
        # actors may hold every CPU, and a shuffle waiting for one would wait for ever.
        coded = checked.map_batches(
            CodingActor, fn_constructor_kwargs={"spec": spec, "decided": decided},
            compute=ray.data.ActorPoolStrategy(size=workers), batch_size=options.batch_size,
            batch_format="pyarrow", num_cpus=1,
        ).materialize()  # fmt: skip
        groups = coded.groupby(PARTITION, num_partitions=max(1, min(workers, 64)))
        summaries = groups.map_groups(
            write_group, fn_kwargs={"folder": str(out), "run": run}, batch_format="pyarrow"
        ).take_all()
        for summary in summaries:
            written.update(summary["files"])
            _count(report, summary["counts"])
    _drop_stale(out, run, written)


def _count(report: IngestReport, counts_json: str) -> None:
    import json

    for key, value in json.loads(counts_json).items():
        if key.startswith("error:"):
            report.errors[key[6:]] += value
        else:
            setattr(report, key, getattr(report, key) + value)


def _drop_stale(out: Path, run: str, written: set[str]) -> None:
    """Remove this run's files that it did not write again (their items are gone), and the
    scratch files of writers that died."""
    stale = [p for p in out.glob(f"{PARTITION}=*/part-{run}-*.parquet") if str(p) not in written]
    for path in stale + list(out.glob(f"{PARTITION}=*/.part-{run}-*.tmp")):
        path.unlink(missing_ok=True)
        if not any(path.parent.iterdir()):
            path.parent.rmdir()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0].rstrip(".") if text else type(exc).__name__
