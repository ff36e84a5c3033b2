"""Transcripts: journalled as the call goes, finalised atomically, recovered after a crash.

The record is typed (`schema.Transcript`, version `SCHEMA_VERSION`): the core reads it
with `load_transcript` and writes it with `save_transcript`, and so do the shells.
"""

from .schema import SCHEMA_VERSION, Transcript
from .store import (
    TranscriptError,
    TranscriptWriter,
    check_writable,
    load_transcript,
    read_journal,
    recover,
    save_transcript,
)

# The review side (index, annotations, export, stats, replay) is imported from its
# modules (trainer.transcripts.index etc.): importing it here would load the scenario
# and simulation layers for every caller of the store.

__all__ = [
    "SCHEMA_VERSION",
    "Transcript",
    "TranscriptError",
    "TranscriptWriter",
    "check_writable",
    "load_transcript",
    "read_journal",
    "recover",
    "save_transcript",
]
