"""Checking a draft someone else wrote (a memo, a brief, an article, another AI's answer) against the
Statute: every reference must name a provision that exists, every quotation must be the words of the
provision it is attributed to.

Stages: :mod:`~rag.check.inputs` reads the draft, :mod:`~rag.check.finding` finds its references and
quotations and ties each quotation to a reference, :mod:`~rag.check.verify` checks them against the
corpus, :mod:`~rag.check.render` renders the report (text, JSON, annotated Markdown and HTML).
"""

from rag.check.models import Attribution, CheckReport, QuoteFinding, ReferenceFinding, Status
from rag.check.verify import check_text

__all__ = ["Attribution", "CheckReport", "QuoteFinding", "ReferenceFinding", "Status", "check_text"]
