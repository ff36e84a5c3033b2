"""`trainer validate [PATH...] [--fail-on-warnings] [--format text|json]`."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

from ..authoring.scorable import scoring_findings
from ..scenario import Finding, ScenarioError, check_scenario, load_scenario, scenario_files
from ..scenario.yamlsource import load_yaml
from .common import Fail, fail, scenario_paths

log = logging.getLogger(__name__)


def add_parser(sub: Any) -> None:
    p = sub.add_parser("validate", help="check scenario files and intent libraries")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: scenarios)")
    p.add_argument("--fail-on-warnings", action="store_true", help="exit 1 on warnings too")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)


def validate_file(path: Path) -> list[Finding]:
    """Findings for one file: a scenario, an intent library or a shared block."""
    parts = path.parts
    try:
        if "_intents" in parts:
            from ..understanding import validate_intent_library

            return validate_intent_library(path)
        if "_blocks" in parts:
            load_yaml(path)  # syntax and safety; blocks are checked where they are used
            return []
        loaded = load_scenario(path)
        findings = check_scenario(loaded) + scoring_findings(loaded)
        return sorted(findings, key=lambda f: (f.file, f.line, f.column))  # in file order
    except ScenarioError as exc:
        return exc.findings
    except (Exception, RecursionError) as exc:  # one bad file never stops the others
        log.exception("cannot check %s", path)
        reason = str(exc).split("\n")[0][:160]
        return [
            Finding(str(path), 1, 1, f"cannot check this file ({type(exc).__name__}: {reason})")
        ]


def collect(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(scenario_files(path))
            files.extend(sorted((path / "_intents").glob("*.y*ml")))
            files.extend(sorted((path / "_intents").glob("*/*.y*ml")))
            files.extend(sorted((path / "_blocks").glob("*.y*ml")))
        else:
            files.append(path)
    return files


def run(args: argparse.Namespace) -> int:
    try:
        paths = scenario_paths(args)
    except Fail as exc:
        return fail(str(exc))
    files = collect(paths)
    findings = [f for file in files for f in validate_file(file)]
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    if args.format == "json":
        print(
            json.dumps(
                {
                    "files": [str(f) for f in files],
                    "errors": errors,
                    "warnings": warnings,
                    "findings": [f.to_json() for f in findings],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for finding in findings:
            print(finding)
        summary = f"{len(files)} file{'s' * (len(files) != 1)} checked: "
        summary += f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
        print(summary)
    if errors or (warnings and args.fail_on_warnings):
        return 1
    return 0
