"""The practice app as a browser session runs it (`remember=False`, see trainer.web)."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Static

from tests.tui.tui_helpers import text_of, until
from trainer.tui.library import LibraryScreen, NameScreen


async def test_a_browser_session_asks_the_name_and_remembers_nothing(
    make_app, _own_config: Path
) -> None:
    # The server's config holds someone's name: a browser session must not take it.
    _own_config.parent.mkdir(parents=True, exist_ok=True)
    _own_config.write_text(json.dumps({"learner": "Server Admin"}), encoding="utf-8")
    app = make_app(learner=None, remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, NameScreen), "name dialog")
        said = " ".join(text_of(w) for w in app.screen.query(Static))
        assert "once per session" in said and "remembered" not in said
        await pilot.press("escape")  # no account name to fall back on: asked again
        await until(pilot, lambda: isinstance(app.screen, NameScreen), "asked again")
        hostile = "../[b]x[/b]"
        await pilot.press(*hostile)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen), "library")
        assert app.learner == hostile
        assert hostile in str(app.screen.sub_title)  # shown as typed, markup and all
        await pilot.press("f6")  # a language choice is not saved either
    assert json.loads(_own_config.read_text(encoding="utf-8")) == {"learner": "Server Admin"}
