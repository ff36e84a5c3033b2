"""Table columns that fit the terminal: what matters keeps its width, text gives way with …"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rich.cells import cell_len
from rich.text import Text

#: DataTable's default cell padding: one cell either side of every column.
PADDING = 2
#: A shortened column keeps at least this many cells (a few letters and the ellipsis).
MINIMUM = 6


def natural_widths(labels: Sequence[str], rows: Sequence[Sequence[str | Text]]) -> list[int]:
    """The width each column needs to show its label and every cell whole."""
    widths = [cell_len(label) for label in labels]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], cell_len(cell.plain if isinstance(cell, Text) else cell))
    return widths


def fit_widths(available: int, natural: Sequence[int], flexible: Collection[int]) -> list[int]:
    """Widths that fit `available` cells (padding included).

    Fixed columns (score, tries, tier, …) keep their natural width; the flexible ones
    (titles, labels) give way one cell at a time, always the widest first, so a long
    title is shortened before a short label is.
    """
    widths = list(natural)
    budget = available - PADDING * len(widths)
    while sum(widths) > budget:
        candidates = [i for i in flexible if widths[i] > MINIMUM]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths


def clipped(cell: str | Text, width: int) -> Text:
    """The cell on one line, shortened to `width` with an ellipsis when it is longer."""
    text = cell.copy() if isinstance(cell, Text) else Text(cell)
    text.no_wrap = True
    text.overflow = "ellipsis"
    if text.cell_len > width:
        text.truncate(width, overflow="ellipsis")
    return text
