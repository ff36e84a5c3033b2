"""A reviewer reads how a call ended in a reviewer's words ("learner ended the call", "time ran
out"), in the review list and in the export; the learner's debrief keeps its own "you hung
up" (tests/tui/test_words.py)."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from trainer.transcripts import load_transcript
from trainer.transcripts.export import to_markdown
from trainer.tui.review import ReviewApp, ReviewScreen

from ..tui.tui_helpers import until

#: end reason -> {lang: (the reviewer's words, the learner's words)}
WORDS = {
    "learner_ended": {
        "en": ("learner ended the call", "you ended the call without a result"),
        "de": ("ohne Ergebnis beendet", "Sie haben das Gespräch ohne Ergebnis beendet"),
    },
    "turn_limit": {"en": ("time ran out", "time is up"), "de": ("Zeit abgelaufen", "Zeit ist um")},
}


@pytest.mark.parametrize("lang", ["en", "de"])
async def test_the_review_list_names_the_end_in_a_reviewers_words(make_call, lang) -> None:
    path = make_call(["Hallo"], outcome=None, end_reason="learner_ended")
    make_call(["Hallo"], seed=2, outcome=None, end_reason="turn_limit")
    app = ReviewApp(path.parent, reviewer="rita", language=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.shown)
        table = app.screen.query_one(DataTable)
        outcomes = {table.get_row_at(i)[3].plain for i in range(table.row_count)}
        assert outcomes == {WORDS[reason][lang][0] for reason in WORDS}


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("reason", sorted(WORDS))
def test_the_markdown_export_names_the_end_in_a_reviewers_words(make_call, lang, reason):
    data = load_transcript(make_call(["Hallo"], outcome=None, end_reason=reason))
    reviewer, learner = WORDS[reason][lang]
    out = to_markdown(data, lang)
    assert reviewer in out and learner not in out
