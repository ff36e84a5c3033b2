"""Hostile input, handled in one place: what is shown, what is written, what is read.

Scenario files travel between trainers, transcript folders are shared between
learners and reviewers, and learners type anything. Three rules keep that data inert:

* `shown()` is the one sanitiser for every string from a file or a learner before it
  reaches a terminal, a widget or an export: control characters (ESC starts OSC/CSI
  sequences that set window titles or write the clipboard), C1 codes and bidi
  overrides become visible escapes. Markup is a separate matter: the TUI wraps the
  result in `Text`/`Content` objects so brackets are never parsed. Transcripts keep the
  original text; this is for display only.
* `write_atomic()` is the one writer for every file the app writes, most of them into
  folders others can write to: a random temporary name created with O_EXCL|O_NOFOLLOW
  (`mkstemp`) in the target folder, then `os.replace`, so a planted symlink never
  redirects a write.
* `read_regular()` reads a file only if it is a regular file (no FIFO, device or
  symlink) and no larger than a cap, so a `*.yaml` FIFO or a link to /dev/zero cannot
  hang or exhaust the process; `safe_yaml()` / `SAFE_LOADER` parse YAML without ever
  constructing Python objects from tags.

No Textual here: the core uses it too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any

import yaml

#: Bidi controls that reorder what follows them (Trojan Source, CVE-2021-42574), and the
#: line/paragraph separators that break a line where the reader does not see one.
_BIDI = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
)


def _escape(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (read with surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def _json_escape(ch: str) -> str:
    # Only C0 has a short form that JSON output never contains raw (json.dumps escapes
    # it); everything else as \uXXXX, which is the same character inside a JSON string.
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def _unsafe(ch: str, keep_newlines: bool) -> bool:
    code = ord(ch)
    if code < 0x20:
        return not (ch == "\t" or (keep_newlines and ch == "\n"))
    return (0x7F <= code < 0xA0) or ch in _BIDI or 0xD800 <= code <= 0xDFFF


def shown(text: Any, *, newlines: bool = True) -> str:
    """`text` safe for any display: control, C1 and bidi characters as visible escapes.

    `newlines=False` also escapes line breaks, for one-line places (table cells, titles).
    None becomes "". The result never contains ESC, CSI (0x9b), BEL or a bidi override.
    """
    if text is None:
        return ""
    s = text if isinstance(text, str) else str(text)
    if newlines:
        s = s.replace("\r\n", "\n")
    if s.isprintable() and not any(c in _BIDI for c in s):
        return s  # the common case, checked at C speed
    return "".join(_escape(c) if _unsafe(c, newlines) else c for c in s)


def shown_stream(text: str) -> str:
    """`shown` for a whole output stream: keeps newlines, and its escapes of characters
    above 0x7F are JSON escapes, so `--json`/`--format json` output stays valid JSON."""
    if text.isprintable() and not any(c in _BIDI for c in text):
        return text
    return "".join(_json_escape(c) if _unsafe(c, True) else c for c in text)


class SafeStream:
    """A text stream that passes everything written through `shown_stream`.

    The command line installs it on stdout and stderr, so no message, finding or
    table row can carry an escape sequence to the terminal, whatever the command.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(shown_stream(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


#: What `_unsafe(c, keep_newlines=True)` refuses, as one character class: the YAML reader
#: checks every scalar of every scenario, and a loop in Python over each character made
#: that the larger part of validating a scenario library.
_UNSAFE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + "".join(sorted(_BIDI)) + "]")


def has_unsafe(text: str) -> bool:
    """True if `shown` would change `text` (apart from CRLF): for validators."""
    return _UNSAFE_RE.search(text) is not None


class UnsafeFile(OSError):
    """A file we refuse to read: not a regular file, or larger than the cap."""


#: PyYAML's safe loader (no Python objects from tags), in libyaml's C implementation where
#: PyYAML has it: about five times faster, the same nodes and marks.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_yaml(text: str) -> Any:
    """`yaml.safe_load`, with `SAFE_LOADER` (the pure-Python loader took ≈ 0.1 s of every
    start reading the message catalogues)."""
    return yaml.load(text, Loader=SAFE_LOADER)  # SAFE_LOADER is a SafeLoader: no tags


#: Caps on what we read; generous for real files, small enough that a hostile one cannot
#: exhaust memory. A scenario of ten pages is ~30 KB; a 5,000-turn transcript ~3 MB.
YAML_LIMIT = 2 * 1024 * 1024
TRANSCRIPT_LIMIT = 16 * 1024 * 1024


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of `path` if it is a regular file (not a symlink) of at most `limit` bytes.

    O_NONBLOCK so opening a FIFO returns at once instead of waiting for a writer;
    O_NOFOLLOW so a planted link to /dev/zero or to a private file is not read;
    fstat on the open descriptor, so nothing can be swapped in between check and read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # the last part is a symlink (O_NOFOLLOW)
            raise UnsafeFile(exc.errno, "a symbolic link, not a regular file", str(path)) from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeFile(0, "not a regular file", str(path))
        if st.st_size > limit:
            raise UnsafeFile(0, f"larger than {limit // (1024 * 1024)} MB", str(path))
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:  # grew while we read
                raise UnsafeFile(0, f"larger than {limit // (1024 * 1024)} MB", str(path))
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def is_regular(path: Path) -> bool:
    """A regular file, without following a symlink (lstat): FIFOs, devices, links are not."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def write_atomic(
    path: Path,
    payload: bytes,
    *,
    durable: bool = True,
    mode: int = 0o644,
    parents: bool = False,
) -> None:
    """Write `payload` to `path` all at once: readers see the old file or the new one.

    The one writer for every file the app writes (transcripts, annotations, exports,
    indexes, settings, caches). The temporary file gets a random name from `mkstemp`
    (O_CREAT|O_EXCL|O_NOFOLLOW) in the target folder, so nobody can plant a symlink at
    its name; `os.replace` then swaps the directory entry and never follows a symlink
    already at `path`. On any failure (a full disk) the temporary file is removed, the
    old file is left as it was, and the error raised.

    `durable`: fsync the file before the swap and the folder after it, so a power cut
    leaves the old or the new file, not an empty one (caches and indexes skip it: they
    are rebuilt). `mode`: the new file's permissions (0600 for private caches).
    `parents`: create missing folders first (exports to a new folder).
    """
    if parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            os.fchmod(fd, mode)  # mkstemp makes 0600; reviewers need to read transcripts
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX: the directory entry lives in the folder).
    Best effort: some systems cannot open or fsync a directory; the file is written."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def reason(exc: BaseException) -> str:
    """One short sentence for a failure, naming the file when there is one."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc) or type(exc).__name__
