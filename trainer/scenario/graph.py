"""The customer's state machine as a diagram: Mermaid (renders on GitHub, no Graphviz) or DOT.

transitions' own diagram extension labels conditions by callback name and cannot put an
outcome on an end state, so the text is written here from the scenario model instead;
edges carry the intent (or `pause`), a shortened condition and, collapsed, `anywhere`,
fallback and give-up edges.
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import model as m

#: Conditions longer than this are cut with an ellipsis; the YAML has the full text.
MAX_CONDITION = 28


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CONDITION else text[: MAX_CONDITION - 1] + "…"


def edge_labels(s: m.Scenario) -> dict[tuple[str, str], list[str]]:
    """(source, target) -> labels such as `fix_payment_date [learner.date]`, in YAML order."""
    labels: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, state in s.states.items():
        for trigger, alts in state.on.items():
            for t in alts:
                label = trigger + (f" [{_short(t.when)}]" if t.when else "")
                if label not in labels[(name, t.to)]:
                    labels[(name, t.to)].append(label)
        if state.fallback and state.fallback.to:
            labels[(name, state.fallback.to)].append("(not understood)")
    return labels


def _anywhere(s: m.Scenario) -> list[tuple[str, str]]:
    """(target, label) of the `anywhere:` transitions, drawn once rather than per state;
    the label names the states left out (`except:`) and a `priority: first`."""
    out = []
    for trigger, alts in s.anywhere.items():
        first = " (first)" if m.priority_of(alts) == "first" else ""
        for t in alts:
            label = trigger + (f" [{_short(t.when)}]" if t.when else "") + first
            if t.except_:
                label += f", not in {', '.join(t.except_)}"
            out.append((t.to, label))
    return out


def _mermaid_text(text: str) -> str:
    # Mermaid ends a label at ':', reads '<' as HTML and '#' as an entity; use look-alikes.
    for old, new in ((":", "∶"), ('"', "'"), ("#", "＃"), (";", ","), ("<", "＜"), (">", "＞")):
        text = text.replace(old, new)
    return text


def mermaid(s: m.Scenario) -> str:
    out = ["---", f"title: {_mermaid_text(s.title)}", "---", "stateDiagram-v2", "  direction LR"]
    for name, state in s.states.items():
        if state.end:
            out.append(f'  state "{name}<br/>⏹ {state.end}" as {name}')
            out.append(f"  class {name} ending")
        elif state.refuses or state.raises:
            flag = "refuses" if state.refuses else f"raises {state.raises}"
            out.append(f'  state "{name}<br/>({flag})" as {name}')
    out.append(f"  [*] --> {s.start_state}")
    for (src, dst), labels in edge_labels(s).items():
        out.append(f"  {src} --> {dst}: {_mermaid_text(' / '.join(labels))}")
    for dst, label in _anywhere(s):
        out.append(f"  note right of {dst}: from any state on {_mermaid_text(label)}")
    if s.give_up:
        out.append(
            f"  note left of {s.give_up}: after {s.patience} lines not understood, from any state"
        )
    for name, state in s.states.items():
        if state.end:
            out.append(f"  {name} --> [*]")
    out.append("  classDef ending font-weight:bold,stroke-width:3px")
    return "\n".join(out) + "\n"


def _dot_id(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) else f'"{name}"'


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def dot(s: m.Scenario) -> str:
    out = [
        f'digraph "{_dot_text(s.id)}" {{',
        "  rankdir=LR;",
        f'  label="{_dot_text(s.title)}"; labelloc=t;',
        "  node [shape=box, style=rounded];",
        "  __start [shape=point];",
        f"  __start -> {_dot_id(s.start_state)};",
    ]
    for name, state in s.states.items():
        if state.end:
            out.append(
                f'  {_dot_id(name)} [label="{name}\\n⏹ {state.end}", peripheries=2, style=bold];'
            )
        elif state.refuses or state.raises:
            flag = "refuses" if state.refuses else f"raises {state.raises}"
            out.append(f'  {_dot_id(name)} [label="{name}\\n({flag})"];')
    for (src, dst), labels in edge_labels(s).items():
        label = _dot_text("\n".join(labels)).replace("\n", "\\n")
        out.append(f'  {_dot_id(src)} -> {_dot_id(dst)} [label="{label}"];')
    if s.anywhere or s.give_up:
        out.append('  __any [shape=plaintext, label="any state"];')
        for dst, label in _anywhere(s):
            out.append(f'  __any -> {_dot_id(dst)} [label="{_dot_text(label)}", style=dashed];')
        if s.give_up:
            out.append(
                f"  __any -> {_dot_id(s.give_up)} "
                f'[label="{s.patience} lines not understood", style=dashed];'
            )
    out.append("}")
    return "\n".join(out) + "\n"


def render(s: m.Scenario, fmt: str = "mermaid") -> str:
    if fmt == "dot":
        return dot(s)
    if fmt == "mermaid":
        return mermaid(s)
    raise ValueError(f"unknown format {fmt!r}: expected mermaid or dot")
