"""The error hierarchy (rag/errors.py): one tree, exit codes by family, and no class nobody raises."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import rag.errors as errors

ROOT = Path(__file__).resolve().parent.parent
CALLERS = [p for d in ("rag", "ui") for p in sorted((ROOT / d).rglob("*.py")) if p.name != "errors.py"]


def _error_classes() -> list[type[errors.RagError]]:
    return [c for _, c in inspect.getmembers(errors, inspect.isclass)
            if issubclass(c, errors.RagError) and c.__module__ == errors.__name__]


@pytest.mark.parametrize(("name", "family", "exit_code"), [
    ("DocumentError", "InputError", 2),
    ("MissingDocument", "DocumentError", 2),
    ("UnsupportedDocument", "DocumentError", 2),
    ("EmptyDocument", "DocumentError", 2),
    ("CorruptDocument", "DocumentError", 2),
    ("UnknownDocument", "InputError", 2),
])
def test_ingestion_errors_live_in_the_one_hierarchy(name, family, exit_code):
    cls = getattr(errors, name, None)
    assert cls is not None, f"{name} is not in rag/errors.py"
    assert issubclass(cls, getattr(errors, family)) and cls.exit_code == exit_code


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda c: c.__name__)
def test_every_error_class_is_raised_or_caught_somewhere(cls):
    used = any(cls.__name__ in _names(path) for path in CALLERS)
    subclassed = any(c is not cls and issubclass(c, cls) for c in _error_classes())
    assert used or subclassed, f"{cls.__name__} is dead code: nothing raises or catches it"


def _names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
