"""The shipped data files (message catalogues, lexicons, the intent library, scenarios) have no
key twice: YAML keeps the last one silently, so a second `tier_caps:` once hid the first
(eighth session)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# Scenario templates are YAML only once `trainer new` fills their {{placeholders}}.
FILES = sorted(
    p
    for p in [*(ROOT / "trainer" / "data").rglob("*.yaml"), *(ROOT / "scenarios").rglob("*.yaml")]
    if "templates" not in p.parts
)


class _Strict(yaml.SafeLoader):
    """A safe loader that refuses a mapping with the same key twice."""


def _mapping(loader: _Strict, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, (str, int, float, bool)):
            continue  # a merge key or a complex key: not the slip this guards against
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_no_key_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_Strict)


def test_the_check_catches_a_key_twice() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="duplicate key 'tier_caps'"):
        yaml.load("a: 1\ntier_caps: {}\ntier_caps: {x: 1}\n", Loader=_Strict)
