"""The ways people use the assistant, each a thin caller of the :mod:`rag` library: the ``rag``
command line (:mod:`ui.cli`) and the Gradio web UI (:mod:`ui.web`)."""
