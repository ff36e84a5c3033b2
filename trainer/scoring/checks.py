"""The whole-call checks of GUIDE §3-§4, each applied only where the persona and the
course of the call make it meaningful (a check that does not apply returns None and is
neither listed nor counted)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

from .. import lazyre
from ..scenario.model import AGREEMENTS
from ..simulation.call import TERMS_HEARD_LINE
from ..simulation.terms import (
    arrival_after_run,
    cites_facts,
    fact_parts,
    leaves_part_unpaid,
    named_facts,
    parse_day,
    unagreed_sums,
)
from ..understanding.context import (
    CONFIRMS,
    PAPERS_SENT,
    REDUCTION,
    VAGUE_MOVES,
    demands_without_day,
)
from ..understanding.facts import extract_facts
from ..understanding.pressure import unlawful_pressure
from ..understanding.retraction import takes_back_reduction
from ..understanding.smalltalk import puts_off
from .opening import DEMANDS
from .outcome import (
    down_payment_only,
    exercised,
    no_down_payment,
    outcome,
    pressure,
    provoked_hang_up,
    says_waiver,
    thanks_for_the_yes,
)
from .terms import extract_terms, instalments_agreed
from .verdict import Verdict
from .view import CallView, Line, channel_overridden


def judge_call(view: CallView, *, letter: bool) -> list[Verdict]:
    """Verdicts for every whole-call check that applies; `letter`: a letter will be judged
    instead of the in-call promise to confirm in writing."""
    checks: list[Callable[[CallView], Verdict | list[Verdict] | None]] = [
        functools.partial(_pin_date_with_the_scenarios_move, letter=letter),
        clarify_objection,
        handle_objection,
        down_payment,
        date_for_rest,
        no_premature_threat,
    ]
    if not letter:
        checks += [confirm_in_writing]
    else:
        checks += [read_back_left_wrong]
    out: list[Verdict] = []
    for check in checks:
        v = check(view)
        out += v if isinstance(v, list) else [] if v is None else [v]
    if not letter and not any(v.reason in ("wrong_terms", "read_back_wrong") for v in out):
        # No confirmation promised, and the read-back he corrected left standing ("zahlungslauf
        # am 17. dezember" — "Nein, nicht ganz: … bis zum 10.12." — goodbye): named, at no
        # weight of its own (the missing confirmation already costs the check and the tier;
        # eightieth audit: "no message about it"); critical all the same (below).
        left = read_back_left_wrong(view)
        if left is not None:
            left.share = 0.0
            out.append(left)
    if letter and any(
        v.id == "pin_date" and v.reason == "read_back_wrong" and v.share > 0 for v in out
    ):
        # The wrong read-back left standing costs once: pin_date carries it (half the check,
        # V114 05), and it is named once — beside a letter with the right terms, a second
        # critical line under confirm_in_writing blamed the written confirmation for the
        # read-back (V216 04, V218 10, V219 05: "one slip failed twice").
        out = [
            v for v in out if not (v.id == "confirm_in_writing" and v.reason == "read_back_wrong")
        ]
    if not letter:
        out += countersign(view)
    step = next_step(view)
    if step is not None:
        out.append(step)
    handled = next((v for v in out if v.id == "handle_objection"), None)
    settled = (
        handled is not None
        and handled.passed
        and handled.reason.startswith(("pass_rebut", "pass_compromise"))
    )
    # The justified complaint argued away and no compromise after it: the refusal that
    # followed is the learner's doing, and the next step is no result (V280 p3).
    talked_away = (
        handled is not None and not handled.passed and handled.reason == "rebutted_justified"
    )
    out.append(outcome(view, step, settled=settled, talked_away=talked_away))
    return out


def _unvoiced(view: CallView) -> bool:
    """The customer never got to say why he has not paid (he apologises, or he is short
    of cash) because the call ended before he stated his position: a date or a down
    payment nobody asked for was then not missed, only never exercised (GUIDE §6; an
    outside trainer's audit: two lines, blame, a hang-up, both cash checks failed). A
    learner who made the move anyway is still judged."""
    return view.position_at is None


def _said(view: CallView) -> list[Line]:
    return [ln for ln in view.lines if not ln.pause]


def _split_unasked(view: CallView, agreed: dict[str, Any], at: Line) -> list[Verdict] | None:
    """A part now and the rest later, agreed with a customer who only forgot: he could pay it
    all, and the learner gave him credit nobody asked for (GUIDE §3: a concrete date and the
    amount). Six auditors failed such calls (V99 05, V106 06, V152 04, V155 05, V162 06, V166
    05 — in the last the customer had offered the whole sum by Friday next week); decision
    rule (6) of the forty-sixth session."""
    if agreed.get("now") is None or not (agreed.get("rest_date") or agreed.get("count")):
        return None
    found = _split_evidence(view, at) or view.quote(at)
    offered = _whole_offered_by(view)
    rest = parse_day(agreed.get("rest_date"))
    if offered is not None and rest is not None and rest <= offered and not agreed.get("count"):
        # The rest no later than the day he had offered for the whole sum: no credit given —
        # "Bis Freitag nächster Woche ist das überwiesen" (the 18th), then 800 € by the 11th
        # and the rest by the 18th failed critically as "a credit nobody asked for", its
        # better line the whole sum by that same 18th (V331 03 and p1: "at most a note").
        return [
            Verdict("pin_date", True, "pass", found, turn=at.index, part="agreed"),
            Verdict(
                "pin_date", False, "split_unneeded", view.quote(at), turn=at.index,
                part="near", share=0.0, advice="advice_split_unasked", better="better_near",
                values={"offered_date": view.day(offered)},
            ),
        ]  # fmt: skip
    return [
        Verdict("pin_date", True, "pass", found, turn=at.index, part="agreed", share=0.5),
        Verdict(
            "pin_date", False, "split_unasked", view.quote(at), turn=at.index, part="near",
            share=0.5, critical=True, advice="advice_split_unasked", better="better_near",
        ),
    ]  # fmt: skip


def _whole_offered_by(view: CallView) -> dt.date | None:
    """The earliest day the customer offered for the whole sum himself, before the learner
    asked for a part: his lines before the first learner line that names a part of the bill."""
    invoice = float(view.scenario.invoice.amount)
    part_at = next(
        (
            ln.index
            for ln in view.lines
            if any(0 < float(a) < invoice - 0.5 for a in ln.facts_of("amount"))
        ),
        None,
    )
    if part_at is None:
        return None
    days = [
        d
        for t in view.call.turns
        if t.speaker == "customer" and t.index < part_at
        for f in extract_facts(t.text, view.call.call_date)
        if f.kind == "date" and (d := parse_day(f.value)) is not None and d > view.call.call_date
    ]
    return min(days) if days else None


def _far_date(view: CallView, agreed: dict[str, Any], at: Line) -> Verdict | list[Verdict] | None:
    """A customer who simply forgot, given months to pay: "there's no rush at all, say the
    15th of March?" to a florist who would have paid that week passed 100 gold. Three outside
    trainers docked such calls (twentieth, twenty-second and thirty-sixth audits: 87 and 103
    days "is free credit, not a result", fail; 59 days "I would dock it"). Beyond the
    rubric's `far_payment_days` (a month) the day is docked — half the check, at most bronze;
    beyond twice that the promise is no result and the call fails."""
    days = [d for d in (parse_day(agreed.get(k)) for k in ("date", "rest_date")) if d is not None]
    if not days:
        return None
    last = max(days)
    late = (last - view.call.call_date).days
    limit = view.scenario.rubric.far_payment_days
    # A customer who cannot pay sooner (the scenario's `limits.earliest_days`) is given no
    # credit by a day after that.
    earliest = view.scenario.limits.earliest_days if view.scenario.limits else None
    limit = max(limit, earliest or 0)
    if late <= limit:
        return None
    values = {"far_date": view.day(last), "days": str(late)}
    if late > 2 * limit:
        return Verdict(
            "pin_date", False, "too_far", view.quote(at), turn=at.index, critical=True,
            values=values, advice="advice_far", better="better_near",
        )  # fmt: skip
    amount = float(agreed.get("amount") or view.scenario.invoice.amount)
    found = view.t["checks"]["pin_date"]["found"].format(
        quote=view.quote(at), date=view.day(last), amount=view.money(amount)
    )
    return [
        Verdict("pin_date", True, "pass", found, turn=at.index, part="agreed", share=0.5),
        Verdict(
            "pin_date", False, "far", view.quote(at), turn=at.index, part="near", share=0.5,
            values=values, advice="advice_far",
        ),
    ]  # fmt: skip


def _pin_date_with_the_scenarios_move(
    view: CallView, *, letter: bool = False
) -> Verdict | list[Verdict] | None:
    """`pin_date`, its better move the scenario's own (`model_answer`) where it has one: the
    clerk whose date waits on the order number was told both "Können Sie … bis Freitag
    überweisen?" (pin_date) and the scenario's line (outcome) — seventy-seventh audit."""
    found = pin_date(view, letter=letter)
    if not view.scenario.model_answer or found is None:
        return found
    for v in found if isinstance(found, list) else [found]:
        if not v.passed and v.part is None:
            v.better = "better_scenario"
    return found


def pin_date(view: CallView, *, letter: bool = False) -> Verdict | list[Verdict] | None:
    """apologises: a concrete date and amount – "bald" is not a promise. A day agreed, then
    said back wrong, corrected by the customer and left standing, earns half ("Dann halten wir
    fest: 1.428 Euro bis Montag, den 14. Dezember." — "Nein, nicht ganz: … bis zum
    11.12.2026." — "Tschö!": she hangs up with another day in her head; V114 05 and its probe
    4 scored 79 either way, and V104 p1, V108 06 asked the same)."""
    found = _pin_date(view)
    if not (isinstance(found, Verdict) and found.passed and found.reason == "pass"):
        return found
    wrong = view.wrong_read_back
    day = parse_day((getattr(view.call, "agreed_terms", None) or {}).get("date"))
    at = view.agreed_at
    if wrong is None and view.took_correction is not None and day is not None:
        found.part = "agreed"
        return [found, _correction_taken(view, view.took_correction, day)]
    if (
        wrong is None
        or wrong.index not in view.corrected
        # Without a letter, a read-back that promises the confirmation fails that check
        # itself; with one, the letter is judged on its own and the slip was said in the
        # call (V243 11, V246 10 and p4, V247 p2: "filed under the written confirmation",
        # beside a letter with the right terms — the learner is sent to fix the wrong step).
        or (wrong.firmly("confirm_in_writing") and not letter)
        or day is None
        or at is None
        or view.call.outcome not in AGREEMENTS
    ):
        return found
    return _read_back_left_wrong(view, found.evidence or "", at, wrong, day)


#: The rest put off with a vague time ("asap", "whenever", "as soon as you can").
_REST_VAGUE = lazyre.compile(
    r"\b(?:asap|a\.s\.a\.p|as\s+soon\s+as|whenever|when\s+you\s+can|sobald|so\s+bald\s+wie"
    r"|wann\s+immer|irgendwann|zeitnah|bald)\b",
    re.IGNORECASE,
)


def _rest_asked_vaguely(view: CallView, down: Line, agreed: Line) -> Line | None:
    """The learner's dateless ask for the rest ("the rest asap", "get that to me as soon as
    you can") between the down payment and the customer's yes, where none of those lines named
    a day to pay on; None otherwise."""
    between = [ln for ln in view.lines if down.index < ln.index <= agreed.index and not ln.pause]
    if any(view.future_payment_dates(ln) for ln in between):
        return None
    if any(ln.firmly("fix_payment_date") and not _REST_VAGUE.search(ln.text) for ln in between):
        # ... and she asked for his day in so many words: "And the rest, when do you reckon?"
        # (V55 06b: his day taken, 88 silver, its auditor's pass)
        return None
    rest_day = (getattr(view.call, "agreed_terms", None) or {}).get("rest_date")
    if any(str(rest_day) in ln.facts_of("date") for ln in view.after(down.index)):
        return None  # his day said back: pinned after all
    return next(
        (
            ln
            for ln in between
            # (the yes that took his day is no ask)
            if (ln.index < agreed.index or not ln.has("accept"))
            and (
                demands_without_day(ln.text, (str(f.get("kind")) for f in ln.facts))
                or ln.firmly(*VAGUE_MOVES)
            )
        ),
        None,
    )


def _asked_only_vaguely(view: CallView, lines: list[Line], took: Line) -> Line | None:
    """The learner's dateless call to pay ("as soon as possible", "zeitnah", "bald"), where no
    line of theirs up to the one that took his day named a day to pay on, and none asked for
    one; None otherwise (an open question for his day — "When is your next payment run?" — is
    no vague request)."""
    before = [ln for ln in lines if ln.index <= took.index]
    if any(view.future_payment_dates(ln) for ln in before):
        return None
    if any(ln.firmly("fix_payment_date") for ln in lines):
        # ... and she asked for his day in so many words, before or after his answer: "When's
        # your next payment run, and will it be in that one?" (V221 12, V171 10: their auditors
        # passed the calls, the day never said back — the forty-sixth session's silver)
        return None
    return next((ln for ln in before if ln.demand or ln.firmly(*VAGUE_MOVES)), None)


def _took_his_day(view: CallView, at: Line, day: dt.date) -> Line:
    """The learner line that took up the customer's day: `at`, unless `at` asked for another
    day he answered with his own ("bitte überweisen bis freitag" — "Das wäre dann der nächste
    Zahlungslauf, am 10. Dezember"); then the next line said (V131 05: the evidence quoted
    the Friday he had turned down as the day agreed)."""
    asked = view.future_payment_dates(at)
    if not asked or day in asked:
        return at
    return next((ln for ln in view.after(at.index) if not ln.pause), at)


def _pin_date(view: CallView) -> Verdict | list[Verdict] | None:
    if view.call.persona != "apologises" or view.call.outcome == "paid_already":
        return None
    lines = _said(view)
    agreed = getattr(view.call, "agreed_terms", None) or {}
    day = parse_day(agreed.get("date"))
    at = view.agreed_at
    partial = any(_part_payment(view, ln) for ln in lines)
    if at is not None and view.call.outcome in AGREEMENTS:
        split = _split_unasked(view, agreed, at)
        if split is not None:
            return split
        far = _far_date(view, agreed, at)
        if far is not None:
            return far
    if day is not None and at is not None and agreed.get("now") is None and not partial:
        # The day the customer agreed to pay the whole sum, quoted where he agreed: not the
        # first date in a line ("invoice reissued today … paid in the run on that date"
        # credited "1 December", the resend day; fifth outside audit).
        amount = float(agreed.get("amount") or view.scenario.invoice.amount)
        took = _took_his_day(view, at, day)
        found = view.t["checks"]["pin_date"]["found"].format(
            quote=view.quote(took), date=view.day(day), amount=view.money(amount)
        )
        said_days = {d for ln in lines for d in ln.facts_of("date")}
        if any(
            arrival_after_run(ln.text, dt.date.fromisoformat(d), day)
            for ln in lines
            if ln.index >= took.index or ln.has("summarise_agreement")
            for d in ln.facts_of("date")
        ):
            # His run said back with the day the money arrives: "So to confirm: … you pay
            # £3,850.00 in the next payment run, by 18 December at the latest." — "Yes — 15
            # December." (V319 09: "never said it back"; its auditor: she did)
            said_days.add(day.isoformat())
        if day.isoformat() not in said_days:
            # His day taken up and never said back ("Super, ich schick Ihnen eine kurze Mail
            # dazu. Tschüss!" to "Wie wäre es mit nächstem Freitag?"): agreed, but the
            # learner never made sure both mean the same day (the advice: "repeat both
            # back"; fourteenth audit: 100 gold, "at least no gold"). The date was agreed, so
            # the score keeps the check; the tier stays below gold (TIER_CAPS). Half the check
            # cost points too and turned a bronze pass into a fail (eighth audit's Behörde
            # call, which its trainer passed).
            wrong = view.wrong_read_back
            if wrong is not None and wrong.index in view.corrected:
                # Said back wrong, corrected, and left standing ("so £640 by fri 11 dec,
                # yeah?" — "No, not quite: … 18 December"): not "never said it back"
                # (seventy-fifth audit: the feedback misdescribed what happened).
                return _read_back_left_wrong(view, found, at, wrong, day)
            if view.took_correction is not None:
                return [
                    Verdict("pin_date", True, "pass", found, turn=took.index, part="agreed"),
                    _correction_taken(view, view.took_correction, day),
                ]
            put_off = _put_off_after(view, took)
            if put_off is not None:
                # ... and the learner's answer to his day put it off to another call ("we
                # shall call you back next week to check on the progress", "Ich ruf Sie dann
                # nächste Woche noch mal an, dann schauen wir weiter"): the day left open, no
                # result pinned (V166 11, V167 02: 93 silver where both auditors failed the
                # call; V162 11 the same). Decision rule (4) of the forty-sixth session.
                return [
                    Verdict("pin_date", True, "pass", found, turn=took.index, part="agreed",
                            share=0.5),
                    Verdict(
                        "pin_date", False,
                        "left_open" if puts_off(put_off.text) else "let_go",
                        view.quote(put_off), turn=put_off.index,
                        part="repeated", share=0.5, values={"date": view.day(day)},
                        critical=True, advice="advice_left_open",
                    ),
                ]  # fmt: skip
            vague = _asked_only_vaguely(view, lines, took)
            if vague is not None and wrong is None:
                # ... and the learner had asked only for "as soon as possible", never named a
                # day, and he named his own: the day is his, pinned by no one ("Then kindly do
                # the needful and release the payment at the earliest, sir. As soon as possible
                # only." — "Our next payment run is on 15 December."; V240 09, V238 02, V235 11,
                # V100 03: 90–98 silver, four outside trainers "fail"; GUIDE
                # §3: "bald" is no promise, and the learner said it). Half the check, and the
                # call fails, as a day left open does (decision rule (4) above).
                return [
                    Verdict("pin_date", True, "pass", found, turn=took.index, part="agreed",
                            share=0.5),
                    Verdict(
                        "pin_date", False, "vague_only", view.quote(vague), turn=vague.index,
                        part="repeated", share=0.5, values={"date": view.day(day)},
                        critical=True, advice="advice_left_open",
                    ),
                ]  # fmt: skip
            if wrong is not None:
                # Said back wrong, and his answer kept his day without a "not quite" ("Yes —
                # 15 December. I've made a note on the file." to "… the payment run on
                # December 29th"): the same note, but not "never said it back" (V217 08: the
                # debrief contradicted the transcript).
                return [
                    Verdict("pin_date", True, "pass", found, turn=took.index, part="agreed"),
                    Verdict(
                        "pin_date", False, "read_back_other", view.quote(wrong),
                        turn=wrong.index, part="repeated", share=0.0,
                        values={"date": view.day(day), "what": _read_back_what(view, wrong)},
                    ),
                ]  # fmt: skip
            return [
                Verdict("pin_date", True, "pass", found, turn=took.index, part="agreed"),
                Verdict(
                    "pin_date", False, "not_repeated", view.quote(took), turn=took.index,
                    part="repeated", share=0.0, values={"date": view.day(day)},
                ),
            ]  # fmt: skip
        return Verdict("pin_date", True, "pass", found, turn=took.index)
    no_amount: Line | None = None
    ultimatum: Line | None = None
    for i, ln in enumerate(lines):
        dates = view.future_payment_dates(ln)
        if dates and ln.firmly("threaten_legal"):
            # An ultimatum's day ("Sollte der Betrag nicht bis zum 11. Dezember eingehen, sehen
            # wir uns gezwungen …") is no day pinned with the customer (thirteenth audit:
            # "Konkreten Termin festgemacht" quoting the threat, in a call that agreed nothing);
            # the debrief says so rather than "without a concrete date" (fifty-ninth audit).
            ultimatum = ultimatum or ln
            continue
        if not dates:
            continue
        amounts = [a for earlier in lines[: i + 1] for a in _sums_to_pay(earlier)]
        # Nothing but the whole invoice was ever discussed, so the whole invoice is meant.
        if amounts or not partial:
            amount = float(amounts[-1]) if amounts else view.scenario.invoice.amount
            found = _split_evidence(view, ln) or view.t["checks"]["pin_date"]["found"].format(
                quote=view.quote(ln), date=view.day(dates[-1]), amount=view.money(amount)
            )
            # Asked for, not agreed: say so ("festgemacht" for a day he said no to, twentieth
            # audit; the outcome check judges what came of it).
            # A date he turned down (or never took up) is no result and earns nothing: six
            # audits of the thirty-eighth session ("Könnten Sie die 6240 Euro trotzdem bis
            # Freitag überweisen?" refused, and "proposed" passed, 15 points).
            agreed = view.call.outcome in AGREEMENTS
            if not agreed and (now := down_payment_only(view)) is not None:
                # "Gut, 600,00 € kriege ich hin. Und der Rest?" and the rest "bis Mitte Januar
                # oder so": the down payment was agreed, the rest's day never — not "a date
                # and amount the customer never agreed to" (V252 05, which the learner could
                # see was untrue).
                return Verdict(
                    "pin_date", False, "down_only", found, turn=ln.index,
                    values={"now": view.money(now)},
                )  # fmt: skip
            reason = "pass" if agreed else "proposed"
            return Verdict("pin_date", agreed, reason, found, turn=ln.index)
        no_amount = no_amount or ln
    if no_amount is not None:
        return Verdict("pin_date", False, "no_amount", view.quote(no_amount), turn=no_amount.index)
    if ultimatum is not None:
        return Verdict("pin_date", False, "ultimatum", view.quote(ultimatum), turn=ultimatum.index)
    # "Jo, bald is gut. Dat passt schon." takes his "bald" up: the line that let the date go
    # (V105 03: "Kein Satz mit einem konkreten Datum", the line itself never shown).
    vague = next(
        (
            ln
            for ln in lines
            if ln.has("fix_payment_date", "summarise_agreement", *VAGUE_MOVES)
            and not ln.firmly("threaten_legal")
        ),
        None,
    )
    # "Just pay it as soon as you can. Bye." (read as a goodbye) lets the date go in so
    # many words: the vague promise this check is about, even where the customer never got
    # to apologise. The opener and a reproach are judged by the opening checks.
    vague = vague or next(
        (
            ln
            for ln in lines
            if view.keyword(ln.text, "pay")
            and not ln.has("neutral_opener_open_invoice", "accusatory_opener")
        ),
        None,
    )
    if vague is not None:
        return Verdict("pin_date", False, "vague", view.quote(vague), turn=vague.index)
    if _unvoiced(view):
        return None
    return Verdict("pin_date", False, "missing")


def _correction_taken(view: CallView, took: Line, day: dt.date) -> Verdict:
    """His correction of a read-back taken up with the promise to confirm, his day never said
    by the learner (rule (5) of the forty-sixth session): no dispute in the making, but no
    gold either — as his day never said back."""
    return Verdict(
        "pin_date", False, "correction_taken", view.quote(took), turn=took.index,
        part="repeated", share=0.0, values={"date": view.day(day)},
    )  # fmt: skip


def _put_off_after(view: CallView, took: Line) -> Line | None:
    """The learner's first line after the one that took up the customer's day, where it puts
    the matter off to another call and names no payment day (`smalltalk.puts_off`) — or
    hands him time without a day instead ("Dann überweist du's halt bald, gell?", "lass gut
    sein, zahl halt, wann du kannst" to his "Bis Freitag nächster Woche ist das überwiesen":
    V204 03 and p5, 93 silver where its auditor failed the call; GUIDE §3: "bald" is no
    promise, and here the learner said it)."""
    after = next((ln for ln in view.after(took.index) if not ln.pause), None)
    if after is None or view.future_payment_dates(after):
        return None
    if puts_off(after.text) or after.firmly(*VAGUE_MOVES):
        return after
    return None


def _read_back_left_wrong(
    view: CallView, found: str, at: Line, wrong: Line, day: Any
) -> list[Verdict]:
    """pin_date when the day was agreed, then said back wrong, corrected by the customer and
    left standing: half the check (the agreed day stands; the learner never said it right),
    and critical: the two hung up with different terms. Rejected in the thirty-seventh session
    (614 → 613 on the audits of the time); asked for by seven auditors since, and replayed on
    all 139 folders in the forty-fifth: 29 of the 41 calls whose verdict moved came out as
    their auditors had judged them (benchmarks/README.md). Keeping a day or two off as the
    lesser fault did less well (18 of 25): the auditors failed 11 of the 16 such calls."""
    words = view.t["checks"]["pin_date"]["corrected_to"]
    values = {
        "date": view.day(day),
        "what": _read_back_what(view, wrong),
        "corrected": words["day"].format(date=view.day(day)),
    }
    if _wrong_sum(view, wrong):
        # "corrected it to 11 December 2026" for a sum said wrong named only the day (V218 10)
        agreed = getattr(view.call, "agreed_terms", None) or {}
        amount = float(agreed.get("amount") or view.scenario.invoice.amount)
        values["corrected"] = words["sum"].format(amount=view.money(amount), date=view.day(day))
    return [
        Verdict("pin_date", True, "pass", found, turn=at.index, part="agreed", share=0.5),
        Verdict(
            "pin_date", False, "read_back_wrong", view.quote(wrong), turn=wrong.index,
            part="repeated", share=0.5, values=values, critical=True, advice="advice_read_back",
        ),
    ]  # fmt: skip


def _read_back_what(view: CallView, wrong: Line) -> str:
    """What a wrong read-back named, in words: "another day", or its sums and days."""
    words = view.t["checks"]["pin_date"]["read_back_what"]
    if not _wrong_sum(view, wrong):
        return str(words["day"])
    # ... and the sum too: "so we have 460 pounds on monday 14 december, yes?" for his
    # £640 by the 18th was named only for its day (V144 12, p4)
    said = [view.money(float(a)) for a in wrong.facts_of("amount")]
    if set(map(str, wrong.facts_of("date"))) <= view.agreed_days:
        # the sum alone was wrong: "1.248 Euro bis zum 18. Dezember" for his 1.428 € by the
        # 18th is no other day (V228 04)
        return str(words["sum_only"].format(said=", ".join(said)))
    said += [view.day(d) for d in wrong.facts_of("date")]
    return str(words["sum"].format(said=", ".join(said)))


def _part_payment(view: CallView, line: Line) -> bool:
    """Whether the line speaks of paying in parts. A "down payment" of the whole invoice is
    none: "… könnten Sie die 6.240 Euro nicht doch schon bis zum 4. Dezember anweisen?"
    (read as one, 0.74) sent `pin_date` down the path that takes the first dated line, and
    it credited that day, which he turned down, beside his 10 December (sixteenth audit)."""
    if line.has("propose_instalments"):
        return True
    if not line.has("request_down_payment"):
        return False
    total = view.scenario.invoice.amount
    sums = line.facts_of("amount")
    return not sums or any(abs(float(a) - total) >= 0.5 for a in sums)


#: A fee named beside its sum: "80 Euro Mahngebühren", "a £40 late fee", "Mahnkosten von 5 Euro".
#: (not every "Kosten": "die Gesamtkosten von 3.420 Euro" are the bill)
_FEE_WORD = (
    r"(?:\w*geb(?:ü|ue)hr\w*|(?:mahn|inkasso|bearbeitungs|zusatz|verzugs)kosten|\w*pauschale"
    r"|\w*zinsen|fees?|charges?|interest)"
)
_FEE_AFTER = lazyre.compile(rf"^\s*(?:[\w-]+\s+)?{_FEE_WORD}\b", re.IGNORECASE)
_FEE_BEFORE = lazyre.compile(
    rf"\b{_FEE_WORD}\s+(?:von|in\s+h(?:ö|oe)he\s+von|of)\s*$", re.IGNORECASE
)


def _sums_to_pay(ln: Line) -> list[Any]:
    """The sums of `ln` less a fee's ("… und dann kommen noch 80 Euro Mahngebühren dazu" was
    the evidence "Termin: 11.12.2026, Betrag: 80,00 €" for the invoice's day: V255 04)."""
    out = []
    for f in ln.facts:
        if f.get("kind") != "amount" or not f.get("value"):
            continue
        said = str(f.get("text") or "")
        at = ln.text.find(said) if said else -1
        if at >= 0 and (
            _FEE_AFTER.search(ln.text[at + len(said) : at + len(said) + 40])
            or _FEE_BEFORE.search(ln.text[max(0, at - 40) : at])
        ):
            continue
        out.append(f["value"])
    return out


def _split_evidence(view: CallView, line: Line) -> str | None:
    """With a down payment and a dated rest on the table after `line`, the evidence names
    both parts ("300 € bis 27.11., Rest 2.080 € bis 15.12."), never the rest's date beside
    the down payment. The terms are the engine's own reading (simulation.terms), so the
    debrief and the customer never disagree about what was proposed."""
    terms = view.call.table.as_of(line.index)
    if not (terms.get("now") and terms.get("rest") and terms.get("rest_date")):
        return None
    text = view.t["checks"]["pin_date"]
    now_date = terms.get("now_date")
    when = text["now_by"].format(date=view.day(now_date)) if now_date else text["right_away"]
    return str(
        text["found_split"].format(
            quote=view.quote(line),
            now=view.money(float(terms["now"])),
            now_when=when,
            rest=view.money(float(terms["rest"])),
            rest_date=view.day(terms["rest_date"]),
        )
    )


def clarify_objection(view: CallView) -> Verdict | None:
    """disputes: ask what exactly is wrong before arguing or conceding."""
    if not view.objections:
        return None
    at, _ = view.objections[0]
    after = [ln for ln in view.after(at) if not ln.pause]
    asked = next((ln for ln in after if _asks_what_is_wrong(ln)), None)
    if asked is None:
        asked = _asked_it_out(view, at)
    argued = next(
        (ln for ln in after if ln.has("rebut_unjustified_objection", "offer_compromise")), None
    )
    if asked is not None and (argued is None or asked.index <= argued.index):
        return Verdict("clarify_objection", True, "pass", view.quote(asked), turn=asked.index)
    if argued is not None:
        # Giving in at once is a different fault from arguing at once: name the one made.
        key = "argued_first" if argued.has("rebut_unjustified_objection") else "conceded_first"
        refused = view.refused_at
        if key == "argued_first" and refused is not None and refused > argued.index:
            # He dug in after being argued with: the question the learner skipped is what
            # might have moved him, so the call keeps at most silver (TIER_CAPS; sixth outside
            # audit: gold for a court ending the learner provoked).
            key = "argued_first_refused"
        if asked is not None:
            # ... and asked only after it: "… unsere Leute arbeiten eigentlich immer sehr
            # sauber." then "Was genau ist Ihnen denn im Raum 3 aufgefallen?" was told "ohne
            # nachzufragen", which the learner can see is untrue (V186 03).
            key = "argued_then_asked" if key != "conceded_first" else "conceded_then_asked"
        return Verdict("clarify_objection", False, key, view.quote(argued), turn=argued.index)
    first = after[0].index if after else None
    return Verdict("clarify_objection", False, "missing", turn=first)


#: A question for what exactly is wrong, in so many words ("Was genau passt denn nicht?",
#: "What exactly isn't right?", "Which room is it?").
_WHAT_EXACTLY = lazyre.compile(
    r"\b(?:was|wo|wie|welche[rsnm]?)\s+(?:\w+\s+){0,2}?genau\b|\bwas\s+(?:\w+\s+){0,2}?"
    r"(?:passt|stimmt|ist)\s+(?:\w+\s+){0,2}?nicht\b|\bin\s+welche[mr]\b"
    r"|\b(?:what|where|which)\s+(?:\w+\s+){0,2}?exactly\b|\bwhat(?:'s|\s+is)\s+(?:\w+\s+)?wrong\b"
    r"|\bwhat\s+(?:\w+\s+){0,2}?(?:isn'?t|is\s+not)\s+right\b",
    re.IGNORECASE,
)


def _asked_it_out(view: CallView, at: int) -> Line | None:
    """The learner's question right before the objection, which drew it out: the customer
    hinted ("Darüber wollte ich ohnehin mit Ihnen reden."), the learner asked "Oje. Was genau
    passt denn nicht, in welchem Raum ist das?" and she named the fault (V107 04: read as the
    reason question before any objection, and "Gleich argumentiert, ohne nachzufragen")."""
    before = [ln for ln in view.lines if ln.index < at and not ln.pause]
    if not before:
        return None
    last = before[-1]
    asks = "?" in last.text and last.has("ask_reason", "clarify_objection")
    return last if asks and _WHAT_EXACTLY.search(last.text) else None


def _asks_what_is_wrong(line: Line) -> bool:
    """The line asks what exactly is wrong: its main reading, a question, or read surely. A
    side reading of a statement is no question ("Madam, the shelves were perfectly fine when
    I left, kindly do not make excuses.": blame 0.80, a rebuttal 0.74, the question 0.43 —
    seventy-third audit: "Asked what exactly is wrong" for a line that asks nothing)."""
    if not line.has("clarify_objection"):
        return False
    sure = dict(line.confidence).get("clarify_objection", 1.0)
    if line.leading == "clarify_objection" or "?" in line.text:
        return True
    # A statement read first as the facts or a reproach asks nothing, however sure its side
    # reading ("Die Arbeit war in Ordnung, die Rechnung bleibt, wie sie ist.": a rebuttal 0.98,
    # the question 0.67 — V265 p2: "Beim Einwand genau nachgefragt").
    return sure >= 0.6 and line.leading not in ("rebut_unjustified_objection", "accusatory_opener")


def handle_objection(view: CallView) -> Verdict | None:
    """Rebut what the scenario marks unjustified; compromise on what is justified."""
    if not view.objections:
        return None
    verdicts: list[Verdict] = []
    raised = view.objections
    for k, (at, objection) in enumerate(raised):
        until = raised[k + 1][0] if k + 1 < len(raised) else None
        lines = [ln for ln in view.after(at) if until is None or ln.index < until]
        # Only firm readings: a guess neither fails this check nor passes it ("No, those
        # shelves were solid, I'm sure of it" read as a rebuttal at 0.35 was credited as
        # "cleared up with facts" — second outside audit).
        rebuts = [ln for ln in lines if ln.firmly("rebut_unjustified_objection")]
        rebut = rebuts[0] if rebuts else None
        comp = next((ln for ln in lines if ln.firmly("offer_compromise")), None)
        values = {"claim": objection.claim}
        if objection.facts:
            values["facts"] = objection.facts
        weak = not objection.justified and view.scenario.case.evidence == "weak"
        # An unjustified objection without proof is its own lesson: the compromise is right
        # because court would not pay off, not because the customer has a point.
        kind = "justified" if objection.justified else "weak" if weak else "unjustified"
        common: dict[str, Any] = {
            "advice": f"advice_{kind}",
            "better": f"better_{kind}",
            "values": values,
        }
        # Rebut what is unjustified, compromise on what is justified (the scenario knows).
        if objection.justified:
            if rebut is not None and _compromise_first(rebut):
                # The rework itself, faintly read as an argument too ("Wir machen das wieder
                # gut. Mein Geselle kommt am Mittwoch … entfernt die Spritzer": compromise 0.88,
                # rebuttal 0.48) is the compromise, not an argument against the complaint
                # (V229 02: "Gegen einen berechtigten Einwand argumentiert" after "Da haben Sie
                # recht", 87 silver for the article's own move).
                rebut = next((ln for ln in rebuts if not _compromise_first(ln)), None)
            # A reproach that waves the complaint away argues against it as much as a
            # polite rebuttal ("Na ja, so ein paar Spritzer, das geht doch mit nem feuchten
            # Lappen weg, deswegen hält man doch nicht die ganze Rechnung zurück" cost only
            # the tone point, its polite twin failed this check: fiftieth audit).
            waved = next((ln for ln in lines if ln.firmly("accusatory_opener")), None)
            if waved is not None and (rebut is None or waved.index < rebut.index):
                rebut = waved
            moves = [(rebut, False, "rebutted_justified"), (comp, True, "pass_compromise")]
            if rebut is not None and comp is not None and comp.index <= rebut.index:
                # The rebuttal's own faint compromise reading ("Nee, dat kann eigentlich nit
                # sein, der Geselle hat Raum 3 ordentlich fertig jemacht": a rebuttal 0.90 and
                # a compromise 0.48) is not the compromise he offered two lines on (ninety-
                # sixth audit: "weggeredet, statt einen Kompromiss anzubieten" beside an
                # accepted rework and 10 % off).
                later = (ln for ln in lines if ln.index > rebut.index)
                comp = next((ln for ln in later if ln.firmly("offer_compromise")), comp)
            if rebut is not None and comp is not None and comp.index > rebut.index:
                # Argued against a justified complaint, then put it right with a compromise:
                # the result is right, the handling was not (GUIDE §3: argue only against
                # what is unjustified). Three outside trainers put such calls at 70-85, "fail
                # or at most 75" (sixth and thirteenth audits); with this check passed they
                # scored 93. The compromise is named in the reason, so the feedback is fair.
                moves = [(rebut, False, "rebutted_justified_then_compromise")]
        elif weak:
            # Without evidence a compromise is the sensible way out (court would not pay
            # off). A rebuttal has no facts to clear anything up with: "they were level when
            # I left, I checked them myself" is the learner's word against the customer's
            # (two outside audits expected it failed, not "cleared up with facts").
            moves = [(comp, True, "pass_compromise_weak"), (rebut, False, "rebutted_weak")]
        else:
            # A compromise after the facts is fine: it saves the cost of court. GUIDE §3: the
            # objection is cleared up "with facts" — a date, a figure, a record ("Sie haben die
            # Abnahme am 2. Oktober unterschrieben"); a bare "unsere Arbeit war ordentlich"
            # contradicts and clears nothing up, unless facts follow in a later line.
            # (not the facts said as the ultimatum's ground: "Du hast die Abnahme doch
            # unterschrieben. Also zahl einfach, sonst geht das ans Gericht – ganz freundlich
            # gemeint." and he hung up: it cleared nothing up — V319 p6, "cleared up with
            # facts" beside the threat; where he gave in to the facts, they did, and the threat
            # is charged on its own — V323 p5)
            last = max((ln.index for ln in view.lines if not ln.pause), default=-1)
            cited = next(
                (
                    ln
                    for ln in rebuts
                    if _cites_facts(view, ln)
                    and not _blame_first(ln)
                    and not (
                        ln.firmly("threaten_legal")
                        and ln.index == last
                        and view.call.outcome == "hang_up"
                    )
                ),
                None,
            )
            bare = rebut is not None and cited is None
            rebut = cited or rebut
            moves = [
                (rebut, not bare, "rebutted_bare" if bare else "pass_rebut"),
                (comp, False, "conceded_unjustified"),
            ]
            if (
                bare
                and rebut is not None
                and comp is not None
                and comp.index > rebut.index
                and _gives_money(comp)
            ):
                # A bare word against the claim, then money: nothing was cleared up, and the
                # money went on a documented claim all the same ("I kind of thought the booking
                # form was phase two, but I might be wrong." then 15 % off — V244 10: "rebutted
                # bare", 87 silver; its auditor: "the very mistake this scenario teaches").
                moves = [(comp, False, "conceded_unjustified")]
            elif comp is not None and rebut is not None and comp.index < rebut.index:
                # Money offered first, the facts after: the offer decides, unless it was
                # taken back ("Actually, sorry, no, I have to take that back, I can't do the
                # discount. The booking form is phase two …": twenty-third audit, 100 gold).
                back = _taken_back(view, comp)
                moves = [
                    (
                        back or comp,
                        False,
                        "conceded_then_taken_back" if back else "conceded_unjustified",
                    )
                ]
        line, passed, key = next(
            ((ln, ok, k) for ln, ok, k in moves if ln is not None), (None, False, "missing")
        )
        gift = _unasked_concession(view, comp) if key == "pass_rebut" else None
        if gift is not None:
            # The facts had settled it, then money went anyway: the customer took the discount
            # as a gift his scenario never asked for (seventeenth audit: "How about I take 10%
            # off?" after "Fine — I'll pay." passed as "cleared up with facts", 87 silver).
            line, passed, key = gift, False, "conceded_after_facts"
            if _large_gift(view):
                # ... and a fifth of the bill or more given away fails the call: 10 % and 50 %
                # off after "Fine — I'll pay." both scored 87 silver (V330 12 and p3: "£1,200
                # given away cannot score like £240"). A small goodwill discount stays the
                # lesser fault the fifty-fifth session left it (ten auditors passed such calls).
                key = "conceded_after_facts_large"
                given = float(view.scenario.invoice.amount) - float(
                    view.call.agreed_terms["amount"]
                )
                values["gift"] = view.money(given)
            if not _gives_money(gift):
                # free work, not money ("komm einfach vorbei, ich guck kostenlos drauf" was
                # called a discount: thirty-eighth audit)
                key = "conceded_work_after_facts"
                if _only_a_look(gift):
                    # Only a look, in case the fault is real after all: the invoice stands
                    # in full (forty-fourth audit: "wenns nächste woche imer noch quietscht
                    # kommen sie vorbei, wir guckn kostenlos drüber" failed a fair call; the
                    # customer thanked for it and paid the whole sum).
                    passed, key = True, "pass_rebut_check"
        refused = view.refused_at
        if (
            key == "pass_rebut"
            and not objection.justified
            and not weak
            and comp is not None
            and line is not None
            and comp.index > line.index
            and (refused is None or refused > comp.index)
            and not _only_a_look(comp)
        ):
            # The facts said, he stood by his complaint, and money or free work went before he
            # had refused to pay: a compromise saves the cost of court only once the facts have
            # failed (GUIDE §3: "if the customer still refuses, the legal route"). Two outside
            # trainers: 5 % off after "Nein. Ich sehe das anders." (V231 04: 93 gold, "at least
            # a note"), 30 % and free work after "Like I said …" (V230 p3: 80 silver, "fail").
            line, passed = comp, False
            key = (
                "conceded_before_refusal" if _gives_money(comp) else "conceded_work_before_refusal"
            )
        if (
            key == "pass_rebut"
            and line is not None
            and refused is not None
            and refused > line.index
            and view.call.outcome not in AGREEMENTS  # a later fact won him back
        ):
            key = "pass_rebut_refused"  # the right move, but nothing was "cleared up"
        elif (
            key == "pass_rebut"
            and line is not None
            and refused is None
            and view.call.outcome not in AGREEMENTS
            and (
                announced := next(
                    (ln for ln in view.after(line.index) if _announces(view, ln)), None
                )
            )
            and (unsaid := _facts_unsaid(view, objection.facts, at, announced.index))
        ):
            # One fact, "Protokoll hin oder her", and the court announced: the objection still
            # stood, not "cleared up with facts" beside "announced too early" (fifty-second and
            # fifty-fourth audits: the lesson — the other facts first — was never said). The
            # facts not yet said, not all of them (V239 p5 and 11: the advice listed the three
            # the learner had just given); with every fact said, the announcement is the other
            # checks' to judge.
            passed, key = False, "rebut_unfinished"
            common["values"] = {**values, "facts": "; ".join(unsaid)}
        demand = _demanded_first(lines, line)
        if passed and demand is not None and refused is not None and refused > demand.index:
            # Payment demanded over the open objection, and he dug in after it: the facts
            # or the compromise that came later are right, but the order cost the deal
            # (GUIDE §3: clear up the objection, then the date). One fault, at most silver
            # (TIER_CAPS; eighth outside audit: 100 gold for a call the push closed up).
            line, passed, key = demand, False, "demanded_first"
        elif (
            passed
            and objection.justified
            and (pushed := _demanded_first(lines, line, firm_only=True)) is not None
        ):
            # Payment pressed while a justified complaint stood, before the compromise: "Verstehe,
            # das ist ärgerlich, klar. Aber … ich brauche das Geld bis Freitag." then the rework
            # offered — 100 gold, the push never named (V211 04 and p1). Where the customer has
            # a point the compromise comes first (GUIDE §3), whether or not he dug in.
            line, passed, key = pushed, False, "demanded_over_justified"
        if passed and comp is not None and line is comp and _UNBOUNDED.search(comp.text):
            # "… any time they wobble again I'll sort them free of charge, forever, no matter
            # what": a compromise without limit binds the firm beyond this invoice (twenty-
            # ninth audit: 100 gold). The right kind of move, not a model one: at most silver.
            passed, key = False, "unbounded_compromise"
        if line is None:
            v = Verdict("handle_objection", False, "missing", turn=None, **common)
        else:
            # Money given away on a documented claim nobody cleared up: the compromise the
            # call "reached" is the learner's loss, not a result (GUIDE §3: compromise only
            # where the customer has a point). Two outside trainers would not pass it (third
            # audit: "fail or bronze at best"; fifth audit: "fail"), so it fails the call.
            # Money given after the facts had settled it stays a lesser fault: made critical
            # in the fifty-fifth session (V244 p2, V234 p5 asked for it), it moved thirteen
            # older calls, and ten of their auditors had passed them (benchmarks/README.md).
            v = Verdict(
                "handle_objection", passed, key, view.quote(line), turn=line.index,
                critical=key in ("conceded_unjustified", "conceded_after_facts_large"), **common,
            )  # fmt: skip
        verdicts.append(v)
    # One check for the call: the first mistake decides, else the last success.
    return next((v for v in verdicts if not v.passed), verdicts[-1])


#: The share of the bill given away from which a gift after the facts fails the call.
LARGE_GIFT = 0.2


def _large_gift(view: CallView) -> bool:
    """Whether the reduction agreed leaves the firm a fifth of the bill or more short."""
    agreed = getattr(view.call, "agreed_terms", None) or {}
    if not agreed.get("compromise") or agreed.get("amount") is None:
        return False
    invoice = float(view.scenario.invoice.amount)
    return invoice > 0 and (invoice - float(agreed["amount"])) / invoice >= LARGE_GIFT


def _facts_unsaid(view: CallView, facts: str | None, start: int, end: int) -> list[str]:
    """The objection's facts (`simulation.terms.fact_parts`) that no learner line between turn
    `start` and turn `end` named."""
    said = " ".join(ln.text for ln in view.lines if start <= ln.index < end)
    lang = view.scenario.language
    named = set(named_facts(said, facts, lang))
    return [f for f in fact_parts(facts) if f not in named]


def _compromise_first(line: Line) -> bool:
    """The line is read as a compromise more surely than as a rebuttal."""
    conf = dict(line.confidence)
    return conf.get("offer_compromise", 0.0) > conf.get("rebut_unjustified_objection", 0.0)


def _gives_money(line: Line) -> bool:
    """The concession is money (a reduction, a sum or a percentage), not free work."""
    return bool(REDUCTION.search(line.text) or line.facts_of("amount") or line.facts_of("percent"))


def _only_a_look(line: Line) -> bool:
    """Free work that is only a look at the fault, within bounds: the invoice stands."""
    return _FREE_LOOK.search(line.text) is not None and _UNBOUNDED.search(line.text) is None


#: Free work that is only a look at the fault (inspect, check), not doing the job again.
_FREE_LOOK = lazyre.compile(
    r"\b(?:gu(?:ck|g)\w*|schau\w*|nachseh\w*|nachzuseh\w*|anseh\w*|anzuseh\w*|pr(?:ü|ue)f\w*"
    r"|check\w*|look(?:s|ed)?|inspect\w*|take\s+a\s+look|have\s+a\s+look)\b",
    re.I,
)
#: A concession without limit: "forever", "no matter what", "any time … free", "für immer",
#: "egal was", "jederzeit kostenlos".
_UNBOUNDED = lazyre.compile(
    r"\b(?:forever|for\s+life|lifetime|no\s+matter\s+what|f(?:ü|ue)r\s+immer|auf\s+ewig"
    r"|lebenslang\w*|egal\s+was)\b"
    # "immer noch" is "still" ("wenn's immer noch quietscht, … ich guck kostenlos drauf")
    r"|\b(?:any\s*time|whenever|every\s+time|jederzeit|jedes\s+mal|immer(?!\s+noch))\b.{0,50}"
    r"\b(?:free|no\s+charge|on\s+the\s+house|kostenlos|umsonst|gratis)\b",
    re.I,
)


def _unasked_concession(view: CallView, comp: Line | None) -> Line | None:
    """A compromise the customer took as a gift: his state had no answer to it (the scenario
    never asks for one there, the objection being settled or never his point), so he thanked
    the learner for it. Only for unjustified objections (the caller's branch)."""
    if comp is None:
        return None
    turns = view.call.turns
    reply = next((t for t in turns if t.index > comp.index and t.speaker == "customer"), None)
    if reply is not None and reply.line_id == TERMS_HEARD_LINE:
        return comp
    # ... or took the day beside it and the reduction with it: "Fine — I'll pay. When do
    # you need it?" — "Tell you what, I'll knock £200 off, so £2,200 by Friday the 18th?"
    # (sixty-sixth audit: "Cleared up an unjustified objection with facts", while its own
    # advice says giving in gives away money you are owed). His state had no answer to a
    # compromise: nothing there asked for one.
    sized = bool(comp.facts_of("amount") or comp.facts_of("percent"))
    asked = "offer_compromise" in view.scenario.transitions_in(comp.state_before)
    return comp if sized and REDUCTION.search(comp.text) and not asked else None


def _demanded_first(
    lines: list[Line], answer: Line | None, *, firm_only: bool = False
) -> Line | None:
    """The first payment demand after the objection and before the line that met it. With
    `firm_only`, only a day, a down payment or instalments firmly asked for, in a line that
    offers or asks nothing else about the fault: "Können Sie mir das ein bisschen
    beschreiben?" is no demand, whatever `Line.demand` makes of it."""
    if answer is None:
        return None
    return next(
        (
            ln
            for ln in lines
            if ln.index < answer.index
            and (
                ln.firmly(*DEMANDS) and not ln.firmly("offer_compromise", "clarify_objection")
                if firm_only
                else ln.demand or ln.firmly(*DEMANDS)
            )
        ),
        None,
    )


def _blame_first(line: Line) -> bool:
    """The line is heard as a reproach at least as surely as a rebuttal: its "facts" are the
    jab ("I'm sorry you feel that way, but maybe if you read your own e-mails you'd know what
    you asked for": blame 0.95, a rebuttal 0.44, and "Cleared up an unjustified objection
    with facts" for it — V145 10)."""
    conf = dict(line.confidence)
    blame = conf.get("accusatory_opener", 0.0)
    return line.firmly("accusatory_opener") and blame >= conf.get("rebut_unjustified_objection", 0)


def _cites_facts(view: CallView, line: Line) -> bool:
    """The line names a fact: a date, a figure, or a document or record (`keywords.facts`);
    the same test as the customer's `offer.facts` (`simulation.terms.cites_facts`)."""
    return cites_facts(line.text, (f.get("kind") for f in line.facts), view.language)


def _cash_problems(view: CallView) -> bool:
    return bool(view.call.persona == "cash_problems" and view.call.outcome != "paid_already")


def _asks_down_payment(line: Line, view: CallView) -> bool:
    """Read as a down payment, answered as one, or a line that put a part payment on the
    table: "Dann überweis halt mal 500 Euro diese Woche, und den Rest, wenn's wieder läuft"
    asks for 500 now however it was read, and the customer heard it so; the debrief must
    not then say no down payment was asked for (second outside audit)."""
    return (
        (line.has("request_down_payment") and not _whole_sum(line, view))
        or line.trigger == "request_down_payment"
        or line.index in view.down_payment_turns
    )


def _whole_sum(line: Line, view: CallView) -> bool:
    """The line names the whole invoice and no part of it: "I need the whole £1,190, all of it,
    by Friday. No partial stuff." is the opposite of a down payment (fifty-third audit: it
    passed the down-payment check)."""
    amounts = line.facts_of("amount")
    total = view.scenario.invoice.amount
    return bool(amounts) and all(float(a) >= total - 0.005 for a in amounts)


def down_payment(view: CallView) -> Verdict | None:
    if not _cash_problems(view):
        return None
    asked = next((ln for ln in view.lines if _asks_down_payment(ln, view)), None)
    if asked is None:
        return None if _unvoiced(view) else Verdict("down_payment", False, "missing")
    return Verdict("down_payment", True, "pass", view.quote(asked), turn=asked.index)


def date_for_rest(view: CallView) -> Verdict | None:
    """After the down payment, at once a concrete date for the rest."""
    if not _cash_problems(view):
        return None
    # Proposed, not agreed, where the call reached no result: the feedback says so (forty-
    # seventh audit: "Fixed a date for the rest" in a call that ended with nothing agreed).
    ok = "pass" if view.call.outcome in AGREEMENTS else "proposed"
    down = next((ln for ln in view.lines if _asks_down_payment(ln, view)), None)
    table = view.call.table
    if down is not None and any(
        ln.has("propose_instalments") and "now" not in table.as_of(ln.index)
        for ln in view.after(down.index)
    ):
        # The down payment dropped for a plan of the whole sum (the chippy owner has nothing
        # up front): the plan is what is judged, not any later day as "the rest's" (fifty-
        # ninth audit: four of £650 on £2,760 "proposed a date for the rest").
        down = None
    if down is not None:
        agreed = view.agreed_at
        dates = view.future_dates(down)
        agreed_rest = (getattr(view.call, "agreed_terms", None) or {}).get("rest_date")
        if agreed is not None and agreed.index > down.index and view.future_dates(agreed):
            # The date the customer accepted, not one he turned down on the way ("790 quid by
            # the 15th of December then", not "… by Friday next week?": outside audit).
            rest: Line | None = agreed
        elif (len(dates) >= 2 or (dates and view.keyword(down.text, "rest"))) and (
            view.call.table.as_of(down.index).get("rest_date")
        ):
            # The rest's own day, as the customer heard it: "£400 today and the rest whenever
            # the catering money comes in" names today for the down payment only (thirty-third
            # audit: "Fixed a date for the rest").
            return Verdict("date_for_rest", ok == "pass", ok, view.quote(down), turn=down.index)
        elif agreed is not None and agreed.index >= down.index and agreed_rest:
            # His own day for the rest, taken up with a yes ("The rest I could pay by 16
            # December — would that work?" — "Yeah no worries, go with that."): the rest has
            # its day (fifty-fifth audit: "no date for the rest" beside an agreed rest date);
            # that it was never said back is pin_date's note.
            rest = agreed
            vague = _rest_asked_vaguely(view, down, agreed)
            if vague is not None:
                # ... unless the learner had asked for the rest only "asap" and never named a
                # day: his day, pinned by no one ("And the rest, the £790, you just get that
                # to me asap, y'hear?" — "The rest I could pay from 21 December" — "Sounds
                # good, partner."; V319 08: 88 silver, its auditor a fail; V312 p1 the same).
                # As pin_date's "asap" (decision rule (4) of the forty-sixth session), the
                # call fails.
                return Verdict(
                    "date_for_rest", False, "vague_only", view.quote(vague), turn=vague.index,
                    turns=(down.index, vague.index), critical=True,
                    values={"date": view.day(agreed_rest)},
                    better="better", advice="advice",
                )  # fmt: skip
        else:
            # A later line's day that is the rest's, as the customer heard it: "£400 Friday and
            # the rest soon as you can" names the down payment's Friday again, and no day for
            # the rest (seventy-fifth audit: "Proposed a date for the rest").
            rest = next(
                (
                    ln
                    for ln in view.after(down.index)
                    if (rd := table.as_of(ln.index).get("rest_date")) is not None
                    and str(rd) in {d.isoformat() for d in view.future_dates(ln)}
                ),
                None,
            )
        # A customer who has nothing up front (his rubric drops the down payment) is shown the
        # plan, not "the remaining £2,000.00 by Friday 18 December" after the £760 he could
        # not find (V104 07, V105 11: the advice contradicted the outcome's).
        whole_plan = no_down_payment(view)
        better = "better_instalments" if whole_plan else "better"
        advice = "advice_instalments" if whole_plan else "advice"
        if rest is None and ok != "pass":
            # The rest's day said and never taken up: "And the balance of £790 by the 15th
            # of January, sir. Thank you for your time, have a nice day." got "Okay, I'll
            # send the first bit. Bye." (V313 p5: "no date for the rest" — its auditor:
            # the evidence contradicts the transcript; the fault is that he never said yes).
            said = next(
                (
                    ln
                    for ln in view.after(down.index)
                    # a day of its own, not the down payment's ("£400 on Friday and the rest
                    # asap"), and no vague time ("whenever things pick up after Christmas":
                    # V316 08)
                    if set(view.future_payment_dates(ln)) - set(view.future_dates(down))
                    and view.keyword(ln.text, "rest")
                    and not ln.firmly(*VAGUE_MOVES)
                    and not _REST_VAGUE.search(ln.text)
                ),
                None,
            )
            if said is not None:
                key = "proposed_at_goodbye" if said.has("close_politely") else "proposed"
                return Verdict(
                    "date_for_rest", False, key, view.quote(said),
                    turn=said.index, turns=(down.index, said.index),
                    better=better, advice=advice,
                )  # fmt: skip
        if rest is not None:
            return Verdict(
                "date_for_rest",
                ok == "pass",
                ok,
                view.quote(rest),
                turn=rest.index,
                turns=(down.index, rest.index),
                better=better,
                advice=advice,
            )
        return Verdict(
            "date_for_rest",
            False,
            "no_date",
            turn=down.index,
            values={"quote": view.quote(down)},
            better=better,
            advice=advice,
        )
    plans = [ln for ln in view.lines if ln.has("propose_instalments") and view.future_dates(ln)]
    # A dated plan that leaves part of the bill unpaid fixes no date for that part (twenty-
    # ninth audit: "three instalments of £500" on £2,760 "fixed a date for the rest" while the
    # customer asked "What about the rest?").
    plan = next(
        (ln for ln in plans if not leaves_part_unpaid(table.as_of(ln.index), table.total)), None
    )
    if plan is not None:
        # (a plan he never agreed to is no "date for the rest" proposed: V236 10 and p2, three
        # dated instalments and "Instalments … I don't know")
        key = ok if ok == "pass" else "plan_proposed"
        return Verdict("date_for_rest", ok == "pass", key, view.quote(plan), turn=plan.index)
    if plans:
        short = plans[-1]
        return Verdict(
            "date_for_rest", False, "plan_short", turn=short.index,
            values={"quote": view.quote(short)},
        )  # fmt: skip
    if _unvoiced(view):
        return None
    # No down payment is due from him (his rubric drops it): the rest is the whole sum, so the
    # better line is a plan, not "the remaining £2,060" after a down payment he cannot make
    # (seventeenth audit).
    better = "better_instalments" if no_down_payment(view) else "better"
    return Verdict("date_for_rest", False, "missing", better=better)


#: A reading this sure is a move of the line, whichever reading comes first.
SURE_SECOND_MOVE = 0.8


def _announces(view: CallView, line: Line) -> bool:
    """A calm legal announcement the line was heard as: read firmly, and not a side reading
    of a line whose surer move the customer answered ("So it'll go out with the next payment
    run then?": a date 0.53, the legal route 0.50 beside it; the clerk answered the date, and
    the debrief said "announced the legal route" — sixth outside audit). Statutory default
    interest or fees named without a legal step ("… dass gemäß § 288 BGB Verzugszinsen
    anfallen können") are a consequence, not the legal route (ninth audit)."""
    if not line.firmly("announce_legal_route"):
        return False
    if view.keyword(line.text, "interest") and not view.keyword(line.text, "legal"):
        return False
    # A side reading is a weak one beside the line's move; a sure one is the line's other move
    # ("If it's not paid by Friday I'll have to take you to the small claims court.": the date
    # 0.98, the court 0.96 — with the date read first it went unnamed, "No threat in the
    # whole call", nineteenth session).
    sure = dict(line.confidence).get("announce_legal_route", 0.0) >= SURE_SECOND_MOVE
    side = line.leading not in (None, "announce_legal_route") and not sure
    answered_else = line.trigger not in (None, "announce_legal_route", "threaten_legal")
    # ... unless it names the legal step in so many words: "I understand. Per our policy,
    # accounts more than 30 days past due may be referred to a third-party collection agency."
    # (V328 p5: empathy 0.95 first, the customer thanked her for it, and "No threat in the
    # whole call" in the fourth line of the call)
    named = view.keyword(line.text, "legal") is not None
    return not (side and answered_else) or named


def no_premature_threat(view: CallView) -> Verdict | list[Verdict] | None:
    """No intimidation; the legal route only after negotiation failed. Unlawful pressure
    is a critical failure of its own. A threat fails it wherever it comes; the pass needs
    a negotiation to have kept calm in: not applicable when the call ended before the
    customer stated his position (two lines, a reproach, a hang-up earn no "no threat in
    the whole call" point: GUIDE §6, no free points)."""
    unlawful = pressure(view)
    if unlawful is not None:
        return unlawful
    if not exercised(view):
        return None
    failed_at = view.refusal_heard_at
    # After his refusal the legal route is due, and a firm step reads a little like a threat;
    # but a threat he hung up on was one (fifty-second audit, call 09: "Ich erwarte das Geld
    # bis Ende der Woche, sonst gebe ich das an ein Inkasso." — "no threat in the whole
    # call" beside "the customer hung up after your threat").
    provoked = provoked_hang_up(view)
    hung_up_on = provoked[0] if provoked is not None and provoked[1] == "threat" else None
    # ... and once he came round after it, the negotiation is on again: "If not, I will have
    # no choice but to take this to the small claims court" right after "Fine. Fix them
    # properly and I'll pay. When?" is no step after a failed negotiation (eightieth audit:
    # "no premature threat").
    back = view.came_round_at
    # A threat to a customer who has already said yes threatens nothing but the agreement:
    # "Wenn nicht, dann ich gehe sofort zu Anwalt, und das wird sehr teuer fur Sie" right
    # after "Bis zum 18.12.2026 ist das Geld bei Ihnen" kept silver (eighty-sixth audit: "a
    # fail or at least a bronze cap"). Named so, and it caps the tier (TIER_CAPS).
    agreed = view.agreed_at
    for ln in view.lines:
        again = back is not None and ln.index > back
        if ln.firmly("threaten_legal") and (
            failed_at is None or ln.index < failed_at or ln is hung_up_on or again
        ):
            after = agreed is not None and ln.index > agreed.index
            reason = "after_agreement" if after else "threat"
            if reason == "threat" and not view.keyword(ln.text, "legal"):
                # A threat without a legal step is no "legal action": "… sonst kann ich eure
                # Taxis nicht mehr vorziehen" was told "Mit rechtlichen Schritten gedroht", with
                # advice about court and lawyers (V248 finding 2).
                reason = "threat_other"
            return Verdict(
                "no_premature_threat", False, reason, view.quote(ln), turn=ln.index,
                **thanks_for_the_yes(view, ln.index),
            )  # fmt: skip
        if _announces(view, ln) and (failed_at is None or ln.index < failed_at or again):
            # ... and the court announced to a customer who has just said yes (ninety-first
            # audit: "Dann werde ich das gerichtliche Mahnverfahren beantragen" after "Bis zum
            # 18.12.2026 ist das Geld bei Ihnen", 80 silver): as the threat, at most bronze.
            after = agreed is not None and ln.index > agreed.index
            reason = "after_agreement" if after else "too_early"
            return Verdict(
                "no_premature_threat", False, reason, view.quote(ln), turn=ln.index,
                **thanks_for_the_yes(view, ln.index),
            )  # fmt: skip
    if not view.negotiated:
        return None
    late = next((ln for ln in view.lines if ln.firmly("threaten_legal")), None)
    if late is not None:
        # A threat after his refusal is not premature, but it is no calm announcement either:
        # "No threat in the whole call" beside a line shown as a threat read as a contradiction
        # (eighty-eighth audit: "If it's not paid by Friday I'll take you to the small claims
        # court"). next_step judges the step itself. Half the check: said as an ultimatum it
        # costs (V113 11: "if it's not in by Friday, I'll be taking you to the small claims
        # court, simple as" scored the same as the calm announcement of its probe 2).
        quote = view.quote(late)
        # Without evidence the legal route is no step to show as the better line (V146 09: "…
        # I have the paperwork for it" where next_step said to waive): a compromise is.
        better = "better_weak" if view.scenario.case.evidence == "weak" else "better"
        return [
            Verdict(
                "no_premature_threat", True, "pass_after_refusal", quote, turn=late.index,
                part="timing", share=0.5, better=better,
            ),
            Verdict(
                "no_premature_threat", False, "ultimatum", quote, turn=late.index,
                part="tone", share=0.5, better=better,
            ),
        ]  # fmt: skip
    return Verdict("no_premature_threat", True, "pass")


#: ... unless the same line puts the agreement in it (or confirms, `CONFIRMS`).
_AGREEMENT_SENT = lazyre.compile(
    r"\b(?:vereinbar\w*|absprache\w*|abgesprochen|besprochen|ratenplan\w*|ratenvereinbarung\w*"
    r"|zusage|agree\w*|arrangement|terms|plan|discussed|termin\w*|dates?|betr[äa]ge?|amounts?"
    # a summary of what was said, the payment itself ("fass ich Ihnen per Mail zusammen also
    # Rechnung mit Bestellnummer und Zahlung zum zehnten": twentieth audit, no confirmation)
    r"|zusammen\w*|summar\w*|recap\w*|zahlung(?!slink)\w*|payment(?!\s+link)"
    # the call's result: "Ich halte das Ergebnis unseres Gesprächs per E-Mail fest." beside
    # "die Unterlagen liegen vor" for the court (V196 05: "Nur die Rechnung geschickt")
    r"|ergebnis\w*|results?|outcome)\b",
    re.I,
)


#: ... or sends what was said along with the invoice ("Ich schick Ihnen das heute noch per
#: Mail mit der korrigierten Rechnung": thirty-sixth audit, "only the invoice sent" while the
#: customer answered "Ja, schicken Sie mir das bitte schriftlich").
_WITH_THE_INVOICE = lazyre.compile(
    r"\b(?:das|dies|alles)\s+(?:\w+\s+){0,6}?(?:mit|samt|zusammen\s+mit)\s+(?:der|die|den)\s+"
    r"(?:\w+\s+)?rechnung"
    r"|\b(?:that|this|everything|it\s+all)\s+(?:\w+\s+){0,6}?(?:with|along\s+with|together\s+with)"
    r"\s+the\s+(?:\w+\s+)?invoice",
    re.I,
)


#: ... or everything in writing, the papers with it ("Ich schicke Ihnen alles schriftlich,
#: Protokoll und Fotos": eighty-sixth audit, the agreement among "alles").
_EVERYTHING_IN_WRITING = lazyre.compile(
    r"\b(?:alles|everything|das\s+ganze|it\s+all)\s+(?:\w+\s+){0,2}?(?:schriftlich|in\s+writing)",
    re.I,
)


#: "Again", in both languages.
_AGAIN_WORDS = r"(?:nochmal|nochmals|noch\s*(?:ein)?mal|erneut|again|re-?send\w*)"
_SENT_AGAIN = lazyre.compile(rf"\b{_AGAIN_WORDS}\b", re.IGNORECASE)
#: The customer asking for the invoice to be sent again ("Schicken Sie sie mir noch einmal?").
_INVOICE_ASKED = lazyre.compile(
    rf"\b(?:rechnung|invoice|bill)\w*\b[^.!?]*\b{_AGAIN_WORDS}"
    rf"|\b{_AGAIN_WORDS}\b[^.!?]*\b(?:rechnung|invoice|bill)",
    re.IGNORECASE,
)


#: ... or saying it never reached him: "ich habe gar keine Rechnung von Ihnen bekommen!",
#: "bei mir ist keine Rechnung angekommen", "I never got the invoice".
_INVOICE_MISSING = lazyre.compile(
    r"\bkeine\s+(?:\w+\s+){0,2}?rechnung\w*\s+(?:\w+\s+){0,4}?(?:bekommen|erhalten|gesehen|angekommen)"
    r"|\brechnung\w*\s+(?:\w+\s+){0,4}?(?:nie|nicht)\s+(?:\w+\s+)?(?:angekommen|bekommen|erhalten)"
    r"|\bnever\s+(?:got|received|saw|had)\s+(?:\w+\s+){0,2}?(?:invoice|bill)"
    r"|\b(?:invoice|bill)\s+(?:\w+\s+){0,3}?never\s+(?:arrived|came|reached|got\s+here)"
    r"|\b(?:didn'?t|haven'?t|have\s+not|did\s+not)\s+(?:get|got|receive|received|see|seen)\s+"
    r"(?:\w+\s+){0,2}?(?:invoice|bill)",
    re.IGNORECASE,
)


def _resends_what_he_asked(view: CallView, ln: Line) -> bool:
    """A line that sends "again" what the customer just asked to have again, the invoice:
    "Schick ich nochmal per Mail." to "Also, schicken Sie mir die Rechnung noch mal?" (V128
    02: passed as the written confirmation of the day agreed later, 86 silver) — or said
    he never got: "ich schick ihnen die nochmal per mail, heute noch" to "ich habe gar keine
    Rechnung von Ihnen bekommen!" (V200 04: "Schriftliche Bestätigung angekündigt", 86
    silver, no confirmation ever promised). After a deal "ich schick Ihnen das nochmal per
    Mail" confirms it, and stays one."""
    turns = view.call.turns
    before = next(
        (t for t in reversed(turns) if t.index < ln.index and t.speaker == "customer"), None
    )
    return (
        before is not None
        and bool(_INVOICE_ASKED.search(before.text) or _INVOICE_MISSING.search(before.text))
        and bool(_SENT_AGAIN.search(ln.text))
        # ("heute noch" is when it goes out, no term of a deal)
        and all(str(d) == view.call.call_date.isoformat() for d in ln.facts_of("date"))
        and not (CONFIRMS.search(ln.text) or _AGREEMENT_SENT.search(ln.text))
    )


def _sends_only_the_invoice(text: str) -> bool:
    """ "Ich schicke Ihnen die Rechnung nochmal per Mail.", "I'll email you the invoice
    again.": writing, but not the agreement (issue 10's hard negative "E-Mail without any
    confirmation"; the recogniser still reads such lines as the written confirmation, which
    the customer answers naturally, so the check tells them apart)."""
    # ... nor the papers of the dispute: "Gerne schicke ich Ihnen Abnahmeprotokoll und Fotos
    # noch heute per E-Mail." passed as the confirmation, 100 gold (ninety-eighth audit)
    return bool(PAPERS_SENT.search(text)) and not (
        CONFIRMS.search(text)
        or _AGREEMENT_SENT.search(text)
        or _WITH_THE_INVOICE.search(text)
        or _EVERYTHING_IN_WRITING.search(text)
    )


def _taken_back(view: CallView, offer: Line) -> Line | None:
    """The learner's line after `offer` that takes its reduction back, if any."""
    return next(
        (
            ln
            for ln in view.after(offer.index)
            if not ln.pause and takes_back_reduction(ln.text, view.language)
        ),
        None,
    )


def confirm_in_writing(view: CallView) -> Verdict | list[Verdict] | None:
    """Agreement reached: say it will be confirmed in writing (the letter, when written,
    is judged by letter.check_letter instead)."""
    if view.call.outcome not in AGREEMENTS:
        return None
    # "I'll e-mail you the invoice again" before anything was agreed confirms nothing:
    # the promise to confirm must come once terms are on the table.
    start = _terms_named_at(view)
    promised = [
        ln
        for ln in view.lines
        if ln.has("confirm_in_writing")
        and ln.index >= start
        # a line that names the day restates the agreement beside the invoice ("Also bis zum
        # fünfzehnten Dezember, Rechnung GD-2026-044 – und ich schreib Ihnen das mit der
        # Rechnung nochmal in die Mail": twenty-first audit, capped at silver)
        and not (_sends_only_the_invoice(ln.text) and not ln.facts_of("date"))
        and not _resends_what_he_asked(view, ln)
    ]
    said = next((ln for ln in promised if ln.index not in view.corrected), None)
    misread = view.wrong_read_back
    if promised and (said is None or misread is not None):
        # Every promise to confirm restated terms he corrected ("Also dann bis Montag, den 14.
        # Dezember. Ich schick Ihnen das per E-Mail." after his promise for the 4th:
        # thirteenth audit, 100 gold), or the terms it confirms were read back wrong and
        # never put right ("So just to confirm: … by the 5th of December" for his run on the
        # 15th, then "I'll send you a short email confirming that": fourteenth audit). A
        # correct promise later still counts. A letter with those terms would not match what
        # he promised.
        wrong = misread or promised[0]
        # A wrong sum the customer said "No, not quite" to, confirmed anyway: the written
        # agreement asks for money he never promised (two outside trainers failed such calls:
        # the nineteenth and twenty-seventh audits). Another day is the lesser fault (the
        # ninth audit passed a read-back of the 15th for his run on the 10th): at most silver.
        critical = wrong.index in view.corrected and _wrong_sum(view, wrong)
        return Verdict(
            "confirm_in_writing", False, "wrong_terms", view.quote(wrong), turn=wrong.index,
            critical=critical, **_say_his_terms(view),
        )  # fmt: skip
    if said is None:
        if _ended_on_the_agreement(view):
            # The customer agreed and hung up in the same breath: the learner had no turn
            # left to promise the confirmation, so nothing exercised the check (GUIDE §6:
            # not applicable, not failed; an outside trainer's audit, two calls).
            return None
        invoice = next(
            (ln for ln in view.lines if ln.has("confirm_in_writing") and ln.index >= start), None
        )
        if invoice is not None:
            # Heard as a written confirmation, but it sends only the invoice ("I'll send a
            # revised invoice over by email"): say so, rather than "no written confirmation
            # mentioned" beside a line the call screen marked as one (twenty-eighth audit).
            return Verdict(
                "confirm_in_writing", False, "invoice_only", turn=invoice.index,
                values={"quote": view.quote(invoice)},
            )  # fmt: skip
        return Verdict("confirm_in_writing", False, "missing")
    # Announced, not written: the promise earns two thirds, the letter itself the last third
    # — its day, sum and number are what the customer may hold the firm to, and a letter with
    # a wrong day fails the call, so a promise alone must not score above a written letter
    # with a slip (V324 06 / p2: no letter 100, a letter without the date 98; V325 12 / p3;
    # V297 01 / p5; V309 p1). The letter step after the call earns the rest.
    return [
        Verdict(
            "confirm_in_writing", True, "pass", view.quote(said), turn=said.index,
            part="announced", share=2 / 3,
        ),
        Verdict(
            # (no turn: the letter is after the call, not a fault of the promise's line)
            "confirm_in_writing", False, "not_written", view.quote(said),
            part="letter", share=1 / 3, values=_say_his_terms(view)["values"],
        ),
    ]  # fmt: skip


def read_back_left_wrong(view: CallView) -> Verdict | None:
    """With a letter, which is judged instead of the promise to confirm: the learner's last
    read-back named terms the customer had not agreed to and was never put right ("Dann
    halte ich fest: … 2.830 Euro … bis 18. Dezember" for his 2.380 € by the 11th — "Nein,
    nicht ganz: …" — then on to the e-mail). A correct letter does not undo it: the two
    hung up having said different terms, the seed of a payment dispute (sixty-fourth and
    sixty-fifth audits: 100 and 98 gold, "gold is wrong, it must cost points and be named").
    It fails the call, however right the letter (forty-fifth session, `_read_back_left_wrong`)."""
    if view.call.outcome not in AGREEMENTS:
        return None
    wrong = view.wrong_read_back
    if wrong is None:
        return None
    return Verdict(
        "confirm_in_writing", False, "read_back_wrong", view.quote(wrong), turn=wrong.index,
        critical=True, **_say_his_terms(view),
    )  # fmt: skip


def _say_his_terms(view: CallView) -> dict[str, Any]:
    """The better move after a read-back he corrected: his terms, said back, then the
    confirmation — not the learner's own "I'll confirm it by e-mail" again (seventy-third
    audit: the model line was the line the learner had just said)."""
    from .letter import terms_text  # the letter's wording of the agreed payments

    return {
        "better": "better_read_back",
        # ... with the read-back's advice, not the letter's (V324 03: "Bestätigen Sie die
        # Vereinbarung kurz per E-Mail …" beside a read-back he had corrected)
        "advice": "advice_read_back",
        "values": {"agreed_terms": terms_text(view, extract_terms(view))},
    }


def _wrong_sum(view: CallView, line: Line) -> bool:
    """Whether `line` names a sum that is none of the agreed ones (nor the invoice's)."""
    agreed = getattr(view.call, "agreed_terms", None) or {}
    said = [float(a) for a in line.facts_of("amount")]
    return unagreed_sums(said, agreed, float(view.scenario.invoice.amount))


def _ended_on_the_agreement(view: CallView) -> bool:
    """The customer's agreement was also the end of the call (an `end:` state the learner's
    last line led to, not a goodbye or hang-up of the learner's)."""
    said = _said(view)
    if not said or view.call.end_reason != "end_state":
        return False
    last = said[-1]
    st = view.scenario.states.get(last.state_after)
    if st is None or st.end not in AGREEMENTS or "close_politely" in last.intents:
        return False
    # ... and it came with that line, or with the read-back of it (the step right before
    # promising the confirmation): a learner who had other turns in an agreed state had
    # the chance to promise it there.
    before = view.scenario.states.get(said[-2].state_after) if len(said) > 1 else None
    fresh = before is None or (before.agreed not in AGREEMENTS and before.end not in AGREEMENTS)
    return fresh or last.has("summarise_agreement")


def _terms_named_at(view: CallView) -> int:
    """The first learner line that put payment terms on the table (or the customer agreed)."""
    terms = ("fix_payment_date", "request_down_payment", "propose_instalments", "offer_compromise")
    states = view.scenario.states
    for ln in view.lines:
        st = states.get(ln.state_after)
        agreed = st is not None and (st.agreed in AGREEMENTS or st.end in AGREEMENTS)
        if ln.has(*terms) or agreed:
            return ln.index
    return 10**9


#: A signature reported, not asked for: "die Fahrer haben dat Prüfprotokoll ohne Beanstandung
#: unterschrieben", "you signed the handover on 3 March" (V106 06: a rebuttal of an objection
#: nobody made passed the countersign check). A question stays an ask ("Haben Sie den Plan
#: schon unterschrieben?"), and so does "unterschrieben zurück".
_SIGNED_BEFORE = lazyre.compile(
    r"\b(?:hat|haben|hatte|hatten|hast|habt|wurde|wurden|ist)\b[^.?!]{0,60}?"
    r"\b(?:unterschrieben|unterzeichnet|gegengezeichnet|signiert)\b(?!\s+zur(?:ü|ue)ck)(?![^.?!]*\?)"
    r"|(?:\b(?:has|had|was|were)\s+(?:\w+\s+){0,2}?|\byou\s+|\b(?:they|he|she|we)\s+(?:have\s+)?)"
    r"signed\b(?![^.?!]*\?)",
    re.IGNORECASE,
)


#: "sign" the noun: "£300 by Friday, as sign that we go together?" asked for no signature
#: and passed countersign (V311 11), as "a good sign that …" would.
_A_SIGN = lazyre.compile(r"(?:\bas\s+(?:a\s+)?|\b(?:a|an|good|first)\s+)sign\b", re.IGNORECASE)


def _asks_signature(view: CallView, text: str) -> bool:
    """Whether the line asks for the customer's signature (not one reported as given)."""
    text = _A_SIGN.sub(" ", text)
    return view.keyword(text, "sign") is not None and not _SIGNED_BEFORE.search(text)


def countersign(view: CallView) -> list[Verdict]:
    """Instalments agreed: ask the customer to sign the written terms. A written "yes" by
    e-mail ("schreib kurz zurück, dass es passt") is half of it — the terms in writing from
    his side, without the signature that acknowledges the debt (GUIDE §4, §6: a half-met
    criterion must not become zero; fifth outside audit)."""
    if not instalments_agreed(view.call):
        return []
    lines = _said(view)
    asked = next((ln for ln in lines if _asks_signature(view, ln.text)), None)
    if asked is not None:
        split = signed_but_sent_otherwise(view, view.quote(asked), asked.index)
        if split is not None:
            return split
        return [Verdict("countersign", True, "pass", view.quote(asked), turn=asked.index)]
    if _ended_on_the_agreement(view):
        # He agreed and hung up in the same breath: no turn was left to ask for his signature
        # (twenty-fourth audit: "£790 by 15th." — goodbye — "countersign: not met").
        return []
    reply = next((ln for ln in lines if view.keyword(ln.text, "reply")), None)
    if reply is None:
        offered = _signature_offered(view)
        if offered is not None:
            # "I'll sign it and send it back": he offered; the learner still has to ask for it
            # and agree how it comes back (GUIDE §4) — said so, rather than a bare "did not
            # ask" beside his offer (twenty-ninth audit: "pedantic").
            quote = str(view.t["quote"]).format(offered.text)
            return [Verdict("countersign", False, "offered", quote, turn=offered.index)]
        return [Verdict("countersign", False, "missing")]
    quote = view.quote(reply)
    return [
        Verdict("countersign", True, "pass", quote, turn=reply.index, part="written", share=0.5),
        Verdict("countersign", False, "missing", turn=reply.index, part="signature", share=0.5),
    ]


def signed_but_sent_otherwise(view: CallView, asked: str, turn: int | None) -> list[Verdict] | None:
    """countersign where the signature was asked (`asked`, quoted) but the terms go another way
    than the customer named ("Fax it to the shop, I'll sign it and fax it back. Just not to my
    home address." — "I'll email it to kempschippy@gmail.com"): half of it, the other half
    failed (GUIDE §4, "send it (fax, agreed with the customer) so it reaches no one wrong";
    V316 07r: 100 gold, its auditor: "at least a note"). None where he named none or she kept
    to his. In the call and beside a letter (`letter.letter_verdicts`)."""
    other = channel_overridden(view)
    if other is None:
        return None
    line, his, said = other
    return [
        Verdict("countersign", True, "pass", asked, turn=turn, part="asked", share=0.5),
        Verdict("countersign", False, "channel_overridden", view.quote(line), turn=line.index,
                part="channel", share=0.5, values={"his": his, "said": said}),
    ]  # fmt: skip


def _signature_offered(view: CallView) -> Any:
    """The customer's turn after the agreement in which he offers to sign, if any."""
    agreed = view.agreed_at
    return next(
        (
            t
            for t in view.call.turns
            if t.speaker == "customer"
            and (agreed is None or t.index > agreed.index)
            and view.keyword(t.text, "sign")
        ),
        None,
    )


#: Why a claim is let go: the cost against the sum, the relationship, goodwill.
_WAIVE_REASON = lazyre.compile(
    r"\b(?:because|since|as\s+(?:it|the|a|this)|not\s+worth|worth\s+it|cost\w*|courts?|fees?"
    r"|more\s+than|no\s+sense|pointless|relationship|goodwill|keep\s+you|customer"
    r"|for\s+the\s+sake|small\s+claims?|lawyers?|solicitors?"
    r"|weil|da\s+(?:es|das|die|der|sich|ein)|lohn\w*|kost\w*|gericht\w*|aufwand|mehr\s+als"
    r"|sinn\w*|anwalt\w*|beziehung|kulanz|zusammenarbeit|kunde|des\s+friedens)\b",
    re.IGNORECASE,
)


def _unlawful_after(view: CallView, lines: list[Line]) -> Line | None:
    """The first of `lines` with unlawful pressure in it, if any."""
    return next(
        (
            ln
            for ln in lines
            if not ln.pause and unlawful_pressure(ln.text, view.language) is not None
        ),
        None,
    )


def next_step(view: CallView) -> Verdict | None:
    """After a failed call: the legal route with evidence, or waive a claim that would cost
    more in court than it brings (the scenario's case decides which)."""
    outcome = view.call.outcome
    failed_at = view.refused_at
    if failed_at is None and outcome not in ("legal_route", "waive_claim"):
        return None
    if view.came_round and outcome not in ("legal_route", "waive_claim"):
        return None  # he took a later proposal up: the call did not fail for good
    if outcome in AGREEMENTS:
        # He refused, and a later argument won him back: the call did not fail, so there
        # is no next step to choose (a refused date, then the second fact and his promise,
        # scored "no next step chosen").
        return None
    recommended = view.scenario.case.recommended_step
    # The refusal may come in the very turn the learner announces the next step (the
    # learner's line is what the customer refused in): that line counts as "after".
    after = [ln for ln in view.lines if failed_at is None or ln.index >= failed_at]
    lawful = [
        ln
        for ln in after
        if ln.has("announce_legal_route", "threaten_legal")
        and unlawful_pressure(ln.text, view.language) is None
        # the waiver's own reason names the court: "I'll leave it there — a court case over
        # £180 would cost us both more than it is worth" is no legal route announced (V278
        # p6: "Announced the legal route although it would cost more than it brings")
        and not says_waiver(view, ln)
    ]
    # The calm announcement, where the threat came first and the learner then said it
    # properly (a threat is no step any more, see below).
    legal = next((ln for ln in lawful if ln.firmly("announce_legal_route")), None) or next(
        iter(lawful), None
    )
    waive = next((ln for ln in after if says_waiver(view, ln)), None)
    reminder = next(
        (ln for ln in after if not ln.pause and view.keyword(ln.text, "reminder")), None
    )
    chose_legal = outcome == "legal_route" or (legal is not None and outcome != "waive_claim")
    # A waiver must be said (GUIDE §4, §6): the outcome alone, reached by silence or a
    # goodbye, is no announced next step. Where the scenario models the waiver (an end
    # with the outcome), the customer must also have taken it as one, so a waiver she
    # did not accept (said before the complaint was dealt with) is not credited either.
    models_waiver = any(st.end == "waive_claim" for st in view.scenario.states.values())
    chose_waive = (
        waive is not None and not chose_legal and (outcome == "waive_claim" or not models_waiver)
    )
    common: dict[str, Any] = {"advice": f"advice_{recommended}", "better": f"better_{recommended}"}

    def said(ln: Line | None) -> tuple[str | None, int | None]:
        return (view.quote(ln), ln.index) if ln is not None else (None, None)

    right, wrong = (legal, waive) if recommended == "legal_route" else (waive, legal)
    if chose_waive and recommended == "waive_claim" and waive is not None:
        reasons = [ln for ln in after if ln.index <= waive.index + 2 and not ln.pause]
        if not any(_WAIVE_REASON.search(ln.text) for ln in reasons):
            # "Okay. Forget it then, I'll write it off. You don't need to pay." — a waiver,
            # but no reasoned one (GUIDE §6: "a reasoned waiver"; forty-first audit: "Waived
            # the claim – court would not pay off here" for words nobody said, 88 silver).
            evidence, turn = said(waive)
            return Verdict(
                "next_step", False, "waive_without_reason", evidence, turn=turn, **common
            )
    if (chose_legal and recommended == "legal_route") or (
        chose_waive and recommended == "waive_claim"
    ):
        evidence, turn = said(right)
        key = f"pass_{recommended}"
        if recommended == "legal_route" and view.scenario.case.evidence == "weak":
            # Not "you have evidence" where the scenario says it is thin (V280 p3).
            key = "pass_legal_route_weak"
        if (
            recommended == "legal_route"
            and right is legal
            and legal is not None
            and not legal.firmly("announce_legal_route")
        ):
            # The right step, said as a threat: not "calmly announced" beside "hung up after
            # your threat" (fifty-second audit, call 09), and no step taken: "4.760 € bis
            # Freitag. Sonst sehen wir uns vor Gericht." after his refusal passed 88 (V269 03;
            # V225 06 94 — both their auditors: fail).
            return Verdict(
                "next_step", False, "legal_route_threatened", evidence, turn=turn, **common
            )
        pressed = _unlawful_after(view, after) if legal is None else None
        if recommended == "legal_route" and pressed is not None:
            # No lawful step said, only unlawful pressure he answered with "vor Gericht": "Rechtsweg
            # sachlich angekündigt" beside the critical SCHUFA threat (V269 p1) — and named
            # as what it was, not "no next step chosen" after a line that chose one badly
            # (V317 06: "Inkassobüro … SCHUFA", and the debrief said the call ended in silence)
            return Verdict(
                "next_step", False, "unlawful_only", view.quote(pressed), turn=pressed.index,
                **common,
            )  # fmt: skip
        return Verdict("next_step", True, key, evidence, turn=turn, **common)
    if chose_legal or chose_waive:
        evidence, turn = said(wrong)
        reason = "wrong_legal" if chose_legal else "wrong_waive"
        return Verdict("next_step", False, reason, evidence, turn=turn, **common)
    if waive is not None and recommended == "waive_claim" and models_waiver:
        # The waiver said, but before her complaint was dealt with: she took it as giving
        # up, and the call ended without the step (not "no next step chosen" to a learner who
        # named one — V278 p6).
        evidence, turn = said(waive)
        return Verdict("next_step", False, "waive_unheard", evidence, turn=turn, **common)
    if reminder is not None:
        return Verdict(
            "next_step", False, "reminder", view.quote(reminder), turn=reminder.index, **common
        )
    return Verdict("next_step", False, "missing", **common)
