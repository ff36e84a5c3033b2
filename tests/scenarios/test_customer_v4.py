"""The customer's replies and the recorded terms (fourth outside audit, /work/briefs/out/V4_calls):

- A line the customer answers as a reproach gets no thanks for the empathy beside it: one
  reading decides ("Thanks, I appreciate that. Are you having a laugh?" was one turn).
- The agreed terms are what the customer accepted: a down payment he turned down is not
  recorded beside the instalment plan he took.
- A learner who introduced themself by another name is called by that name, or by none,
  in every customer line — not by the scenario's caller name.

Played through the real recogniser and the one script runner, as `trainer play --script …
--seed 1 --today 2026-12-01`; where the audit's finding depends on a misreading (which the
recogniser may stop making), that reading is pinned by `Pinned`, so the test keeps testing the
customer.
"""

from __future__ import annotations

import datetime as dt

from tests.helpers import SCENARIOS
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.session.script import PAUSE, ScriptRunner, Step
from trainer.understanding.types import Context, IntentHit, Recogniser, Recognition

TODAY = dt.date(2026, 12, 1)  # the audit's call day


class Pinned:
    """The real recogniser, except for the lines given: those get the reading the audit saw."""

    def __init__(self, real: Recogniser, readings: dict[str, dict[str, float]]) -> None:
        self.real = real
        self.readings = readings

    def recognise(self, text: str, context: Context | None = None) -> Recognition:
        seen = self.real.recognise(text, context)
        if text not in self.readings:
            return seen
        hits = tuple(IntentHit(i, c, text) for i, c in self.readings[text].items())
        return Recognition(text, hits, seen.facts)


def _runner(sid: str, pinned: dict[str, dict[str, float]] | None = None) -> ScriptRunner:
    loaded = load_scenario(find_scenario(sid, SCENARIOS))
    recogniser = default_recogniser(loaded.scenario.language, loaded)
    if pinned:
        recogniser = Pinned(recogniser, pinned)
    return ScriptRunner.open(loaded, seed=1, today=TODAY, recogniser=recogniser)


def _customer_lines(
    sid: str, script: tuple[str, ...], runner: ScriptRunner | None = None
) -> list[str]:
    """Every customer line of a call played to its end."""
    steps = (runner or _runner(sid)).play(script)
    return [line for step in steps for line in step.customer]


def _reply(step: Step) -> str:
    return " ".join(step.customer)


# --- 1. one reading decides: no thanks glued to an offended reply ------------------------------
CHIPPY_OPENING = (  # 08_chippy_rambling.txt, lines 1-2
    "Hiya Dave, it's Fiona here from Walsh Plumbing and Heating, how are things, hope the new "
    "boiler's keeping the place nice and toasty for you and the lads.",
    "Listen Dave, I'll not beat around the bush, I'd like to sort out the boiler invoice with "
    "you so it's not hanging over either of us, and I've a suggestion if you're open to it.",
)
CHIPPY_SOLIDARITY = (  # line 3, read as empathy and (wrongly, but firmly enough) a reproach
    "Ah God, I hear you Dave, sure everyone's getting hammered with the energy prices this "
    "year, you're not the only one by a long shot."
)


def test_a_line_answered_as_a_reproach_gets_no_thanks_for_its_empathy_en():
    runner = _runner(
        "en-chippy-instalments",
        {CHIPPY_SOLIDARITY: {"empathise": 0.94, "accusatory_opener": 0.66}},
    )
    *_, step = runner.play([*CHIPPY_OPENING, CHIPPY_SOLIDARITY])
    assert step.state == "angry"
    assert _reply(step) == "Are you having a laugh? Ten years I've been your customer!"
    # Offended, he is not calmed by the empathy either: its effect is not applied.
    assert runner.session.call.variables["goodwill"] == 1  # the offered solution only


STAMMKUNDE_OPENING = (
    "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
    "Ich rufe wegen der noch offenen Rechnung an.",
    PAUSE,
)
STAMMKUNDE_MIXED = "Ach, das kennt doch jeder, Sie sind ja nicht der Einzige, der so was vergisst."


def test_a_line_answered_as_a_reproach_gets_no_thanks_for_its_empathy_de():
    runner = _runner(
        "de-stammkunde-urlaub",
        {STAMMKUNDE_MIXED: {"empathise": 0.95, "accusatory_opener": 0.66}},
    )
    *_, before, step = runner.play([*STAMMKUNDE_OPENING, STAMMKUNDE_MIXED])
    assert before.state == "entschuldigt"  # where empathy alone is acknowledged
    assert step.state == "gekraenkt"
    assert "Danke" not in _reply(step) and "Verständnis" not in _reply(step)


