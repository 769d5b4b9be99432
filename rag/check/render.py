"""Renderings of a :class:`~rag.check.models.CheckReport`: terminal text, JSON, and an annotated copy
of the draft in Markdown (footnotes) and HTML (a Jinja2 template, autoescaped).

Each reads the report's findings; none reads another rendering. Findings are numbered in the order
they appear in the draft; a mention that names several provisions ("arts. 5–8") is one mark in the
annotated copies with all its numbers.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rag.check.models import CheckReport, Finding, QuoteFinding, ReferenceFinding, Status
from rag.models import Provision

READ_BESIDE_CHARS = 400  # of a provision's text in the terminal; the JSON and HTML carry all of it
QUOTE_PREVIEW_CHARS = 90  # of a quotation in one terminal line


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"


def summary(report: CheckReport) -> str:
    """``memo.md: 7 references, 4 quotations — 2 problems, 1 warning.``"""
    problems, warnings = len(report.failures), len(report.warnings)
    verdict = (f"{problems} problem{'s' * (problems != 1)}" if problems else "no problems")
    if warnings:
        verdict += f", {warnings} warning{'s' * (warnings != 1)}"
    refs, quotes = len(report.references), len(report.quotes)
    return (f"{report.name}: {refs} reference{'s' * (refs != 1)} to the Statute, {quotes} "
            f"quotation{'s' * (quotes != 1)} — {verdict}.")


def describe(f: Finding) -> str:
    """What one finding is about: the reference as written, or the quotation and what it is cited to."""
    if isinstance(f, ReferenceFinding):
        shown = f.label.split(", ", 1)[-1]
        return f"{f.written}" + (f" ({shown})" if shown.lower() not in f.written.lower() else "")
    cited = ", ".join(c.split(", ", 1)[-1] for c in f.cited)
    return f"“{_clip(f.quote, QUOTE_PREVIEW_CHARS)}”" + (f" cited to {cited}" if cited else "")


def text(report: CheckReport) -> str:
    """The report as the terminal shows it: one line per finding, then the provisions to read beside
    the draft (references that no quotation is attributed to)."""
    lines = [summary(report), ""]
    for f in report.findings:
        lines.append(f"{f.status.mark} line {f.line}: {describe(f)} — {f.status.label}. {f.message}")
    beside = _read_beside(report)
    if beside:
        lines += ["", "The provisions the draft refers to, to read beside it:"]
        for p in beside:
            lines.append(f"  {p.label}: {_clip(p.text, READ_BESIDE_CHARS)}")
    return "\n".join(lines)


def _read_beside(report: CheckReport) -> list[Provision]:
    seen: dict[str, Provision] = {}
    for f in report.references:
        if f.provision is not None and not f.quoted:
            seen.setdefault(f.provision.id, f.provision)
    return list(seen.values())


def _provision_dict(p: Provision | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"id": p.id, "source": p.source, "label": p.label, "article": p.article, "paragraph": p.paragraph,
            "title": p.article_title, "breadcrumb": p.breadcrumb, "text": p.text}


def finding_dict(f: Finding) -> dict[str, Any]:
    """One finding as JSON."""
    common = {"status": f.status.value, "status_label": f.status.label, "fails": f.status.fails,
              "line": f.line, "start": f.start, "end": f.end, "message": f.message}
    if isinstance(f, ReferenceFinding):
        return {"type": "reference", "written": f.written, "id": f.id, "label": f.label, "quoted": f.quoted,
                "provision": _provision_dict(f.provision), **common}
    closest = None
    if f.closest is not None:
        closest = {"label": f.closest.provision.label, "passage": f.closest.passage,
                   "similarity": f.closest.similarity,
                   "differences": [{"draft": d, "text": t} for d, t in f.closest.differences],
                   "provision": _provision_dict(f.closest.provision)}
    return {"type": "quotation", "quote": f.quote, "cited": list(f.cited), "attribution": f.attribution.value,
            "found_in": _provision_dict(f.found_in), "closest": closest, **common}


def to_dict(report: CheckReport) -> dict[str, Any]:
    """The report as JSON: the verdict, the counts, and every finding in the order of the draft."""
    return {"name": report.name, "format": report.format, "ok": report.ok, "summary": summary(report),
            "counts": {"references": len(report.references), "quotations": len(report.quotes),
                       "problems": len(report.failures), "warnings": len(report.warnings)},
            "findings": [finding_dict(f) for f in report.findings]}


# ── Annotated copies ──────────────────────────────────────────────────────────────────────────────


def _marks(report: CheckReport) -> list[tuple[int, int, list[int], Status, str, list[Finding]]]:
    """The annotated spans: (start, end, finding numbers, worst status, kind, findings)."""
    spans: dict[tuple[int, int], list[tuple[int, Finding]]] = {}
    for n, f in enumerate(report.findings, start=1):
        spans.setdefault((f.start, f.end), []).append((n, f))
    out = []
    for (start, end), items in sorted(spans.items()):
        statuses = [f.status for _, f in items]
        worst = next((s for s in statuses if s.fails), next((s for s in statuses if s.warns), statuses[0]))
        kind = "quote" if isinstance(items[0][1], QuoteFinding) else "ref"
        out.append((start, end, [n for n, _ in items], worst, kind, [f for _, f in items]))
    return out


def markdown(report: CheckReport) -> str:
    """The draft with a footnote marker after each reference and quotation, and the footnotes
    (verdict and message) at the end — GitHub-flavoured Markdown."""
    parts: list[str] = []
    at = 0
    notes: list[str] = []
    for start, end, numbers, _, _, findings in _marks(report):
        if start < at:
            continue
        parts.append(report.text[at:end])
        parts.append("".join(f"[^{n}]" for n in numbers))
        at = end
        for n, f in zip(numbers, findings):
            notes.append(f"[^{n}]: {f.status.mark} **{f.status.label}** — {f.message}")
    parts.append(report.text[at:])
    head = f"<!-- rag check: {summary(report)} -->"
    return "\n\n".join([head, "".join(parts).rstrip(), "\n".join(notes)]) if notes else f"{head}\n\n{report.text}"


@cache
def _environment():  # noqa: ANN202 - a jinja2.Environment, imported lazily
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("rag.check", "templates"), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


def html(report: CheckReport, standalone: bool = True) -> str:
    """The annotated draft and the findings as HTML (everything from the draft or the corpus is
    escaped). ``standalone=False`` gives a fragment for a page that has its own ``<html>`` (the web
    UI's "Check a draft" tab)."""
    segments: list[dict[str, Any]] = []
    at = 0
    for start, end, numbers, worst, kind, findings in _marks(report):
        if start < at:
            continue
        if start > at:
            segments.append({"text": report.text[at:start]})
        segments.append({"text": report.text[start:end], "numbers": numbers, "status": worst.value,
                         "fails": worst.fails, "kind": kind, "title": " ".join(f.message for f in findings)})
        at = end
    if at < len(report.text):
        segments.append({"text": report.text[at:]})
    findings = []
    for n, f in enumerate(report.findings, start=1):
        row = {"n": n, "line": f.line, "status": f.status.value, "label": f.status.label, "mark": f.status.mark,
               "fails": f.status.fails, "what": describe(f), "message": f.message, "beside": None, "closest": None}
        if isinstance(f, ReferenceFinding) and f.provision is not None and not f.quoted:
            row["beside"] = {"label": f.provision.label, "text": f.provision.text}
        if isinstance(f, QuoteFinding) and f.closest is not None and f.status.fails:
            row["closest"] = {"label": f.closest.provision.label, "passage": f.closest.passage,
                              "similarity": f.closest.similarity}
        findings.append(row)
    return _environment().get_template("check.html.j2").render(
        standalone=standalone, name=report.name, summary=summary(report), ok=report.ok, segments=segments,
        findings=findings)
