"""The user's own documents: reading PDF, HTML, Markdown and text into citable units (readers), the
store that keeps them under the data directory (store), and keeping store, corpus and vector index in
step (library)."""
