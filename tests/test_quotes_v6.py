"""quotes.v6: names the tagger mislabels, dialogue beats and addressees, titles that refer back,
"quoted X as saying", interrupted reports, headlines, interviews, unnamed speakers. Each case
has a look-alike that must not change."""

from __future__ import annotations

import pytest

from succession.quotes import find_quotations

from .conftest import quotation_mentions as mentions, quotation_speakers as speakers


CASES = [
    # --- a given name the tagger took for a place is a person ---------------------------------
    (
        "given-name-tagged-as-place-is-a-person",
        'Mrs. Ashcombe took up her netting. Cecilia rose and went to the window.\n\n"It is late," she said.',
        [("Ashcombe", "PERSON"), ("Cecilia", "GPE")],
        [('"It is late,"', "Cecilia")],
    ),
    (
        "look-alike-a-real-place-stays-a-place",
        'Mrs. Ashcombe took up her netting. Vienna lay under snow.\n\n"It is late," she said.',
        [("Ashcombe", "PERSON"), ("Vienna", "GPE")],
        [('"It is late,"', "Ashcombe")],
    ),
    # a name addressed at the start of a quotation is a person, whatever its tag
    (
        "addressed-name-is-a-person",
        'Tamsin Orr sat by the fire. Ilsabet came in from the yard.\n\n"Ilsabet, shut the door."\n\n"It is shut."',
        [("Tamsin Orr", "PERSON"), ("Ilsabet", "GPE")],
        [('"Ilsabet, shut the door."', "Tamsin Orr"), ('"It is shut."', "Ilsabet")],
    ),
    # --- action beats ---------------------------------------------------------------------------
    (
        "possessive-body-beat-names-the-speaker",
        'Tom said, "I saw Frank at the depot."\n\nRuth\'s hands stopped. "What was he doing there?"',
        [("Tom", "PERSON"), ("Frank", "PERSON"), ("Ruth", "PERSON")],
        [('"I saw Frank at the depot."', "Tom"), ('"What was he doing there?"', "Ruth")],
    ),
    (
        "look-alike-possessive-relative-is-not-the-speaker",
        'Tom said, "I saw Frank at the depot."\n\nRuth\'s brother came in. "What was he doing there?"',
        [("Tom", "PERSON"), ("Frank", "PERSON"), ("Ruth", "PERSON")],
        [('"I saw Frank at the depot."', "Tom"), ('"What was he doing there?"', "Tom")],
    ),
    (
        "beat-turning-to-someone-makes-them-answer",
        'Agnes and Ruth sat shelling peas when Tom came in.\n\n"There will be tea," Agnes said.\n\n'
        '"Someone," said Tom, looking at Ruth.\n\n"Don\'t look at me."',
        [("Agnes", "PERSON"), ("Ruth", "PERSON"), ("Tom", "PERSON")],
        [('"There will be tea,"', "Agnes"), ('"Someone,"', "Tom"), ('"Don\'t look at me."', "Ruth")],
    ),
    (
        "look-alike-beat-towards-a-thing-leaves-the-turn-order",
        'Agnes and Ruth sat shelling peas when Tom came in.\n\n"There will be tea," Agnes said.\n\n'
        '"Someone," said Tom, looking at the kettle.\n\n"Don\'t look at me."',
        [("Agnes", "PERSON"), ("Ruth", "PERSON"), ("Tom", "PERSON")],
        [('"There will be tea,"', "Agnes"), ('"Someone,"', "Tom"), ('"Don\'t look at me."', "Agnes")],
    ),
    # --- vocatives ------------------------------------------------------------------------------
    (
        "vocative-after-a-sentence-of-the-turn-answers",
        'Lydia and Owen sat down.\n\n"It was not my fault," said Lydia.\n\n'
        '"Enough," said Haskell. "Both of you. Owen, did you read it?"\n\n"Of course I read it."',
        [("Lydia", "PERSON"), ("Owen", "PERSON"), ("Haskell", "PERSON")],
        [
            ('"It was not my fault,"', "Lydia"),
            ('"Enough,"', "Haskell"),
            ('"Both of you. Owen, did you read it?"', "Haskell"),
            ('"Of course I read it."', "Owen"),
        ],
    ),
    (
        "look-alike-a-name-opening-a-sentence-is-its-subject",
        'Lydia and Owen sat down.\n\n"It was not my fault," said Lydia.\n\n'
        '"Enough," said Haskell. "Both of you. Owen knows it."\n\n"Of course I read it."',
        [("Lydia", "PERSON"), ("Owen", "PERSON"), ("Haskell", "PERSON")],
        [
            ('"It was not my fault,"', "Lydia"),
            ('"Enough,"', "Haskell"),
            ('"Both of you. Owen knows it."', "Haskell"),
            ('"Of course I read it."', "Lydia"),
        ],
    ),
    (
        "answer-takes-the-narration-name-of-the-one-addressed",
        'Lydia Marsh sat down next to Owen.\n\n"It is late," said Owen.\n\n'
        '"Lydia, how much did we lose?" Haskell asked.\n\n"About forty thousand."',
        [("Lydia Marsh", "PERSON"), ("Lydia", "PERSON"), ("Owen", "PERSON"), ("Haskell", "PERSON")],
        [('"It is late,"', "Owen"), ('"Lydia, how much did we lose?"', "Haskell"), ('"About forty thousand."', "Lydia Marsh")],
    ),
    # --- titles and descriptions that refer back to a named person ------------------------------
    (
        "title-refers-back-to-an-apposition",
        "Nikolai Krestinsky, the Soviet Ambassador to Germany, denied the reports on Thursday."
        " “Comrade Trotsky is ill,” the Ambassador told reporters.",
        [("Nikolai Krestinsky", "PERSON"), ("Germany", "GPE"), ("Trotsky", "PERSON")],
        [("“Comrade Trotsky is ill,”", "Nikolai Krestinsky")],
    ),
    (
        "description-before-the-name-and-a-pronoun-after-it",
        "The transit authority's executive director, Samuel Whitlow, spoke first. Tomás Iglesias spoke next."
        "\n\nThe executive director said the agency would publish a plan. \"People deserve to see it,\" he said.",
        [("Samuel Whitlow", "PERSON"), ("Tomás Iglesias", "PERSON")],
        [('"People deserve to see it,"', "Samuel Whitlow")],
    ),
    (
        "look-alike-a-title-nobody-held-stays-unnamed",
        "Nikolai Krestinsky denied the reports on Thursday."
        " “Comrade Trotsky is ill,” the ambassador told reporters.",
        [("Nikolai Krestinsky", "PERSON"), ("Trotsky", "PERSON")],
        [("“Comrade Trotsky is ill,”", None)],
    ),
    # --- "quoted X as saying" and reports named inside an interrupted quotation -----------------
    (
        "quoted-someone-as-telling",
        "The Tageblatt quoted Grigory Zinoviev, President of the Communist International, as telling"
        " a meeting that “no man stands above the party.”",
        [("Tageblatt", "ORG"), ("Grigory Zinoviev", "PERSON"), ("the Communist International", "ORG")],
        [("“no man stands above the party.”", "Grigory Zinoviev")],
    ),
    (
        "look-alike-quoted-figures-are-no-speaker",
        "The Tageblatt quoted figures from Grigory Zinoviev's office, saying that “no man stands above the party.”",
        [("Tageblatt", "ORG"), ("Grigory Zinoviev", "PERSON")],
        [("“no man stands above the party.”", "Tageblatt")],
    ),
    (
        "according-to-inside-an-interrupted-quotation",
        "Zinoviev spoke for an hour.\n\n“The party will decide,” he said, according to the dispatch,"
        " “and the party has decided before.”",
        [("Zinoviev", "PERSON")],
        [("“The party will decide,”", "Zinoviev"), ("“and the party has decided before.”", "Zinoviev")],
    ),
    (
        "look-alike-according-to-a-named-source-before-a-new-sentence",
        "Zinoviev spoke for an hour.\n\n“The party will decide,” he said. According to Pravda,"
        " “The congress has decided.”",
        [("Zinoviev", "PERSON"), ("Pravda", "ORG")],
        [("“The party will decide,”", "Zinoviev"), ("“The congress has decided.”", "Pravda")],
    ),
    # --- "used to say" --------------------------------------------------------------------------
    (
        "habitual-say-after-used-to",
        "Ng laughed. The owner, Mr. Feld, used to say, “A good projectionist is the one nobody notices.”",
        [("Ng", "PERSON"), ("Feld", "PERSON")],
        [("“A good projectionist is the one nobody notices.”", "Feld")],
    ),
]


