"""The scoring's coaching texts per language: the `coaching` section of the message
catalogue (`trainer/data/messages/<lang>.yaml`), as data.

Every check has: advice (what the guide recommends), better (a line the learner could
have said), reasons (one line per verdict, shown beside the turn) and missing (the
evidence when there is nothing of the learner's to quote); `keywords` are the word lists
the checks look for in the learner's lines. Templates use `str.format` fields filled
from the call (see `view.CallView.values`).
"""

from __future__ import annotations

from typing import Any

from ...i18n import section


def texts(language: str) -> dict[str, Any]:
    """The coaching texts of `language`; what a language lacks comes from English."""
    out: dict[str, Any] = section(language, "coaching")
    return out


__all__ = ["texts"]
