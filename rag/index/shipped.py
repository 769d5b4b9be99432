"""Vectors shipped with the corpus: the embeddings of its chunks, reader's-index phrases and
out-of-scope prototypes, computed once by ``rag index --ship-vectors`` and kept in
``corpus/vectors/<model>.npz``.

Why: those texts are data that ship with the product, and their vectors depend only on them and the
model. A first index build on this 2-core machine spent ~25 s recomputing the same 5,000 vectors on
every install; looked up, they cost milliseconds. The file is content-addressed (the SHA-1 of each
embedded text), so an edited phrase or paragraph is simply not found and gets embedded at build time:
a stale file costs time, never correctness. ``tests/test_shipped_vectors.py`` checks that the file
covers the shipped data and that its vectors match freshly computed ones (cosine ≥ 0.9999).

Vectors are stored as float16: their cosine with the float32 originals is above 0.99999.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rag.errors import CorpusError

if TYPE_CHECKING:
    import numpy as np

VECTORS_DIR = Path("vectors")  # under the corpus directory
KEY_BYTES = 20  # SHA-1 digest of the embedded text


def text_key(text: str) -> bytes:
    """The key of one embedded text."""
    return hashlib.sha1(text.encode("utf-8")).digest()


def shipped_path(corpus_dir: Path, model_slug: str) -> Path:
    """Where the vectors of model ``model_slug`` (:attr:`EmbeddingSpec.slug`) are shipped."""
    return Path(corpus_dir) / VECTORS_DIR / f"{model_slug}.npz"


@dataclass(frozen=True)
class ShippedVectors:
    """Vectors looked up by the text they embed."""

    path: Path
    rows: dict[bytes, int]
    vectors: np.ndarray  # float16, one row per key

    @classmethod
    def load(cls, path: Path) -> ShippedVectors | None:
        """The vectors in ``path``; ``None`` when there is no such file (every text is embedded)."""
        import numpy as np

        if not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                keys, vectors = data["keys"], data["vectors"]
        except (OSError, ValueError, KeyError, EOFError) as exc:
            raise CorpusError(f"Cannot read the shipped vectors {path} ({exc}). Restore the file from the "
                              "repository, or delete it: the index is then built by embedding every text.") from exc
        if keys.ndim != 2 or keys.shape[1] != KEY_BYTES or len(keys) != len(vectors):
            raise CorpusError(f"{path} holds {len(keys)} keys for {len(vectors)} vectors: regenerate it "
                              "with `rag index --ship-vectors`, or delete it.")
        return cls(path, {k.tobytes(): i for i, k in enumerate(keys)}, vectors)

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, text: str) -> list[float] | None:
        """The vector of ``text`` if it was shipped."""
        row = self.rows.get(text_key(text))
        return None if row is None else self.vectors[row].astype("float32").tolist()


class VectorSource:
    """Vectors for texts: those shipped are looked up, the rest embedded.

    The file is read the first time a text needs a vector — never when the index is already
    built — and a damaged file is announced (``announce``) and then ignored: the vectors only save
    time. ``path=None`` (the setting is off) embeds every text.
    """

    def __init__(self, embed: Callable[[list[str]], list[list[float]]], path: Path | None,
                 announce: Callable[[str], None] = lambda _message: None) -> None:
        self._embed = embed
        self._path = path
        self._announce = announce
        self._loaded: list[ShippedVectors | None] = []  # empty until read
        self._lock = threading.Lock()

    def shipped(self) -> ShippedVectors | None:
        """The shipped vectors (read now if they were not yet), or ``None``."""
        with self._lock:
            if not self._loaded:
                try:
                    self._loaded.append(ShippedVectors.load(self._path) if self._path else None)
                except CorpusError as exc:
                    self._announce(f"{exc} Meanwhile every text is embedded at the first build (slower).")
                    self._loaded.append(None)
            return self._loaded[0]

    def vectors(self, texts: list[str]) -> list[list[float]]:
        """One vector per text, in order."""
        shipped = self.shipped() if texts else None
        found = {i: v for i, t in enumerate(texts) if shipped is not None and (v := shipped.get(t)) is not None}
        missing = [i for i in range(len(texts)) if i not in found]
        if missing:
            found.update(zip(missing, self._embed([texts[i] for i in missing])))
        return [found[i] for i in range(len(texts))]


def write_shipped(path: Path, texts: Sequence[str], vectors: Sequence[Sequence[float]]) -> int:
    """Write the vectors of ``texts`` (each distinct text once) to ``path``; returns how many."""
    import numpy as np

    rows: dict[bytes, Sequence[float]] = {}
    for text, vector in zip(texts, vectors, strict=True):
        rows.setdefault(text_key(text), vector)
    ordered = sorted(rows)  # a stable file for the same data: diffs show real changes only
    keys = np.frombuffer(b"".join(ordered), dtype=np.uint8).reshape(len(ordered), KEY_BYTES)
    matrix = np.array([rows[k] for k in ordered], dtype=np.float16)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        np.savez_compressed(f, keys=keys, vectors=matrix)
    return len(ordered)
