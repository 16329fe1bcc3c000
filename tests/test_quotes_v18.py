"""quotes.v18: a pronoun after a sentence about someone the text never names ("A high official of
the commissariat said ... “...,” he said") is that unnamed person, and so nobody; an indefinite
description's head comes before its "of". Each case has a look-alike whose answer the rule must
not change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR

from .conftest import quotation_speakers as speakers


def test_annotator_version():
    assert ANNOTATOR in ("quotes.v18", "quotes.v19", "quotes.v20", "quotes.v21", "quotes.v22")  # quotes.v19 pins itself in test_quotes_v19


def test_a_pronoun_after_an_unnamed_person_is_nobody():
    people = [("Zinoviev", "PERSON"), ("Kharkov", "GPE")]
    text = 'Zinoviev spoke first. A delegate from Kharkov rose after him. "We will not be silenced," he said.'
    assert dict(speakers(text, people))['"We will not be silenced,"'] is None
    # look-alikes: a sentence about no person, and a description set before the pronoun it describes
    text = 'Zinoviev spoke first. A storm broke over the hall. "We will not be silenced," he said.'
    assert dict(speakers(text, people))['"We will not be silenced,"'] == "Zinoviev"
    text = 'Zinoviev spoke first. A former bus driver, he knew the cost. "We will not be silenced," he said.'
    assert dict(speakers(text, people))['"We will not be silenced,"'] == "Zinoviev"


def test_an_unnamed_person_of_a_body_is_a_person_not_a_thing():
    people = [("Zinovieff", "PERSON"), ("MOSCOW", "GPE")]
    text = ('Zinovieff spoke at length.\n\n'
            'MOSCOW, Jan. 16.—A high official of the commissariat said to-night that the army "will not notice the change" at all.')
    assert dict(speakers(text, people))['"will not notice the change"'] is None


def test_a_place_phrase_between_the_speaker_and_the_verb_says_where_not_who():
    people = [("Zinoviev", "PERSON"), ("Budu Mdivani", "PERSON")]
    text = ('Zinoviev gave the report. When he said that "every criticism is a manoeuvre of the Mensheviks," '
            'old Budu Mdivani at the back called out, "And the Georgian line?" Laughter.')
    assert dict(speakers(text, people))['"And the Georgian line?"'] == "Budu Mdivani"
    # look-alike: an unnamed man at the back is nobody
    text = 'Zinoviev gave the report. A man at the back called out, "And the Georgian line?" Laughter.'
    assert dict(speakers(text, people))['"And the Georgian line?"'] is None


def test_a_plural_of_people_speaks_as_nobody_named():
    people = [("Lenin", "PERSON"), ("Zinoviev", "PERSON")]
    text = 'Lenin could no longer intervene.\n\n"The regime inside the party has become intolerable," the signatories wrote.'
    assert dict(speakers(text, people))['"The regime inside the party has become intolerable,"'] is None
    # look-alike: a plural of things is no speaker, and the talk around it decides
    text = 'Lenin could no longer intervene.\n\n"The regime inside the party has become intolerable," the papers reported.'
    assert dict(speakers(text, people))['"The regime inside the party has become intolerable,"'] != "the papers"


def test_a_friend_or_a_colleague_unnamed_is_nobody():
    people = [("Trotzky", "PERSON")]
    text = ('A friend who saw them on Monday says that M. Trotzky was calm.\n\n'
            '"He talked of nothing but the harvest figures," the friend said.')
    assert dict(speakers(text, people))['"He talked of nothing but the harvest figures,"'] is None
    # look-alike: a named friend speaks
    text = ('His friend, Victor Serge, saw them on Monday.\n\n'
            '"He talked of nothing but the harvest figures," Serge said.')
    assert dict(speakers(text, [("Trotzky", "PERSON"), ("Victor Serge", "PERSON"), ("Serge", "PERSON")]))['"He talked of nothing but the harvest figures,"'] in ("Serge", "Victor Serge")
