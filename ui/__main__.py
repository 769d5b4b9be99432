"""``python -m ui``: serve the web UI (see ``ui.app.main``)."""

import sys

from .app import main

sys.exit(main())
