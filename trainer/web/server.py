"""`trainer serve`: the practice app and the review app in a browser, via textual-serve.

Every browser session (one websocket) is a new process running `trainer.web.session`,
which is the ordinary Textual app with textual's web driver. The server adds what a
shared machine needs and textual-serve leaves out:

* a token: when set, every route but the static files wants it (``?token=`` once, then
  an HttpOnly cookie); without it the answer is a plain refusal page and **no app
  process is started**;
* two apps: ``/`` the practice app, ``/review`` the reviewers' browser;
* one scenarios and one transcripts folder for all sessions, fixed at start: nothing a
  browser sends names a path.

Only aiohttp and textual-serve are imported here, never Textual itself: the server
process stays small, and the sessions pay for the app.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import re
import secrets
import shlex
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from ..tui.compat import process_messages

log = logging.getLogger(__name__)

#: The cookie that carries the token after the first page (so downloads work too).
COOKIE = "trainer_token"
TEMPLATES = Path(__file__).with_name("templates")

REFUSAL = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kein Zugang · No access</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>Kein Zugang · No access</h1>
<p>Dieser Trainer braucht den Link mit dem Zugangsschlüssel (<code>?token=…</code>),
den Sie von Ihrer Schulungsleitung bekommen haben.</p>
<p>This trainer needs the link with its access token (<code>?token=…</code>) that your
training department gave you.</p>
</body></html>
"""


def redact_tokens(record: logging.LogRecord) -> bool:
    """A logging filter: `token=…` in a logged line loses its value."""
    if isinstance(record.msg, str):
        record.msg = _TOKEN_IN_URL.sub(r"\1…", record.msg)
    return True


_TOKEN_IN_URL = re.compile(r"([?&]token=)[^&\s\"]*")


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost' (the only hosts served without a token)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(18)


@dataclass(frozen=True)
class ServeConfig:
    scenarios: Path
    transcripts: Path
    host: str = "127.0.0.1"
    port: int = 8000
    public_url: str | None = None
    token: str | None = None
    #: Pinned call date for every session (tests; None = the real date).
    today: str | None = None
    #: The interpreter that runs each session (this one: the same installed trainer).
    python: str = sys.executable


def session_command(config: ServeConfig, mode: str) -> str:
    """The shell command textual-serve runs for one browser session of `mode`."""
    argv = [
        config.python,
        "-m",
        "trainer.web.session",
        mode,
        "--scenarios",
        str(config.scenarios),
        "--transcripts",
        str(config.transcripts),
    ]
    if config.today:
        argv += ["--today", config.today]
    return shlex.join(argv)