@pytest.mark.parametrize("text, specs, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers_v6(text, specs, expected):
    assert speakers(text, specs) == expected


# --- headlines and interviews -------------------------------------------------------------------

INTERVIEW = (
    "“The Least Lonely Job in the World”: Walter Ng on Sixty Years in the Dark\n\n"
    "Walter Ng has run the projector of the Rialto since 1964. His daughter, Grace Ng, keeps the books."
    " “Dad would stay up here forever,” she said.\n\n"
    "Q: What will you miss?\n\n"
    "A: The sound of it. Ng is a name people forget.\n\n"
    "Q: What will you do now?\n\n"
    "A: Grace wants me to rest. I tell her, “I’ll rest when the lights come up.”"
)
INTERVIEW_SPECS = [("Walter Ng", "PERSON"), ("Grace Ng", "PERSON"), ("Ng", "PERSON"), ("Grace", "PERSON")]


def test_headline_quotation_is_the_named_person_and_i_in_answers_is_the_interviewee():
    found = {q.text: (q.kind, q.speaker) for q in find_quotations(INTERVIEW, mentions(INTERVIEW, INTERVIEW_SPECS), ())}
    assert found["“The Least Lonely Job in the World”"] == ("direct", "Walter Ng")
    assert found["“Dad would stay up here forever,”"] == ("direct", "Grace Ng")
    # the nearest narration name that is the interviewee's, never his daughter's "Grace Ng"
    assert found["“I’ll rest when the lights come up.”"] == ("direct", "Ng")


def test_look_alike_without_questions_i_is_the_author():
    text = INTERVIEW.replace("Q: What will you miss?", "He misses the sound.").replace(
        "Q: What will you do now?", "He plans to rest."
    )
    found = {q.text: q.speaker for q in find_quotations(text, mentions(text, INTERVIEW_SPECS), ())}
    assert found["“I’ll rest when the lights come up.”"] is None


def test_look_alike_headline_without_a_person():
    text = "“A Wake-Up Call for the Capital”: Smoke Report Lands\n\nThe report was published on Thursday."
    found = find_quotations(text, mentions(text, []), ())
    assert [q.speaker for q in found] == [None]


# --- unnamed speakers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, specs, expected",
    [
        # an unnamed person has no speaker, though the description carries the dialogue
        (
            'The door was opened by an old woman.\n\n"We are closed," the old woman said.\n\n'
            '"The sign says rooms."\n\n"The sign is older than I am."',
            [],
            [None, None, None],
        ),
        # look-alike: a body with a name speaks under it
        (
            "The paper was defiant. “We have nothing to add,” said The Soviet Embassy in Paris.",
            [("The Soviet Embassy", "ORG"), ("Paris", "GPE")],
            ["The Soviet Embassy"],
        ),
    ],
)
def test_unnamed_speakers_are_null(text, specs, expected):
    assert [q.speaker for q in find_quotations(text, mentions(text, specs), ())] == expected
