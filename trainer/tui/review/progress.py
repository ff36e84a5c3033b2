"""The learner's progress under the table: a sparkline of scores and the weighted score.

Nothing is computed here: the weighting (recent calls count more) is
`trainer.transcripts.stats.learner_stats`, the same figure `trainer stats` prints.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Sparkline, Static

from ...safety import shown
from ...transcripts.index import Summary
from ...transcripts.stats import LearnerStats, learner_stats
from ..i18n import t

#: The sparkline shows at most this many of the latest scores.
SPARK_CALLS = 200


class LearnerProgress(Horizontal):
    """One learner's scores over time; `show` it for the highlighted row's learner."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[Summary] = []
        #: Stats per learner, computed on first view: moving the cursor through 10,000
        #: rows must not re-read every row on each key.
        self._stats: dict[str, LearnerStats] = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="progress-label")
        yield Sparkline([], id="progress")

    def set_rows(self, rows: Iterable[Summary]) -> None:
        """The calls of every learner (after a reload): earlier figures are forgotten."""
        self._rows = list(rows)
        self._stats = {}

    def stats_of(self, learner: str) -> LearnerStats:
        if learner not in self._stats:
            self._stats[learner] = learner_stats(self._rows, learner)
        return self._stats[learner]

    def show(self, row: Summary | None, lang: str) -> None:
        label = self.query_one("#progress-label", Static)
        spark = self.query_one("#progress", Sparkline)
        if row is None:
            label.update("")
            spark.data = []
            return
        stats = self.stats_of(row.learner)
        scores = stats.scores
        spark.data = scores[-SPARK_CALLS:] or [0]
        name = shown(row.learner, newlines=False)
        if scores and stats.weighted_score is not None:
            text = Text(t(lang, "rv_progress", name=name, n=len(scores)) + "\n")
            weighted = f"{stats.weighted_score:.0f}"
            text.append(t(lang, "rv_progress_line", weighted=weighted, latest=scores[-1]))
        else:
            text = Text(t(lang, "rv_no_scores", name=name))
        label.update(text)