class TrainerServer(Server):
    """textual-serve's Server with a token, two apps and pages that fetch nothing remote."""

    def __init__(self, config: ServeConfig) -> None:
        super().__init__(
            session_command(config, "practice"),
            host=config.host,
            port=config.port,
            title="Trainer",
            public_url=config.public_url,
            templates_path=TEMPLATES,
        )
        self.config = config
        self.commands = {
            "practice": session_command(config, "practice"),
            "review": session_command(config, "review"),
        }
        #: Browser sessions running now (the benchmark and the log read it).
        self.sessions = 0
        self.refused = 0

    def initialize_logging(self) -> None:
        super().initialize_logging()
        # The access log would print every first URL with its token in it.
        logging.getLogger("aiohttp.access").addFilter(redact_tokens)

    # --- the token ------------------------------------------------------------------------
    def allowed(self, request: web.Request) -> bool:
        token = self.config.token
        if not token:
            return True
        given = request.query.get("token") or request.cookies.get(COOKIE) or ""
        return hmac.compare_digest(given.encode(), token.encode())

    def refuse(self) -> web.Response:
        self.refused += 1
        return web.Response(status=403, text=REFUSAL, content_type="text/html")

    @web.middleware
    async def guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        # Static files (the page's script, fonts) carry nothing of the trainer's.
        if request.path.startswith("/static/") or self.allowed(request):
            return await handler(request)
        return self.refuse()

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self.guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_practice, name="index"),
                web.get("/review", self.handle_review, name="review"),
                web.get("/ws", self.handle_practice_ws, name="websocket"),
                web.get("/review/ws", self.handle_review_ws, name="review_websocket"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.static("/static", self.statics_path, name="static"),
            ]
        )
        app.on_startup.append(self.on_startup)
        return app

    async def on_startup(self, app: web.Application) -> None:
        self.console.print(f"trainer serve: {self.url()}", highlight=False, markup=False)
        self.console.print(
            f"  reviewers: {self.url('/review')}\n  Ctrl+C stops the server",
            highlight=False,
            markup=False,
        )

    def url(self, path: str = "/") -> str:
        """The address to hand out (with the token when there is one)."""
        base = self.public_url.rstrip("/") + path
        return f"{base}?token={self.config.token}" if self.config.token else base

    # --- pages ----------------------------------------------------------------------------
    def _base(self, request: web.Request) -> str:
        """The address the browser used (a server bound to 0.0.0.0 has no better one)."""
        if self.config.public_url:
            return self.config.public_url.rstrip("/")
        return f"{request.scheme}://{request.host}"

    def _page(self, request: web.Request, ws_path: str, title: str) -> web.StreamResponse:
        base = self._base(request)
        ws = ("wss:" if base.startswith("https") else "ws:") + base.split(":", 1)[1] + ws_path
        context = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": ws,
            "config": {"static": {"url": f"{base}/static/"}},
            "application": {"name": title},
            "lang": "de",
            "start": "Start",
            "ended": "Sitzung beendet · Session ended",
            "restart": "Neu starten · Restart",
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        token = request.query.get("token")
        if token and self.config.token:
            # The websocket and downloads then carry it without showing it in their URLs.
            response.set_cookie(COOKIE, token, httponly=True, samesite="Strict")
        response.headers["Cache-Control"] = "no-store"
        return response

    async def handle_practice(self, request: web.Request) -> web.StreamResponse:
        return self._page(request, "/ws", "Trainer: Forderungsgespräche · Collection calls")

    async def handle_review(self, request: web.Request) -> web.StreamResponse:
        return self._page(request, "/review/ws", "Trainer: Review")

    # --- sessions -------------------------------------------------------------------------
    async def handle_practice_ws(self, request: web.Request) -> web.WebSocketResponse:
        return await self._session(request, self.commands["practice"])

    async def handle_review_ws(self, request: web.Request) -> web.WebSocketResponse:
        return await self._session(request, self.commands["review"])

    async def _session(self, request: web.Request, command: str) -> web.WebSocketResponse:
        """textual-serve's websocket handler, with the command chosen by the route."""
        import asyncio

        websocket = web.WebSocketResponse(heartbeat=15)
        width = max(20, min(500, to_int(request.query.get("width", "80"), 80)))
        height = max(10, min(300, to_int(request.query.get("height", "24"), 24)))
        service: AppService | None = None
        self.sessions += 1
        try:
            await websocket.prepare(request)
            service = AppService(
                command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=_closer(websocket),
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await service.start(width, height)
            await process_messages(self, websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # one broken session must not stop the server
            log.exception("a browser session ended with an error")
            self.console.print(f"session ended with an error: {error}", markup=False)
        finally:
            self.sessions -= 1
            if service is not None:
                # Asks the app to quit; an unfinished call keeps its journal (recovered
                # as interrupted by the next session that lists the transcripts).
                await service.stop()
        return websocket


def _closer(websocket: web.WebSocketResponse) -> Callable[[], Awaitable[None]]:
    """textual-serve wants a close() that returns nothing; aiohttp's says whether it closed."""

    async def close() -> None:
        await websocket.close()

    return close


def serve(config: ServeConfig) -> None:
    """Run until Ctrl+C / SIGTERM."""
    TrainerServer(config).serve()
