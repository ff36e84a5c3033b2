"""Order the collected tests so that pytest-xdist's worksteal scheduler has no long tail.

worksteal hands each worker one contiguous block of the collection (block i holds
len(rest) // (workers - i) tests) and, when a worker runs dry, steals the END of the
longest queue. So the best order is: blocks of equal expected time, each with its slowest
tests first, leaving short tests at the ends to be stolen. Expected times are the durations
of the last run, kept in pytest's cache (.pytest_cache); a test not seen before counts as
a typical one. Only the order changes: every test still runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

#: pytest cache key of the {node id: seconds} map.
CACHE_KEY = "trainer/durations"


def block_sizes(count: int, workers: int) -> list[int]:
    """The block sizes worksteal's first distribution gives `workers` idle workers."""
    sizes = []
    rest = count
    for i in range(workers):
        size = rest // (workers - i)
        sizes.append(size)
        rest -= size
    return sizes


def balanced_order(ids: Sequence[str], durations: Mapping[str, float], workers: int) -> list[str]:
    """`ids` reordered: `workers` blocks of worksteal's sizes with about equal total time
    (longest tests first, each to the block with the least time that still has room),
    each block slowest first. Ties keep the collection order."""
    if workers < 2 or not durations:
        return list(ids)
    known = sorted(durations.values())
    typical = known[len(known) // 2]
    cost = {test: durations.get(test, typical) for test in ids}
    sizes = block_sizes(len(ids), workers)
    blocks: list[list[str]] = [[] for _ in sizes]
    totals = [0.0] * workers
    for test in sorted(ids, key=lambda t: -cost[t]):  # sorted() is stable
        open_blocks = [i for i in range(workers) if len(blocks[i]) < sizes[i]]
        target = min(open_blocks, key=lambda i: totals[i])
        blocks[target].append(test)
        totals[target] += cost[test]
    return [test for block in blocks for test in block]
