"""quotes.v9: untagged dialogue. The one a turn calls by name answers it, and a turn after
narration that opens with no subject belongs to the one person that narration names. Each case
has a look-alike whose answer the rule must not change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR

from .conftest import quotation_speakers as speakers

SCENE = (
    "It was in the May of 1907, when the chestnuts were at their whitest, that Mrs. Honoria Vane "
    "first received a revolutionary at her table.\n\n"
    "“You will not tell me he is dangerous, Arthur.”\n\n"
    "“I tell you nothing of the kind, Aunt. The police would give a great deal to know where he dines.”\n\n"
    "“Then he shall dine here.”\n\n"
    "Arthur laughed."
)
PEOPLE = [("Honoria Vane", "PERSON"), ("Arthur", "PERSON")]


def test_annotator_version():
    assert ANNOTATOR == "quotes.v9"


def test_the_one_called_by_name_answers_an_untagged_turn():
    found = dict(speakers(SCENE, PEOPLE))
    assert found["“I tell you nothing of the kind, Aunt. The police would give a great deal to know where he dines.”"] == "Arthur"
    # and the turn after his goes back to the other party
    assert found["“Then he shall dine here.”"] == "Honoria Vane"


def test_a_turn_after_narration_with_no_subject_belongs_to_its_one_person():
    assert dict(speakers(SCENE, PEOPLE))["“You will not tell me he is dangerous, Arthur.”"] == "Honoria Vane"


def test_narration_naming_two_people_gives_no_speaker_by_that_rule():
    text = (
        "It was in May, when the chestnuts were white, that Mrs. Vane first received Dr. Kostrov.\n\n"
        "“You will stay for dinner.”"
    )
    assert dict(speakers(text, [("Vane", "PERSON"), ("Kostrov", "PERSON")]))["“You will stay for dinner.”"] is None


def test_the_one_narration_names_does_not_speak_a_turn_that_calls_them():
    text = "It was in May, at the house, that they first saw Arthur.\n\n“Sit down, Arthur.”"
    assert dict(speakers(text, [("Arthur", "PERSON")]))["“Sit down, Arthur.”"] is None
