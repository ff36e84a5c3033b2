"""English coaching texts; the same keys as de.py (a test keeps them in step)."""

from __future__ import annotations

from typing import Any

from ...scenario.model import MONTHS_EN

TEXTS: dict[str, Any] = {
    "quote": "“{}”",
    "pause": "(silence)",
    "then": " → ",
    "unknown_date": "… (add the date)",
    "months": MONTHS_EN,
    "weekdays": [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    "date_long": "{weekday} {day} {month}",
    "checks": {
        "identify": {
            "advice": "Say your own name and your company's name first, so the customer knows "
            "who is calling before money comes up.",
            "better": "Hello {salutation}, this is {caller_name} from {caller_company}.",
            "reasons": {
                "pass": "Gave your name and your company.",
                "missing_both": "Gave neither your name nor your company.",
                "missing_name": "Gave the company but not your own name.",
                "missing_company": "Gave your name but not your company.",
            },
            "missing": {
                "missing_both": "Your opening lines lack your name ({caller_name}) and your "
                "company ({caller_company}).",
                "missing_name": "{quote} – your name ({caller_name}) is missing.",
                "missing_company": "{quote} – your company ({caller_company}) is missing.",
            },
        },
        "no_accusation": {
            "advice": "Open without blame. A line like “I'd like to know why you haven't paid "
            "my invoice!” is heard as an attack: the customer defends himself and the call "
            "turns aggressive at once.",
            "better": "I'm calling about the open invoice, {invoice_number} …",
            "reasons": {
                "pass": "A factual opening without blame.",
                "fail": "Blame in the opening – the customer hears an attack.",
                "later": "A reproach later in the call – blame costs at any point, not only "
                "in the opening.",
            },
            "missing": {"pass": "No blame in your opening lines."},
        },
        "strategy": {
            "advice": "Two openings work: (1) say only “I'm calling about the open invoice …” "
            "and then stay silent – the customer almost always starts talking; or (2) don't "
            "ask for reasons, offer a solution straight away: “I'd like to sort out how we "
            "reduce your outstanding balance with us. I have a suggestion …”",
            "advice_let_them_talk": "Strategy 1: after mentioning the open invoice, stay "
            "silent. The pause works for you – the customer explains himself.",
            "advice_offer_solution": "Strategy 2: don't ask for reasons; confidently offer a "
            "solution.",
            "better": "I'm calling about the open invoice, {invoice_number} … (then stay "
            "silent until the customer speaks)",
            "better_offer_solution": "I'd like to sort out how we reduce your outstanding "
            "balance with us. I have a suggestion …",
            "reasons": {
                "pass_let_them_talk": "Strategy 1: mentioned the open invoice, then stayed silent.",
                "pass_offer_solution": "Strategy 2: offered a solution straight away.",
                "filled_silence": "Filled the silence after mentioning the invoice.",
                "no_purpose": "Never mentioned the open invoice in a neutral way.",
                "accusation": "Blame instead of one of the two strategies.",
                "asked_reason": "Asked for the reason instead of staying silent or offering "
                "a solution.",
                "no_follow": "The call ended right after you mentioned the invoice.",
                "no_strategy": "Went straight to a demand without either strategy.",
            },
            "missing": {
                "no_purpose": "The open invoice was never mentioned in a neutral way.",
                "no_follow": "{quote} – and nothing after it.",
            },
        },
        "pin_date": {
            "advice": "“Soon” is not a promise. Pin down a concrete date and the amount – ask "
            "for it or propose one yourself – and repeat both back.",
            "better": "No problem, these things happen. Could you transfer the {amount} by {date}?",
            "reasons": {
                "pass": "Pinned down a concrete date and amount.",
                "vague": "Asked about payment, but without a concrete date.",
                "no_amount": "Named a date but left the amount open.",
                "missing": "Did not pin down a concrete payment date.",
            },
            "missing": {"missing": "No line with a concrete payment date."},
            "found": "{quote} – date: {date}, amount: {amount}",
        },
        "clarify_objection": {
            "advice": "When the customer objects, first ask what exactly is wrong. Only then "
            "do you know whether to clear it up with facts or offer a compromise.",
            "better": "I'm sorry to hear that. What exactly did you notice?",
            "reasons": {
                "pass": "Asked what exactly is wrong.",
                "argued_first": "Argued straight away without asking what exactly is wrong.",
                "missing": "Did not ask what exactly the objection is about.",
            },
            "missing": {
                "missing": "After the objection “{claim}” you did not ask what exactly is wrong."
            },
        },
        "handle_objection": {
            "advice_unjustified": "The objection “{claim}” is not justified: clear it up "
            "calmly with facts ({facts}). Giving in here gives away money you are owed.",
            "advice_justified": "The objection “{claim}” is justified: offer a compromise – "
            "rework, a price reduction or an extra – rather than arguing it away. Confirm "
            "it in writing afterwards.",
            "better_unjustified": "I understand that's frustrating. Let's look at the facts: "
            "{facts}",
            "better_justified": "You're right, I'm sorry about that. Here's my suggestion: "
            "we fix it free of charge – or we reduce the price.",
            "reasons": {
                "pass_rebut": "Cleared up an unjustified objection with facts.",
                "pass_compromise": "Met a justified objection with a compromise.",
                "rebutted_justified": "Argued away a justified objection instead of offering "
                "a compromise.",
                "conceded_unjustified": "Gave in on an unjustified objection without "
                "clearing it up with facts.",
                "missing": "Met the objection with neither facts nor a compromise.",
            },
            "missing": {"missing": "The objection “{claim}” got neither facts nor a compromise."},
            "default_facts": "the order, the delivery note, the signed acceptance",
        },
        "down_payment": {
            "advice": "When the customer pleads lack of money, ask for a down payment as a "
            "sign that he is willing to pay. It is better than seeing no money at all, and it "
            "protects your claim.",
            "better": "I understand things are tight. Could you pay {down_amount} today as a "
            "down payment?",
            "reasons": {
                "pass": "Asked for a down payment.",
                "missing": "Did not ask for a down payment.",
            },
            "missing": {"missing": "No request for a down payment in the whole call."},
        },
        "date_for_rest": {
            "advice": "Together with the down payment, fix the date by which the rest will "
            "arrive – at once, or it stays at “as soon as I can”.",
            "better": "And the remaining {rest_amount} by {date} – does that work for you?",
            "reasons": {
                "pass": "Fixed a date for the rest.",
                "no_date": "Asked for a down payment but fixed no date for the rest.",
                "missing": "Fixed no date for the rest.",
            },
            "missing": {
                "no_date": "{quote} – and no concrete date for the rest after it.",
                "missing": "No concrete date for the remaining amount in the call.",
            },
        },
        "no_premature_threat": {
            "advice": "Don't threaten court, lawyers, debt collectors or credit agencies early "
            "– it only hardens positions. Announce the legal route calmly and factually, and "
            "only once no agreement was possible.",
            "better": "Let's find a solution we can both live with.",
            "reasons": {
                "pass": "No premature threat.",
                "threat": "Threatened legal action.",
                "too_early": "Announced the legal route before negotiation had failed.",
                "unlawful": "Unlawful pressure – this fails the call.",
                "letter_unlawful": "Unlawful pressure in the letter – this fails the call.",
                "letter_threat": "A threat in the confirmation – it undoes the friendly call.",
            },
            "advice_unlawful": "Threatening a criminal complaint or the police, an entry with a "
            "credit agency, bailiffs or seizure (only a court title allows that), telling third "
            "parties about the debt or inventing fees is unlawful or coercive pressure. It can "
            "make you liable, it ends the relationship you want to keep, and it gets you no "
            "money. If negotiation fails, announce the legal route calmly – with evidence, "
            "through a lawyer or a court payment order.",
            "better_unlawful": "I'm sorry we couldn't agree. I will now pursue the claim through "
            "a court payment order.",
            "missing": {"pass": "No threat in the whole call."},
        },
        "confirm_in_writing": {
            "advice": "Confirm the agreement briefly by e-mail or fax: thanks for the friendly "
            "call, the invoice number, the promised date.",
            "better": "I'll send you a short e-mail to confirm what we agreed.",
            "reasons": {
                "pass": "Said you would confirm it in writing.",
                "missing": "Did not confirm the agreement in writing.",
            },
            "missing": {"missing": "No written confirmation mentioned in the call."},
            "parts": {
                "thanks": {
                    "pass": "Thanks for the call are there.",
                    "fail": "The thanks for the friendly call are missing.",
                    "better": "Thank you for the friendly call today.",
                },
                "invoice_number": {
                    "pass": "Invoice number given.",
                    "fail": "The invoice number {invoice_number} is missing.",
                    "better": "You kindly agreed to settle the open invoice {invoice_number} …",
                },
                "date": {
                    "pass": "Promised date given.",
                    "fail": "The promised date ({promised_date}) is missing.",
                    "better": "… by {promised_date}.",
                },
            },
        },
        "instalment_terms": {
            "advice": "For a part-payment agreement, write more fully and set out the payment "
            "terms: every payment with its amount and date.",
            "better": "As agreed, you will pay: {terms}.",
            "reasons": {
                "pass": "Set out the payments with amounts and dates.",
                "missing": "Did not set out every payment with amount and date.",
            },
            "missing": {"missing": "The letter lacks: {missing_terms}."},
        },
        "countersign": {
            "advice": "Ask the customer to confirm the part-payment agreement with his "
            "signature – and send it as agreed with him (e.g. by fax) so it does not fall "
            "into the wrong hands.",
            "better": "Please confirm this agreement with your signature and send it back to me.",
            "reasons": {
                "pass": "Asked the customer to sign.",
                "missing": "Did not ask the customer to sign.",
            },
            "missing": {"missing": "No request to sign the agreement."},
        },
        "next_step": {
            "advice_legal_route": "After a failed call, more written reminders are pointless. "
            "You have evidence – so take the legal route (a lawyer or a court payment order), "
            "announced calmly and factually.",
            "advice_waive_claim": "Your evidence is weak, and lawyer and court would likely "
            "cost more than you would be awarded. Then it is wiser to waive the claim than to "
            "go to court.",
            "better_legal_route": "I'm sorry we couldn't agree. I will now pursue the claim "
            "through a court payment order.",
            "better_waive_claim": "All right, we'll leave it there. All the best. (Internally: "
            "write the claim off, no further reminders.)",
            "reasons": {
                "pass_legal_route": "Calmly announced the legal route – you have evidence.",
                "pass_waive_claim": "Waived the claim – court would not pay off here.",
                "missing": "Chose no next step after the failed call.",
                "wrong_legal": "Announced the legal route although it would cost more than "
                "it brings.",
                "wrong_waive": "Waived the claim although your evidence supports the legal route.",
                "reminder": "Announced another reminder – pointless after a failed call.",
            },
            "missing": {"missing": "No next step after the failed call."},
        },
        "outcome": {
            "advice": "A call exists to reach a result: a concrete amount and date, a down "
            "payment with a date for the rest, instalments with terms, an accepted compromise – "
            "or, when the customer cannot be moved, the calm announcement of the next step. "
            "“Soon” or “when I can” is no agreement, and a polite goodbye with nothing agreed "
            "is a call that failed.",
            "better": "Could you transfer the {amount} by {date}? Then I'll confirm it by e-mail.",
            "reasons": {
                "pass_agreement": "The call reached an agreement ({outcome}).",
                "pass_paid": "The invoice turned out to be paid already.",
                "pass_next_step": "No agreement was possible, and you announced the right "
                "next step.",
                "too_few_moves": "Too few moves to judge: you did not negotiate a result.",
                "customer_hung_up": "The customer hung up – the call ended without a result.",
                "learner_hung_up": "You ended the call without a result.",
                "call_back": "Only a call-back – nothing was settled.",
                "no_agreement": "The call ended without an agreement.",
                "not_success": "The call ended with “{outcome}”, which is not a result this "
                "scenario counts.",
                "wrong_step": "The wrong next step after the refusal.",
                "step_too_early": "Announced the next step before the negotiation had failed.",
            },
            "missing": {
                "too_few_moves": "You stated the reason for the call but negotiated nothing – "
                "no date, no amount, no proposal.",
                "customer_hung_up": "The call ended when the customer hung up; nothing was agreed.",
                "learner_hung_up": "You ended the call before anything was agreed.",
                "call_back": "The call ended with the customer promising to look into it – no "
                "date, no amount.",
                "no_agreement": "The call ended without a concrete amount and date.",
            },
        },
        "channel": {
            "advice_regular": "For a good customer you know personally, a written reminder is "
            "heavy artillery. Call before the first formal reminder so you don't offend him "
            "before you know why he hasn't paid.",
            "advice_first_time": "For a new customer you hope to keep, a friendly reminder "
            "call is the tool of choice: not paying need not mean bad intent – the invoice may "
            "have got lost, the customer may have been on holiday.",
            "advice_large_company": "For a large company, send a friendly written reminder "
            "right away: incoming invoices are logged there, and your reminder goes through "
            "accounts payable and reaches the right person with weight.",
            "advice_authority": "For a public authority, send a friendly written reminder "
            "right away: incoming invoices are logged there, and your reminder goes through "
            "accounts payable and reaches the right person with weight.",
            "better_call": "Call first: “Hello {salutation}, this is {caller_name} from "
            "{caller_company}. I'm calling about the open invoice …”",
            "better_written": "A friendly first reminder: “Our invoice {invoice_number} for "
            "{amount} may have slipped through. Please transfer the amount by {date}.”",
            "reasons": {
                "pass": "The right first step for this customer.",
                "fail": "Not the best first step for this customer.",
            },
            "evidence": "Your choice: {choice} (customer: {customer_type}).",
            "choices": {"call": "phone call", "written": "written reminder"},
            "types": {
                "regular": "good regular customer",
                "first_time": "new customer",
                "large_company": "large company",
                "authority": "public authority",
            },
        },
    },
    "letter": {
        "salutation": {
            "m": "Dear Mr {surname},",
            "f": "Dear Ms {surname},",
            "x": "Dear {customer_name},",
        },
        "thanks": "Thank you for the friendly call.",
        "promise": "You kindly agreed to settle the open invoice {invoice_number} for {amount} "
        "by {date}.",
        "compromise": "As agreed, {compromise}. You kindly agreed to settle the open invoice "
        "{invoice_number} for {amount} by {date}.",
        "compromise_kinds": {
            "rework": "we will put right the work you raised, free of charge",
            "reduction": "we reduce the invoice by {reduction}",
            "extra": "you will receive the extra we agreed: … (please add)",
            "other": "the compromise we agreed applies: … (please add)",
        },
        "instalments": "As agreed, you will settle the open invoice {invoice_number} for "
        "{amount} in part payments:",
        "down_payment": "- {amount} as a down payment {when}",
        "payment": "- {amount} by {date}",
        "now": "straight away",
        "by": "by {date}",
        "countersign": "Please confirm this agreement with your signature and send it back "
        "to me by fax.",
        "signature": "Agreed: ______________________  (date, signature {customer_name})",
        "closing": "Thank you, and I look forward to continuing to work with you!",
        "regards": "Kind regards,",
        "terms_item": "{amount} by {date}",
        "terms_down": "{amount} down payment {when}",
        "and": " and ",
    },
    "outcomes": {
        "promise_to_pay": "a promise to pay by a date",
        "down_payment_and_plan": "a down payment and a date for the rest",
        "instalment_plan": "an instalment plan",
        "compromise": "a compromise",
        "paid_already": "already paid",
        "call_back": "a call-back",
        "legal_route": "the legal route",
        "waive_claim": "waiving the claim",
        "no_agreement": "no agreement",
        "hang_up": "the customer hung up",
        "none": "no result",
    },
    "keywords": {
        "legal": ["court", "lawyer", "solicitor", "debt collect", "legal action"],
        "thanks": ["thank"],
        "sign": ["sign"],
        "waive": [
            "waive",
            "write off",
            "write it off",
            "drop the claim",
            "let it go",
            "let the matter rest",
        ],
        "reminder": ["reminder"],
        "rest": ["rest", "remaining", "remainder", "balance"],
        "rework": ["fix", "redo", "rework", "repair", "put right"],
        "reduction": ["discount", "reduc", "knock", "off the price", "off the invoice"],
        "extra": ["extra", "free", "throw in", "bonus"],
        "now": ["now", "today", "straight away", "right away", "immediately"],
    },
}
