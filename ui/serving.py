"""What every serving command shares (`rag ui`, `rag serve`, `rag mcp`, the CLI's index builds),
without importing a web framework: the build's progress bar, the sign-in setting, the loopback
test and the port check.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from typing import Any

from rag.errors import ConfigError

__all__ = ["TerminalProgress", "check_port", "is_loopback", "parse_auth", "port_error"]


class TerminalProgress:
    """A tqdm progress bar on stderr (the first-run index build, ingest, evals)."""

    def __init__(self, desc: str = "Indexing the corpus (first run)", unit: str = "chunk") -> None:
        self.desc = desc
        self.unit = unit
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        from tqdm import tqdm

        if self.bar is None:
            self.bar = tqdm(total=total, desc=self.desc, unit=self.unit, file=sys.stderr, leave=True)
        self.bar.n = done
        self.bar.refresh()
        if done >= total:
            self.bar.close()


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``"user:password"`` → ``("user", "password")``; ``None``/empty → no login."""
    if value is None or not value.strip():
        return None
    user, sep, password = value.strip().partition(":")
    if not sep or not user or not password:
        # Never echo the value: it is a password.
        raise ConfigError("--auth / RAG_UI_AUTH must look like USER:PASSWORD, both non-empty.")
    return user, password


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def port_error(host: str, port: int) -> ConfigError:
    """The error for a port that cannot be served on."""
    return ConfigError(f"Cannot serve on {host}:{port}: the port is in use or the address is not available "
                       "here. Choose another with --port (or --host).")


def check_port(host: str, port: int) -> None:
    """Raise a :class:`ConfigError` now if ``host:port`` cannot be bound (a server would exit later)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError:
        raise port_error(host, port) from None
