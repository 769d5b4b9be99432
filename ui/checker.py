"""``rag check``: read a draft (a file or standard input), check it, print the report and write the
annotated copies. Returns the exit status: 0 when nothing fails, 1 when something does."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from rag.errors import InputError

PROBLEMS_EXIT = 1  # the draft has wrong citations (2+ are the usual errors: bad input, configuration, ...)


def run(source: str, as_json: bool = False, html_out: Path | None = None, md_out: Path | None = None) -> int:
    """Check ``source`` (a path, or ``-`` for standard input) and report; the exit status."""
    from rag.check import render
    from rag.check.inputs import MAX_FILE_BYTES, read_draft, read_draft_bytes
    from rag.config import from_env
    from ui.cli import open_assistant

    if source == "-":
        draft = read_draft_bytes(sys.stdin.buffer.read(MAX_FILE_BYTES + 1))  # one byte over says "too long"
    else:
        draft = read_draft(Path(source))
    assistant = open_assistant(from_env())
    report = assistant.check(draft.text, name=draft.name, fmt=draft.format)
    if html_out is not None:
        _write(html_out, render.html(report))
    if md_out is not None:
        _write(md_out, render.markdown(report))
    if as_json:
        click.echo(json.dumps(render.to_dict(report), ensure_ascii=False, indent=2))
    else:
        click.echo(render.text(report))
    return 0 if report.ok else PROBLEMS_EXIT


def _write(path: Path, content: str) -> None:
    try:
        path.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"Cannot write {path} ({exc.strerror or exc}); choose another path.") from None
    click.echo(f"wrote {path}", err=True)
