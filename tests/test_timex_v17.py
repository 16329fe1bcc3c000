"""dates.v17, from gold/test25's errors: in a story, the narration's "that night" is the
scene's night, not a night a character's words looked back to, and so are the clock times and
the talk's "to-night" that follow it; a transcript's sitting ("Sitting of March 5, 1938") is the
day its speakers speak from, and its stage directions' clock times are on that day. Each rule
has a look-alike whose answer it must not change."""

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


TRANSCRIPT = (
    "MILITARY COLLEGIUM OF THE SUPREME COURT\n\nReport of Court Proceedings (extract)\n\n"
    "Sitting of March 5, 1938, 11 a.m.\n\n"
    "VYSHINSKY: Accused Rykov, you have been in prison since January 1, 1935. I read from your own "
    'deposition of February 12: "I knew of the bloc." Is that your signature?\n\n'
    "RYKOV: It is.\n\n"
    "THE PRESIDENT: The court will sit again to-morrow at 11 a.m.\n\n"
    "THE PRESIDENT: The sitting is closed. (The accused are led out at 4.15 p.m.)"
)


def test_a_transcripts_sitting_dates_its_speakers_words_and_its_stage_directions():
    found = values(TRANSCRIPT)
    assert ("February 12", "DATE", "1938-02-12") in found
    assert ("to-morrow at 11 a.m.", "TIME", "1938-03-06T11:00") in found
    assert ("4.15 p.m.", "TIME", "1938-03-05T16:15") in found


def test_a_clock_time_in_brackets_without_a_sitting_stays_on_the_storys_day():
    # look-alike: no sitting's heading, so the bracket's clock time is the day the story is on
    found = values("On 3 May 1926 the strike began. He wrote to her that night (at 9 p.m., by a candle).")
    assert ("9 p.m.", "TIME", "1926-05-03T21:00") in found
