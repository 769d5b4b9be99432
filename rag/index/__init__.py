"""Stage 2, the index: chunks that follow the structure of the law, their embeddings, and the Chroma
store (embedded or client/server) that holds them."""
