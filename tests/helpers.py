"""Small helpers shared by the tests: free loopback ports and a served UI."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    """A currently free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(app, auth=None) -> Iterator[str]:
    """The Gradio ``app`` served on a free loopback port for the block; yields its URL."""
    from ui.web.app import serve

    port = free_port()
    serve(app, "127.0.0.1", port, auth, prevent_thread_lock=True, quiet=True)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()
