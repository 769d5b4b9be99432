"""Stage 3, retrieval: follow-ups made standalone, the retrieval signals (dense, BM25, named
provisions, definitions, cross-references, the reader's index) fused and re-ranked, and the scope
decision (answer or refuse)."""
