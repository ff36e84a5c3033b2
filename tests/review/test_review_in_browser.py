"""The review app in a browser (`trainer serve` /review): exports are downloads."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input, Select

from trainer.tui.review import ReviewApp

from .test_review_screen import _folder, _open_ben


async def test_in_a_browser_an_export_is_a_download_never_a_server_path(
    make_call, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(make_call)
    monkeypatch.setattr(ReviewApp, "is_web", property(lambda self: True))
    delivered: list[tuple[bytes, Any]] = []
    monkeypatch.setattr(
        ReviewApp,
        "deliver_binary",
        lambda self, f, **kw: delivered.append((f.read(), kw.get("save_filename"))),
    )
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    app = ReviewApp(folder, reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_ben(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        assert not app.screen.query(Input)  # no path to type
        app.screen.query_one("#format", Select).value = "md"
        await pilot.press("enter")  # the focused Save button
        await pilot.pause()
    ((payload, name),) = delivered
    assert name == f"{screen.path.stem}.md"
    assert "## Gespräch" in payload.decode("utf-8")
    after = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    # Nothing new on the server but the review index (and its lock).
    assert {p.name for p in after if p not in before} <= {".index.json", ".index.lock"}
