"""The private Textual APIs in trainer/tui/compat.py still exist on the installed versions.

An upgrade that removes or renames one fails here, naming the helper to revisit,
instead of as a broken footer, a swallowed crash or slow tests somewhere else.
"""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
from pathlib import Path

import pytest

from tests.helpers import ROOT
from trainer.tui import compat

#: Attributes that Textual sets in __init__ rather than on the class: checked on an instance.
_INSTANCE_ONLY = {"_bindings", "_exit_renderables", "_notifications", "_return_code", "_compositor"}


def _instance(cls: type) -> object:
    from textual.app import App
    from textual.screen import Screen

    if issubclass(cls, App):
        return App()
    if issubclass(cls, Screen):
        return Screen()
    return cls()


@pytest.mark.parametrize(
    ("module", "owner", "attribute"),
    compat.PRIVATE_NAMES,
    ids=[".".join(filter(None, n)) for n in compat.PRIVATE_NAMES],
)
def test_every_private_name_compat_uses_still_exists(module, owner, attribute) -> None:
    versions = ", ".join(
        f"{dist} {importlib.metadata.version(dist)}" for dist in ("textual", "textual-serve")
    )
    where = f"{module}.{owner}" + (f".{attribute}" if attribute else "")
    advice = (
        f"{where} is gone in {versions}: trainer/tui/compat.py relies on it "
        "(written against Textual 8.2.8, textual-serve 1.1.3); adapt the helper there"
    )
    try:
        found = getattr(importlib.import_module(module), owner)
    except (ImportError, AttributeError):
        pytest.fail(advice)
    if attribute is None:
        return
    holder = _instance(found) if attribute in _INSTANCE_ONLY else found
    assert hasattr(holder, attribute), advice


def test_the_footer_key_type_is_what_the_footer_yields() -> None:
    from textual.widgets import Footer

    # The footer's children are measured as this type; if Footer builds other widgets,
    # our footer would stop dropping keys that do not fit.
    assert "FooterKey" in Path(importlib.import_module(Footer.__module__).__file__).read_text()
    assert compat.footer_key_type().__name__ == "FooterKey"


def test_the_crash_hook_is_the_one_textual_calls() -> None:
    from textual.app import App

    source = Path(importlib.import_module(App.__module__).__file__).read_text()
    assert "self._print_error_renderables()" in source, (
        "Textual no longer calls App._print_error_renderables: compat.QuietCrashes "
        "would stop keeping tracebacks off the learner's terminal"
    )


async def test_a_crash_goes_to_report_crash_not_the_terminal(capsys) -> None:
    from textual.app import App

    reported: list[list[object]] = []

    class Quiet(compat.QuietCrashes, App[None]):
        def report_crash(self, renderables) -> None:
            reported.append(renderables)

        def on_mount(self) -> None:
            raise RuntimeError("boom")

    app = Quiet()
    with pytest.raises(RuntimeError, match="boom"):  # run_test re-raises what stopped the app
        async with app.run_test():
            pass
    assert app.return_code == 1 and reported and reported[0]
    assert "boom" not in capsys.readouterr().err


def _private_imports(path: Path) -> list[str]:
    """Imports of Textual's private modules or names (`textual._wait`, `widgets._footer`)."""
    hits = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and "._" in f".{node.module}"
            and node.module.split(".")[0] in ("textual", "textual_serve")
        ):
            hits.append(f"{path.relative_to(ROOT)}:{node.lineno}: import {node.module}")
        if isinstance(node, ast.ImportFrom) and node.module in ("textual", "textual.widgets"):
            hits += [
                f"{path.relative_to(ROOT)}:{node.lineno}: import {node.module}.{a.name}"
                for a in node.names
                if a.name.startswith("_")
            ]
    return hits


def test_no_private_textual_import_outside_compat() -> None:
    files = [
        *(ROOT / "trainer").rglob("*.py"),
        *(ROOT / "tests").rglob("*.py"),
    ]
    skip = {ROOT / "trainer" / "tui" / "compat.py", Path(__file__)}
    assert [hit for f in sorted(files) if f not in skip for hit in _private_imports(f)] == []


def _textual_private_names() -> set[str]:
    """Underscore names of Textual's App, Screen and widgets (class and instance level)."""
    from textual import widgets
    from textual.app import App
    from textual.screen import Screen

    classes = [App, Screen] + [
        getattr(widgets, n) for n in dir(widgets) if isinstance(getattr(widgets, n), type)
    ]
    names = {n for c in classes for k in c.__mro__ for n in vars(k)}
    names |= set(vars(App())) | set(vars(Screen()))
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def test_no_private_textual_attribute_outside_compat() -> None:
    """`x._name` where Textual's classes have `_name` and the project defines no such method.

    trainer/tui/review.py is left out while another change splits it (its one use,
    `self._bindings = ...` in apply_language, is to move into compat with that split).
    """
    files = [
        f
        for f in [*(ROOT / "trainer").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]
        if f.name != "compat.py" and f != Path(__file__) and f.name != "review.py"
    ]
    ours: set[str] = set()
    attributes: list[tuple[Path, ast.Attribute]] = []
    for f in sorted(files):  # one walk per file collects both (the walks are most of the time)
        for n in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef):
                ours.add(n.name)
            elif isinstance(n, ast.Attribute):
                attributes.append((f, n))
    private = _textual_private_names() - ours
    hits = [
        f"{f.relative_to(ROOT)}:{n.lineno}: .{n.attr}" for f, n in attributes if n.attr in private
    ]
    assert hits == [], "use trainer/tui/compat.py for Textual's private names"
