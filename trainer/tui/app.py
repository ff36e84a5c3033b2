"""The practice app: library -> briefing -> call -> debrief, over trainer.session.Session.

`run_app(args, scenario)` is what `trainer` and `trainer play SCENARIO` call. The core
is imported lazily, screen by screen, so the library is on screen quickly.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand
from textual.screen import Screen

from .. import startup
from ..paths import scenarios_dir, transcripts_dir
from .base import LanguageApp
from .config import load_config, save_config
from .i18n import LANGUAGES, system_language, t

if TYPE_CHECKING:
    from ..scenario import LoadedScenario
    from ..session import Session
    from ..understanding.types import Recogniser
    from .base import PracticeHost
    from .briefing import BriefingScreen
    from .call import CallScreen
    from .debrief import DebriefScreen
    from .library import LibraryScreen

#: Seconds the customer 'speaks' before a short reply appears; longer replies take longer.
DEFAULT_TYPING_DELAY = 0.6


class TrainerApp(LanguageApp):
    """Holds what outlives a screen: paths, learner, mode, language, the running session."""

    # Absolute, so subclasses defined elsewhere (tests, the benchmark) find it too.
    CSS_PATH = Path(__file__).with_name("trainer.tcss")
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        *,
        scenarios: Path | None = None,
        transcripts: Path | None = None,
        learner: str | None = None,
        seed: int | None = None,
        exam: bool = False,
        scenario: str | None = None,
        typing_delay: float | None = None,
        today: dt.date | None = None,
        persona: str | None = None,
        remember: bool = True,
        recogniser: Callable[[LoadedScenario], Recogniser] | None = None,
    ) -> None:
        super().__init__()
        self.scenarios_path = scenarios_dir(scenarios)
        self.transcripts_path = transcripts_dir(transcripts)
        #: False for a browser session (`trainer serve`): the config file is the server's,
        #: shared by every learner, so one learner's name or language never reaches the next.
        self.remember = remember
        self.config = load_config() if remember else {}
        self.learner: str | None = learner or self.config.get("learner") or None
        self.seed = seed
        #: The call date every call of this run is pinned to (None: the real date).
        self.today = today
        #: `play --persona`: force the customer's reaction (trainers trying a scenario out).
        self.persona = persona
        #: Builds each call's recogniser (tests: a fake, where recognition is not what
        #: they test); None = the trained one of the scenario's language.
        self.make_recogniser = recogniser
        self.exam = exam
        self.start_ref = scenario
        if typing_delay is None:
            env = os.environ.get("TRAINER_TYPING_DELAY")
            try:
                typing_delay = float(env) if env else DEFAULT_TYPING_DELAY
            except ValueError:
                typing_delay = DEFAULT_TYPING_DELAY
        self.typing_delay = max(0.0, typing_delay)
        saved = self.config.get("ui_language")
        #: None = follow the scenario's language.
        self.ui_language: str | None = saved if saved in LANGUAGES else None
        self.home_language = self.config.get("home_language") or system_language()
        self.active_session: Session | None = None
        theme = self.config.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme

    # --- language (shared with the review app: base.LanguageApp) ------------------------
    def save_config(self, values: dict[str, Any]) -> None:
        if self.remember:
            save_config(values)

    def remember_language(self) -> None:
        self.save_config({"ui_language": self.ui_language})

    def watch_theme(self, theme: str) -> None:
        # Remember a theme picked in the command palette (light terminals want a light one).
        if self.is_running and theme != self.config.get("theme"):
            self.config["theme"] = theme
            self.save_config({"theme": theme})

    # --- lifecycle ------------------------------------------------------------------------
    def on_mount(self) -> None:
        from .library import LibraryScreen, NameScreen

        self.title = t(self.lang, "app_title")
        self.keys_in(self.lang)
        self.push_screen(LibraryScreen())
        if self.start_ref:
            self._open_start_scenario(self.start_ref)
        if not self.learner:
            self.push_screen(NameScreen(self.lang), self._named)

    def _named(self, name: str | None) -> None:
        from .library import NameScreen

        if name:
            self.learner = name
            self.save_config({"learner": name})
        elif not self.remember:
            # A browser session has no login name of its own (the server's is not the
            # learner's): ask until there is one; Ctrl+Q still leaves.
            self.push_screen(NameScreen(self.lang), self._named)
            return
        else:
            from ..session import default_learner

            self.learner = default_learner()
        library = self._library()
        if library is not None:
            library.relabel()
            library.reload_records()

    def _library(self) -> Any:
        from .library import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                return screen
        return None

    def _open_start_scenario(self, ref: str) -> None:
        from ..scenario import ScenarioError, find_scenario, load_scenario

        try:
            loaded = load_scenario(find_scenario(ref, self.scenarios_path))
        except ScenarioError as exc:
            self.notify(str(exc), title=t(self.lang, "scenario_unknown", ref=ref),
                        severity="error", timeout=15, markup=False)  # fmt: skip
            return
        self.open_briefing(loaded)

    def library_shown(self) -> None:
        """Hook: the library screen has been painted (the startup benchmark overrides it)."""

    def library_ready(self) -> None:
        """Hook: the library shows its scenarios (the startup benchmark overrides it)."""

    async def action_quit(self) -> None:
        self.close_session()
        self.exit(0)

    def close_session(self) -> None:
        """Leave an unfinished call's journal for recovery; it already holds every turn."""
        session, self.active_session = self.active_session, None
        if session is not None and session.result is None:
            session.close()

    # --- what the screens ask for (messages up; see base.PracticeHost for what they read) ---
    def on_library_screen_painted(self, _: LibraryScreen.Painted) -> None:
        self.library_shown()

    def on_library_screen_ready(self, _: LibraryScreen.Ready) -> None:
        self.library_ready()

    def on_library_screen_open_scenario(self, message: LibraryScreen.OpenScenario) -> None:
        self.open_briefing(message.loaded)

    def on_library_screen_open_review(self, _: LibraryScreen.OpenReview) -> None:
        self.open_review()

    def on_library_screen_toggle_mode(self, _: LibraryScreen.ToggleMode) -> None:
        self.toggle_mode()

    def on_briefing_screen_call_ready(self, message: BriefingScreen.CallReady) -> None:
        from .call import CallScreen

        self.active_session = message.session
        self.switch_screen(
            CallScreen(
                message.session,
                typing_delay=self.typing_delay,
                typed_ahead=message.typed_ahead,
            )
        )

    def on_call_screen_debrief_requested(self, message: CallScreen.DebriefRequested) -> None:
        from .debrief import DebriefScreen

        self.switch_screen(DebriefScreen(message.session))

    def on_debrief_screen_shown(self, message: DebriefScreen.Shown) -> None:
        if self.active_session is message.session:
            self.active_session = None

    def on_debrief_screen_retry(self, message: DebriefScreen.Retry) -> None:
        from ..scenario import ScenarioError, load_scenario
        from .briefing import BriefingScreen

        loaded = message.loaded
        # Pick up an edit the trainer made in the meantime; else replay what we have.
        with contextlib.suppress(ScenarioError, OSError):
            loaded = load_scenario(loaded.path)
        self.switch_screen(BriefingScreen(self.dated(loaded), self.new_session))

    # --- moving between screens -----------------------------------------------------------
    def dated(self, loaded: LoadedScenario) -> LoadedScenario:
        """The scenario on the app's call day: a loaded scenario is dated for the real
        today, but with --today (or a pinned day in tests) the briefing must give the same
        invoice dates as the call that follows."""
        if self.today is None or loaded.scenario.call_date == self.today:
            return loaded
        return dataclasses.replace(loaded, scenario=loaded.scenario.on(self.today))

    def open_briefing(self, loaded: LoadedScenario) -> None:
        from .briefing import BriefingScreen

        self.push_screen(BriefingScreen(self.dated(loaded), self.new_session))

    def new_session(self, loaded: LoadedScenario, channel: str) -> Session:
        """A Session for the call (runs in a worker: the recogniser may still be training)."""
        from ..session import Session

        session = Session(
            loaded,
            learner=self.learner or "learner",
            seed=self.seed,
            transcripts=self.transcripts_path,
            mode="exam" if self.exam else "practice",
            today=self.today,
            persona=self.persona,
            channel=channel,
            recogniser=self.make_recogniser(loaded) if self.make_recogniser else None,
        )
        return session

    def toggle_mode(self) -> None:
        self.exam = not self.exam
        lang = self.lang
        mode = t(lang, "exam" if self.exam else "practice")
        when = t(lang, "feedback_end" if self.exam else "feedback_during")
        self.notify(t(lang, "mode_now", mode=mode, when=when), timeout=4)
        apply = getattr(self.screen, "apply_language", None)
        if apply is not None:
            apply()

    def open_review(self) -> None:
        """The reviewer's browser on this app's transcripts."""
        if not self.remember:
            # A browser session shares the transcripts folder with every learner: the
            # review (all learners' calls, comments, overrides) is the trainer's, at /review.
            self.notify(t(self.lang, "review_not_in_browser"), severity="warning")
            return
        from .review import ReviewScreen

        self.push_screen(ReviewScreen(self.transcripts_path, reviewer=self.learner))

    # --- the command palette ---------------------------------------------------------------
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        lang = getattr(screen, "lang", self.lang)
        from .briefing import BriefingScreen
        from .call import CallScreen
        from .debrief import DebriefScreen
        from .library import LibraryScreen

        if isinstance(screen, LibraryScreen):
            yield SystemCommand(t(lang, "start"), t(lang, "open_scenario_help"), screen.action_open)
            yield SystemCommand(t(lang, "search"), t(lang, "search_placeholder"),
                                screen.action_search)  # fmt: skip
            yield SystemCommand(t(lang, "change_name"), t(lang, "change_name_help"),
                                self._ask_name)  # fmt: skip
        if isinstance(screen, BriefingScreen):
            yield SystemCommand(t(lang, "channel_call"), t(lang, "channel_question"),
                                lambda: screen.action_channel("call"))  # fmt: skip
            yield SystemCommand(t(lang, "channel_written"), t(lang, "channel_question"),
                                lambda: screen.action_channel("written"))  # fmt: skip
            yield SystemCommand(t(lang, "start_call"), t(lang, "start_call"), screen.action_start)
        if isinstance(screen, CallScreen):
            yield SystemCommand(t(lang, "pause"), t(lang, "pause_turn"), screen.action_pause)
            if not screen.exam:
                yield SystemCommand(t(lang, "hint"), t(lang, "hint"), screen.action_hint)
            yield SystemCommand(t(lang, "end_call"), t(lang, "end_call_help"),
                                screen.action_end_call)  # fmt: skip
        if isinstance(screen, DebriefScreen):
            yield SystemCommand(t(lang, "check_letter"), t(lang, "letter_help"),
                                screen.action_check_letter)  # fmt: skip
            yield SystemCommand(t(lang, "retry"), t(lang, "retry_help"), screen.action_retry)
        if not isinstance(screen, CallScreen):
            yield SystemCommand(t(lang, "review"), t(lang, "review_help"), self.open_review)
            yield SystemCommand(t(lang, "toggle_mode"), t(lang, "toggle_mode_help"),
                                self.toggle_mode)  # fmt: skip
        yield SystemCommand(t(lang, "switch_language"), t(lang, "switch_language_help"),
                            self.action_switch_language)  # fmt: skip

    def crash_note(self) -> str:
        session = self.active_session
        if session is not None and session.writer is not None:
            return f" Everything said in the call is saved in {session.writer.journal_path}."
        return ""

    def _ask_name(self) -> None:
        from .library import NameScreen

        self.push_screen(NameScreen(self.lang), self._named)


if TYPE_CHECKING:
    # mypy proves the practice app offers every state its screens read.
    def _hosts_the_screens(app: TrainerApp) -> PracticeHost:
        return app


def run_app(args: argparse.Namespace, scenario: str | None) -> int:
    """Run the TUI; a problem becomes one clear line on stderr, never a traceback."""
    today = getattr(args, "today", None)
    app = TrainerApp(
        today=dt.date.fromisoformat(today) if isinstance(today, str) else None,
        persona=getattr(args, "persona", None),
        scenarios=getattr(args, "scenarios", None),
        transcripts=getattr(args, "transcripts", None),
        learner=getattr(args, "learner", None),
        seed=getattr(args, "seed", None),
        exam=bool(getattr(args, "exam", False)),
        scenario=scenario,
    )
    startup.done()  # the app runs for an hour: collect as usual (see trainer/startup.py)
    try:
        code = app.run()
    except KeyboardInterrupt:
        code = 130
    finally:
        # Whatever ended the app, an unfinished call keeps its journal for recovery.
        app.close_session()
    if app.return_code not in (0, None) and code is None:
        return 1
    return int(code or 0)
