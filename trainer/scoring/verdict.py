"""A verdict is what a check decided; `render` turns it into the CHECK of the contract (a
typed `CheckVerdict`) with the coaching texts of the scenario's language."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .results import CheckVerdict

#: Default weights (GUIDE §6 leaves them to us). Behaviours the article insists on most –
#: the opening strategy, no blame, a concrete promise, the persona's key move – weigh double.
DEFAULT_WEIGHTS: dict[str, float] = {
    "channel": 1.0,
    "identify": 1.0,
    "no_accusation": 2.0,
    "strategy": 2.0,
    "pin_date": 2.0,
    "clarify_objection": 1.0,
    "handle_objection": 2.0,
    "down_payment": 2.0,
    "date_for_rest": 2.0,
    "no_premature_threat": 2.0,
    "confirm_in_writing": 1.0,
    "instalment_terms": 1.0,
    "countersign": 1.0,
    "next_step": 2.0,
    # The result weighs most, as resolution does on contact-centre scorecards; it is also
    # critical (a call without it cannot pass, whatever its share).
    "outcome": 4.0,
}


#: Faults a trainer would not sign a higher tier for, however high the share: (check,
#: reason) -> the highest tier a passed call keeps (third outside audit, D8).
#: (Giving way on an unjustified, documented objection was capped at bronze here until the
#: fifth audit's trainer failed such a call too; it is now a critical failure, checks.py.)
#: * An agreement the learner could have confirmed in writing and did not (GUIDE §4, the
#:   standard close) is not finished: at most silver. Where the customer ended the call
#:   on the agreement the check is not applicable, so no cap.
#: * Arguing before asking what exactly is wrong: at most silver, however well it ended.
TIER_CAPS: dict[tuple[str, str], str] = {
    ("confirm_in_writing", "missing"): "silver",
    # Only the invoice sent again: no confirmation of the agreement either (twenty-eighth audit).
    ("confirm_in_writing", "invoice_only"): "silver",
    # Announced but not written: gold needs the confirmation itself (the letter step).
    ("confirm_in_writing", "not_written"): "silver",
    # His day taken up and never said back: agreed, but not made sure of (fourteenth audit).
    ("pin_date", "not_repeated"): "silver",
    # Sympathy taken back by the caller's own need pressed on him (V245 p5, V247 10).
    ("no_accusation", "pressure_after_sympathy"): "silver",
    # ... or a guess that the fault he complained of is his own (V285 12, V287 02).
    ("no_accusation", "guessed_fault"): "silver",
    ("no_accusation", "veiled_slip"): "silver",
    # ... or said back wrong, corrected by him, and left standing (seventy-fifth audit).
    ("pin_date", "read_back_wrong"): "silver",
    # ... or said back wrong, and his answer kept his day without a "not quite" (V217 08).
    ("pin_date", "read_back_other"): "silver",
    # ... or his correction taken up with the confirmation, his day never said (rule (5) of the
    # forty-sixth session).
    ("pin_date", "correction_taken"): "silver",
    # A customer who simply forgot, given more than a month (`checks._far_date`).
    ("pin_date", "far"): "bronze",
    # A threat after the customer had agreed (eighty-sixth audit: 87 silver).
    ("no_premature_threat", "after_agreement"): "bronze",
    # ... or after his refusal, said as an ultimatum rather than announced calmly: "… und das
    # wird für Sie richtig teuer, das verspreche ich Ihnen" kept 88 silver (V260 probe 4: its
    # auditor failed it). Every other threat keeps no silver either.
    ("no_premature_threat", "ultimatum"): "bronze",
    # ... or before anything was tried, lawful words or not: a debt collector named to a new
    # customer in the third line kept 89 silver (V105 probe 5), small claims court in a case
    # with thin evidence 87 silver (V107 probe 1) — both auditors: at most bronze.
    ("no_premature_threat", "threat"): "bronze",
    ("no_premature_threat", "threat_other"): "bronze",
    # ... and the legal route announced before the negotiation failed: the same words in the
    # first minute are a premature threat (GUIDE §5; V112 probe 6: 80 silver).
    ("no_premature_threat", "too_early"): "bronze",
    # A confirmation promised with terms he never agreed to: the standard close is not
    # finished either (thirteenth audit: 100 gold after he had to correct the caller).
    ("confirm_in_writing", "wrong_terms"): "silver",
    # ... or read back wrong and left wrong, however right the letter (sixty-fourth audit).
    ("confirm_in_writing", "read_back_wrong"): "silver",
    # Arguing before asking (GUIDE §3: ask first) is no model call, however it ended: two
    # outside trainers put such calls at 70-85 and "bronze or low silver" (sixth audit).
    ("clarify_objection", "argued_first"): "silver",
    ("clarify_objection", "argued_first_refused"): "silver",
    ("clarify_objection", "argued_then_asked"): "silver",
    # Payment demanded over the open objection, and the customer dug in (eighth audit).
    ("handle_objection", "demanded_first"): "silver",
    ("handle_objection", "demanded_over_justified"): "silver",
    # A confirmation letter with another day than the one promised: in writing, the customer
    # may keep to the letter's day (twenty-sixth audit: 98 gold, "the date is missing").
    ("confirm_in_writing", "wrong_date"): "silver",
    # ... or another invoice number: the customer's accounts match the payment by it (fifty-
    # sixth and fifty-seventh audits: 98 gold, "as serious as a wrong date for an authority").
    ("confirm_in_writing", "wrong_number"): "silver",
    # The plan sent another way than the customer asked ("Fax it to the shop … Just not to my
    # home address." — "I'll email it to kempschippy@gmail.com"): GUIDE §4, sent as agreed with
    # him (V316 07r: 100 gold, its auditor: "at least a note").
    ("countersign", "channel_overridden"): "silver",
    # A discount offered on an unjustified objection and taken back: no money lost, but no
    # model call either (twenty-third audit).
    ("handle_objection", "conceded_then_taken_back"): "silver",
    # A compromise without limit ("free of charge, forever, no matter what"): the right kind
    # of move, but it binds the firm beyond this invoice (twenty-ninth audit: 100 gold).
    ("handle_objection", "unbounded_compromise"): "silver",
    # A plan confirmed in writing without asking him to sign it: GUIDE §4 makes the
    # countersignature the point of an instalment confirmation (V126 09: 92 gold, "not met:
    # countersign" beside it; its auditor: "a pass, but bronze or silver").
    ("countersign", "missing"): "silver",
}


@dataclass
class Verdict:
    """One check's decision, before it is put into words.

    reason: a key of the check's `reasons` texts (the one-line per-turn reason).
    evidence: the learner's words already quoted; None means "use the `missing` text".
    turn: the deciding turn; turns: every turn that contributed (for per-turn feedback).
    share: the fraction of the check's weight this verdict carries (letter parts split it).
    critical: failing it fails the whole call (outcome, unlawful pressure).
    """

    id: str
    passed: bool
    reason: str
    evidence: str | None = None
    turn: int | None = None
    turns: tuple[int, ...] = ()
    advice: str = "advice"
    better: str = "better"
    part: str | None = None
    share: float = 1.0
    values: dict[str, str] = field(default_factory=dict)
    #: A critical check: failing it fails the call whatever the share (GUIDE §6).
    critical: bool = False


def _fill(template: str, values: dict[str, str]) -> str:
    # Missing fields stay visible as {name} rather than raising: a text typo must never
    # crash the debrief.
    return template.format_map(defaultdict(str, values)) if template else ""


def render(
    v: Verdict, texts: dict[str, Any], values: dict[str, str], weight: float
) -> CheckVerdict:
    """The CHECK: id, passed, evidence, advice, better, turn, weight (+ reason, turns)."""
    t = texts["checks"][v.id]
    vals = {**values, **v.values}
    if v.part is not None:
        part = t["parts"][v.part]
        key = "pass" if v.passed else (v.reason if v.reason in part else "fail")
        reason = _fill(part[key], vals)
        better = _fill(part.get(v.better) or part["better"], vals)
    else:
        reason = _fill(t["reasons"][v.reason], vals)
        better = _fill(t.get(v.better) or t.get("better", ""), vals)
    evidence = v.evidence
    if evidence is None and v.part is not None:
        evidence = reason  # a letter part's fail text says what is missing
    elif evidence is None:
        missing = t.get("missing", {})
        evidence = _fill(missing.get(v.reason) or reason, vals)
    out = CheckVerdict(
        id=v.id,
        passed=v.passed,
        evidence=evidence,
        advice=_fill(t.get(v.advice) or t.get("advice", ""), vals),
        better=better,
        turn=v.turn,
        weight=round(weight * v.share, 4),
        reason=reason,
        turns=sorted(set(v.turns) | ({v.turn} if v.turn is not None else set())),
    )
    # Set only where they apply: the JSON of an ordinary check has neither key.
    if v.part is not None:
        out.part = v.part
    if v.critical:
        out.critical = True
    return out
