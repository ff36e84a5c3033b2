"""The trainer's toolkit on top of the core: test plans, fuzzing, replay, play-as-you-write.

These run whole calls (through `trainer.session`), so they sit above the core layers
rather than inside `scenario` or `transcripts`.
"""
