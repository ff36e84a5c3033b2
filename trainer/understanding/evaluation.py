"""Measuring the recogniser on a labelled file (single/multi/none, as in the shared dev set).

Figures (the same definitions as the issue's baseline):
- single-intent lines: the top intent (or none) against the one gold intent;
  per-intent precision/recall/F1 and their macro average, plus a confusion table;
- multi-intent lines: the predicted set against the gold set, micro-F1;
- no-intent lines: how many got an intent anyway.

Cross-validation is honest: for each fold the recogniser is rebuilt from the library
*minus every example equal (after normalisation) to a held-out line*, so a line is
never scored by a model that has seen it.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .library import IntentLibrary
from .normalize import norm_key

if TYPE_CHECKING:
    from .model import Settings

NONE = "(none)"


class EvalFileError(Exception):
    """The labelled file cannot be used; the message says why, in one line."""


@dataclass(frozen=True)
class Item:
    language: str
    text: str
    labels: tuple[str, ...]
    section: str  # "single" | "multi" | "none"


@dataclass
class Prediction:
    item: Item
    intents: tuple[tuple[str, float], ...]

    @property
    def top(self) -> str:
        return self.intents[0][0] if self.intents else NONE

    @property
    def names(self) -> set[str]:
        return {n for n, _ in self.intents}


def _lines(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise EvalFileError(f"{where}: expected a list of lines (text in quotes)")
    return value


def load_eval_file(path: Path) -> list[Item]:
    """Read a labelled file; raise EvalFileError with one clear message if unusable."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise EvalFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise EvalFileError(f"{path}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise EvalFileError(f"{where}: {problem}") from None
    if not isinstance(data, dict) or not any(k in data for k in ("single", "multi", "none")):
        raise EvalFileError(f"{path}: expected a mapping with 'single', 'multi' and/or 'none'")
    items: list[Item] = []
    single = data.get("single") or {}
    if not isinstance(single, dict):
        raise EvalFileError(f"{path}: 'single' must map intent -> {{de: [...], en: [...]}}")
    for intent, langs in single.items():
        if not isinstance(langs, dict):
            raise EvalFileError(f"{path}: single.{intent} must map language -> lines")
        for lang, lines in langs.items():
            for text in _lines(lines, f"{path}: single.{intent}.{lang}"):
                items.append(Item(str(lang), text, (str(intent),), "single"))
    multi = data.get("multi") or []
    if not isinstance(multi, list):
        raise EvalFileError(f"{path}: 'multi' must be a list of {{lang, text, intents}}")
    for i, entry in enumerate(multi):
        ok = isinstance(entry, dict) and isinstance(entry.get("text"), str)
        ok = ok and isinstance(entry.get("intents"), list) and "lang" in entry
        if not ok:
            raise EvalFileError(f"{path}: multi[{i}] needs lang, text and a list of intents")
        items.append(
            Item(str(entry["lang"]), entry["text"], tuple(map(str, entry["intents"])), "multi")
        )
    none = data.get("none") or {}
    if not isinstance(none, dict):
        raise EvalFileError(f"{path}: 'none' must map language -> lines")
    for lang, lines in none.items():
        for text in _lines(lines, f"{path}: none.{lang}"):
            items.append(Item(str(lang), text, (), "none"))
    if not items:
        raise EvalFileError(f"{path}: no labelled lines found")
    return items


def predict(rec: Any, items: Iterable[Item]) -> list[Prediction]:
    out = []
    for it in items:
        r = rec.recognise(it.text)
        out.append(Prediction(it, tuple((h.intent, h.confidence) for h in r.intents)))
    return out


def folds(items: list[Item], k: int, seed: int = 13) -> list[list[Item]]:
    """Stratified, deterministic folds: each label (and section) spread over all folds."""
    groups: dict[tuple[str, ...], list[Item]] = defaultdict(list)
    for it in items:
        groups[(it.section, *it.labels[:1])].append(it)
    out: list[list[Item]] = [[] for _ in range(k)]
    rng = random.Random(seed)
    offset = 0
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda i: i.text)
        rng.shuffle(members)
        for j, it in enumerate(members):
            out[(j + offset) % k].append(it)
        offset += len(members)
    return out


