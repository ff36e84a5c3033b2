"""Every use of a private Textual (or textual-serve) API, in one place.

Written against Textual 8.2.8 and textual-serve 1.1.3. Each helper says why the
public API does not do, and what to look at when an upgrade breaks it;
tests/tui/test_compat.py checks that every name used here still exists, so an upgrade
that removes one fails there with a clear message instead of somewhere in a screen.

Textual is imported inside the helpers: the browser server (trainer.web.server) uses
one of them and never loads Textual itself.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual.app import App
    from textual.binding import BindingsMap
    from textual.dom import DOMNode
    from textual.notifications import Notification
    from textual.widgets._footer import FooterKey

#: Private names this module relies on: (module, object, attribute or None). The test
#: resolves each on the installed versions.
PRIVATE_NAMES: tuple[tuple[str, str, str | None], ...] = (
    ("textual.widgets._footer", "FooterKey", None),
    ("textual.dom", "DOMNode", "_merge_bindings"),
    ("textual.dom", "DOMNode", "_bindings"),  # an instance attribute, set in __init__
    ("textual.app", "App", "_print_error_renderables"),
    ("textual.app", "App", "_exit_renderables"),  # an instance attribute
    ("textual.app", "App", "_notifications"),  # an instance attribute
    ("textual.app", "App", "_return_code"),  # an instance attribute
    ("textual.screen", "Screen", "_compositor"),  # an instance attribute
    ("textual._wait", "SLEEP_GRANULARITY", None),
    ("textual._wait", "SLEEP_IDLE", None),
    ("textual_serve.server", "Server", "_process_messages"),
)


def footer_key_type() -> type[FooterKey]:
    """The footer's key widget (`textual.widgets._footer.FooterKey`): our footer drops keys
    that do not fit the width, and only the key widgets have a width to measure. Textual
    exports `Footer` but not the class of its children."""
    from textual.widgets import _footer

    return _footer.FooterKey


def merged_bindings(owner: type) -> BindingsMap:
    """A fresh copy of a class's BINDINGS merged along its MRO (`DOMNode._merge_bindings`).
    Textual reads binding descriptions from class data once; the interface language
    switches at run time, so the map is rebuilt from this."""
    merged: BindingsMap = owner._merge_bindings()  # type: ignore[attr-defined]
    return merged


def set_bindings(node: DOMNode, bindings: BindingsMap) -> None:
    """Install a rebuilt binding map on a screen or the app (`DOMNode._bindings`): there is
    no public setter; `refresh_bindings()` afterwards makes the footer show it."""
    node._bindings = bindings


def bindings_of(node: DOMNode) -> BindingsMap:
    """The binding map a node uses now (`DOMNode._bindings`), for tests of the footer keys."""
    return node._bindings


class QuietCrashes:
    """Mixin for an App (before `App` in the bases): what Textual prints on exit after an
    internal error (`App._exit_renderables`, printed by `App._print_error_renderables`)
    goes to `report_crash` instead, once. A learner never faces a traceback; a developer
    finds it in the log. There is no public hook for this."""

    def _print_error_renderables(self) -> None:
        pending: list[RenderableType] = self._exit_renderables  # type: ignore[attr-defined]
        renderables = list(pending)
        pending.clear()
        if renderables:
            self.report_crash(renderables)

    def report_crash(self, renderables: list[RenderableType]) -> None:
        raise NotImplementedError


def notifications(app: App[Any]) -> list[Notification]:
    """The toasts shown now (`App._notifications`), for tests: the public API only adds."""
    return list(app._notifications)


def mark_crashed(app: App[Any]) -> None:
    """Set the return code Textual sets when an exception stops the app (`App._return_code`);
    tests fake a crash with it."""
    app._return_code = 1


def screen_strips(app: App[Any]) -> list[str]:
    """The text of the screen's last frame, line by line (`Screen._compositor`): what a
    test sees without an SVG snapshot."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def quicker_pilot_idle() -> None:
    """Pilot waits for the app to go idle by sleeping in steps of 1/50 s until a step uses
    almost no CPU (`textual._wait`); every press and pause pays at least one step, about
    40 % of the Pilot tests' time. Steps of 1/200 s keep the same rule (tests only)."""
    from textual import _wait

    if _wait.SLEEP_GRANULARITY != 1 / 50:
        raise RuntimeError(
            "textual._wait.SLEEP_GRANULARITY is no longer 1/50: revisit quicker_pilot_idle "
            "in trainer/tui/compat.py"
        )
    _wait.SLEEP_GRANULARITY = 1 / 200
    _wait.SLEEP_IDLE = _wait.SLEEP_GRANULARITY / 20.0


def process_messages(server: Any, websocket: Any, service: Any) -> Awaitable[None]:
    """textual-serve's loop between a browser's websocket and its app process
    (`Server._process_messages`): our server replaces the websocket handler (to choose
    the command per route and count sessions) but keeps this loop as it is."""
    result: Awaitable[None] = server._process_messages(websocket, service)
    return result
