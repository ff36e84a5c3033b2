"""What a reviewer does to a call: comment, override, withdraw, export.

Each action opens a form whose `save` calls the headless core
(`trainer.transcripts.annotations`, `.export`, `trainer.safety.write_atomic`); the
rules (who may withdraw what, what an override needs) live there, not here.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ... import safety
from ...safety import shown
from ...transcripts.annotations import (
    SCORE,
    ReviewError,
    add_comment,
    add_override,
    check_ids,
    withdraw,
    withdrawable,
)
from ...transcripts.export import SUFFIX, encode, export, turn_number
from ...transcripts.schema import Transcript
from . import panels
from .forms import CommentForm, ExportForm, OverrideForm, WithdrawForm

if TYPE_CHECKING:
    from textual.app import App


def export_target(typed: str, exports: Path, stem: str, fmt: str) -> Path:
    """Where an export goes: the typed file, inside the typed folder, or by default
    `exports/<call>.<format>` beside the transcripts."""
    name = f"{stem}{SUFFIX[fmt]}"
    target = Path(typed.strip() or exports / name)
    return target / name if target.is_dir() else target


class Annotating:
    """The transcript screen's reviewer actions (a mixin: the screen holds the call)."""

    path: Path
    data: Transcript
    reviewer: str
    lang: str
    app: App[Any]

    if TYPE_CHECKING:  # what the screen provides (stubs here would shadow it at run time)

        def t(self, key: str, **values: object) -> str: ...
        def focused_turn(self) -> int | None: ...
        def reload(self) -> None: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...

    def action_comment_turn(self) -> None:
        turn = self.focused_turn()
        if turn is None:
            self.notify(self.t("rv_select_turn"), severity="warning")
            return
        self._comment(turn)

    def action_comment_general(self) -> None:
        self._comment(None)

    def _comment(self, turn: int | None) -> None:
        if turn is None:
            title = self.t("rv_general_comment")
        else:
            title = self.t("rv_comment_on", n=turn_number(turn))

        def save(values: dict[str, str]) -> None:
            add_comment(self.path, values["text"], reviewer=values["reviewer"], turn=turn)
            self._remember(values["reviewer"])

        form = CommentForm(title, self.reviewer, save, lang=self.lang)
        self.app.push_screen(form, self._after_form)

    def _remember(self, name: str) -> None:
        """The name a reviewer typed is the one the next form offers, on this call and the
        next (a reviewer audit: in the browser every form offered "reviewer", and three
        comments were signed so)."""
        name = name.strip()
        if name:
            self.reviewer = name
            for holder in (self.app, *self.app.screen_stack):
                if hasattr(holder, "reviewer"):
                    holder.reviewer = name

    def action_override(self) -> None:
        def save(values: dict[str, Any]) -> None:
            target = values["target"]
            if target == SCORE:
                raw = str(values.get("score", "")).strip()
                if not raw.isdigit():  # the field's text; the core checks the range
                    raise ReviewError(self.t("rv_score_number"))
                add_override(
                    self.path,
                    SCORE,
                    score=int(raw),
                    reason=values["reason"],
                    reviewer=values["reviewer"],
                )
            else:
                add_override(
                    self.path,
                    target,
                    passed=values["verdict"] == "passed",
                    reason=values["reason"],
                    reviewer=values["reviewer"],
                )
            self._remember(values["reviewer"])

        self.app.push_screen(
            OverrideForm(check_ids(self.data), self.reviewer, save, lang=self.lang),
            self._after_form,
        )

    def action_export(self) -> None:
        exports = self.path.parent / "exports"
        stem = self.path.stem
        web = self.app.is_web

        def save(values: dict[str, Any]) -> None:
            fmt = values["format"]
            payload = encode(export(self.data, fmt))
            if web:
                # In a browser (`trainer serve`) the file goes to the reviewer's computer;
                # no path on the server is ever typed in, so none outside it can be named.
                self.app.deliver_binary(io.BytesIO(payload), save_filename=f"{stem}{SUFFIX[fmt]}")
                self.notify(self.t("rv_downloaded"), markup=False)
                return
            target = export_target(values["path"], exports, stem, fmt)
            try:
                safety.write_atomic(target, payload, parents=True)
            except OSError as exc:
                raise ReviewError(f"cannot write {target}: {exc.strerror}") from None
            self.notify(self.t("rv_exported", path=shown(target)), markup=False)

        self.app.push_screen(ExportForm(exports, stem, save, lang=self.lang, web=web))

    def action_withdraw(self) -> None:
        """Withdraw one of my comments or overrides, after a confirmation."""
        mine = withdrawable(self.data, self.reviewer, turn=self.focused_turn())
        if not mine:
            self.notify(self.t("rv_withdraw_none"), severity="warning")
            return
        options = [(panels.describe(item, self.lang), item.id) for item in mine]

        def save(values: dict[str, Any]) -> None:
            withdraw(self.path, str(values["which"]), reviewer=self.reviewer)
            self.notify(self.t("rv_withdrawn_done"))

        self.app.push_screen(WithdrawForm(options, save, lang=self.lang), self._after_form)

    def _after_form(self, saved: bool | None) -> None:
        if saved:
            self.reload()
