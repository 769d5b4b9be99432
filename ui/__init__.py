"""The web UI of the Rome Statute assistant (Gradio): ``rag ui`` or ``python -m ui``.

    from ui import build_app
    build_app(assistant).launch()
"""

import os

# No telemetry or version checks from Gradio: the UI must work offline.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from .app import build_app, main, run, serve  # noqa: E402

__all__ = ["build_app", "main", "run", "serve"]
