"""`trainer serve` without a browser: the token, the refusal, the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from trainer.cli import main
from trainer.cli.serve import read_token
from trainer.web import server as web_server
from trainer.web.server import COOKIE, ServeConfig, TrainerServer, is_loopback, session_command


def config(tmp_path: Path, token: str | None = "s3cret") -> ServeConfig:
    return ServeConfig(
        scenarios=tmp_path / "scenarios", transcripts=tmp_path / "transcripts", token=token
    )


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every app process the server would start (none is really started)."""
    commands: list[str] = []

    async def start(self: Any, width: int, height: int) -> None:
        commands.append(self.command)

    async def stop(self: Any) -> None:
        return None

    monkeypatch.setattr(web_server.AppService, "start", start)
    monkeypatch.setattr(web_server.AppService, "stop", stop)
    return commands


async def client_for(cfg: ServeConfig) -> TestClient:
    app = await TrainerServer(cfg)._make_app()
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    return client


@pytest.mark.parametrize("query", ["", "?token=wrong", "?token=", "?token=s3cret2"])
async def test_no_or_wrong_token_is_refused_and_starts_nothing(
    tmp_path: Path, started: list[str], query: str
) -> None:
    client = await client_for(config(tmp_path))
    try:
        for path in ("/", "/review", "/ws", "/review/ws", "/download/x"):
            resp = await client.get(path + query)
            assert resp.status == 403, path
            text = await resp.text()
            assert "Kein Zugang" in text and "No access" in text
            assert "textual" not in text.lower()  # the refusal, never the app's page
        assert started == []  # no app process for a refused websocket
    finally:
        await client.close()


async def test_the_token_opens_the_page_then_a_cookie_carries_it(
    tmp_path: Path, started: list[str]
) -> None:
    client = await client_for(config(tmp_path))
    try:
        resp = await client.get("/?token=s3cret")
        assert resp.status == 200
        page = await resp.text()
        assert 'data-session-websocket-url="ws://127.0.0.1:' in page
        assert "googleapis" not in page  # nothing fetched from another host
        assert resp.cookies[COOKIE].value == "s3cret"
        assert resp.cookies[COOKIE]["httponly"]
        # The websocket then needs no token in its URL: the cookie is enough.
        async with client.ws_connect("/ws") as ws:
            await ws.close()
        async with client.ws_connect("/review/ws") as ws:
            await ws.close()
        assert [c.split()[3] for c in started] == ["practice", "review"]
    finally:
        await client.close()


async def test_localhost_without_a_token_is_open(tmp_path: Path, started: list[str]) -> None:
    client = await client_for(config(tmp_path, token=None))
    try:
        assert (await client.get("/")).status == 200
        assert (await client.get("/review")).status == 200
    finally:
        await client.close()


def test_the_session_command_names_the_servers_folders_only(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    cmd = session_command(cfg, "practice")
    assert "trainer.web.session practice" in cmd
    assert str(cfg.transcripts) in cmd and str(cfg.scenarios) in cmd
    odd = ServeConfig(scenarios=tmp_path / "a b; rm -rf x", transcripts=tmp_path / "t")
    assert "'" in session_command(odd, "review")  # shell-quoted: a path is never a command


@pytest.mark.parametrize(
    ("host", "loop"),
    [("127.0.0.1", True), ("127.0.0.2", True), ("localhost", True), ("::1", True),
     ("0.0.0.0", False), ("192.0.2.1", False), ("example.org", False)],
)  # fmt: skip
def test_loopback(host: str, loop: bool) -> None:
    assert is_loopback(host) is loop


def test_token_file_and_empty_tokens(tmp_path: Path) -> None:
    f = tmp_path / "token"
    f.write_text("  abc123 \nignored\n", encoding="utf-8")
    ns = argparse.Namespace(token=None, token_file=str(f))
    assert read_token(ns) == "abc123"
    f.write_text("\n", encoding="utf-8")
    with pytest.raises(ValueError, match="empty"):
        read_token(ns)
    with pytest.raises(ValueError, match="empty"):
        read_token(argparse.Namespace(token=" ", token_file=None))


def test_serving_off_localhost_generates_and_prints_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[ServeConfig] = []
    monkeypatch.setattr(web_server, "serve", seen.append)
    (tmp_path / "sc").mkdir()
    code = main(["--scenarios", str(tmp_path / "sc"), "--transcripts", str(tmp_path / "tr"),
                 "serve", "--host", "0.0.0.0", "--port", "8123"])  # fmt: skip
    assert code == 0
    (cfg,) = seen
    assert cfg.token and len(cfg.token) >= 20
    assert cfg.token in capsys.readouterr().out
    assert cfg.transcripts == (tmp_path / "tr").resolve()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["serve", "--port", "0"], "not a port"),
        (["serve", "--token-file", "/nonexistent/t"], "/nonexistent/t"),
        (["serve", "--today", "2026-13-01"], "2026-13-01"),
        (["--scenarios", "/nonexistent/sc", "serve"], "no scenario folder"),
    ],
)
def test_bad_serve_arguments_are_one_sentence(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_the_access_log_never_shows_the_token() -> None:
    import logging

    from trainer.web.server import redact_tokens

    line = '127.0.0.1 "GET /?token=s3cret&fontsize=16 HTTP/1.1" 200 "GET /review?token=ab-c_d"'
    record = logging.LogRecord("aiohttp.access", logging.INFO, "", 0, line, None, None)
    assert redact_tokens(record)
    assert "s3cret" not in record.msg and "ab-c_d" not in record.msg
    assert "?token=…&fontsize=16" in record.msg
