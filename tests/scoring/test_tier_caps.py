"""Tier caps (third outside audit, D8): a passed call that left an agreement unconfirmed in
writing keeps at most silver, the reason part of the result. Giving way on an unjustified,
well-documented objection was capped at bronze (D2) until the fifth audit's trainer failed
such a call: it is now a critical failure."""

from __future__ import annotations

import pytest

from tests.helpers import top_but_the_letter
from tests.scoring.helpers import dispute, ids, play
from tests.scoring.regression import play as play_session
from trainer.scoring import score_call
from trainer.scoring.results import Rubric

HELLO = ("Guten Tag Herr Müller, Anna Berger von Berger Elektrotechnik.", ["greeting_identify"])
OPEN = ("Ich rufe wegen der noch offenen Rechnung an.", ["neutral_opener_open_invoice"])
GIVE = ("Dann ziehen wir zehn Prozent ab, einverstanden?", ["offer_compromise"])
REBUT = ("Die Abnahme haben Sie ohne Mängel unterschrieben.", ["rebut_unjustified_objection"])
ASK = ("Was genau ist denn nicht in Ordnung?", ["clarify_objection"])

#: The audit's call 05 (de-werkstatt-ueberraschung, disputes): strategy 1, clarify, rebut
#: with the protocol, a date — and no written confirmation before the goodbye.
WERKSTATT = [
    "Guten Tag Herr Becker, Yilmaz hier vom Kfz-Meisterbetrieb Yilmaz.",
    "Ich rufe wegen der noch offenen Rechnung KFZ-2026-1903 an.",
    "",
    "",
    "Was genau quietscht denn, und seit wann?",
    "Das ist bei neuen Belägen in den ersten Tagen normal. Ihr Fahrer hat das Prüfprotokoll ohne "
    "Beanstandung unterschrieben und die Probefahrt ist dokumentiert.",
    "Können Sie die 1.865,40 € bis zum 10. Dezember überweisen?",
    "Super, danke Herr Becker, schönen Tag noch, tschüss.",
]
CONFIRM = "Ich schicke Ihnen das gleich noch kurz per E-Mail zur Bestätigung."


def werkstatt(lines: list[str]) -> dict:
    entry = {"scenario": "de-werkstatt-ueberraschung", "persona": "disputes", "seed": 1}
    return play_session({**entry, "lines": lines})


def test_giving_way_on_an_unjustified_documented_objection_fails_the_call():
    result = score_call(play(dispute(justified=False), [HELLO, OPEN, "", GIVE]))
    # The share alone would be silver (79): the result was reached, the way there gave away
    # money owed. The third audit's trainer capped it at bronze, the fifth failed it.
    assert not result.passed and result.tier is None
    assert "handle_objection" in result.critical and result.tier_cap is None
    check = next(c for c in result.checks if c.id == "handle_objection")
    assert "unterschrieben" in check.evidence + check.reason or "unterschrieben" in check.advice


@pytest.mark.parametrize(
    ("justified", "case", "steps"),
    [
        (False, None, [HELLO, OPEN, "", ASK, REBUT, GIVE]),  # asked, the facts, then a deal
        (True, None, [HELLO, OPEN, "", GIVE]),  # the customer has a point
        (False, {"evidence": "weak", "costs_exceed_award": True}, [HELLO, OPEN, "", GIVE]),
    ],
)
def test_no_cap_where_the_compromise_or_the_rebuttal_was_right(justified, case, steps):
    extra = {"case": case} if case else {}
    result = score_call(play(dispute(justified=justified, **extra), steps))
    assert result.passed and result.tier_cap is None
    assert "tier_cap" not in result.to_json()


def test_an_agreement_left_unconfirmed_keeps_at_most_silver():
    result = werkstatt(WERKSTATT)
    assert result["passed"] and result["score"] >= 90  # gold by the share alone
    assert result["tier"] == "silver"
    assert result["tier_cap"]["check"] == "confirm_in_writing"
    assert result["tier_cap"]["tier"] == "silver"
    assert result["tier_cap"]["reason"].startswith("Höchstens Silber")


def test_the_same_call_confirmed_in_writing_is_gold_without_a_cap():
    result = werkstatt([*WERKSTATT[:-1], CONFIRM, WERKSTATT[-1]])
    assert top_but_the_letter(result)
    # (only the letter, promised and not yet written, holds gold back: sixty-fourth session)
    assert result["tier_cap"]["reason"].startswith("Höchstens Silber: Die schriftliche Bestätigung")


def test_no_cap_when_the_customer_ended_the_call_on_the_agreement():
    """He agreed and hung up in one breath: the learner had no turn left to confirm, so
    confirm_in_writing is not applicable and caps nothing."""
    result = score_call(play(dispute(justified=True), [HELLO, OPEN, "", GIVE]))
    assert "confirm_in_writing" not in ids(result)
    assert result.tier_cap is None


def test_the_english_reason_names_the_facts():
    """The audit's call 10 (en-web-studio-unjustified): 10 % off at once, no question."""
    lines = [
        "Hello Helen, it's Ben from Carter Web Studio, hope you're well.",
        "I'm ringing about the open invoice CWS-118.",
        "",
        "Oh, I'm sorry to hear that. How about we knock 10 percent off the invoice to make up "
        "for it?",
        "So £2,160 by the 12th of December, would that work?",
        "Lovely, I'll send you an email confirming that today. Thanks Helen, bye!",
    ]
    result = play_session({"scenario": "en-web-studio-unjustified", "seed": 1, "lines": lines})
    assert not result["passed"] and "handle_objection" in result["critical"]
    check = next(c for c in result["checks"] if c["id"] == "handle_objection")
    assert check["reason"].startswith("Gave way on an objection the facts clear up")
    assert "12 August" in check["reason"]


