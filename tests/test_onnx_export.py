"""The one-time ONNX export of the bundled MiniLM (rag/index/onnx_export.py)."""

from __future__ import annotations

import socket
import sys
from types import SimpleNamespace

import pytest

import rag.index.onnx_export as onnx_export
from rag.errors import ConfigError, DiskFull
from rag.index.onnx_model import OnnxMiniLM, model_for


def _no_export(target):
    raise AssertionError("exported again")


def test_an_existing_export_is_used_as_it_is(assistant, monkeypatch):
    monkeypatch.setattr(onnx_export, "export", _no_export)
    files = assistant.workspace.raw_embedder.files
    before = files.model_path.stat().st_mtime_ns
    assert onnx_export.ensure_exported(files) is files
    assert files.model_path.stat().st_mtime_ns == before


def test_another_data_dir_of_the_same_process_reuses_the_export(assistant, monkeypatch, tmp_path):
    monkeypatch.setattr(onnx_export, "export", _no_export)
    files = onnx_export.ensure_exported(model_for(tmp_path / "models"))
    assert files.exists
    assert files.model_path.read_bytes() == assistant.workspace.raw_embedder.files.model_path.read_bytes()
    assert files.weights_path.read_bytes() == assistant.workspace.raw_embedder.files.weights_path.read_bytes()
    assert not [p.name for p in files.directory.iterdir() if p.name.startswith(".")]  # no temporary left


def test_the_export_says_how_to_install_torch_when_it_is_missing(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "torch", None)  # what `import torch` sees when torch is absent
    with pytest.raises(ConfigError, match="make install"):
        onnx_export.export(tmp_path / "model.onnx")


def test_a_full_disk_during_the_export_is_reported_as_such(monkeypatch, tmp_path):
    def no_space(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(onnx_export, "_atomic_copy", no_space)
    with pytest.raises(DiskFull, match="full"):
        onnx_export.ensure_exported(model_for(tmp_path / "models"))


def test_a_graph_that_drifts_from_the_torch_model_is_refused(assistant):
    import torch

    files = assistant.workspace.raw_embedder.files

    def drifting_encoder(input_ids, attention_mask, token_type_ids):
        torch.manual_seed(0)
        return SimpleNamespace(last_hidden_state=torch.randn(*input_ids.shape, 384))

    with pytest.raises(ConfigError, match="does not reproduce") as caught:
        onnx_export._check(files.model_path, files.tokenizer_path, drifting_encoder)
    assert "local:torch" in str(caught.value)


@pytest.mark.slow
def test_a_fresh_export_needs_no_network_and_reproduces_the_model(monkeypatch, tmp_path):
    def refuse(self, address):
        if address[0] not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"network access to {address}")
        return real_connect(self, address)

    real_connect = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(onnx_export, "_EXPORTED", [])  # a real export, not a link to the session's
    files = onnx_export.ensure_exported(model_for(tmp_path / "models"))
    vector = OnnxMiniLM(files.model_path, files.tokenizer_path).embed([onnx_export.PROBE])[0]
    assert vector.shape == (384,)
    assert files.model_path.stat().st_size < 1_000_000 < files.weights_path.stat().st_size  # weights beside
    assert {oct(p.stat().st_mode)[-3:] for p in (files.model_path, files.weights_path)} == {"644"}
    assert sorted(p.name for p in files.directory.iterdir()) == ["model.onnx", "model.onnx.data", "tokenizer.json"]
