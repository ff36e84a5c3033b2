"""`trainer new --persona P --type T --lang L --id ID [-o FILE]`: a scenario from a template.

Templates live in trainer/data/templates/<lang>-<persona>.yaml; each validates and passes
its own test plans as written, so a trainer starts from something that works and edits
it step by step, running `trainer validate` and `trainer test` after each change.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from .. import safety
from .common import fail, scenarios_root

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "templates"
PERSONAS = ("apologises", "disputes", "cash_problems")
TYPES = ("regular", "first_time", "large_company", "authority")


def add_parser(sub: Any) -> None:
    p = sub.add_parser("new", help="start a new scenario from a template")
    p.add_argument("--persona", choices=PERSONAS, default="apologises")
    p.add_argument("--type", choices=TYPES, default="regular", help="customer type (GUIDE §1)")
    p.add_argument("--lang", choices=("de", "en"), default="de")
    p.add_argument("--id", required=True, help="scenario id, e.g. de-baeckerei-vergessen")
    p.add_argument("--title", help="title shown to learners (default: from the id)")
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write (default: scenarios/<lang>/<id>.yaml)",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=run)


def render_template(
    lang: str, persona: str, ctype: str, sid: str, title: str, output: Path, root: Path
) -> str:
    """The template text with its {{placeholders}} filled for a file written to `output`."""
    text = (TEMPLATES / f"{lang}-{persona}.yaml").read_text(encoding="utf-8")
    notes = yaml.safe_load((TEMPLATES / "types.yaml").read_text(encoding="utf-8"))
    # Paths in `use:` and the schema comment are relative to the new file's folder.
    here = output.resolve().parent
    blocks = os.path.relpath((root / "_blocks" / f"{lang}-common.yaml").resolve(), here)
    schema = os.path.relpath((root / "scenario.schema.json").resolve(), here)
    values = {
        "id": sid,
        "title": title.replace('"', "'"),
        "type": ctype,
        "type_note": notes[lang][ctype],
        "blocks": Path(blocks).as_posix(),
        "schema": Path(schema).as_posix(),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], text)


def run(args: argparse.Namespace) -> int:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", args.id):
        return fail(
            f"invalid id '{args.id}': use lowercase letters, digits and '-' "
            "(write ä as ae, ö as oe, ü as ue, ß as ss)"
        )
    root = scenarios_root(args)
    output = Path(args.output) if args.output else root / args.lang / f"{args.id}.yaml"
    if output.exists() and not args.force:
        return fail(f"{output} exists (use --force to overwrite)")
    title = args.title or args.id.split("-", 1)[-1].replace("-", " ").capitalize()
    text = render_template(args.lang, args.persona, args.type, args.id, title, output, root)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        safety.write_atomic(output, text.encode("utf-8"))
    except OSError as exc:
        return fail(f"cannot write {output}: {exc.strerror}")
    print(f"wrote {output}")
    if root.resolve() not in output.resolve().parents:
        # Its shared block and schema are found through paths into the scenarios folder,
        # which only hold on this machine (an authoring audit).
        print(
            f"note: {output} lies outside the scenarios folder {root}; move it into "
            f"{root / args.lang} (or point --scenarios at its folder and copy _blocks/ there) "
            "so that its shared block is found on every machine",
            file=sys.stderr,
        )
    print(f"next: trainer validate {output} && trainer test {output} && trainer graph {output}")
    return 0
