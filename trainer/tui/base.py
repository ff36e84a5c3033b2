"""What every screen shares: its language and footer keys that follow it."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, NamedTuple, Protocol, cast

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingsMap
from textual.command import CommandPalette
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer

from ..safety import shown
from . import compat
from .i18n import LANGUAGES, has, language_name, t

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from rich.console import RenderableType

    from ..scenario import LoadedScenario
    from ..understanding.types import Recogniser


#: The footer's key widgets (a private Textual class, see compat).
FooterKey = compat.footer_key_type()


class Key(NamedTuple):
    """A footer key whose description is an i18n key, translated when shown."""

    key: str
    action: str
    text: str
    show: bool = True
    priority: bool = False
    key_display: str | None = None


#: In a browser (`trainer serve`) some keys belong to the browser (F-keys in some, Ctrl+Q,
#: Ctrl+W): each gets an Alt key too, shown beside it in the footer. Alt+D/E/F are left
#: alone (the browser's address bar and menus).
BROWSER_ALTERNATIVES = {
    "f2": "alt+h",
    "f3": "alt+s",
    "f4": "alt+x",
    "f5": "alt+r",
    "f6": "alt+l",
    "f7": "alt+b",
    "ctrl+q": "alt+q",
}


def translated_bindings(
    owner: type, keys: list[Key], lang: str, *, web: bool = False
) -> BindingsMap:
    """The class's own BINDINGS plus `keys` described in `lang` (with their browser
    alternatives when `web`).

    Textual reads binding descriptions from class data; switching the interface
    language at run time means rebuilding the map, which is what this does.
    """
    bindings = compat.merged_bindings(owner)
    for k in keys:
        # Replace, not add to, an inherited binding of the key (Textual's own Ctrl+Q is
        # hidden from the footer; ours is shown).
        bindings.key_to_bindings.pop(k.key, None)
        alt = BROWSER_ALTERNATIVES.get(k.key) if web else None
        display: str | None
        if alt:
            bindings.key_to_bindings.pop(alt, None)
            display = f"{k.key_display or _display(k.key)}/{_display(alt)}"
            keys_ = f"{k.key},{alt}"
        else:
            display, keys_ = k.key_display, k.key
        bindings.bind(
            keys_, k.action, t(lang, k.text), show=k.show, priority=k.priority,
            key_display=display,
        )  # fmt: skip
    return bindings


def _display(key: str) -> str:
    return key.replace("ctrl+", "^")  # as Textual's footer shows Ctrl


#: Actions a footer keeps whatever the width: leaving the app must always be discoverable.
ALWAYS_SHOWN = {"quit", "app.quit"}


class TrainerFooter(Footer):
    """A compact footer that fits its width: on a narrow terminal it leaves out keys.

    The screen's `FOOTER_DROP` names actions in the order they give way (default: the
    language key first, then from the right); Ctrl+Q and the command palette key (which
    lists every action, so nothing becomes unreachable) always stay.
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(compact=True, **kwargs)  # type: ignore[arg-type]
        self._fitted_width = 0
        self._last_bindings: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        width = self.size.width or self.app.size.width
        self._fitted_width = width

        def used(items: Sequence[object]) -> int:
            total = 0
            for item in items:
                if isinstance(item, FooterKey):
                    # Compact: "key description", one cell of margin (or the palette's bar).
                    total += len(item.key_display) + 1 + len(item.description) + 1
            return total

        order = list(getattr(self.screen, "FOOTER_DROP", ("switch_language",)))
        droppable = [
            k
            for k in keys
            if isinstance(k, FooterKey)
            and k.action not in ALWAYS_SHOWN
            and not k.has_class("-command-palette")
        ]
        droppable.sort(
            key=lambda k: (order.index(k.action) if k.action in order else len(order),
                           -keys.index(k))
        )  # fmt: skip
        while used(keys) > width and droppable:
            keys.remove(droppable.pop(0))
        yield from keys

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Recompose only when what the footer shows changed. Moving the focus from one
        line of a transcript to the next fires this on every key, and rebuilding the
        footer's widgets cost more than the move itself."""
        try:
            shown_now = tuple(
                (key, b.binding.action, b.binding.description, b.enabled, b.binding.show)
                for key, b in screen.active_bindings.items()
            )
        except Exception:  # private-ish API: if it changes, fall back to always
            log.warning("cannot read the screen's active bindings", exc_info=True)
            shown_now = None
        if shown_now is not None and shown_now == self._last_bindings:
            return
        if screen.app.app_focus:  # without focus Textual skips the rebuild: retry later
            self._last_bindings = shown_now
        super().bindings_changed(screen)

    def on_resize(self) -> None:
        if self.size.width != self._fitted_width and self._bindings_ready:
            self.call_after_refresh(self.recompose)


