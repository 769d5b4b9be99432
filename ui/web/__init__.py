"""The Gradio web UI: ``rag ui`` (or ``python -m ui``).

    from ui.web import build_app
    build_app(assistant).launch()
"""

import os

# No telemetry or version checks from Gradio: the UI must work offline.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from ui.web.app import build_app, run, serve  # noqa: E402

__all__ = ["build_app", "run", "serve"]
