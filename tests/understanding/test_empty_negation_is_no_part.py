"""A bare "it is not so" said as a part of its own ("…, so isset ja nich") says nothing to read
alone: "nicht" alone reads as blame 0.99 and a legal threat 0.64, and the clause made a
Ruhrpott owner's word about his own wages a threat 0.59 the customer could hang up on
(forty-third audit, call 03; thirty-third session). Recognising every library line with and
without this changed none of 16,416. The whole line still reads such words: "So nicht!" alone
stays a reproach."""

from __future__ import annotations


def test_a_trailing_not_so_clause_carries_no_threat(recognise) -> None:
    line = "Aber ehrlich jetz, ich muss meine Jungs auch bezahlen, so isset ja nich."
    names = recognise("de", line).names
    assert "threaten_legal" not in names, names


def test_not_so_alone_is_still_a_reproach(recognise) -> None:
    assert recognise("de", "So nicht!").names[:1] == ("accusatory_opener",)
    assert recognise("en", "No, not like that.").names[:1] != ("threaten_legal",)