class PracticeHost(Protocol):
    """What the practice screens read of the app hosting them: its state, never its methods.

    Screens ask the app to DO something by posting a message (attributes down, messages
    up), so any app that has these attributes and handles the messages can host them; the
    one method here is a pure query (which language a screen is shown in).
    """

    exam: bool
    learner: str | None
    remember: bool
    scenarios_path: Path
    transcripts_path: Path
    make_recogniser: Callable[[LoadedScenario], Recogniser] | None

    def language_for(self, scenario_language: str | None) -> str: ...


class LanguageShown(Message):
    """A screen now shows `lang`: the app describes its own keys (quit, F6, palette) in
    it too. Posted by every screen that follows the language; handled by LanguageApp."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang


class TrainerScreen(Screen[None]):
    """A screen that speaks the learner's interface language."""

    KEYS: ClassVar[list[Key]] = []
    #: Footer keys that give way first on a narrow terminal (see TrainerFooter).
    FOOTER_DROP: ClassVar[tuple[str, ...]] = ("app.switch_language", "switch_language")
    #: The scenario's language, which the interface follows unless switched.
    scenario_language: str | None = None

    @property
    def trainer(self) -> PracticeHost:
        """The hosting app's state (reads only; commands go up as messages)."""
        return cast("PracticeHost", self.app)

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
        else:
            # Another screen may have left the app's keys in its own language.
            self.post_message(LanguageShown(self.lang))

    def apply_language(self) -> None:
        lang = self.lang
        if lang != self._shown_lang:
            compat.set_bindings(
                self, translated_bindings(type(self), self.KEYS, lang, web=self.app.is_web)
            )
            self.post_message(LanguageShown(lang))
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


