"""A small scenario text for engine and loader tests; tests change parts of it."""

MINIMAL = """\
id: mini
title: Mini
language: de
briefing: Ein kurzer Test.
call_date: 2026-11-26
caller: {name: Anna Berger, company: Berger Elektrotechnik}
customer: {name: Jürgen Müller, company: Müller GmbH, type: regular, persona: apologises}
invoice: {number: "2026-117", amount: 2380.00, due: 2026-10-15}
variables: {mood: 3}
patience: 2
give_up: legt_auf
states:
  meldet_sich:
    say:
      - {id: a, text: "Müller?"}
      - {id: b, text: "Müller am Apparat?"}
      - {id: c, text: "Ja, bitte?"}
    on:
      accusatory_opener: {to: gekraenkt, do: mood -= 2}
      neutral_opener_open_invoice: stutzt
      offer_solution: zusage
  stutzt:
    say: ["Die {invoice.number}? Oh."]
    on:
      pause: entschuldigt
      accusatory_opener: {to: gekraenkt, do: mood -= 2}
  entschuldigt:
    say: ["Tut mir leid, ich war im Urlaub."]
    on:
      fix_payment_date:
        - {to: zusage, when: learner.date}
        - {to: entschuldigt, say: ["Bis wann denn?"]}
  gekraenkt:
    say: ["Was ist denn das für ein Ton?"]
    on:
      empathise: {to: entschuldigt, do: mood += 1}
      accusatory_opener:
        - {to: legt_auf, when: mood <= 1}
        - {to: gekraenkt, do: mood -= 2}
  zusage:
    say: ["Bis zum {learner.date} ist das Geld da, {invoice.amount}."]
    end: promise_to_pay
  legt_auf:
    say: ["Tschüss."]
    end: hang_up
"""
