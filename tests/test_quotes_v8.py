"""quotes.v8: said-bookisms and "put in", given names the tagger missed, the name's latest form,
bodies and possessive descriptions that refer back to a name. Each case has a look-alike whose
answer the rule must not change."""

from __future__ import annotations

import pytest

from succession.quotes import ANNOTATOR, find_quotations

from .conftest import quotation_mentions as mentions, quotation_speakers as speakers


SPEAKERS_V8 = [
    # Said-bookisms are speech verbs: the name after them speaks, not the previous speaker.
    (
        '"The train is late," said Dorn.\n\n"Three hours at least," interposed Mrs. Quill.',
        [("Dorn", "PERSON"), ("Quill", "PERSON")],
        {'"Three hours at least,"': "Quill"},
    ),
    (
        '"The train is late," said Dorn.\n\n"Then we shall walk!" ejaculated Mr. Birch.',
        [("Dorn", "PERSON"), ("Birch", "PERSON")],
        {'"Then we shall walk!"': "Birch"},
    ),
    (
        '"We leave at dawn," said Dorn.\n\n"Yes," Birch assented, "at dawn."',
        [("Dorn", "PERSON"), ("Birch", "PERSON")],
        {'"Yes,"': "Birch"},
    ),
    # "put in" is a cue like "put it"; look-alike: "put in" a place is no cue to the quotation.
    (
        '"It is raining," said Dorn.\n\n"Not very hard," Birch put in.',
        [("Dorn", "PERSON"), ("Birch", "PERSON")],
        {'"Not very hard,"': "Birch"},
    ),
    # A known given name the tagger missed is a person: "she" is Ilse's, not Dorn's.
    (
        "Dorn came up the stairs. Olga heard him before she saw him.\n\n\"Well?\" she said.",
        [("Dorn", "PERSON")],
        {'"Well?"': "Olga"},
    ),
    # The speaker takes the latest form of the name before the quotation.
    (
        "Foreign Minister Agnes Vollan spoke on Monday. Vollan said the talks would go on. "
        '"We are patient," the minister added.',
        [("Agnes Vollan", "PERSON"), ("Vollan", "PERSON")],
        {'"We are patient,"': "Vollan"},
    ),
    # Look-alike: a longer name sharing the surname is someone else ("Teodor Vollan" is no
    # form of "Vollan" the speaker); the surname is kept.
    (
        'Vollan left the hall. His brother Teodor Vollan stayed. '
        'Vollan came back at noon. "We are patient," he said.',
        [("Vollan", "PERSON"), ("Teodor Vollan", "PERSON")],
        {'"We are patient,"': "Vollan"},
    ),
    # Look-alike: a name the cue gives after the quotation stays as written there.
    (
        'Vollan spoke first. "We are patient," said Agnes Vollan.',
        [("Agnes Vollan", "PERSON"), ("Vollan", "PERSON")],
        {'"We are patient,"': "Agnes Vollan"},
    ),
    # A body named before: "the foundation said" is the foundation's name.
    (
        "The archive is run by the Foundation for Printed Memory, a charity. "
        '"The papers stay here," the foundation said.',
        [("the Foundation for Printed Memory", "ORG")],
        {'"The papers stay here,"': "the Foundation for Printed Memory"},
    ),
    # "his son" refers back to the name the same words introduced.
    (
        "He moved to Lyon with his son Anatol in 1931. He died there in 1950. "
        '"He never complained," his son recalled.',
        [("Anatol", "PERSON")],
        {'"He never complained,"': "Anatol"},
    ),
]


@pytest.mark.parametrize("text, specs, expected", SPEAKERS_V8)
def test_speakers_v8(text, specs, expected):
    found = dict(speakers(text, specs))
    for quotation, speaker in expected.items():
        assert found[quotation] == speaker, (quotation, found)


def test_foundation_look_alike_without_a_named_body_stays_a_description():
    # No body with "Foundation" in its name: the description names no body (quotes.v13
    # reports it as no speaker, as the guidelines ask for any description).
    text = 'The archive is run by a charity. "The papers stay here," the foundation said.'
    assert dict(speakers(text, []))['"The papers stay here,"'] in (None, "the foundation")


def test_possessive_description_without_an_introduced_name_stays_unnamed():
    text = 'He moved to Lyon in 1931. "He never complained," his son recalled.'
    assert dict(speakers(text, []))['"He never complained,"'] in (None, "his son")


def test_given_name_after_an_article_is_no_person():
    # "the tanker Ruth" is a ship: "she said" does not find a person there.
    text = 'The crew boarded the tanker Ruth at dawn. Dorn waited.\n\n"Cast off," he said.'
    assert dict(speakers(text, [("Dorn", "PERSON")]))['"Cast off,"'] == "Dorn"


def test_offsets_hold():
    for text, specs, _ in SPEAKERS_V8:
        for q in find_quotations(text, mentions(text, specs), ()):
            assert text[q.start:q.end] == q.text
            assert q.annotator == ANNOTATOR
