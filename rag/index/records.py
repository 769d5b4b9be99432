"""The reader's index and the out-of-scope prototypes: a few thousand short records, searched
exactly in memory.

Why not Chroma: these records are shipped data, never edited by the user, and small (4,400 vectors
of 384 floats, 7 MB). Held in a matrix, one question is one matrix product (well under a
millisecond) with exact nearest neighbours; in Chroma, writing them cost a full build ~4 s and
loading their three HNSW indexes cost every cold start ~0.2 s. The matrix is saved in the data
dir under a name that carries the model and a digest of the records, like a collection's.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rag.errors import DataDirError
from rag.index.chunking import Chunk

if TYPE_CHECKING:
    import numpy as np

RECORDS_DIR = "records"  # under the data dir


class RecordIndex:
    """Records and their unit vectors, searched by cosine similarity."""

    def __init__(self, name: str, ids: Sequence[str], matrix: np.ndarray) -> None:
        self.name = name
        self.ids = list(ids)
        self.matrix = matrix  # float32, one unit-length row per id

    @classmethod
    def open(cls, data_dir: Path, name: str, records: Sequence[Chunk],
             embed: Callable[[list[str]], list[list[float]]], rebuild: bool = False,
             announce: Callable[[str], None] = lambda _message: None) -> tuple[RecordIndex, int]:
        """The saved index ``name`` when it holds exactly ``records``; otherwise built (``embed``
        gives the vectors: :meth:`rag.index.shipped.VectorSource.vectors`) and saved. Returns it and
        how many records were built (0 when it was loaded). A damaged file is announced, then built again."""
        import numpy as np

        path = Path(data_dir) / RECORDS_DIR / f"{name}.npz"
        ids = [r.id for r in records]
        if not rebuild and path.is_file():
            try:
                with np.load(path, allow_pickle=False) as data:
                    saved_ids, matrix = data["ids"].tolist(), data["matrix"]
                if saved_ids == ids and len(matrix) == len(ids):
                    return cls(name, ids, matrix), 0
            except (OSError, ValueError, KeyError, EOFError) as exc:
                announce(f"{path} could not be read ({exc}); it is built again.")
        texts = [r.dense_text for r in records]
        matrix = (np.array(embed(texts), dtype=np.float32) if texts else np.zeros((0, 0), dtype=np.float32))
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        matrix = matrix / np.where(norms == 0, 1.0, norms)
        _save(path, ids, matrix)
        return cls(name, ids, matrix), len(ids)

    def __len__(self) -> int:
        return len(self.ids)

    def query(self, embedding: Sequence[float], k: int) -> list[tuple[str, float]]:
        """The ``k`` records nearest ``embedding`` as ``(record id, cosine similarity)``, best first."""
        import numpy as np

        if not self.ids or k <= 0:
            return []
        q = np.asarray(embedding, dtype=np.float32)
        q = q / (np.linalg.norm(q) or 1.0)
        sims = self.matrix @ q
        k = min(k, len(sims))
        top = np.argpartition(-sims, k - 1)[:k]
        top = top[np.argsort(-sims[top], kind="stable")]
        return [(self.ids[i], float(sims[i])) for i in top]


def _save(path: Path, ids: list[str], matrix: np.ndarray) -> None:
    """Write atomically: a build killed half-way leaves the old file or none, never half of one."""
    import numpy as np

    tmp = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as f:
            np.savez(f, ids=np.array(ids), matrix=matrix)
        os.replace(tmp, path)
    except OSError as exc:
        raise DataDirError(f"Cannot write {path} ({exc.strerror or exc}). "
                           "Set RAG_DATA_DIR to a writable directory with free space.") from exc
