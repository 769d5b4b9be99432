"""Is the question within what the corpus can answer? (the refusal decision)

Similarity alone cannot tell "how are ICC judges elected?" from "how are US Supreme Court
justices appointed?": both sit close to art. 36. So besides a calibrated similarity floor, the
decision reads the question's form:

- it names a provision the Statute does not have ("article 999") → refuse, saying so;
- it names a numbered provision of another instrument ("Rule 145 of the Rules of Procedure and
  Evidence", "article 13 of Additional Protocol II", "Resolution 1593") → refuse: the corpus is
  the Statute, not those texts;
- it asks about the state of the world now or after the report ("currently", "so far", "after
  this report") or about events involving people or bodies the corpus never mentions → refuse:
  the texts are a treaty and one dated report, not a news feed;
- it asks for something other than information from the texts (write a tweet, reveal a
  system prompt), or for people's names, organisations' histories, or how to apply for a job,
  visa or asylum → refuse;
- it is about a person, place or body the corpus never mentions and not about the Court or
  the Statute at all ("murder in Texas") → refuse; if it is about the Court too ("can the ICC
  try crimes in Ukraine?"), answer from the Statute with a note that the name is not in it;
- otherwise it must clear the similarity floor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.retrieve.retriever import Retrieval

_FOREIGN_INSTRUMENT = re.compile(
    r"\b(?:rules?\s+\d+|regulations?\s+\d+|resolution\s+\d+|section\s+\d+|§\s*\d+|"
    r"(?:article|art\.?)\s*\d+\w*(?:\(\w+\))*\s+of\s+(?:the\s+)?(?!(?:rome\s+)?statute|this\s+statute|icc\s+statute)"
    r"(?:[A-Z][\w'’-]*|un\b|european|american|african|international\s+covenant|geneva|additional|vienna|"
    r"charter|convention|protocol|constitution|code|treaty|covenant|rules|regulations|elements))",
    re.IGNORECASE,
)
_OTHER_INSTRUMENT_NAMES = re.compile(
    r"\b(?:additional protocols?|regulations of the registry|gdpr|european convention on human rights|iccpr|"
    r"constitution of|penal code|criminal code)\b",
    re.IGNORECASE,
)
_WORLD_STATE = re.compile(
    r"\b(?:currently|current|so far|to date|as of (?:now|today|\d{4})|this year|last year|nowadays|"
    r"today|latest|right now|at present|at the moment|these days|after (?:this|the) (?:report|article) was published|"
    r"since (?:the|this) report|how many (?:countries|states) (?:are|have)|outcome of|population of|"
    r"weather|forecast)\b",
    re.IGNORECASE,
)
# Facts about people and organisations (who holds an office, who was named, when something was
# founded) and personal applications (jobs, visas, asylum) are not in a treaty text.
_PEOPLE_AND_ERRANDS = re.compile(
    r"\b(?:names? of (?:the )?(?:judges|officials|prosecutors?|people|persons|members|staff)|personally named|"
    r"who (?:founded|owns|funds|runs)|(?:when|what year) was .{1,60} (?:founded|created|born)|in what year was|"
    r"apply for (?:a |an )?(?:job|internship|visa|asylum|position|scholarship|vacancy)|"
    r"(?:job|internship|vacanc(?:y|ies)|career)s? at (?:the )?(?:icc|court))\b",
    re.IGNORECASE,
)
# Other courts and tribunals: the Statute names some of them in passing (the International Court
# of Justice, in art. 36 on nominating judges) but says nothing of how they work.
_OTHER_TRIBUNAL = re.compile(
    r"\b(?:international court of justice|icj|european court|inter-american court|african court|supreme court|"
    r"constitutional court|icty|ictr|yugoslavia tribunal|rwanda tribunal|special tribunal|court of appeals?)\b",
    re.IGNORECASE,
)
_ABOUT_THE_ICC = re.compile(
    r"\b(?:icc|international criminal court|rome statute|the statute(?! of limitations)|this statute)\b",
    re.IGNORECASE,
)
_ABOUT_THE_COURT = re.compile(
    r"\b(?:icc|international criminal court|rome statute|the statute(?! of limitations)|statute's|articles? \d|art\. ?\d|"
    r"the court'?s?|prosecutor|states? part(?:y|ies)|war crimes?|genocide|crimes? against humanity|aggression)\b",
    re.IGNORECASE,
)
_STATUTE_FRAMING = re.compile(
    r"\b(?:article|art\.|provisions?|paragraph|under the (?:rome )?statute|according to|does the (?:rome )?statute|"
    r"provide[sd]?|require[sd]?|allowed|permit)\b",
    re.IGNORECASE,
)
_NOT_A_QUESTION_FOR_TEXTS = re.compile(
    r"\b(?:write|compose|draft|generate|create|produce|give me)\b.{0,40}\b(?:tweet|poem|essay|story|song|"
    r"e-?mail|letter|code|script|speech|post|op-ed|joke|rap|slogan|recipe)s?\b|"
    r"\b(?:system prompt|hidden prompt|api[ -]?keys?|passwords?|credentials)\b|"
    r"\b(?:python|javascript|sql|linked list|recipe|weather)\b",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"\b(?:did|was|were|happened|decided|decide|voted|vote|won|founded|sentenced|elected|named|appointed)\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)(?<![\w'-])([A-Z][a-zA-Z'-]{2,}|[A-Z]{2,})(?![\w'-])")
_COMMON_CAPS = {"icc", "un", "us", "usa", "uk", "eu", "ngo", "ngos", "the", "is", "can", "what", "who", "how", "does", "do",
                "statute", "rome", "article", "court", "prosecutor", "part", "preamble", "i", "if", "and",
                "are", "when", "which", "why", "where", "under", "according", "assembly", "states", "parties",
                "security", "council", "chamber", "pre-trial", "trial", "appeals", "registrar", "presidency"}


@dataclass(frozen=True)
class ScopePolicy:
    """The evidence a question needs before it is answered (calibrated on the dev split)."""

    min_dense: float = 0.30  # below this best cosine similarity (and no named provision) → refuse
    follow_up_slack: float = 0.05  # a follow-up leans on the turn before: its floor is this much lower


@dataclass(frozen=True)
class ScopeDecision:
    """Whether to answer, and if not, why (shown to the reader)."""

    covered: bool
    reason: str = ""
    note: str = ""


def foreign_names(question: str, vocabulary: set[str]) -> list[str]:
    """Capitalised names or acronyms in the question that the corpus never mentions."""
    out = []
    for m in _CAPITALISED.finditer(question):
        word = m.group(1)
        low = word.lower().strip("'-")
        parts = [p for p in re.split(r"[-']", low) if p]
        if low in _COMMON_CAPS or low in vocabulary or low.rstrip("s") in vocabulary or (
                parts and all(p in vocabulary or p in _COMMON_CAPS or len(p) < 3 for p in parts)):
            continue
        out.append(word)
    return out


def assess(question: str, retrieval: Retrieval, policy: ScopePolicy | None = None,
           follow_up: bool = False) -> ScopeDecision:
    """Decide whether the corpus covers ``question`` (see the module docstring)."""
    policy = policy or ScopePolicy()
    if retrieval.unknown and not retrieval.named:
        return ScopeDecision(False, " ".join(u.split(": ", 1)[-1] for u in retrieval.unknown))
    if _FOREIGN_INSTRUMENT.search(question) or _OTHER_INSTRUMENT_NAMES.search(question):
        return ScopeDecision(False, "The question is about a text other than the Rome Statute or the news "
                                    "report; the corpus does not contain it.")
    if _NOT_A_QUESTION_FOR_TEXTS.search(question) and not retrieval.named:
        return ScopeDecision(False, "That is not a question the Statute or the news report can answer.")
    if retrieval.named:
        return ScopeDecision(True)
    if _PEOPLE_AND_ERRANDS.search(question):
        return ScopeDecision(False, "The corpus is the Statute's text and one news report: it names no office-"
                                    "holders and says nothing about applications, histories or biographies.")
    if _OTHER_TRIBUNAL.search(question) and not _ABOUT_THE_ICC.search(question):
        return ScopeDecision(False, "The question is about another court; the corpus is the ICC's Statute and "
                                    "one news report, and does not describe how other courts work.")
    if _WORLD_STATE.search(question) and not _STATUTE_FRAMING.search(question):
        return ScopeDecision(False, "The corpus is the Statute's text and one 2025 news report; it does not "
                                    "record the current state of affairs or later events.")
    names = foreign_names(question, set(retrieval.vocabulary))
    if names and not _ABOUT_THE_COURT.search(question):
        return ScopeDecision(False, f"The question is about {', '.join(dict.fromkeys(names))}, which the corpus "
                                    "does not mention; it covers the ICC's Statute and one news report.")
    if names and _EVENT.search(question):
        return ScopeDecision(False, f"The corpus does not mention {', '.join(dict.fromkeys(names))}; it cannot "
                                    "say what happened there.")
    floor = policy.min_dense - policy.follow_up_slack if follow_up else policy.min_dense
    if retrieval.best_dense < floor:
        return ScopeDecision(False, "")
    if names:
        return ScopeDecision(True, note=f"The corpus does not mention {', '.join(dict.fromkeys(names))}; "
                                        "below is what it says on the subject in general.")
    return ScopeDecision(True)