class LanguageApp(compat.QuietCrashes, App[int]):
    """What the practice app and the review app share: text that follows a language.

    F6 toggles between Deutsch and English: from the language on screen to the other one
    (until the first press the interface follows the scenario). Each screen reports its
    own `lang` (a call in its scenario's language), and the app's own keys are described in it.
    """

    KEYS: ClassVar[list[Key]] = [
        Key("ctrl+q", "quit", "quit", priority=True),
        Key("f6", "switch_language", "language"),
        # Rebuilding the app's bindings (for the language) drops Textual's own palette key.
        Key("ctrl+p", "command_palette", "palette", show=False, priority=True),
    ]

    #: None = follow the scenario's language.
    ui_language: str | None = None
    home_language: str = "en"
    _keys_lang: str | None = None

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every toast through the one sanitiser and never as markup: messages quote file
        names, errors and transcript text (screens' notify ends up here too)."""
        super().notify(
            shown(message), title=shown(title), severity=severity, timeout=timeout, markup=False
        )

    def report_crash(self, renderables: list[RenderableType]) -> None:
        """An internal error: the details go to a log file, one plain line to the terminal.

        Called instead of Textual's printing of the traceback (compat.QuietCrashes):
        a learner should never face a traceback; a developer finds it in the log.
        """
        import io

        from rich.console import Console

        from .config import config_path

        text = io.StringIO()
        console = Console(file=text, width=100, no_color=True)
        for renderable in renderables:
            console.print(renderable)
        log.error("an internal error stopped the app:\n%s", text.getvalue())
        crash_log = config_path().parent / "crash.log"
        try:
            crash_log.parent.mkdir(parents=True, exist_ok=True)
            with open(crash_log, "a", encoding="utf-8") as fh:
                fh.write(text.getvalue())
            where = f"; details in {crash_log}"
        except OSError:
            where = ""
        print(
            f"trainer: an internal error stopped the app{where}.{self.crash_note()}",
            file=sys.stderr,
        )

    #: Textual's own palette commands, by their English help text -> catalogue key prefix.
    SYSTEM_COMMANDS: ClassVar[dict[str, str]] = {
        "Change the current theme": "cmd_theme",
        "Quit the application as soon as possible": "cmd_quit",
        "Hide the keys and widget help panel": "cmd_keys_hide",
        "Show help for the focused widget and a summary of available keys": "cmd_keys",
        "Minimize the widget and restore to normal size": "cmd_minimize",
        "Maximize the focused widget": "cmd_maximize",
        "Save an SVG 'screenshot' of the current screen": "cmd_screenshot",
    }

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands in the screen's language (a German palette is all German);
        one Textual adds in a later version stays as it is until the catalogue has it."""
        lang = getattr(screen, "lang", None) or self.lang
        for command in super().get_system_commands(screen):
            key = self.SYSTEM_COMMANDS.get(command.help)
            if key and has(lang, key):
                command = command._replace(title=t(lang, key), help=t(lang, f"{key}_help"))
            yield command

    def action_command_palette(self) -> None:
        """Textual's palette, with its search prompt in the screen's language."""
        # cast: Textual types is_open for App[object]; this app returns an exit code.
        if self.use_command_palette and not CommandPalette.is_open(cast("App[object]", self)):
            placeholder = t(self.lang, "palette_search")
            self.push_screen(CommandPalette(id="--command-palette", placeholder=placeholder))

    def crash_note(self) -> str:
        """What the crash line adds about saved work ("" when nothing was being saved)."""
        return ""

    def language_for(self, scenario_language: str | None) -> str:
        return self.ui_language or scenario_language or self.home_language

    @property
    def lang(self) -> str:
        screen = self.screen if self.screen_stack else None
        return getattr(screen, "lang", None) or self.language_for(None)

    def keys_in(self, lang: str) -> bool:
        """Describe the app's own keys (quit, language, palette) in `lang`; True if changed."""
        if lang == self._keys_lang:
            return False
        compat.set_bindings(self, translated_bindings(type(self), self.KEYS, lang, web=self.is_web))
        self._keys_lang = lang
        return True

    def on_language_shown(self, message: LanguageShown) -> None:
        # Handled a moment after the screen set its own keys: refresh the footer once more
        # only when the app's keys really changed language.
        if self.keys_in(message.lang):
            self.refresh_bindings()

    def remember_language(self) -> None:
        """Keep the choice for the next start (the practice app saves it; review does not)."""

    def action_switch_language(self) -> None:
        # A toggle from what the learner sees: a third "as the scenario" state looked like
        # one of the two languages and made F6 seem to do nothing every third press.
        # With only de and en it toggles; an added catalogue joins the round.
        here = LANGUAGES.index(self.lang) if self.lang in LANGUAGES else -1
        self.ui_language = LANGUAGES[(here + 1) % len(LANGUAGES)]
        self.remember_language()
        self.keys_in(self.lang)
        apply = getattr(self.screen, "apply_language", None)
        if apply is not None:
            apply()
        lang = self.lang
        name = language_name(self.ui_language, lang)
        self.notify(t(lang, "language_now", name=name), timeout=3)
