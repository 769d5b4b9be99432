"""Stage 4, the answer: the offline extractive answer, the LLM's generated answer, verification of
every citation and quote, and the renderings of an :class:`~rag.models.Answer`."""
