"""The user's own documents: reading PDF, HTML, Markdown and text into citable units, and the store
that keeps them under the data directory."""
