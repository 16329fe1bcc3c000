"""dates.v17, from gold/test25's errors: in a story, the narration's "that night" is the
scene's night, not a night a character's words looked back to, and so are the clock times and
the talk's "to-night" that follow it. The rule has a look-alike whose answer it must not
change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates

STORY = (
    "On the evening of the 2nd of March, 1871, Pierre locked the shop and counted the money.\n\n"
    '"The prefect will be back before the end of April," said his wife. "He was here last week, and he dined '
    'at the inn last night."\n\n'
    "They ate, that night, a little bread and an onion. At midnight the bells rang.\n\n"
    '"Tomorrow we sell the clock," she said. "But not to-night."'
)


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR == "dates.v17"


def test_the_narrations_night_is_the_scenes_not_the_one_the_talk_named():
    found = values(STORY)
    assert ("last night", "TIME", "1871-03-01TNI") in found
    assert ("that night", "TIME", "1871-03-02TNI") in found
    assert ("midnight", "TIME", "1871-03-02T24:00") in found
    assert ("to-night", "TIME", "1871-03-02TNI") in found


def test_the_narrations_own_night_is_still_that_night():
    # look-alike: a night the narration named stays the night "that night" refers to
    found = values("The guns fell silent on the night of the 1st of March, 1871. That night nobody in the street slept.")
    assert ("That night", "TIME", "1871-03-01TNI") in found
