"""A learned metric over the bundled MiniLM: one linear map, trained on the reader's index.

Why: all-MiniLM-L6-v2 is a general-purpose model. Its raw cosines put "which judges signed the
warrant" as near the Statute's text on warrants as "what must a warrant contain", and a forum post
about Putin nearer the news report than the article that answers it. The corpus already says what
should be near what: the reader's index pairs ~5,000 plain-language phrases with the provision each
leads to, and ``corpus/scope/outside.yaml`` groups the prototypes of questions the corpus cannot answer
by kind. A 384×384 map ``W``, trained so that each phrase lands nearer its provision's text and its
sibling phrases than any other provision's (and each prototype nearer its own kind), moves the whole
space towards the law's own distinctions; every vector — chunks, phrases, prototypes, a reader's
question, an ingested document — is mapped the same way and renormalised. The map starts at the
identity and is held near it, so what MiniLM knows of English stays.

No eval question is used: the pairs come from ``corpus/`` alone, and the eval sets measure the result
(README, "Retrieval quality"). The map ships in ``corpus/vectors/<model>.adapter.npz`` with the digest
of the texts it was trained on; ``rag index --train-adapter`` trains it again (seconds, on torch) and
ships the vectors of the new space. It names the vector space: collections and shipped vectors carry
its digest, so vectors of two spaces are never mixed.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rag.errors import CorpusError

if TYPE_CHECKING:
    import numpy as np

ADAPTER_SUFFIX = ".adapter.npz"  # beside the shipped vectors: corpus/vectors/<model>.adapter.npz
DIGEST_CHARS = 8  # hex characters of the map's SHA-1 that name its vector space


@dataclass(frozen=True)
class TrainingParams:
    """How the map is trained (chosen on the dev splits; the README reports the held-out figures)."""

    temperature: float = 0.05  # softmax sharpness over a batch: MiniLM's cosines differ by hundredths
    epochs: int = 10  # passes over the pairs: held-out phrases stop improving at about 10
    learning_rate: float = 1e-3  # Adam's step: ten passes move W well away from the identity, not past it
    identity_weight: float = 0.1  # pull of W towards the identity: the map refines MiniLM, not replaces it
    batch: int = 256  # pairs per step: every other pair in the batch is a negative
    texts_per_phrase: int = 3  # a provision's chunks paired with each phrase: long articles have many
    texts_per_question: int = 1  # ... and with each reader's question (its index phrases add the rest)
    seed: int = 0  # the same data trains the same map


@dataclass(frozen=True)
class Pair:
    """Two texts that should be near: a phrase and its provision's text, two phrases of one
    provision, two prototypes of one kind. ``group`` is what they share: another pair of the same
    group in a batch is not counted as a negative."""

    anchor: str
    positive: str
    group: str


@dataclass(frozen=True)
class Adapter:
    """The map, and the digest that names its vector space."""

    matrix: np.ndarray = field(compare=False, repr=False)  # float32, dimension × dimension
    digest: str = ""

    @classmethod
    def of(cls, matrix: np.ndarray) -> Adapter:
        """An adapter for ``matrix``, named by its content."""
        import numpy as np

        m = np.ascontiguousarray(matrix, dtype=np.float32)
        return cls(m, hashlib.sha1(m.tobytes()).hexdigest()[:DIGEST_CHARS])

    def apply(self, vectors: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
        """``vectors`` mapped and renormalised to unit length (one row per vector)."""
        import numpy as np

        x = np.asarray(vectors, dtype=np.float32).reshape(-1, self.matrix.shape[0]) @ self.matrix
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        return x / np.where(norms > 0, norms, 1.0)


def adapter_path(vectors_dir: Path, model_slug: str) -> Path:
    """Where the map for model ``model_slug`` ships (``corpus/vectors/``)."""
    return Path(vectors_dir) / f"{model_slug}{ADAPTER_SUFFIX}"


def space_slug(model_slug: str, adapter: Adapter | None) -> str:
    """The name of a vector space: the model's, and the map's digest when there is one."""
    return f"{model_slug}-a{adapter.digest}" if adapter else model_slug


def load_adapter(path: Path) -> tuple[Adapter, str] | None:
    """The map in ``path`` and the digest of the texts it was trained on; ``None`` when there is no
    such file (the raw MiniLM space is used)."""
    import numpy as np

    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            matrix, trained_on = data["matrix"], str(data["trained_on"])
    except (OSError, ValueError, KeyError, EOFError) as exc:
        raise CorpusError(f"Cannot read the embedding adapter {path} ({exc}). Restore it from the repository, "
                          "or train it again with `rag index --train-adapter`.") from exc
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        raise CorpusError(f"{path} holds a {matrix.shape} matrix, not a square one: train it again with "
                          "`rag index --train-adapter`.")
    return Adapter.of(matrix), trained_on


def save_adapter(path: Path, adapter: Adapter, trained_on: str, params: TrainingParams) -> None:
    """Write the map, the digest of its training texts and how it was trained."""
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        np.savez_compressed(f, matrix=adapter.matrix, trained_on=np.array(trained_on),
                            params=np.array(json.dumps(asdict(params), sort_keys=True)))


def training_pairs(phrases: Sequence[tuple[str, str]], prototypes: Sequence[tuple[str, str]],
                   texts_of: Callable[[str], Sequence[str]], params: TrainingParams | None = None,
                   questions: Sequence[tuple[str, str]] = ()) -> list[Pair]:
    """The pairs the map is trained on, from the corpus's data only.

    ``phrases``: ``(phrase, provision key)`` of the reader's index (counter-examples included);
    ``prototypes``: ``(prototype, kind)``; ``texts_of``: a provision's embedded chunk texts;
    ``questions``: ``(question, provision key)`` of the readers' questions (training only).
    """
    params = params or TrainingParams()
    rng = random.Random(params.seed)
    siblings: dict[str, list[str]] = {}
    for phrase, key in phrases:
        siblings.setdefault(key, []).append(phrase)
    pairs: list[Pair] = []
    for phrase, key in phrases:
        # A phrase is near the words of its provision ...
        pairs.extend(Pair(phrase, text, key) for text in list(texts_of(key))[:params.texts_per_phrase])
        # ... and near the other ways readers put the same thing.
        others = [p for p in siblings[key] if p != phrase]
        if others:
            pairs.append(Pair(phrase, rng.choice(others), key))
    for question, key in questions:
        # A whole question, names and all, is near its provision's words and its index phrases:
        # the names around the legal question should not move it.
        pairs.extend(Pair(question, text, key) for text in list(texts_of(key))[:params.texts_per_question])
        if siblings.get(key):
            pairs.append(Pair(question, rng.choice(siblings[key]), key))
    kinds: dict[str, list[str]] = {}
    for prototype, kind in prototypes:
        kinds.setdefault(kind, []).append(prototype)
    for prototype, kind in prototypes:
        # A question the corpus cannot answer is near others of its kind, not near the law.
        others = [p for p in kinds[kind] if p != prototype]
        if others:
            pairs.append(Pair(prototype, rng.choice(others), f"outside:{kind}"))
    return pairs


def trained_on(pairs: Sequence[Pair]) -> str:
    """The digest of the training texts: a map trained on other data is out of date."""
    h = hashlib.sha1()
    for p in pairs:
        h.update(f"{p.group}\x00{p.anchor}\x00{p.positive}\x00".encode())
    return h.hexdigest()


def train_adapter(pairs: Sequence[Pair], vectors: Mapping[str, Sequence[float]],
                  params: TrainingParams | None = None) -> Adapter:
    """Train the map on ``pairs`` (``vectors``: each text's raw MiniLM vector).

    The loss is the symmetric in-batch contrastive loss (each anchor against every positive of the
    batch, and back), with pairs of the same group masked out, plus the pull towards the identity.
    """
    import numpy as np
    import torch

    params = params or TrainingParams()
    if not pairs:
        raise ValueError("train_adapter() needs at least one pair")
    torch.manual_seed(params.seed)
    texts = list(dict.fromkeys(t for p in pairs for t in (p.anchor, p.positive)))
    row = {t: i for i, t in enumerate(texts)}
    base = torch.tensor(np.asarray([vectors[t] for t in texts], dtype=np.float32))
    groups = {g: i for i, g in enumerate(dict.fromkeys(p.group for p in pairs))}
    table = torch.tensor([(row[p.anchor], row[p.positive], groups[p.group]) for p in pairs])
    dim = base.shape[1]
    eye = torch.eye(dim)
    w = torch.nn.Parameter(eye.clone())
    optimiser = torch.optim.Adam([w], lr=params.learning_rate)
    for _ in range(params.epochs):
        order = torch.randperm(len(table))
        for start in range(0, len(table), params.batch):
            a, b, g = table[order[start:start + params.batch]].T
            za = torch.nn.functional.normalize(base[a] @ w, dim=-1)
            zb = torch.nn.functional.normalize(base[b] @ w, dim=-1)
            logits = za @ zb.T / params.temperature
            same = (g[:, None] == g[None, :]) & ~torch.eye(len(g), dtype=torch.bool)
            logits = logits.masked_fill(same, float("-inf"))
            target = torch.arange(len(g))
            loss = (torch.nn.functional.cross_entropy(logits, target)
                    + torch.nn.functional.cross_entropy(logits.T, target)) / 2
            loss = loss + params.identity_weight * ((w - eye) ** 2).sum() / dim
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    return Adapter.of(w.detach().numpy())

