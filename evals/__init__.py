"""Eval and benchmark tooling (a caller of the library, never imported by it): metrics, the eval
runner and report, the naive llama-index baseline, the LLM judge, the benchmark."""
