"""The xdist order (tests/balance.py): every test once, worksteal's block sizes, blocks
of about equal time with the slowest test of each first."""

from tests.balance import balanced_order, block_sizes


def test_block_sizes_are_worksteals_first_split() -> None:
    assert block_sizes(10, 3) == [3, 3, 4]
    assert sum(block_sizes(638, 3)) == 638


def test_slow_tests_are_spread_over_the_blocks_and_lead_them() -> None:
    ids = [f"t{i}" for i in range(9)]
    durations = {"t0": 1.0, "t1": 1.0, "t2": 1.0, "t3": 1.0, "t4": 1.0, "t5": 1.0}
    durations |= {"t6": 8.0, "t7": 7.0, "t8": 6.0}
    order = balanced_order(ids, durations, workers=3)
    assert sorted(order) == ids
    blocks = [order[0:3], order[3:6], order[6:9]]
    assert [block[0] for block in blocks] == ["t6", "t7", "t8"], blocks
    assert [sum(durations[t] for t in block) for block in blocks] == [10.0, 9.0, 8.0]


def test_without_durations_or_workers_the_order_is_kept() -> None:
    ids = ["b", "a", "c"]
    assert balanced_order(ids, {}, workers=3) == ids
    assert balanced_order(ids, {"a": 5.0}, workers=1) == ids


def test_an_unknown_test_counts_as_a_typical_one() -> None:
    order = balanced_order(["new", "fast", "slow", "mid"], {"fast": 1, "mid": 2, "slow": 9}, 2)
    assert order == ["slow", "fast", "new", "mid"]
