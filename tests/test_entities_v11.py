"""entity_rules.v11: dashes glued to a dateline or salutation, newspapers' run-in heads in
capitals. Each rule has a case it must get right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR == "entity_rules.v11"


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a dash glued to the dateline's full stop does not hide the name after it
        (
            "BERLIN, March 4.—Karl Liebknecht addressed a crowd of workers outside the palace today.",
            {("Karl Liebknecht", "PERSON")},
            {("Liebknecht", "PERSON")},
        ),
        # look-alike: a spaced dash is read as before
        (
            "BERLIN, March 4 — Karl Liebknecht addressed a crowd of workers outside the palace today.",
            {("Karl Liebknecht", "PERSON")},
            set(),
        ),
        # a run-in head's common words are no names; a building the column names again is one
        (
            "LOCAL INTELLIGENCE\n\nTHE WEATHER.—A gale blew all night along the coast.\n\n"
            "CONCERT.—Mr. Harold Vane will sing at the Corn Exchange on Friday.\n\n"
            "THE CORN EXCHANGE.—The roof of the Corn Exchange is to be mended before winter.",
            {("Harold Vane", "PERSON"), ("THE CORN EXCHANGE", "FAC")},
            {("WEATHER", "GPE"), ("CONCERT", "ORG"), ("CONCERT", "PERSON")},
        ),
        # look-alike: a word inside a longer name elsewhere does not make the head a name
        (
            "THE DISPENSARY.—The yearly report of the North Somerset and Bath Dispensary shows 900 patients.",
            set(),
            {("THE DISPENSARY", "FAC"), ("THE DISPENSARY", "ORG")},
        ),
    ],
)
def test_run_in_heads_and_glued_dashes(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)
