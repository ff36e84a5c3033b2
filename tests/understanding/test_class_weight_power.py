"""The ablation's class-weight power: 1 is scikit-learn's "balanced" (the shipped model), other
powers scale each class's balanced weight, so a measured variant is the one the README names."""

import numpy as np
import pytest

from trainer.understanding.modeldata import Settings
from trainer.understanding.train import _class_weight, _none_weights


def test_power_one_is_the_shipped_balanced_weighting() -> None:
    y = np.array([True] + [False] * 9)
    assert _class_weight(y, Settings()) == "balanced"
    assert _class_weight(y, Settings(balanced=False)) is None


def test_other_powers_scale_the_balanced_weights() -> None:
    y = np.array([True] * 2 + [False] * 18)  # balanced: positives 5.0, negatives 20/36
    half = _class_weight(y, Settings(balance_power=0.5))
    assert half[True] == pytest.approx(5.0**0.5)
    assert half[False] == pytest.approx((20 / 36) ** 0.5)
    assert _class_weight(y, Settings(balance_power=0.0)) == {True: 1.0, False: 1.0}


def test_lines_without_a_move_weigh_none_weight_among_the_negatives() -> None:
    labels = [{"empathise"}, set(), {"fix_payment_date", "empathise"}, set()]
    assert _none_weights(labels, Settings()) is None  # the shipped fit: every line weighs 1
    assert list(_none_weights(labels, Settings(none_weight=2.0))) == [1.0, 2.0, 1.0, 2.0]