def test_a_cap_never_raises_a_tier_and_never_gives_one_below_the_marks():
    rubric = Rubric()
    assert rubric.tier(95, "silver") == "silver"
    assert rubric.tier(60, "silver") == "bronze"
    assert rubric.tier(40, "silver") is None
    assert rubric.tier(95) == "gold"


#: The sixth audit's call 06 (de-hausverwaltung-rechtsweg): the learner argues at once
#: without asking what is wrong, Herr Kessler refuses, the Mahnverfahren is announced calmly.
KESSLER = [
    "Guten Tag Herr Kessler, Jana Brandt hier, von Brandt Garten- und Landschaftsbau.",
    "Ich rufe wegen der noch offenen Rechnung GL-2026-215 an.",
    "",
    "Also Herr Kessler, das kann nicht sein, wir haben da ordentlich gepflastert, Sie haben die "
    "Abnahme am 2. Oktober ohne Vorbehalt unterschrieben, und das Gefälle von 2 Prozent haben "
    "wir gemessen und fotografiert.",
    "Das Wasser steht, weil der Hofablauf verstopft ist, und der gehörte nicht zu unserem Auftrag.",
    "Herr Kessler, dann kommen wir heute leider nicht zusammen. Ich werde deshalb das "
    "gerichtliche Mahnverfahren einleiten, die Unterlagen dazu habe ich. Ich bedaure das. Auf "
    "Wiederhören.",
]


def test_arguing_before_asking_and_a_refusal_keep_the_legal_route_below_gold():
    result = play_session({"scenario": "de-hausverwaltung-rechtsweg", "seed": 1, "lines": KESSLER})
    assert result["passed"] and result["score"] >= 90  # the next step was right
    assert result["tier"] == "silver"
    assert result["tier_cap"]["check"] == "clarify_objection"
    checks = {c["id"]: c for c in result["checks"]}
    assert "blieb stur" in checks["clarify_objection"]["reason"]
    # The rebuttal was the right move, but it cleared nothing up: not "ausgeräumt".
    assert checks["handle_objection"]["passed"]
    assert "ausgeräumt" not in checks["handle_objection"]["reason"]


def test_arguing_a_justified_objection_then_compromising_fails_the_handling():
    """Arguing first fails `clarify_objection`, and arguing against a justified objection is
    the handling's fault too, though a compromise followed (GUIDE §3: argue only against what
    is unjustified). Four outside trainers expected it (fourth, sixth, seventh, thirteenth
    audits: 70-85, "handle_objection fails"); with it passed such calls scored 93. The
    reason names the compromise that came after."""
    result = score_call(play(dispute(justified=True), [HELLO, OPEN, "", REBUT, GIVE]))
    checks = {c.id: c for c in result.checks}
    assert not checks["clarify_objection"].passed
    assert not checks["handle_objection"].passed
    assert "Kompromiss kam erst danach" in checks["handle_objection"].reason
    # Arguing only, no compromise: the objection was argued away.
    only = score_call(play(dispute(justified=True), [HELLO, OPEN, "", REBUT]))
    handled = next(c for c in only.checks if c.id == "handle_objection")
    assert not handled.passed and "erst danach" not in handled.reason


def test_arguing_before_asking_keeps_any_call_below_gold():
    """However it ended: the facts at once, then a deal, is no model call (sixth audit)."""
    result = score_call(play(dispute(justified=False), [HELLO, OPEN, "", REBUT, GIVE]))
    assert result.tier_cap is not None and result.tier_cap.check == "clarify_objection"
    assert result.tier_cap.tier == "silver"


def test_a_rebuttal_without_a_fact_clears_nothing_up():
    """GUIDE §3: an unjustified objection is cleared up with facts. "Our work was fine"
    contradicts; the signed acceptance, an order, a date clear it up."""
    bare = ("Unsere Arbeit war einwandfrei, da gibt es nichts zu beanstanden.",
            ["rebut_unjustified_objection"])  # fmt: skip
    result = score_call(play(dispute(justified=False), [HELLO, OPEN, "", ASK, bare]))
    check = next(c for c in result.checks if c.id == "handle_objection")
    assert not check.passed and "Tatsache" in check.reason
    # The same call naming the signed acceptance passes, and the bare line before it does not
    # count against a learner who then names the facts.
    result = score_call(play(dispute(justified=False), [HELLO, OPEN, "", ASK, bare, REBUT]))
    check = next(c for c in result.checks if c.id == "handle_objection")
    assert check.passed and "unterschrieben" in check.evidence


def test_a_capped_score_says_what_the_checks_alone_gave():
    # The share alone is 79 (see above); the must-have missed caps it at 69, which trainers
    # read as "one point short" (seventy-first and seventy-fifth audits): the result keeps
    # the share, and the play --json object carries it only where the cap lowered the score.
    result = score_call(play(dispute(justified=False), [HELLO, OPEN, "", GIVE]))
    assert result.score == 69 and result.capped_from is not None and result.capped_from > 69
    assert result.to_json()["capped_from"] == result.capped_from
    fine = score_call(play(dispute(justified=True), [HELLO, OPEN, "", GIVE]))
    assert fine.capped_from is None and "capped_from" not in fine.to_json()
