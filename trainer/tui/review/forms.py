"""The review's modal forms: comment, override, export, withdraw.

A form collects values and hands them to its `save` (given by the screen, calling the
core); `save` raises ReviewError to keep the form open with the message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from ...safety import shown
from ...transcripts import TranscriptError
from ...transcripts.annotations import SCORE, ReviewError
from ...transcripts.export import FORMATS
from ..i18n import CHECKS, STRINGS, label, t
from .common import CSS


class FormScreen(ModalScreen[bool]):
    """A modal form whose `save` raises ReviewError to keep it open with the message."""

    DEFAULT_CSS = CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, title: str, save: Callable[[dict[str, Any]], None], *, lang: str = "en"
    ) -> None:
        super().__init__()
        self.title_text = title
        self.save = save
        self.lang = lang
        self.save_label = "rv_save"

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.title_text), classes="section")
            yield from self.fields()
            yield Static("", id="error")
            with Horizontal(id="buttons"):
                yield Button(t(self.lang, self.save_label), variant="primary", id="save")
                yield Button(t(self.lang, "rv_cancel"), id="cancel")

    def explain(self, exc: Exception) -> str:
        """The core's sentence in the form's language, when there is a translation."""
        code = getattr(exc, "code", "")
        if code and f"rv_err_{code}" in STRINGS:
            return t(self.lang, f"rv_err_{code}", **getattr(exc, "params", {}))
        return str(exc)

    def fields(self) -> ComposeResult:  # pragma: no cover - overridden
        yield from ()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for widget in self.query("Input, Select"):
            if widget.id:
                out[widget.id] = widget.value  # type: ignore[attr-defined]
        return out

    def submit(self) -> None:
        try:
            self.save(self.values())
        except (ReviewError, TranscriptError) as exc:
            self.query_one("#error", Static).update(Text(self.explain(exc)))
            return
        self.dismiss(True)

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        self.submit()

    @on(Input.Submitted)
    def _enter(self) -> None:
        self.submit()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)


class CommentForm(FormScreen):
    def __init__(
        self,
        title: str,
        reviewer: str,
        save: Callable[[dict[str, Any]], None],
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(title, save, lang=lang)
        self.reviewer = reviewer

    def on_mount(self) -> None:
        self.query_one("#text", Input).focus()

    def fields(self) -> ComposeResult:
        yield Input(placeholder=t(self.lang, "rv_comment_ph"), id="text")
        yield Input(value=self.reviewer, placeholder=t(self.lang, "rv_reviewer_ph"), id="reviewer")


class OverrideForm(FormScreen):
    def __init__(
        self,
        checks: list[str],
        reviewer: str,
        save: Callable[[dict[str, Any]], None],
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(t(lang, "rv_override_title"), save, lang=lang)
        self.checks = checks
        self.reviewer = reviewer

    def fields(self) -> ComposeResult:
        lang = self.lang
        prompts = [(t(lang, "rv_the_score"), SCORE)] + [
            (t(lang, "rv_check", check=label(CHECKS, shown(c, newlines=False), lang)), c)
            for c in self.checks
        ]
        # Text prompts: a Select parses a str prompt as markup ("[/]" in a check id
        # crashed the dropdown, "[@click=...]" became an action).
        options = [(Text(prompt), value) for prompt, value in prompts]
        yield Select(options, value=SCORE, allow_blank=False, id="target")
        yield Select(
            [
                (Text(t(lang, "rv_check_passed")), "passed"),
                (Text(t(lang, "rv_check_failed")), "failed"),
            ],
            value="passed",
            allow_blank=False,
            id="verdict",
        )
        yield Input(placeholder=t(lang, "rv_new_score"), type="integer", id="score")
        yield Input(placeholder=t(lang, "rv_reason"), id="reason")
        yield Input(value=self.reviewer, placeholder=t(lang, "rv_reviewer_ph"), id="reviewer")

    def on_mount(self) -> None:
        self._toggle()
        self.query_one("#target", Select).focus()

    @on(Select.Changed, "#target")
    def _toggle(self) -> None:
        is_score = self.query_one("#target", Select).value == SCORE
        self.query_one("#score", Input).display = is_score
        self.query_one("#verdict", Select).display = not is_score


class ExportForm(FormScreen):
    def __init__(
        self,
        folder: Path,
        stem: str,
        save: Callable[[dict[str, Any]], None],
        *,
        lang: str = "en",
        web: bool = False,
    ) -> None:
        super().__init__(t(lang, "rv_export_title"), save, lang=lang)
        self.folder = folder
        self.stem = stem
        #: In a browser: no path field, the browser downloads the file.
        self.web = web

    def on_mount(self) -> None:
        # Enter saves with the defaults.
        self.query_one("#save" if self.web else "#path").focus()

    def fields(self) -> ComposeResult:
        yield Select([(Text(f), f) for f in FORMATS], value="html", allow_blank=False, id="format")
        if self.web:
            yield Static(Text(t(self.lang, "rv_export_browser")), classes="default")
            return
        yield Input(placeholder=t(self.lang, "rv_export_file"), id="path")
        default = t(self.lang, "rv_export_default", path=f"{self.folder}/{self.stem}.<format>")
        yield Static(Text(default), classes="default")


class WithdrawForm(FormScreen):
    """Confirm withdrawing one of the reviewer's own annotations."""

    def __init__(
        self,
        options: list[tuple[str, str]],
        save: Callable[[dict[str, Any]], None],
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(t(lang, "rv_withdraw_title"), save, lang=lang)
        self.options = options
        self.save_label = "rv_withdraw_ok"

    def fields(self) -> ComposeResult:
        yield Label(t(self.lang, "rv_withdraw_pick"))
        # Text prompts: the descriptions quote comments, which must never be markup.
        options = [(Text(shown(prompt, newlines=False)), value) for prompt, value in self.options]
        yield Select(options, value=self.options[0][1], allow_blank=False, id="which")
        yield Static(Text(t(self.lang, "rv_withdraw_note"), style="italic"))

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()  # confirming takes a deliberate choice
