"""The log file: what went wrong behind a one-sentence message, for whoever looks later.

Every module logs to `logging.getLogger(__name__)` (under "trainer"); nothing is
configured at import. The command line and the apps call `setup_logging()` once at
start: a rotating file in the state directory (`paths.state_dir()`). Where that folder
cannot be written, there is no file logging and nothing is said: a learner's call must
not fail for a log.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .paths import state_dir

LOG_NAME = "trainer.log"
#: A few megabytes of history; older lines rotate out.
MAX_BYTES = 1_000_000
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A full disk or a removed folder later on costs the log, never a traceback."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def _our_handler(logger: logging.Logger) -> _QuietFileHandler | None:
    return next((h for h in logger.handlers if isinstance(h, _QuietFileHandler)), None)


def setup_logging() -> Path | None:
    """Log "trainer.*" at INFO and above to the state directory's trainer.log (once per
    process; later calls return the same file). None when no file can be written."""
    logger = logging.getLogger("trainer")
    existing = _our_handler(logger)
    if existing is not None:
        return Path(existing.baseFilename)
    folder = state_dir()
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return Path(handler.baseFilename)


def stop_logging() -> None:
    """Close the log file (tests; a process that ends needs no call)."""
    logger = logging.getLogger("trainer")
    handler = _our_handler(logger)
    if handler is not None:
        logger.removeHandler(handler)
        handler.close()
