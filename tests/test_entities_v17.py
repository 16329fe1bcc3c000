"""entity_rules.v17: a name before a noun the tagger finds gives its article to the noun.
Each rule has a case it must get right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR == "entity_rules.v17"


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a noun no word list has, after a body or a street, takes the article ("The" too)
        (
            "The Midland Regiment band gave a concert in the park. The Walton-street sewer will be finished soon.",
            {("Midland Regiment", "ORG"), ("Walton-street", "FAC")},
            {("The Midland Regiment", "ORG"), ("The Walton-street", "FAC")},
        ),
        # look-alikes: a verb after the name, or a word of time or direction, leaves it the article
        (
            "The Fourth International will survive. The Holton Cornet Band enrolled at the Town Hall yesterday, and the Anchor Line steamer sailed.",
            {("The Fourth International", "ORG"), ("the Town Hall", "FAC")},
            {("Fourth International", "ORG"), ("Town Hall", "FAC")},
        ),
    ],
)
def test_entity_rules_v17(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)
