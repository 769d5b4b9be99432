"""The bundled MiniLM on ONNX Runtime: word pieces from ``tokenizers``, the encoder from an ONNX file,
mean pooling and L2 normalisation in numpy — the arithmetic of sentence-transformers'
all-MiniLM-L6-v2 (``1_Pooling/config.json``: mean tokens; ``modules.json``: Normalize).

A question is one sentence; embedding it should not cost a deep-learning framework. The ONNX file
is exported once from the bundled weights (:mod:`rag.index.onnx_export`, the only place torch is
imported) and cached under the data dir; this module only reads it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

# Bump when the exported graph (and so the vectors) may change: it is part of the collection name
# (EmbeddingSpec.slug), so an index built from another export is rebuilt instead of mixing vectors.
EXPORT_VERSION = "1"
MODEL_FILE = "model.onnx"  # the graph, with its weights outside it (next line)
# The weights as one raw file beside the graph: ONNX Runtime reads them without parsing a 90 MB
# protobuf, which loads the model in about half the time and with 80 MB less peak memory (measured).
WEIGHTS_FILE = "model.onnx.data"
TOKENIZER_FILE = "tokenizer.json"
# sentence-transformers embeds at most 256 word pieces with this model (sentence_bert_config.json);
# the tokenizer.json it ships says 128 (and pads every text to 128), which would cut long paragraphs.
MAX_WORD_PIECES = 256
PAD_ID = 0  # "[PAD]" in the model's vocab.txt
# One thread per question: a 10-word question is too small to share out, and the cores are better
# left to concurrent requests (measured on a busy 2-core machine: 7-17 ms with one thread, 15-35 ms
# with two).
QUERY_THREADS = 1
# Documents are embedded in batches of 64 paragraphs, enough work to share out: every core helps
# when the machine is idle, and costs nothing measurable when it is busy (corpus on a busy 2-core
# machine: 15.6 s with both, 14.8 s with one).
DOCUMENT_THREADS = 0  # ONNX Runtime's default: one thread per physical core
# sentence-transformers' (torch's) guard against dividing by a zero norm or an empty mask.
_EPS_NORM = 1e-12
_EPS_MASK = 1e-9


@dataclass(frozen=True)
class OnnxModel:
    """Where an exported model lives: the ONNX graph, its weights and its tokenizer, side by side."""

    directory: Path

    @property
    def model_path(self) -> Path:
        """The ONNX graph."""
        return self.directory / MODEL_FILE

    @property
    def weights_path(self) -> Path:
        """The graph's weights (its external data)."""
        return self.directory / WEIGHTS_FILE

    @property
    def tokenizer_path(self) -> Path:
        """The word-piece tokenizer the graph was exported with."""
        return self.directory / TOKENIZER_FILE

    @property
    def exists(self) -> bool:
        """True when every file is in place (the graph is written last, so it marks completion)."""
        return self.tokenizer_path.is_file() and self.weights_path.is_file() and self.model_path.is_file()


def model_for(models_dir: Path) -> OnnxModel:
    """The cached export of the bundled MiniLM under ``models_dir`` (it may not exist yet)."""
    return OnnxModel(models_dir / f"all-minilm-l6-v2-onnx{EXPORT_VERSION}")


class OnnxMiniLM:
    """Texts → unit vectors with an exported MiniLM graph (thread-safe: ONNX Runtime sessions are)."""

    def __init__(self, model_path: Path, tokenizer_path: Path, threads: int = QUERY_THREADS) -> None:
        """Load the graph and tokenizer; ``threads`` is ONNX Runtime's intra-op thread count."""
        import onnxruntime
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(tokenizer_path))
        tokenizer.enable_truncation(max_length=MAX_WORD_PIECES)
        tokenizer.enable_padding(pad_id=PAD_ID, pad_token="[PAD]")  # to the batch's longest text
        self._tokenizer = tokenizer
        # tokenizers documents no thread-safety for one Tokenizer; encoding a question takes microseconds.
        self._tokenizer_lock = threading.Lock()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        # Idle threads sleep instead of spinning: on a shared machine, spinning threads steal the
        # cores the other threads wait for (measured: 2 spinning threads doubled a query's time).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3  # errors only: no notices on the user's terminal
        self._session = onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])

    def encode(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Word-piece ids and attention mask, padded to the longest text of the batch."""
        import numpy as np

        with self._tokenizer_lock:
            encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        return ids, mask

    @staticmethod
    def pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Mean of the token vectors under the mask, scaled to unit length."""
        import numpy as np

        weights = mask[..., None].astype(np.float32)
        mean = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), _EPS_MASK, None)
        return mean / np.clip(np.linalg.norm(mean, axis=1, keepdims=True), _EPS_NORM, None)

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit vector (float32, 384 dimensions) per text."""
        import numpy as np

        ids, mask = self.encode(texts)
        (hidden,) = self._session.run(["last_hidden_state"], {
            "input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})
        return self.pool(hidden, mask)
