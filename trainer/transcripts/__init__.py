"""Transcripts: journalled as the call goes, finalised atomically, recovered after a crash."""

from .store import (
    SCHEMA_VERSION,
    TranscriptError,
    TranscriptWriter,
    check_writable,
    read_journal,
    read_transcript,
    recover,
)

__all__ = [
    "SCHEMA_VERSION",
    "TranscriptError",
    "TranscriptWriter",
    "check_writable",
    "read_journal",
    "read_transcript",
    "recover",
]
