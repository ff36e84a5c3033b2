"""Screens and widgets ask their app (and a widget its screen) to act by posting a message,
never by calling one of its methods: attributes down, messages up (issue 13, item 6).

An AST scan over trainer/tui: inside any class that is not an app, a call `self.app.NAME(`
(or on `self.trainer`, `screen.app`, or a name bound to one of those) must be Textual's own
public App API or a pure state query; a call `self.screen.NAME(` must be Textual's own
Screen API. A `getattr(self.app, "NAME")` of one of the apps' own methods counts as a call.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from textual.app import App
from textual.screen import Screen

from trainer.tui.app import TrainerApp
from trainer.tui.review.app import ReviewApp

TUI = Path(__file__).resolve().parents[2] / "trainer" / "tui"

#: What a screen may ask its app synchronously: questions about its state, no effects.
STATE_QUERIES = {"language_for"}


def _public(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


TEXTUAL_APP = _public(App)  # push_screen, pop_screen, exit, notify, call_from_thread, action_*…
TEXTUAL_SCREEN = _public(Screen)
#: The apps' own methods: what a getattr(self.app, "…") must not fetch to call.
OWN_METHODS = {
    name
    for app in (TrainerApp, ReviewApp)
    for name in dir(app)
    if callable(getattr(app, name, None)) and name not in TEXTUAL_APP
} - STATE_QUERIES


def _is_app(node: ast.expr, bound: set[str]) -> bool:
    """`self.app`, `self.trainer`, `<anything>.app`, or a name bound to one of them."""
    if isinstance(node, ast.Name):
        return node.id in bound
    return isinstance(node, ast.Attribute) and (
        node.attr == "app"
        or (node.attr == "trainer" and isinstance(node.value, ast.Name) and node.value.id == "self")
    )


def _is_screen(node: ast.expr, bound: set[str]) -> bool:
    if isinstance(node, ast.Name):
        return node.id in bound
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "screen"
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


def _bound_names(tree: ast.AST, test: object) -> set[str]:
    """Names assigned from an app (or screen) expression, e.g. `app = self.trainer`."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and test(node.value, set()):  # type: ignore[operator]
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def reaching_up(source: str, where: str = "<source>") -> list[str]:
    """Every call from a non-app class that reaches up into its app or screen."""
    found: list[tuple[int, str]] = []
    for cls in ast.walk(ast.parse(source)):
        if not isinstance(cls, ast.ClassDef) or cls.name.endswith("App"):
            continue  # an app may call its own methods and its screens' (that is down)
        apps = _bound_names(cls, _is_app)
        screens = _bound_names(cls, _is_screen)
        for node in ast.walk(cls):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute):
                name, target = func.attr, func.value
                if _is_app(target, apps) and name not in TEXTUAL_APP | STATE_QUERIES:
                    found.append((node.lineno, f"{cls.name} calls app.{name}()"))
                elif _is_screen(target, screens) and name not in TEXTUAL_SCREEN:
                    found.append((node.lineno, f"{cls.name} calls screen.{name}()"))
            elif (
                isinstance(func, ast.Name)
                and func.id == "getattr"
                and len(node.args) >= 2
                and _is_app(node.args[0], apps)
                and isinstance(node.args[1], ast.Constant)
                and node.args[1].value in OWN_METHODS
            ):
                found.append((node.lineno, f"{cls.name} fetches app.{node.args[1].value} to call"))
    return [f"{where}:{line}: {what}" for line, what in sorted(found)]


def test_no_screen_or_widget_calls_a_command_method_of_its_app_or_screen() -> None:
    found = [
        hit
        for path in sorted(TUI.rglob("*.py"))
        for hit in reaching_up(path.read_text(encoding="utf-8"), str(path.relative_to(TUI)))
    ]
    assert not found, "post a message instead (see trainer/tui/app.py's on_* handlers):\n" + (
        "\n".join(found)
    )


def test_the_scan_sees_textual_calls_and_state_reads_and_lets_them_be() -> None:
    """The scan is not blind: it finds today's allowed calls to the app and passes them."""
    source = (TUI / "call.py").read_text(encoding="utf-8")
    assert "self.app.push_screen(" in source
    assert reaching_up(source) == []


def test_the_scan_catches_each_way_of_calling_the_app_or_the_screen() -> None:
    source = textwrap.dedent(
        """
        class Library(Screen):
            def direct(self):
                self.app.open_review()

            def through_the_typed_property(self):
                self.trainer.toggle_mode()

            def through_a_name(self):
                app = self.trainer
                app.new_session(1, "call")

            def through_getattr(self):
                keys_in = getattr(self.app, "keys_in", None)

        class Table(DataTable):
            def action_scroll_bottom(self):
                screen = self.screen
                screen.load_more(upto=3)

        class SomeApp(App):
            def fine(self):
                self.open_review()  # an app calls its own methods
        """
    )
    found = reaching_up(source)
    assert [hit.split(": ", 1)[1] for hit in found] == [
        "Library calls app.open_review()",
        "Library calls app.toggle_mode()",
        "Library calls app.new_session()",
        "Library fetches app.keys_in to call",
        "Table calls screen.load_more()",
    ]
