"""quotes.v5: a cue lexicon kept as data, and general speaker mechanisms (gender, addressees,
narrators, title references, interrupted quotations). Each case has a look-alike."""

from __future__ import annotations

import json
import re

import pytest

from succession.data import EntityMention
from succession.errors import InputError
from succession.quotes import CUE_VERBS, find_quotations, load_speech_verbs


def mentions(text: str, specs) -> list[EntityMention]:
    found = []
    for surface, label in specs:
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            found.append(EntityMention(match.start(), match.end(), surface, label, None, "test"))
    return sorted(found, key=lambda m: (m.start, m.end))


def speakers(text: str, specs) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotations(text, mentions(text, specs), ())]


def test_lexicon_is_data_with_hundreds_of_forms():
    assert len(CUE_VERBS) >= 500
    assert {"said", "retorted", "faltered", "returned", "stammered"} <= CUE_VERBS


def test_malformed_lexicon_is_an_input_error(tmp_path):
    bad = tmp_path / "speech_verbs.json"
    bad.write_text(json.dumps({"version": 1, "verbs": [{"lemma": "say", "class": "shout", "forms": ["said"]}], "noun_forms": []}))
    with pytest.raises(InputError) as error:
        load_speech_verbs(bad)
    assert "/verbs/0/class" in str(error.value)


@pytest.mark.parametrize(
    "text, specs, expected",
    [
        # a said-bookism from the lexicon, inverted after the quotation
        (
            'Ann Lowry came in.\n\n"I do, madam," faltered Ann Lowry, "and I mean to stay."',
            [("Ann Lowry", "PERSON")],
            [('"I do, madam,"', "Ann Lowry"), ('"and I mean to stay."', "Ann Lowry")],
        ),
    ],
)
def test_lexicon_cues(text, specs, expected):
    assert speakers(text, specs) == expected


@pytest.mark.parametrize(
    "text, specs, expected",
    [
        # a vocative inside the quotation is the one addressed, not the speaker
        (
            'Lucius Fenwick was shown in, and Anne Ashcombe received him coldly.\n\n"You are very late, Fenwick," she observed.',
            [("Lucius Fenwick", "PERSON"), ("Anne Ashcombe", "PERSON"), ("Fenwick", "PERSON")],
            [('"You are very late, Fenwick,"', "Anne Ashcombe")],
        ),
        # look-alike: a name opening the quotation as its subject, not set off by a comma
        (
            'Lucius Fenwick was shown in, and Anne Ashcombe received him coldly.\n\n"Fenwick is very late," she observed.',
            [("Lucius Fenwick", "PERSON"), ("Anne Ashcombe", "PERSON"), ("Fenwick", "PERSON")],
            [('"Fenwick is very late,"', "Anne Ashcombe")],
        ),
        # a title confirms the gender of its name: "she" is Mrs. Ashcombe, not the Captain
        (
            'Captain Lucius Fenwick was shown in, and Mrs. Ashcombe received him.\n\n"You are late," she observed.',
            [("Lucius Fenwick", "PERSON"), ("Ashcombe", "PERSON")],
            [('"You are late,"', "Ashcombe")],
        ),
        # look-alike: with no title, the subject of the sentence is still the antecedent
        (
            'Captain Lucius Fenwick was shown in, and Ashcombe received him.\n\n"You are late," he observed.',
            [("Lucius Fenwick", "PERSON"), ("Ashcombe", "PERSON")],
            [('"You are late,"', "Lucius Fenwick")],
        ),
        # "he" passes over a one-word name of unknown gender for a man named just before
        (
            'Harry Marsh ordered two brandies.\n\n"You needn\'t have," Dell said.\n\nHe looked at the window.\n\n"Listen," he said.',
            [("Harry Marsh", "PERSON"), ("Dell", "PERSON")],
            [('"You needn\'t have,"', "Dell"), ('"Listen,"', "Harry Marsh")],
        ),
        # look-alike: a full name of unknown gender keeps the pronoun
        (
            'Harry Marsh ordered two brandies.\n\n"You needn\'t have," Dell Ormond said.\n\nHe looked at the window.\n\n"Listen," he said.',
            [("Harry Marsh", "PERSON"), ("Dell Ormond", "PERSON")],
            [('"You needn\'t have,"', "Dell Ormond"), ('"Listen,"', "Dell Ormond")],
        ),
        # a one-word turn that names the other party is spoken by the other party
        (
            'Harry Marsh sat down.\n\n"You always mean it, darling," Dell said.\n\n"Dell."',
            [("Harry Marsh", "PERSON"), ("Dell", "PERSON")],
            [('"You always mean it, darling,"', "Dell"), ('"Dell."', "Harry Marsh")],
        ),
        # a narrator who names herself ("I am X") speaks her "I said"
        (
            'I am Ellen Ware, and in 1931 I was a typist.\n\n"Can you type?" he asked.\n\n"Yes," I said.',
            [("Ellen Ware", "PERSON")],
            [('"Can you type?"', None), ('"Yes,"', "Ellen Ware")],
        ),
    ],
)
def test_speaker_mechanisms(text, specs, expected):
    assert speakers(text, specs) == expected


def test_i_am_before_a_word_that_is_no_name_makes_no_narrator():
    # look-alike of "I am Ellen Ware": "Glad" is no person, so "I" stays the author's
    text = 'In 1931 I was poor. I am Glad of it now.\n\n"Yes," I said.'
    assert [q.speaker for q in find_quotations(text, [], ())] != ["Glad"]
