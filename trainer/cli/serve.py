"""`trainer serve [--host H] [--port P] [--public-url URL] [--token T | --token-file F]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import fail, scenarios_root, transcripts_root


def add_parser(sub: Any) -> None:
    p = sub.add_parser("serve", help="serve the practice and review apps to browsers")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (8000)")
    p.add_argument("--public-url", metavar="URL", help="the address browsers use, if not host:port")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--token", help="access token (needed off localhost; generated if absent)")
    who.add_argument("--token-file", metavar="F", help="read the access token from file F")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="pin every call's date (tests)")
    p.set_defaults(func=run)


def read_token(args: argparse.Namespace) -> str | None:
    """--token, or the first line of --token-file; None if neither."""
    if args.token_file:
        text = Path(args.token_file).read_text(encoding="utf-8")  # OSError: one line in main
        token = text.strip().splitlines()[0].strip() if text.strip() else ""
        if not token:
            raise ValueError(f"{args.token_file}: the token file is empty")
        return token
    token_arg: str | None = args.token  # argparse's Namespace is untyped
    if token_arg is not None and not token_arg.strip():
        raise ValueError("--token is empty")
    return token_arg


def run(args: argparse.Namespace) -> int:
    try:
        from ..web.server import ServeConfig, is_loopback, new_token, serve
    except ImportError as exc:
        return fail(f"trainer serve needs textual-serve ({exc}); pip install textual-serve")
    if not 0 < args.port < 65536:
        return fail(f"--port {args.port}: not a port number (1-65535)")
    try:
        token = read_token(args)
    except ValueError as exc:
        return fail(str(exc))
    if token is None and not is_loopback(args.host):
        token = new_token()
        print(f"access token (needed off this machine): {token}")
    if args.today:
        from .common import Fail
        from .play import today_of

        try:
            today_of(args)  # a malformed date is one sentence, before any browser connects
        except Fail as exc:
            return fail(str(exc))
    scenarios = scenarios_root(args).resolve()
    if not scenarios.is_dir():
        return fail(f"no scenario folder {scenarios}")
    transcripts = transcripts_root(args).resolve()
    from ..transcripts import TranscriptError, check_writable

    try:
        check_writable(transcripts)
    except TranscriptError as exc:
        return fail(str(exc))
    config = ServeConfig(
        scenarios=scenarios,
        transcripts=transcripts,
        host=args.host,
        port=args.port,
        public_url=args.public_url,
        token=token,
        today=args.today,
    )
    serve(config)
    return 0
