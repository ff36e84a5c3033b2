"""`trainer schema [-o FILE]`: the JSON Schema of the scenario format, from the models."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from .. import safety
from ..scenario.model import Scenario


def scenario_schema() -> dict[str, Any]:
    schema = Scenario.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Collection-call trainer scenario"
    return schema


def add_parser(sub: Any) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of the scenario format")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    text = json.dumps(scenario_schema(), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        safety.write_atomic(Path(args.output), text.encode("utf-8"))
    else:
        print(text, end="")
    return 0
