"""quotes.v13: names set off after descriptions, bodies under their names without the article,
descriptions resolved to what they refer to, titles that are not names, beats and recalled
words. Each case has a look-alike whose answer the rule must not change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR

from .conftest import quotation_mentions
from .conftest import quotation_speakers as speakers


def _quotations(text, specs):
    from succession.quotes import find_quotations

    return find_quotations(text, quotation_mentions(text, specs), ())


def test_annotator_version():
    assert ANNOTATOR == "quotes.v13"


# --- a name set off after a description --------------------------------------------------


def test_an_inverted_tag_with_a_name_after_the_description():
    text = (
        "The Seahouses lifeboat was launched at dawn. \"We could barely see the wreck,\" said the "
        "helmsman, Peter Dunmore, to our correspondent."
    )
    people = [("The Seahouses", "ORG"), ("Peter Dunmore", "PERSON")]
    assert dict(speakers(text, people))["\"We could barely see the wreck,\""] == "Peter Dunmore"


def test_an_inverted_tag_with_a_possessive_description_and_its_continuation():
    text = (
        "Lancashire batted all day. \"He played beautifully,\" said Lancashire's bowling coach, "
        "Martin Dale. \"Another session like that and we win.\""
    )
    people = [("Lancashire", "ORG"), ("Martin Dale", "PERSON")]
    found = dict(speakers(text, people))
    assert found["\"He played beautifully,\""] == "Martin Dale"
    assert found["\"Another session like that and we win.\""] == "Martin Dale"


def test_a_description_with_a_possessive_and_a_name_before_the_verb():
    text = (
        "Ms Field defended the scheme on Monday.\n\n"
        "\"It is a plan drawn up in the city,\" the Greens' farm spokesman, Oliver Tamm, told reporters."
    )
    people = [("Field", "PERSON"), ("Greens", "NORP"), ("Oliver Tamm", "PERSON")]
    assert dict(speakers(text, people))["\"It is a plan drawn up in the city,\""] == "Oliver Tamm"


def test_a_name_that_does_not_close_the_description_is_no_speaker():
    text = (
        "Lancashire batted all day. \"He played beautifully,\" said the coach, Martin Dale's "
        "deputy, on Friday."
    )
    people = [("Lancashire", "ORG"), ("Martin Dale", "PERSON")]
    assert dict(speakers(text, people))["\"He played beautifully,\""] != "Martin Dale"


def test_a_named_speaker_before_an_apposition_keeps_the_name():
    text = "\"We will appeal,\" said Ruth Okafor, the union's lawyer, on Friday."
    people = [("Ruth Okafor", "PERSON")]
    assert dict(speakers(text, people))["\"We will appeal,\""] == "Ruth Okafor"
