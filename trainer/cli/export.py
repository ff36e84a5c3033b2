"""`trainer export TRANSCRIPT --format md|html|json [-o FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .. import safety
from ..transcripts import TranscriptError, load_transcript
from ..transcripts.export import FORMATS, LANGUAGES, encode, export
from ..transcripts.index import find_transcript
from .common import fail, transcripts_root


def add_parser(sub: Any) -> None:
    p = sub.add_parser("export", help="export a transcript as Markdown, HTML or JSON")
    p.add_argument("transcript", metavar="TRANSCRIPT", help="transcript file or id")
    p.add_argument("--format", "-f", choices=FORMATS, default="md", help="default: md")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of headings and labels (default: the transcript's scenario language)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        path = find_transcript(args.transcript, transcripts_root(args))
        text = export(load_transcript(path), args.format, getattr(args, "lang", None))
    except TranscriptError as exc:
        return fail(str(exc))
    payload = encode(text)
    if not args.output or args.output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
        return 0
    try:
        # The one atomic writer: a half-written export never exists.
        safety.write_atomic(Path(args.output), payload, parents=True)
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror}")
    print(f"exported {path.name} to {args.output}", file=sys.stderr)
    return 0
