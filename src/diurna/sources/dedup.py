"""Duplicate detection: exact by content hash, near by MinHash over word shingles (datasketch)."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Deduplicator", "Duplicate", "DEFAULT_THRESHOLD", "NUM_PERM", "SHINGLE"]

DEFAULT_THRESHOLD = 0.75  # estimated Jaccard similarity of shingle sets that makes a near-duplicate
NUM_PERM = 128
SHINGLE = 3  # words per shingle
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures must match it
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Duplicate:
    """What an article duplicates: the earlier article's id, the kind and the similarity."""

    of: str
    kind: str  # exact, near
    similarity: float


class Deduplicator:
    """Remembers articles it has seen and says whether a new one repeats one of them.

    The first article of a group is the original; later ones point to it. Feed it in a
    stable order (input order) so that the same input always gives the same answers.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict = {}

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def __len__(self) -> int:
        return len(self._signatures)

    def signature(self, text: str):
        """The MinHash of the text's word shingles."""
        from datasketch import MinHash

        words = _WORD.findall(text.lower())
        shingles = {
            " ".join(words[i : i + SHINGLE]).encode("utf-8")
            for i in range(max(1, len(words) - SHINGLE + 1))
        }
        minhash = MinHash(num_perm=self.num_perm, scheme=SCHEME)
        minhash.update_batch(list(shingles))
        return minhash

    def find(self, signature) -> Duplicate | None:
        """The most similar earlier article at or above the threshold, if any."""
        best: tuple[float, str] | None = None
        for candidate in self._lsh.query(signature):
            similarity = float(signature.jaccard(self._signatures[candidate]))
            if similarity >= self.threshold and (
                best is None or (similarity, _neg(candidate)) > (best[0], _neg(best[1]))
            ):
                best = (similarity, candidate)
        return Duplicate(best[1], "near", round(best[0], 4)) if best else None

    def add(self, article_id: str, signature) -> None:
        """Remember an original article (duplicates need not be added)."""
        if article_id not in self._signatures:
            self._signatures[article_id] = signature
            self._lsh.insert(article_id, signature)

    def to_bytes(self, signature) -> bytes:
        """A signature as bytes, to store beside the article."""
        import numpy as np

        return np.asarray(signature.hashvalues, dtype=np.uint64).tobytes()

    def from_bytes(self, data: bytes):
        """A signature stored with ``to_bytes``."""
        import numpy as np
        from datasketch import MinHash

        values = np.frombuffer(data, dtype=np.uint64).copy()
        return MinHash(num_perm=self.num_perm, hashvalues=values, scheme=SCHEME)


def _neg(article_id: str) -> tuple[int, ...]:
    # Ties go to the smallest id, so the answer never depends on set iteration order.
    return tuple(-ord(c) for c in article_id)
