"""quotes.v4: speaker attribution on general news and fiction. Each rule has a case it must
get right and a look-alike it must leave alone."""

from __future__ import annotations

import re

import pytest

from succession.data import EntityMention
from succession.quotes import find_quotations


def mentions(text: str, specs) -> list[EntityMention]:
    found = []
    for surface, label in specs:
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            found.append(EntityMention(match.start(), match.end(), surface, label, None, "test"))
    return sorted(found, key=lambda m: (m.start, m.end))


def speakers(text: str, specs) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotations(text, mentions(text, specs), ())]


@pytest.mark.parametrize(
    "text, specs, expected",
    [
        # the antecedent of ", who told" past a long organisation name
        (
            'He was followed by Mr. Frank Hodges of the Miners\' Federation of Great Britain, who told the meeting that the owners had "locked out a million men."',
            [("Frank Hodges", "PERSON"), ("the Miners' Federation of Great Britain", "ORG")],
            [('"locked out a million men."', "Frank Hodges")],
        ),
        (
            'Delegates from the Miners\' Federation of Great Britain, which told the meeting that the owners had "locked out a million men."',
            [("the Miners' Federation of Great Britain", "ORG")],
            [('"locked out a million men."', "the Miners' Federation of Great Britain")],
        ),
        # a name set off after any determiner's description: "Their finance critic, X, called it"
        (
            'Their finance critic, Margaret Lindqvist, called it "the most expensive sulk in the country\'s history" on Monday.',
            [("Margaret Lindqvist", "PERSON")],
            [('"the most expensive sulk in the country\'s history"', "Margaret Lindqvist")],
        ),
        (
            'Lenin, Trotsky and Zinoviev called it "the most expensive sulk in the history of the party" at once.',
            [("Lenin", "PERSON"), ("Trotsky", "PERSON"), ("Zinoviev", "PERSON")],
            [('"the most expensive sulk in the history of the party"', "Zinoviev")],
        ),
        # a nationality before a titled name modifies it: the person speaks
        (
            '"We are closer than we have ever been," European Trade Commissioner Maroš Šefčovič told reporters.',
            [("European", "NORP"), ("Maroš Šefčovič", "PERSON")],
            [('"We are closer than we have ever been,"', "Maroš Šefčovič")],
        ),
        (
            '"We are closer than we have ever been," European officials told Maroš Šefčovič.',
            [("European", "NORP"), ("Maroš Šefčovič", "PERSON")],
            [('"We are closer than we have ever been,"', None)],
        ),
    ],
)
def test_cue_subjects(text, specs, expected):
    assert speakers(text, specs) == expected


def test_pronoun_antecedent_in_apposition_to_the_sentence_opening():
    text = (
        'Sir Leslie Scott said in a statement that the Government "will not permit it." '
        "According to the Liverpool Daily Post, hundreds enrolled. "
        'The Lord Mayor, Alderman Thomas Dowd, appealed for calm. "This city has come through worse," he said.'
    )
    specs = [("Leslie Scott", "PERSON"), ("the Liverpool Daily Post", "ORG"), ("Thomas Dowd", "PERSON")]
    assert speakers(text, specs)[-1] == ('"This city has come through worse,"', "Thomas Dowd")
    # a name that is no apposition of the opening description does not outrank the subject
    text = (
        'Sir Leslie Scott said in a statement that the Government "will not permit it." '
        "The crowd cheered for Thomas Dowd, who waved. "
        '"This city has come through worse," he said.'
    )
    assert speakers(text, specs)[-1] == ('"This city has come through worse,"', "Leslie Scott")


def test_a_given_name_sets_the_gender_a_pronoun_needs():
    text = 'Peter Anselm had been watching her since Linz.\n\n"You are going on to Budapest?"\n\n"To Belgrade," she said.'
    found = speakers(text, [("Peter Anselm", "PERSON"), ("Linz", "GPE"), ("Budapest", "GPE"), ("Belgrade", "GPE")])
    assert found[-1] == ('"To Belgrade,"', None)
    text = 'Peter Anselm had been watching her since Linz.\n\n"You are going on to Budapest?"\n\n"To Belgrade," he said.'
    found = speakers(text, [("Peter Anselm", "PERSON"), ("Linz", "GPE"), ("Budapest", "GPE"), ("Belgrade", "GPE")])
    assert found[-1] == ('"To Belgrade,"', "Peter Anselm")


def test_a_turn_after_an_unattributed_answer_returns_to_the_first_speaker():
    text = (
        "Peter Anselm had been watching the woman since Linz. He felt obliged to speak.\n\n"
        '"You are going on to Budapest?"\n\n'
        '"To Belgrade," she said.\n\n'
        '"Why should they not?"'
    )
    found = speakers(text, [("Peter Anselm", "PERSON"), ("Linz", "GPE"), ("Budapest", "GPE"), ("Belgrade", "GPE")])
    assert found[0][1] == "Peter Anselm"
    assert found[-1] == ('"Why should they not?"', "Peter Anselm")
