"""dates.v13: a winter anchors at its December, so the story's year-less January and February
after it are the next year's. Each rule has a look-alike whose answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR == "dates.v13"


def test_a_february_after_the_winter_is_the_next_year_s():
    found = values("After the fall of the fortress on 2 January 1905 the army spent the winter in its trenches. On 20 February the Japanese attacked.")
    assert ("the winter", "DATE", "1904-WI") in found or ("winter", "DATE", "1904-WI") in found
    assert ("20 February", "DATE", "1905-02-20") in found
    # look-alikes: a month after a summer stays in its year, and a clock time after a winter
    # gets no month the text never gave
    assert ("July", "DATE", "1904-07") in values("In 1904 the army spent the summer in its trenches. In July the Japanese attacked.")
    found = values("The winter of 1923 was cold, and Frau Adler kept the stove lit until ten and not a minute longer.")
    assert any(text == "ten" and value.startswith("XXXX-XX-XXT") for text, _, value in found), found