def test_empathy_beside_a_proposal_is_still_acknowledged():
    """The acknowledgement stays where the line is answered as a proposal."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play(
        [
            *CHIPPY_OPENING,
            "I hear you Dave, it must be a tough year for you with those prices.",
            "I understand, it's hard. Could you do four monthly payments of £690, the first on "
            "the 15th of December?",
        ]
    )
    assert steps[-1].state == "plan_agreed"
    assert _reply(steps[-1]).startswith("Thanks, I appreciate that.")


# --- 2. the recorded terms are what the customer accepted -------------------------------------
CHIPPY_PLAN = (  # 08_chippy_rambling.txt with a plain empathy line 3
    *CHIPPY_OPENING,
    "I hear you Dave, it must be a tough year for you with those prices.",
    "Could you manage something up front this week, say 500 pound, just as a show of good "
    "faith, and we work out the rest?",
    "Right so, what if we split it into four monthly payments of 690 pound, first one on the "
    "15th of December and then the 15th of each month after, would that work for you?",
    "Grand, I'll put that in writing for you tonight with the dates and amounts, would you "
    "sign it and send it back to me?",
)


def test_a_refused_down_payment_is_not_recorded_beside_the_plan_he_took():
    runner = _runner("en-chippy-instalments")
    steps = runner.play(CHIPPY_PLAN)
    assert "haven't got £500.00 spare" in _reply(steps[3])  # he turns the £500 down
    assert steps[4].state == "plan_agreed"
    result = runner.finish()
    assert result["outcome"] == "instalment_plan"
    # "… the 15th of each month after": one a month, so every payment keeps its day.
    assert result["agreed_terms"] == {
        "count": 4,
        "each": 690.0,
        "rest_date": "2026-12-15",
        "dates": ["2026-12-15", "2027-01-15", "2027-02-15", "2027-03-15"],
    }


# --- 4. the customer calls the learner by the name they gave ---------------------------------
WEB_STUDIO = (  # 10_webstudio_agent.txt
    "Good afternoon, may I speak with Helen Price please? My name is Josh and I'm calling on "
    "behalf of Carter Web Studio.",
    "Thanks Helen. I'd like to agree with you today how we settle the open balance on the "
    "website relaunch, and I have a proposal for you.",
    "Of course, I understand that's frustrating. Could you tell me exactly what's missing on "
    "the booking side?",
    "I've checked our records: the online booking form was phase two, which you postponed on "
    "12 August, and you signed off phase one on 3 October.",
    "Could you transfer the £2,400 by Friday the 11th of December?",
    "Great, I'll confirm that by email today: £2,400 by the 11th of December.",
    "Thank you Helen, have a good afternoon, goodbye.",
)


def test_the_customer_calls_the_agent_by_his_own_name_en():
    said = _customer_lines("en-web-studio-unjustified", WEB_STUDIO)
    assert said[0].startswith("Josh, hello.")
    assert any("Josh" in line for line in said[1:])  # "Thanks, Josh." at the goodbye
    assert not any("Ben" in line for line in said)


ERSTKUNDE = (  # 02_erstkunde_vage.txt's bookkeeper, pinning a date; his goodbye
    "Guten Tag Frau Albers, hier ist Schneider von Vogt Grafikdesign, ich mach bei Frau Vogt "
    "die Buchhaltung.",
    "Ich rufe wegen der offenen Rechnung GD-2026-044 an.",
    PAUSE,
    "Die Rechnung schicke ich Ihnen gleich noch einmal per E-Mail.",
    "Können Sie die 1.428 Euro bis zum 11. Dezember überweisen?",
    "Gut, dann vielen Dank und noch einen schönen Tag, Frau Albers!",
)


def test_the_customer_names_no_one_else_when_the_bookkeeper_called_de():
    runner = _runner("de-erstkunde-rechnung-verloren")
    said = _customer_lines("de-erstkunde-rechnung-verloren", ERSTKUNDE, runner)
    assert runner.session.call.state == "verabschiedet"  # written "… bis bald, Frau Vogt!"
    assert not any("Vogt" in line for line in said), said
    assert not any(", !" in line or " ," in line for line in said)  # the name left out cleanly