def cross_validate(
    library: IntentLibrary,
    items: list[Item],
    k: int = 5,
    settings: Settings | None = None,
    factory: Callable[[IntentLibrary], Any] | None = None,
) -> list[Prediction]:
    """Predictions for every item by a recogniser that never saw that item's line."""
    from .model import LinearRecogniser, Settings  # scikit-learn: only when evaluating

    make = factory or (lambda lib: LinearRecogniser(lib, settings or Settings()))
    preds: list[Prediction] = []
    for fold in folds(items, k):
        held = {norm_key(it.text, library.language) for it in fold}
        rec = make(library.without(held))
        preds.extend(predict(rec, fold))
    order = {id(it): i for i, it in enumerate(items)}
    preds.sort(key=lambda p: order[id(p.item)])
    return preds


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Report:
    language: str
    per_intent: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_f1: float = 0.0
    micro_f1_multi: float = 0.0
    micro_f1_all: float = 0.0
    none_false_positive: float = 0.0
    confusion: dict[str, Counter] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "counts": self.counts,
            "macro_f1": round(self.macro_f1, 4),
            "micro_f1_multi": round(self.micro_f1_multi, 4),
            "micro_f1_all": round(self.micro_f1_all, 4),
            "none_false_positive_rate": round(self.none_false_positive, 4),
            "per_intent": {
                k: {m: round(v, 4) if isinstance(v, float) else v for m, v in d.items()}
                for k, d in self.per_intent.items()
            },
            "confusion": {k: dict(v) for k, v in self.confusion.items()},
            "errors": self.errors,
        }


def report(preds: list[Prediction], language: str) -> Report:
    rep = Report(language)
    preds = [p for p in preds if p.item.language == language]
    single = [p for p in preds if p.item.section == "single"]
    multi = [p for p in preds if p.item.section == "multi"]
    none = [p for p in preds if p.item.section == "none"]
    rep.counts = {"single": len(single), "multi": len(multi), "none": len(none)}
    labels = sorted({p.item.labels[0] for p in single})
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    confusion: dict[str, Counter] = defaultdict(Counter)
    for p in single:
        gold, top = p.item.labels[0], p.top
        confusion[gold][top] += 1
        if top == gold:
            tp[gold] += 1
        else:
            fn[gold] += 1
            fp[top] += 1
    for lab in labels:
        pr, rc, f1 = _prf(tp[lab], fp[lab], fn[lab])
        rep.per_intent[lab] = {
            "precision": pr,
            "recall": rc,
            "f1": f1,
            "support": tp[lab] + fn[lab],
        }
    rep.macro_f1 = sum(d["f1"] for d in rep.per_intent.values()) / len(labels) if labels else 0.0
    rep.confusion = dict(confusion)

    def micro(group: list[Prediction]) -> float:
        t = f = n = 0
        for p in group:
            gold, got = set(p.item.labels), p.names
            t += len(gold & got)
            f += len(got - gold)
            n += len(gold - got)
        return _prf(t, f, n)[2]

    rep.micro_f1_multi = micro(multi)
    rep.micro_f1_all = micro(preds)
    rep.none_false_positive = sum(1 for p in none if p.intents) / len(none) if none else 0.0
    for p in preds:
        gold = set(p.item.labels)
        wrong = (p.top != p.item.labels[0]) if p.item.section == "single" else (p.names != gold)
        if wrong:
            rep.errors.append(
                {
                    "text": p.item.text,
                    "section": p.item.section,
                    "expected": sorted(gold),
                    "got": [{"intent": n, "confidence": round(c, 3)} for n, c in p.intents],
                }
            )
    return rep
