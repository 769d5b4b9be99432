"""Settings from the environment (rag/config.py): every variable validated, with a message naming it."""

from __future__ import annotations

import pytest

from rag.config import Settings, from_env
from rag.errors import ConfigError


@pytest.mark.parametrize(("value", "message"), [
    ("99999", "RAG_CHROMA_PORT must be a port number between 1 and 65535, not '99999'"),
    ("0", "between 1 and 65535, not '0'"),
    ("-1", "between 1 and 65535, not '-1'"),
    ("65536", "between 1 and 65535"),
    ("http", "RAG_CHROMA_PORT must be a port number"),
    ("80.5", "RAG_CHROMA_PORT must be a port number"),
])
def test_an_invalid_chroma_port_is_a_config_error_naming_the_variable(value, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        from_env({"RAG_CHROMA_PORT": value})


@pytest.mark.parametrize("value", ["1", "8000", "65535"])
def test_a_valid_chroma_port_is_read(value):
    assert from_env({"RAG_CHROMA_PORT": value}).chroma_port == int(value)


def test_settings_made_in_code_reject_an_out_of_range_port():
    with pytest.raises(ConfigError, match="chroma_port must be between 1 and 65535"):
        Settings(chroma_port=99999)


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("true", True), ("0", False), ("off", False)])
def test_shipped_vectors_can_be_turned_off(value, expected):
    assert from_env({"RAG_SHIPPED_VECTORS": value}).shipped_vectors is expected


def test_shipped_vectors_are_used_by_default():
    assert from_env({}).shipped_vectors is True


@pytest.mark.parametrize(("env", "expected"), [({}, True), ({"RAG_ADAPTER": "0"}, False), ({"RAG_ADAPTER": "yes"}, True)])
def test_the_learned_map_is_used_unless_turned_off(env, expected):
    assert from_env(env).adapter is expected


def test_an_unreadable_shipped_vectors_setting_names_the_variable():
    with pytest.raises(ConfigError, match="RAG_SHIPPED_VECTORS"):
        from_env({"RAG_SHIPPED_VECTORS": "maybe"})
