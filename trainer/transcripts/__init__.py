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

# The review side (index, annotations, export, stats, replay) is imported from its
# modules (trainer.transcripts.index etc.): importing it here would load the scenario
# and simulation layers for every caller of the store.

__all__ = [
    "SCHEMA_VERSION",
    "TranscriptError",
    "TranscriptWriter",
    "check_writable",
    "read_journal",
    "read_transcript",
    "recover",
]
