"""``python -m ui [--host H] [--port P] [--auth USER:PASSWORD]``: the same command as ``rag ui``."""

import sys

from ui.cli import cli

cli(["ui", *sys.argv[1:]], prog_name="python -m ui")
