"""Readers' feedback on answers (👍/👎 and an optional comment), kept as JSONL under the data dir,
and turned into eval-set candidates for a human to complete.

    store = FeedbackStore(settings.data_dir)
    store.add(Feedback.about(answer, Rating.DOWN, "cites art. 121 but not 122"))
    candidates(store.all())  # → rows shaped like evals/questions.jsonl, gold left empty

A 👎 is the most useful signal: it marks a question the assistant answered badly, which is exactly
what an eval set needs. Nothing here judges the answer; a person fills in the gold provisions.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any

from rag.errors import DataDirError
from rag.models import MAX_QUESTION_CHARS, Answer

FEEDBACK_FILE = "feedback.jsonl"
MAX_COMMENT_CHARS = MAX_QUESTION_CHARS  # the question's own limit: a comment says what was wrong, not an essay


class Rating(StrEnum):
    """What the reader thought of an answer."""

    UP = "up"
    DOWN = "down"


@dataclass(frozen=True)
class Feedback:
    """One reader's rating of one answer, with what is needed to replay the question."""

    question: str
    rating: Rating
    comment: str = ""
    standalone_question: str | None = None  # a follow-up as the assistant read it
    cited: tuple[str, ...] = ()  # the labels the answer cited, in order
    refused: bool = False
    mode: str = ""
    corpus_version: str = ""
    at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    @classmethod
    def about(cls, answer: Answer, rating: Rating | str, comment: str = "", corpus_version: str = "") -> Feedback:
        """Feedback on ``answer`` (comment trimmed to :data:`MAX_COMMENT_CHARS`)."""
        return cls(question=answer.question[:MAX_QUESTION_CHARS], rating=Rating(rating),
                   comment=" ".join(str(comment).split())[:MAX_COMMENT_CHARS],
                   standalone_question=answer.standalone_question,
                   cited=tuple(c.label for c in answer.citations), refused=answer.refused,
                   mode=str(answer.mode), corpus_version=corpus_version)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable view (one line of the store)."""
        data = asdict(self)
        data["rating"] = self.rating.value
        data["cited"] = list(self.cited)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Feedback:
        """The inverse of :meth:`to_dict` (unknown keys ignored)."""
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        known["rating"] = Rating(known.get("rating", Rating.DOWN))
        known["cited"] = tuple(known.get("cited") or ())
        return cls(**known)


class FeedbackStore:
    """Append-only JSONL of :class:`Feedback` at ``<data_dir>/feedback.jsonl`` (thread-safe)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FEEDBACK_FILE
        self._lock = threading.Lock()
        self.skipped = 0  # damaged lines the last read skipped

    def add(self, feedback: Feedback) -> None:
        """Append one record."""
        line = json.dumps(feedback.to_dict(), ensure_ascii=False)
        try:
            with self._lock:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as f:
                    f.write(line + "\n")
        except OSError as exc:
            raise DataDirError(f"Could not save the feedback in {self.path.parent} ({exc.strerror}); "
                               "check that the data directory is writable and has space.") from None

    def all(self) -> list[Feedback]:
        """Every record, oldest first; a damaged line (a crash mid-write) is skipped and counted in
        :attr:`skipped`, for the caller to say so."""
        self.skipped = 0
        if not self.path.exists():
            return []
        out = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                out.append(Feedback.from_dict(json.loads(line)))
            except (ValueError, TypeError):  # ValueError covers JSON errors and an unknown rating
                self.skipped += 1
        return out


def candidates(records: list[Feedback], *, only: Rating | None = None) -> list[dict[str, Any]]:
    """Eval-set candidates from feedback: the fields of ``evals/questions.jsonl`` with an empty
    gold for a human to fill in, one per distinct question (its latest rating wins), plus what the
    reader said. ``only`` keeps one rating (``Rating.DOWN``: the answers readers found wanting)."""
    latest: dict[str, Feedback] = {}
    for fb in records:
        latest[" ".join(fb.question.lower().split())] = fb
    rows = []
    for n, fb in enumerate(latest.values(), start=1):
        if only is not None and fb.rating != only:
            continue
        rows.append({
            "id": f"fb{n:03d}", "question": fb.standalone_question or fb.question, "gold": [], "facts": [],
            "category": "feedback", "part": None, "split": "dev", "expect_refusal": False,
            "feedback": {"rating": fb.rating.value, "comment": fb.comment, "asked": fb.question,
                         "cited": list(fb.cited), "refused": fb.refused, "mode": fb.mode,
                         "corpus_version": fb.corpus_version, "at": fb.at},
        })
    return rows
