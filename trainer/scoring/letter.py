"""The written confirmation (GUIDE §4): the article's model letter drafted from the call,
and a learner's letter checked for what the model contains."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from .. import lazyre
from ..scenario.model import AGREEMENTS
from ..simulation.terms import (
    GIVES_TIME,
    agreed_sums,
    arrival_after_run,
    arrival_named_before,
    each_month,
    unagreed_sums,
    work_date,
)
from ..understanding.facts import MONTHLY_WORDS, extract_facts
from ..understanding.pressure import fold, pressure_kind, unlawful_pressure
from ..understanding.sentences import sentences
from ..understanding.types import Fact
from .checks import signed_but_sent_otherwise
from .outcome import thanks_for_the_yes
from .results import CheckVerdict
from .terms import Terms, extract_terms
from .verdict import DEFAULT_WEIGHTS, Verdict, render
from .view import CallView

#: What a gap in the draft looks like: the learner fills it in (GUIDE §4; exam mode).
GAP = "[…]"


def letter_step(call: Any) -> bool:
    """Whether the call calls for a written confirmation: only an agreement does. After a
    failed call the article says no more letters (the next step is the legal route or
    waiving the claim), so the letter step is skipped."""
    return getattr(call, "outcome", None) in AGREEMENTS


def draft_letter(call: Any, *, gaps: bool = True) -> str:
    """The article's model confirmation, in the scenario's language, from the terms the
    customer accepted: thanks for the friendly call, invoice number, promised date and
    amount; for instalments the terms and a countersignature request; for a compromise the
    compromise. With `gaps` (the default) the invoice number, dates and amounts are left
    as […] for the learner to fill in, so a letter checked unedited earns nothing it did not
    say; `gaps=False` gives the complete model. No agreement: "" (no letter to write)."""
    if not letter_step(call):
        return ""
    view = CallView(call)
    text = _draft(view, extract_terms(view))
    if not gaps:
        return text
    return _blank(view, text)


def _blank(view: CallView, text: str) -> str:
    """The draft with the facts the learner must supply replaced by gaps."""
    rows = []
    for row in text.splitlines():
        for fact in sorted(
            extract_facts(row, view.call.call_date), key=lambda f: -len(str(f.text))
        ):
            if fact.kind in ("date", "amount") and fact.text:
                row = row.replace(fact.text, GAP)
        number = view.scenario.invoice.number
        row = row.replace(number, GAP)
        rows.append(row)
    return "\n".join(rows) + "\n"


def _draft(view: CallView, terms: Terms) -> str:
    t = view.t["letter"]
    s = view.scenario
    v = view.values
    gender = s.customer.gender if s.customer.gender in ("m", "f") else "x"
    out = [t["salutation"][gender].format(**v), ""]
    # The German salutation ends in a comma, so the letter goes on in lower case.
    out.append(t["thanks"])
    if terms.kind == "instalments":
        out.append(t["instalments"].format(**v))
        out += payment_lines(view, terms, down="down_payment", item="payment")
        out += ["", t["countersign"]]
    else:
        pay = terms.payments[0]
        fields = {**v, "amount": view.money(pay.amount or 0.0), "date": view.day(pay.date)}
        if terms.kind == "compromise":
            kind = t["compromise_kinds"][terms.compromise or "other"]
            fields["compromise"] = kind.format(reduction=terms.reduction or "…")
            out.append(t["compromise"].format(**fields))
        elif len(terms.payments) == 2 and pay.down:
            first = payment_lines(view, terms, down="terms_down", item="terms_item")[0]
            rest_pay = terms.payments[1]
            fields.update(
                first=first,
                rest=view.money(rest_pay.amount or 0.0),
                date=view.day(rest_pay.date),
                amount=view.money(view.scenario.invoice.amount),
            )
            out.append(t["promise_split"].format(**fields))
        else:
            out.append(t["promise"].format(**fields))
    out += ["", t["closing"], "", t["regards"], s.caller.name, s.caller.company]
    if terms.kind == "instalments":
        out += ["", t["signature"].format(**v)]
    return "\n".join(out) + "\n"


def _compact(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _near_number(number: str, text: str) -> str | None:
    """A number in the letter that is the invoice number with one or two characters wrong."""
    target = _compact(number)
    for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9/.-]{3,}", text):
        said = m.group(0).rstrip(".")
        c = _compact(said)
        if (
            len(c) == len(target)
            and c != target
            and any(ch.isdigit() for ch in c)
            and sum(a != b for a, b in zip(c, target, strict=True)) <= 2
        ):
            return said
    return None


def _sentence(text: str, needle: str) -> str:
    """The sentence of the letter that contains `needle`, for the evidence."""
    for sentence in sentences(text):
        if needle.casefold() in sentence.casefold() or _compact(needle) in _compact(sentence):
            return sentence.strip()
    # a phrase found on folded text ("mahngebuhr"): the letter's own sentence, not the stem
    # (V231 05: the evidence was „mahngebuhr“)
    bare = " ".join(fold(needle).split())
    for sentence in sentences(text):
        if bare in " ".join(fold(sentence).split()):
            return sentence.strip()
    return needle


def _repeats_corrected_day(view: CallView, day: Any, promised: dt.date) -> bool:
    """Whether `day` (the letter's payment day that is not the agreed one) is the day of a
    read-back the customer corrected and the learner never put right — more than the two
    days a transfer takes to arrive: "Zahlungseingang bis 11. Dezember" for his payment run
    on the 10th is the same payment seen from the other end (sixty-third audit, call 05,
    passed blind), not another promise."""
    wrong = view.wrong_read_back
    if wrong is None or wrong.index not in view.corrected:
        return False
    if str(day) not in {d.isoformat() for d in view.future_dates(wrong)}:
        return False
    return abs((dt.date.fromisoformat(str(day)) - promised).days) > 2


#: One payment a month, in a letter: "each by the 8th of the month", "jeweils zum 8. des Monats".
_MONTHLY = lazyre.compile(
    rf"\b{MONTHLY_WORDS}|\bof\s+(?:the|each|every)\s+month\b|\b(?:des|jedes|eines)\s+monats\b",
    re.IGNORECASE,
)
#: What stands between the two days of a span: "from 8 January 2027 to 8 June 2027".
_SPAN_TO = lazyre.compile(
    r"\s*(?:to|until|till|through|thru|-|–|bis(?:\s+(?:zum|einschließlich))?)\s*(?:the\s+|zum\s+|den\s+)?",
    re.IGNORECASE,
)


def _monthly_span(rows: list[tuple[int, Fact]], flat: str) -> set[str]:
    """The days between the first and the last payment of a monthly plan written as a span
    ("six monthly instalments of £460.00, each by the 8th of the month, from 8 January 2027 to
    8 June 2027"): the plan's payments, which the call's own reading gives the same way (V287
    probe 6: "The letter lacks: 8 February 2027, 8 March 2027, …")."""
    if not _MONTHLY.search(flat):
        return set()
    days = [(at + f.start, at + f.end, f.value) for at, f in rows if f.kind == "date"]
    out: set[str] = set()
    for (_, end, first), (start, _, last) in itertools.pairwise(days):
        if not _SPAN_TO.fullmatch(flat[end:start]):
            continue
        a, b = dt.date.fromisoformat(str(first)), dt.date.fromisoformat(str(last))
        months = (b.year - a.year) * 12 + b.month - a.month
        if a.day != b.day or not 1 < months <= 36:
            continue
        out |= {d.isoformat() for d in each_month(a, months + 1)}
    return out


#: The visit said in the letter just before its day: "I'll come back on Wednesday and re-fix
#: the three shelves" (in the call, the handyman's customer takes the re-fix day as the day she
#: pays once the shelves are firm — her test plan; a letter names the payment day apart).
_COMING_BACK = lazyre.compile(
    r"\b(?:come|coming|pop|popping|be)\s+back\s+(?:\w+\s+)?$"
    r"|\b(?:komme|kommen|kommt)\s+(?:\w+\s+){0,2}?(?:wieder|nochmal|noch\s+einmal)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def letter_verdicts(view: CallView, text: str) -> list[Verdict]:
    """confirm_in_writing in three parts (each a third of its weight, so a letter that
    lacks only the date keeps two thirds), plus instalment_terms and countersign for a
    part-payment agreement."""
    terms = extract_terms(view)
    q = view.t["quote"]
    # Line by line: the extractor lets a number and a currency sign meet across a line
    # break ("2026\n- £395" read as £2026), which a letter's list of payments triggers.
    rows: list[tuple[int, Fact]] = []  # (where the fact's line starts in the letter, fact)
    start = 0
    for piece, row in zip(text.splitlines(keepends=True), text.splitlines(), strict=True):
        rows += [(start, f) for f in extract_facts(row, view.call.call_date)]
        start += len(piece)
    facts = [f for _, f in rows]
    # The day of the visit ("I'll come back on Wednesday and re-fix the three shelves") is no
    # payment day of the letter (V122 12: "The letter names 9 December 2026, not the promised
    # 11 December" for a letter whose payment day was wrong in another way).
    # (read in the whole letter, its line breaks as spaces: "I will come round on Thursday\n10
    # December and re-fix the three shelves" split the visit from its day, and the day was
    # "not the promised 18 December" — V263 probe 2; a blank line still ends the clause, as
    # its full stop would: "… by Thursday 31 December 2026\n\nPlease sign this e-mail's
    # attachment" made the rest's day a day of sending — V242 08, 100 → 98 in the replays)
    flat = re.sub(r"\n(?=[ \t\r]*\n)", ".", text).replace("\n", " ")
    visits = {
        id(f)
        for line_at, f in rows
        if f.kind == "date"
        and (
            work_date(flat, line_at + f.start, line_at + f.end, view.language)
            or _COMING_BACK.search(flat[max(0, line_at + f.start - 40) : line_at + f.start])
        )
    }
    dates = {f.value for f in facts if f.kind == "date"}
    if terms.kind == "instalments":
        dates |= _monthly_span(rows, flat)
    amounts = [float(f.value) for f in facts if f.kind == "amount"]
    promised = terms.promised_date
    values = {"promised_date": view.day(promised)}
    out: list[Verdict] = []

    def part(
        name: str,
        found: str | None,
        wrong: str | None = None,
        why: str = "wrong_date",
        *,
        critical: bool = False,
    ) -> None:
        said = found or wrong
        evidence = q.format(_sentence(text, said)) if said else None
        out.append(
            Verdict(
                "confirm_in_writing",
                found is not None,
                "pass" if found else why if wrong else "missing",
                evidence,
                part=name,
                share=1 / 3,
                values=values,
                critical=critical,
            )
        )

    part("thanks", view.keyword(text, "thanks"))
    number = view.scenario.invoice.number
    if _compact(number) in _compact(text):
        part("invoice_number", number)
    elif (near := _near_number(number, text)) is not None:
        # "GEC-5512" for GEC-5521: a wrong number, not a missing one (fifty-sixth and fifty-
        # seventh audits: "the invoice number is missing" for a number with two digits swapped).
        values["letter_number"] = near
        part("invoice_number", None, near, "wrong_number")
    else:
        part("invoice_number", None)
    date_hit: str | None = None
    for f in facts:
        # (not the visit's day where it falls on the promised one: "Subject: LHS-077 – shelves
        # re-fix on Thursday" above "Kindly settle … as soon as possible after the re-fix" was
        # "Promised date given", 100 gold — V179 12 and p2)
        if id(f) in visits:
            continue
        if f.kind == "date" and (promised is None or f.value == promised.isoformat()):
            date_hit = f.text
            break
    # Another payment day than the promised one (not the letter's own date line).
    today = view.call.call_date.isoformat()
    # ... and not another agreed payment's day: the down payment's 11.12. beside a rest
    # written for the 31st instead of the 22nd (seventy-fifth audit, probe 6: the 11.12. was
    # named as the wrong day, the 31st never).
    paid_days = {p.date.isoformat() for p in terms.payments if p.date}
    other = next(
        (
            f
            for f in facts
            if f.kind == "date"
            and f.value != today
            and f.value not in paid_days
            and id(f) not in visits
        ),
        None,
    )
    # A week named for the payment that the promised day is not in: "After this you pay the
    # invoice … of £180.00 next week." for his 10 December (V271 11: "the promised date is
    # missing", a third of a point, 91 silver) — a later day in writing, as a wrong day.
    week = (
        next(
            (
                f
                for f in facts
                if f.kind == "week"
                and id(f) not in visits
                and not 0 <= (promised - dt.date.fromisoformat(str(f.value))).days < 7
            ),
            None,
        )
        if date_hit is None and other is None and promised is not None
        else None
    )
    if week is not None:
        values["letter_date"] = week.text
        part("date", None, week.text, critical=True)
    elif date_hit is None and other is not None and promised is not None:
        values["letter_date"] = view.day(other.value)
        # The day the customer said "No, not quite" to on the phone, left standing and now
        # put in writing: the learner has confirmed twice what he rejected, and he may hold
        # the firm to the letter (seventieth, seventy-first and seventy-second audits failed
        # such calls blind; they scored 91 and 78, silver). As a corrected wrong sum
        # confirmed anyway (`checks.confirm_in_writing`, `_sum_not_agreed`), it fails the
        # call. A wrong day in the letter alone, after a right call, fails it too when it is
        # more than a day off (below); a day off stays the lesser fault.
        if _repeats_corrected_day(view, other.value, promised):
            part("date", None, other.text, "corrected_date", critical=True)
        else:
            # More than a day off, another promise in writing: the customer may keep to the
            # letter's day as to a wrong sum (`_sum_not_agreed`), so it fails the call as that
            # does (five audits of the thirty-eighth session: "2 points for a wrong date in
            # writing"); a day off stays the lesser fault (V63 05 passed such a letter blind).
            day = dt.date.fromisoformat(str(other.value))
            off = abs((day - promised).days)
            # ... but the arrival after his payment run, "at the latest", is his promise with
            # the transfer's days: a third off, not a failed call (V176 01, 10: 98 → 69).
            late = arrival_after_run(text, day, promised) or arrival_named_before(
                text, [ln.text for ln in view.lines], day, promised
            )
            part("date", None, other.text, critical=off > 1 and not late)
    elif date_hit is None and promised is not None and (free := _released(text)):
        # The promised day taken back in writing: "Zahlen Sie einfach, sobald es Ihnen passt."
        # after "bis zum 18.12.2026. Versprochen." (V229 p5: a third of a point, 95 gold) —
        # the customer may keep to the letter as to a wrong day, so it fails the call as that
        # does.
        values["letter_date"] = free
        part("date", None, free, "released_date", critical=True)
    else:
        part("date", date_hit)

    fee = unlawful_pressure(text, view.language)
    # A fee written on top is its own critical fault (`_conduct`), named as one: its sum and
    # the total with it are no other sum agreed ("… zuzüglich einer Bearbeitungsgebühr von
    # 25,00 € (insgesamt 2.405,00 €)" was "Im Schreiben steht 25,00 €" — V270 p2).
    fee_added = fee is not None and pressure_kind(fee) == "fee"
    wrong_sum = None if fee_added else _sum_not_agreed(view, terms, facts)
    if wrong_sum is not None:
        # A sum in writing that was never agreed (V36 probe 6: "3.280,00 €" for 2.380 € kept
        # silver, above a call with no letter at all): the customer may hold to the letter,
        # as to a confirmation promised with a wrong sum on the phone (critical since the
        # thirty-first audit). No share of its own: a letter with no sum is the model's.
        # More than anything agreed, or the invoice, is no sum he would hold to: it is one he
        # disputes (V238 p2: "2.830,00 €" for 2.380 € was told "the customer may hold to the
        # letter's sum").
        agreed = getattr(view.call, "agreed_terms", None) or {}
        ceiling = max([float(view.scenario.invoice.amount), *agreed_sums(agreed)])
        more = float(wrong_sum.value) > ceiling + 0.5
        out.append(
            Verdict(
                "confirm_in_writing",
                False,
                "wrong_sum_more" if more else "wrong_sum",
                q.format(_sentence(text, wrong_sum.text)),
                part="amount",
                share=0.0,
                values={
                    "letter_sum": wrong_sum.text,
                    "letter_amount": f"{float(wrong_sum.value):.2f}",
                    "agreed_sums": terms_text(view, terms),
                },
                critical=True,
            )
        )

    out += _conduct(view, text, agreed=True)

    if terms.kind == "instalments":
        missing: list[str] = []
        for p in terms.payments:
            # A sum written wrong is charged once, by the critical `wrong_sum` above, not
            # again as a payment "not set out" (V152 p1: "The letter lacks: £790.00" beside
            # "The letter names £890.00, but the call agreed … £790.00").
            if (
                p.amount is not None
                and wrong_sum is None
                and not any(abs(a - p.amount) < 0.01 for a in amounts)
            ):
                missing.append(view.money(p.amount))
            if p.date is not None and p.date.isoformat() not in dates:
                missing.append(view.day(p.date))
        if not any(p.amount is not None or p.date is not None for p in terms.payments):
            # Terms never named in the call: at least two amounts and a date in writing.
            ok = len(amounts) >= 2 and bool(dates)
        else:
            ok = not missing
        out.append(
            Verdict(
                "instalment_terms",
                ok,
                "pass" if ok else "missing",
                q.format(text.strip()) if ok else None,
                values={
                    "missing_terms": ", ".join(missing) or "…",
                    "terms": terms_text(view, terms),
                },
            )
        )
        sign = view.keyword(text, "sign")
        split = (
            signed_but_sent_otherwise(view, q.format(_sentence(text, sign)), None)
            if sign is not None
            else None
        )
        if split is not None:
            return out + split
        out.append(
            Verdict(
                "countersign",
                sign is not None,
                "pass" if sign else "missing",
                q.format(_sentence(text, sign)) if sign else None,
            )
        )
    return out


def _sum_not_agreed(view: CallView, terms: Terms, facts: list[Any]) -> Any | None:
    """The first sum a letter names that is neither a sum agreed nor the invoice's
    (`simulation.terms.unagreed_sums`, which the customer's "No, not quite" asks too); None
    when every sum is one of them.

    Instalments too (fifty-ninth audit: "£590.00 by 15 December" for four agreed payments of
    £690 kept gold, while a wrong single sum failed the call), their total allowed; and for a
    reduced sum agreed in a compromise, a letter that names another sum but not the reduced
    one (fifty-eighth audit: the undiscounted 3.570,00 € in writing scored 100 gold)."""
    agreed = getattr(view.call, "agreed_terms", None) or {}
    invoice = float(view.scenario.invoice.amount)
    paid = [float(p.amount) for p in terms.payments if p.amount is not None]
    named = [f for f in facts if f.kind == "amount"]
    if terms.kind == "compromise":
        due = paid[0] if paid else invoice
        if due < invoice - 0.5:
            if any(abs(float(f.value) - due) <= 0.5 for f in named):
                return None
            return named[0] if named else None
        # The whole sum still due (a re-fix, no money off): a letter's sum is checked as any
        # other's (V122 probe 4: "£150 by Friday 11 December" for his £180 passed 94 silver,
        # "Promised date given", the sum never looked at).
    if terms.kind == "instalments" and agreed.get("count") and agreed.get("each"):
        paid.append(int(agreed["count"]) * float(agreed["each"]))
    # The size of an agreed reduction is no sum to pay ("reduced by £200.00 to £2,200.00":
    # sixty-sixth audit, the right letter failed as "names £200.00").
    if agreed.get("compromise") and agreed.get("amount") is not None:
        paid.append(invoice - float(agreed["amount"]))

    return next(
        (
            f
            for f in facts
            if f.kind == "amount" and unagreed_sums([float(f.value)], agreed, invoice, paid)
        ),
        None,
    )


#: Paying, in the sentence that leaves the day open (not "send it back when you can").
_PAYING = lazyre.compile(
    r"\b(?:zahl\w*|bezahl\w*|überweis\w*|ueberweis\w*|begleich\w*|pay\w*|settl\w*|transfer\w*"
    r"|remit\w*)\b",
    re.IGNORECASE,
)


def _released(text: str) -> str | None:
    """The words of a sentence about paying that leave its day to the customer."""
    for sentence in sentences(text)[:LETTER_SENTENCES]:
        if _PAYING.search(sentence) and (free := GIVES_TIME.search(sentence)):
            return free.group(0)
    return None


#: How sure the recogniser must be that a sentence of the letter is a reproach.
LETTER_REPROACH = 0.8
#: The sentences of a letter read for a reproach.
LETTER_SENTENCES = 80


def _reproach_in(text: str, language: str) -> str | None:
    """The first sentence of the letter the recogniser reads, first of all, as a reproach."""
    from ..understanding import load_recogniser

    recogniser = load_recogniser(language)
    # A confirmation is a few sentences; a pasted novel is read no further than this.
    for sentence in sentences(text)[:LETTER_SENTENCES]:
        sentence = sentence.strip()
        if len(sentence.split()) < 4:
            continue
        if _CLAIMS_AGREEMENT.search(sentence) and not _NO_AGREEMENT.search(sentence):
            # The confirmation itself: "Sie hatten zugesagt, die Rechnung bis zum 11.12.2026 zu
            # bezahlen" is the guide's sentence (it says "zugesichert"), though on the phone
            # "Sie hatten zugesagt …" is a reproach (seventy-fifth audit: blame 0.87, 100 → 87).
            # "… zugesagt und wieder nicht gezahlt" is still read.
            continue
        hits = recogniser.recognise(sentence).intents
        if hits and hits[0].intent == "accusatory_opener" and hits[0].confidence >= LETTER_REPROACH:
            return sentence
    return None


#: A letter that says the customer promised or agreed something ("Sie hatten zugesichert",
#: "as agreed", "you promised"); not where the line says there was no agreement.
_CLAIMS_AGREEMENT = lazyre.compile(
    r"\b(?:zugesichert|zugesagt|vereinbart\w*|vereinbarung\w*|abgemacht|versprochen|einig\w*"
    r"|agreed|promised|arrangement|committed|undertook|your\s+promise"
    # a second language's present tense: "Like we agree, you pay the invoice … in three
    # parts" after the chip-shop owner agreed to nothing (V289 11: no comment on the letter)
    r"|(?:like|as)\s+(?:we|you)\s+agree|we\s+agree\s+(?:that|on)"
    # "You confirmed it will be paid in your payment run on 15 December 2026." after the
    # clerk had twice refused any date (V121 11: no comment on the letter)
    r"|you\s+(?:have\s+)?confirmed|(?:sie|du)\s+(?:haben|hast)\s+(?:\w+\s+){0,3}?bestätigt"
    r"|wie\s+von\s+ihnen\s+bestätigt|as\s+you\s+confirmed"
    # ... or his payment told as the call's result: "Per our call you'll be paying the
    # £3,580.00 this Friday, December 11." after "I can't give you a date until it's
    # approved" (V186 08: no comment); not "Further to our call, please settle …", a request
    r"|(?:per|following|further\s+to|after|confirming|to\s+confirm)\s+our\s+(?:call|conversation"
    r"|phone\s+call|chat)\b"
    r"[^.]{0,20}?\byou(?:'ll|\s+will|'re|\s+are)\s+(?:be\s+)?(?:pay|paying|settl\w*|transfer\w*)"
    # ... "Confirming our call: you'll pay invoice CWS-118, £2,400.00, by Friday 11 December
    # 2026." after "I'm not discussing anything until you drop that tone" (V245 11: no comment)
    r"|(?:zur\s+best(?:ä|ae)tigung|ich\s+best(?:ä|ae)tige|best(?:ä|ae)tigung)\s+unser\w*\s+"
    r"(?:telefonat\w*|gespr(?:ä|ae)ch\w*|anruf\w*)\b[^.]{0,20}?\b(?:sie|du)\s+(?:zahl|überweis|ueberweis"
    r"|begleich)\w*)\b",
    re.IGNORECASE,
)
_NO_AGREEMENT = lazyre.compile(
    # "no", but not the "No." of "invoice No. 4471", "No. SPS-2291", "No SPS-2291"
    # nor the "no charge" of free rework: "as agreed ill come round thurs 10 dec and re-fix the
    # 3 shelves, no charge." after she hung up (V163 10: the letter went without comment)
    r"\b(?:kein\w*(?!\s+(?:kosten|aufpreis|berechnung)\b)|nicht|ohne(?!\s+(?:kosten|aufpreis|berechnung)\b)"
    r"|no(?![.#]|\s+[\w-]*\d|\s+(?:extra\s+)?(?:charge|cost|fee)s?\b)|not|never"
    r"|without(?!\s+(?:extra\s+)?(?:charge|cost|fee)s?\b)|failed|unable|couldn'?t|could\s+not)\b",
    re.IGNORECASE,
)


#: ... or a payment without a figure: "As agreed it will be included in your next payment run."
#: after "I won't put a date on the file" (eighty-sixth audit: no comment at all).
_PROMISED_PAYMENT = lazyre.compile(
    r"\b(?:payment\s+run|zahlungslauf|(?:be\s+)?(?:paid|settled)|pay|settle|begleichen|beglichen"
    r"|überweis\w*|ueberweis\w*|bezahl\w*|zahlen)\b",
    re.IGNORECASE,
)


#: A request in so many words ("if you could settle it", "bitte überweisen Sie"), not the
#: inverted statement of a letter claiming the deal ("Wie besprochen begleichen Sie die
#: Rechnung wie folgt: …", V84 05, which is a promise claimed).
_ASKS = lazyre.compile(
    r"\b(?:if\s+you\s+(?:could|can|would)|please|kindly|could\s+you|would\s+you|bitte|wir\s+bitten"
    r"|ich\s+bitte|w(?:ü|ue)rden\s+sie|k(?:ö|oe)nnten\s+sie)\b",
    re.IGNORECASE,
)


_DISCUSSED = lazyre.compile(
    # "Like we said, you'll pay £350 … by Friday and the remaining £840 when business picks
    # up" after a call without agreement (V104 08: no comment on the letter)
    r"\b(?:wie\s+(?:\w+\s+)?besprochen|as\s+(?:we\s+)?discussed|(?:like|as)\s+we\s+said"
    r"|as\s+per\s+our\s+(?:call|conversation|phone\s+call))\b",
    re.IGNORECASE,
)
#: A line of a list in a letter ("- Anzahlung 600,00 € bis …", "• £460 on 18 January", "1. …").
_LIST_ITEM = lazyre.compile(r"\s*(?:[-–•*]|\d{1,2}[.)]\s)")


def letter_without_agreement(view: CallView, text: str) -> list[Verdict]:
    """A confirmation after a call that ended without agreement, which says the customer
    promised or agreed a day, a sum or a reduction (sixty-second audit: "Sie hatten zugesichert,
    … 6.420,00 € … bis zum 15. Dezember 2026 zu begleichen" after the clerk had refused any
    date, and a 15 % reduction the landlord had rejected, got no comment at all)."""
    today = view.call.call_date.isoformat()
    invoice = float(view.scenario.invoice.amount)
    head = False  # under "Wie besprochen gilt …:", whose terms follow as a list
    for sentence in sentences(text)[:LETTER_SENTENCES]:
        listed = head and _LIST_ITEM.match(sentence) is not None
        head = listed or bool(_DISCUSSED.search(sentence) and sentence.rstrip().endswith(":"))
        if _NO_AGREEMENT.search(sentence):
            continue
        facts = extract_facts(sentence, view.call.call_date)
        if not _CLAIMS_AGREEMENT.search(sentence):
            # "Wie besprochen begleichen Sie die Rechnung … wie folgt: Anzahlung …" (eighty-
            # fourth audit: terms he never accepted, sent for his signature, no comment);
            # not "As discussed, please find attached invoice … for £3,850.00". Terms set
            # out without a word for paying count too: "Wie besprochen gilt für die Rechnung
            # … über 1.865,40 €: - Anzahlung 600,00 € bis Freitag, 11. Dezember 2026 - …"
            # after he hung up (ninety-sixth and ninety-eighth audits: no comment).
            terms = any(
                (f.kind == "amount" and abs(float(f.value) - invoice) > 0.005)
                or (f.kind == "date" and f.value != today)
                for f in facts
            )
            discussed = listed or _DISCUSSED.search(sentence)
            if not terms and _ASKS.search(sentence):
                # A request, not a promise claimed: "As discussed, invoice SPS-2291 for £640.00
                # is still open - if you could settle it as soon as you can that would be
                # great." (V147 07: "confirms a promise the customer never gave", critical)
                continue
            if discussed and (_PROMISED_PAYMENT.search(sentence) or terms):
                if _only_the_down_payment_he_took(view, facts):
                    # "As discussed, you'll pay £300.00 … by Friday, 11 December, and the rest
                    # … as soon as possible" after he took the £300 (V132 09: "a promise never
                    # given")
                    return [_partial(view, sentence)]
                return [_no_agreement(view, sentence)]
            continue
        if _PROMISED_PAYMENT.search(sentence) or any(
            f.kind in ("amount", "percent") or (f.kind == "date" and f.value != today)
            for f in facts
        ):
            if _only_the_down_payment_he_took(view, facts):
                return [_partial(view, sentence)]
            return [_no_agreement(view, sentence)]
    return []


def _conduct(view: CallView, text: str, *, agreed: bool) -> list[Verdict]:
    """How the letter treats the customer, judged whether or not the call agreed anything:
    an unlawful threat and blame cost in writing as on the phone. After a call that failed,
    the legal route announced calmly is the next step (GUIDE §5), no threat."""
    q = view.t["quote"]
    out: list[Verdict] = []
    threat = unlawful_pressure(text, view.language)
    if threat is not None:
        # after his yes the better letter confirms his terms (V216 probe 6)
        yes = thanks_for_the_yes(view, None, "better_agreed_letter") if agreed else {}
        # A threat written into the confirmation is as unlawful as one said on the phone
        # (V218 probe 3: "Andernfalls veranlassen wir einen SCHUFA-Eintrag und informieren
        # Ihre Mieter …" after a call without agreement kept 100 gold: no letter check at all).
        # named by its kind, as on the phone ("Unzulässiger Druck im Schreiben" for a fee of
        # 25,00 € written on top: V270 p2)
        kind = pressure_kind(threat)
        out.append(
            Verdict(
                "no_premature_threat",
                False,
                f"letter_unlawful_{kind}",
                q.format(_sentence(text, threat)),
                advice="advice_unlawful",
                critical=True,
                **{"better": "better_unlawful_fee" if kind == "fee" else "better_unlawful", **yes},
            )
        )
    elif agreed and (legal := view.keyword(text, "legal")):
        out.append(
            Verdict("no_premature_threat", False, "letter_threat", q.format(_sentence(text, legal)))
        )
    reproach = _reproach_in(text, view.language)
    if reproach is not None:
        # Blame in writing costs as it does on the phone (twenty-sixth audit: "Das ist jetzt
        # das letzte Mal, dass ich dir hinterhertelefoniere …" kept gold; only the missing
        # thanks were noted).
        out.append(Verdict("no_accusation", False, "letter_reproach", q.format(reproach)))
    return out


def _only_the_down_payment_he_took(view: CallView, facts: list[Any]) -> bool:
    """Whether the letter's sentence names only the down payment the customer took in the call
    (its sum, the rest, its day) — "As agreed, you will pay £300.00 … by Friday, 11 December"
    after "Right, £300.00 I can manage" and no day for the rest (V123 probe 6: "The letter
    confirms a promise the customer never gave" — he had given that one)."""
    terms = getattr(getattr(view.call, "table", None), "terms", None) or {}
    now = terms.get("now")
    if now is None:
        return False
    invoice = view.scenario.invoice
    if not view.said_of(float(now), refused=False):
        return False
    sums = {round(float(now), 2), round(float(invoice.amount) - float(now), 2)}
    if any(f.kind == "amount" and round(float(f.value), 2) == round(float(now), 2) for f in facts):
        # the invoice named beside the part he took, as what the rest is of: "you'll pay
        # £300.00 … by Friday, and the rest of the £1,190.00 as soon as possible" (V132 09)
        sums.add(round(float(invoice.amount), 2))
    days = {str(terms.get("now_date") or ""), view.call.call_date.isoformat()}
    return all(
        (f.kind != "amount" or round(float(f.value), 2) in sums)
        and (f.kind != "date" or str(f.value) in days)
        and f.kind != "percent"
        for f in facts
    )


def _partial(view: CallView, sentence: str) -> Verdict:
    """A letter that confirms the down payment the customer took, with no day for the rest:
    true to the call, but there is no agreement to confirm yet (the outcome fails the call)."""
    return Verdict(
        "confirm_in_writing",
        False,
        "letter_partial",
        view.t["quote"].format(sentence),
        better="better_no_agreement",
    )


def _no_agreement(view: CallView, sentence: str) -> Verdict:
    # He had agreed, then ended the call (an invented fee after his yes): the promise was
    # taken back, not "never given" (ninety-ninth audit, probe 3: "factually wrong about the
    # call").
    withdrawn = bool(getattr(view.call, "agreed_terms", None))
    # A promise in writing the customer never gave fails the call as a wrong day or sum in
    # the letter does: he may be held to it, or hold the firm to it (V107 probe 4: "Sie hatten
    # zugesichert, … bis zum 18. Dezember 2026 zu begleichen" after his flat refusal and the
    # announced Mahnbescheid kept 94 gold).
    return Verdict(
        "confirm_in_writing",
        False,
        "letter_withdrawn" if withdrawn else "letter_no_agreement",
        view.t["quote"].format(sentence),
        better="better_no_agreement",
        critical=True,
    )


#: A letter that says nothing was agreed: "Da wir uns im Gespräch leider nicht einigen konnten,
#: werde ich das gerichtliche Mahnverfahren einleiten." after "Gut. Bis zum 18.12.2026 ist das
#: Geld bei Ihnen." (V329 04 and probe 2: 75 bronze and 86 silver, where a letter claiming a
#: promise never given fails the call).
_DENIES_AGREEMENT = lazyre.compile(
    r"\b(?:nicht|kaum)\s+(?:\w+\s+){0,2}?(?:einigen|geeinigt|verständigen|verstaendigen|verständigt)\b"
    r"|\bkeine\s+(?:\w+\s+)?(?:einigung|vereinbarung|lösung|loesung)\b"
    r"|\b(?:could\s+not|couldn'?t|did\s+not|didn'?t|were\s+unable\s+to|failed\s+to)\s+(?:\w+\s+)?"
    r"(?:agree|reach\s+(?:an?\s+)?(?:agreement|arrangement|solution)|come\s+to\s+an?\s+(?:agreement|arrangement))\b"
    r"|\bno\s+(?:\w+\s+)?(?:agreement|arrangement)\s+(?:was|could\s+be)\b",
    re.IGNORECASE,
)


#: A condition before the words, which then deny nothing ("Sollte bis dahin keine Einigung …").
_IF_NOT = lazyre.compile(r"\b(?:sollte|sollten|falls|wenn|if|should|unless|in\s+case)\b", re.I)


def _denies_the_agreement(view: CallView, text: str) -> Verdict | None:
    """A letter, after his promise, that says none was reached: critical, as a promise
    claimed that was never given is (`_no_agreement`)."""
    m = next(
        (
            m
            for m in _DENIES_AGREEMENT.finditer(text)
            # (a condition is no denial: "Sollte bis dahin keine Einigung möglich sein, werde
            # ich … das gerichtliche Mahnverfahren einleiten" — V207 06, its auditor's pass)
            if not _IF_NOT.search(_sentence(text, m.group(0)).split(m.group(0))[0])
        ),
        None,
    )
    if m is None:
        return None
    return Verdict(
        "confirm_in_writing",
        False,
        "letter_denies",
        view.t["quote"].format(_sentence(text, m.group(0))),
        critical=True,
        values={"agreed_terms": terms_text(view, extract_terms(view))},
    )


def written_verdicts(view: CallView, text: str) -> list[Verdict]:
    """The letter's verdicts: its parts after an agreement, else only whether it confirms a
    promise never given (one place for the score and the letter check)."""
    if view.call.outcome in AGREEMENTS:
        denied = _denies_the_agreement(view, text)
        return letter_verdicts(view, text) + ([denied] if denied is not None else [])
    return letter_without_agreement(view, text) + _conduct(view, text, agreed=False)


def terms_text(view: CallView, terms: Terms) -> str:
    t = view.t["letter"]
    return str(t["and"]).join(payment_lines(view, terms, down="terms_down", item="terms_item"))


def payment_lines(view: CallView, terms: Terms, *, down: str, item: str) -> list[str]:
    """Each agreed payment in words, with the letter templates named `down` and `item`."""
    t = view.t["letter"]
    lines = []
    for p in terms.payments:
        amount = view.money(p.amount) if p.amount is not None else "…"
        if p.down:
            when = t["by"].format(date=view.day(p.date)) if p.date else t["now"]
            lines.append(t[down].format(amount=amount, when=when))
        else:
            lines.append(t[item].format(amount=amount, date=view.day(p.date)))
    return lines


def check_letter(call: Any, text: str) -> list[CheckVerdict]:
    """Check a learner's confirmation letter: `confirm_in_writing` parts (thanks, invoice
    number, promised date) and, for instalments, `instalment_terms` and `countersign`.
    Weights come from the scenario's rubric; the checks carry no turn (the letter is not
    a line of the call)."""
    view = CallView(call)
    return [
        render(v, view.t, view.values, _weight(view, v.id))
        for v in written_verdicts(view, text)
        if _weight(view, v.id) > 0
    ]


def _weight(view: CallView, check: str) -> float:
    return float(view.scenario.rubric.checks.get(check, DEFAULT_WEIGHTS[check]))


__all__ = ["check_letter", "draft_letter"]
