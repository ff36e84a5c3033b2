"""What every screen shares: its language and footer keys that follow it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, NamedTuple, cast

from textual.binding import Binding, BindingsMap
from textual.screen import ModalScreen, Screen

from .i18n import t

if TYPE_CHECKING:
    from .app import TrainerApp


class Key(NamedTuple):
    """A footer key whose description is an i18n key, translated when shown."""

    key: str
    action: str
    text: str
    show: bool = True
    priority: bool = False
    key_display: str | None = None


def translated_bindings(owner: type, keys: list[Key], lang: str) -> BindingsMap:
    """The class's own BINDINGS plus `keys` described in `lang`.

    Textual reads binding descriptions from class data; switching the interface
    language at run time means rebuilding the map, which is what this does.
    """
    bindings = owner._merge_bindings()  # type: ignore[attr-defined]
    for k in keys:
        bindings.bind(
            k.key, k.action, t(lang, k.text), show=k.show, priority=k.priority,
            key_display=k.key_display,
        )  # fmt: skip
    return bindings


class TrainerScreen(Screen[None]):
    """A screen that speaks the learner's interface language."""

    KEYS: ClassVar[list[Key]] = []
    #: The scenario's language, which the interface follows unless switched.
    scenario_language: str | None = None

    @property
    def trainer(self) -> TrainerApp:
        return cast("TrainerApp", self.app)

    @property
    def lang(self) -> str:
        return self.trainer.language_for(self.scenario_language)

    def t(self, key: str, **values: object) -> str:
        return t(self.lang, key, **values)

    #: The language the screen's texts and keys were last set in.
    _shown_lang: str | None = None

    def on_mount(self) -> None:
        self.apply_language()

    def on_screen_resume(self) -> None:
        # The language may have been switched while another screen was on top; if not,
        # leave the footer alone (rebuilding its keys re-lays it out).
        if self.lang != self._shown_lang:
            self.apply_language()

    def apply_language(self) -> None:
        lang = self.lang
        if lang != self._shown_lang:
            self._bindings = translated_bindings(type(self), self.KEYS, lang)
            self.refresh_bindings()
        self._shown_lang = lang
        self.relabel()

    def relabel(self) -> None:
        """Re-set every visible text in the current language (subclasses)."""


class TrainerModal(ModalScreen[str | None]):
    """A dialog in the language of the screen below it."""

    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("escape", "dismiss_none", "Close", show=False)
    ]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def t(self, key: str, **values: object) -> str:
        return t(self.lang, key, **values)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
