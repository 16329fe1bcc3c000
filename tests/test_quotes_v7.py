"""quotes.v7: subjects after introductory phrases, pronoun runs, gender as a filter, noun-phrase
heads, relative clauses, infinitives, replies in A-B-A exchanges, interrupted tags, possessive
nouns of writing. Each case has a look-alike whose answer the rule must not change."""

from __future__ import annotations

import pytest

from succession.quotes import ANNOTATOR, find_quotations

from .conftest import quotation_mentions as mentions


SPEAKERS_V7 = [
    # A name after a sentence-initial adverbial phrase and its comma is the subject, nearer
    # than a subject two sentences back.
    (
        "subject_after_introductory_phrase",
        'Hart told the committee that the bridge was safe. After the vote was taken, Pell left the hall. "We have lost," he said.',
        [("Hart", "PERSON"), ("Pell", "PERSON")],
        [('"We have lost,"', "Pell")],
    ),
    (
        "subject_after_participle_phrase",
        'Hart told the committee that the bridge was safe. Asked about the vote, Dr. Pell shrugged. "We have lost," he said.',
        [("Hart", "PERSON"), ("Pell", "PERSON")],
        [('"We have lost,"', "Pell")],
    ),
    # Look-alike: the name after the comma is an object, not the subject.
    (
        "object_after_introductory_phrase_is_no_subject",
        'Hart told the committee that the bridge was safe. After the vote was taken, the clerk thanked Pell. "We have lost," he said.',
        [("Hart", "PERSON"), ("Pell", "PERSON")],
        [('"We have lost,"', "Hart")],
    ),
    # A run of sentences opened by "He" refers to the person in the sentence before the run.
    (
        "pronoun_run_takes_the_person_before_it",
        'Hart opened the meeting.\n\nLater I walked to the river with Pell, the surveyor. He says the bank will hold. He told me that the mayor doubts it. "We pour anyway," he said.',
        [("Hart", "PERSON"), ("Pell", "PERSON")],
        [('"We pour anyway,"', "Pell")],
    ),
    # Look-alike: no run of "He" sentences; the subject further back still wins.
    (
        "no_pronoun_run_keeps_the_subject",
        'Hart opened the meeting. Later I walked to the river with Pell. "We pour anyway," he said.',
        [("Hart", "PERSON"), ("Pell", "PERSON")],
        [('"We pour anyway,"', "Hart")],
    ),
    # A gender-confirmed name further back wins over an unknown one only as a subject: not as
    # a preposition's object ("the diary of Walter Brandt").
    (
        "confirmed_gender_object_does_not_override",
        'From the diary of Walter Brandt, 1931.\n\nI walked down to the dam with Vinter, the engineer. He says the concrete is late. "We pour it anyway," he said.',
        [("Walter Brandt", "PERSON"), ("Vinter", "PERSON")],
        [('"We pour it anyway,"', "Vinter")],
    ),
    # Look-alike: a confirmed man who is a subject still wins over a name of unknown gender.
    (
        "confirmed_gender_subject_still_overrides",
        'Walter Brandt came to the dam at noon and ordered coffee.\n\n"You are late," Vinter said.\n\nHe looked at the river.\n\n"Listen," he said.',
        [("Walter Brandt", "PERSON"), ("Vinter", "PERSON")],
        [('"You are late,"', "Vinter"), ('"Listen,"', "Walter Brandt")],
    ),
    # A canonical name gives gender: "Trotsky" is "Leon Trotsky", a man.
    (
        "canonical_name_gives_gender",
        'Boris Lind spoke first. Trotsky listened. "No," he said.',
        [("Boris Lind", "PERSON"), ("Trotsky", "PERSON", "trotsky")],
        [('"No,"', "Trotsky")],
    ),
    # Look-alike: a name with no canonical id keeps an unknown gender.
    (
        "name_without_id_has_no_gender",
        'Boris Lind spoke first. Hartog listened. "No," he said.',
        [("Boris Lind", "PERSON"), ("Hartog", "PERSON")],
        [('"No,"', "Boris Lind")],
    ),
    # Titles in other languages give gender.
    (
        "german_title_gives_gender",
        'Frau Keller came in. Herr Voss stood up. "Sit down," she said.',
        [("Keller", "PERSON"), ("Voss", "PERSON")],
        [('"Sit down,"', "Keller")],
    ),
    (
        "german_title_gives_gender_look_alike",
        'Frau Keller came in. Herr Voss stood up. "Sit down," he said.',
        [("Keller", "PERSON"), ("Voss", "PERSON")],
        [('"Sit down,"', "Voss")],
    ),
    # A given name shares the gender of its full name ("Fräulein Melnikova").
    (
        "given_name_shares_full_name_gender",
        'Mrs. Adler cleared the table and sent Fräulein Melnikova to bed. Sonya Melnikova stayed behind anyway.\n\nLater Sonya read the letter again. "Daily," she murmured.',
        [("Adler", "PERSON"), ("Fräulein Melnikova", "PERSON"), ("Sonya Melnikova", "PERSON"), ("Sonya", "PERSON")],
        [('"Daily,"', "Sonya")],
    ),
    (
        "given_name_of_unknown_gender_look_alike",
        'Mrs. Adler cleared the table. Sasha Melnikova stayed behind anyway.\n\nLater Sasha read the letter again. "Daily," she murmured.',
        [("Adler", "PERSON"), ("Sasha Melnikova", "PERSON"), ("Sasha", "PERSON")],
        [('"Daily,"', "Adler")],
    ),
    # A kinship noun in apposition gives gender: "his daughter, Varvara" is no "he".
    (
        "kinship_apposition_gives_gender",
        'Bessonov\'s daughter, Varvara Nikodimovna, was the only one who trusted Pyotr Ilyich.\n\n"Go to Kazan," she said to him.\n\n"I have no money," he answered.',
        [("Bessonov", "PERSON"), ("Varvara Nikodimovna", "PERSON"), ("Pyotr Ilyich", "PERSON")],
        [('"Go to Kazan,"', "Varvara Nikodimovna"), ('"I have no money,"', "Pyotr Ilyich")],
    ),
    # The first word of a person's full name is a person whatever its tag.
    (
        "part_of_full_name_is_a_person",
        'Sonya Melnikova put down her sewing.\n\nThe captain said nothing for a while.\n\n"And who keeps the keys?" Sonya persisted.',
        [("Sonya Melnikova", "PERSON"), ("Sonya", "GPE")],
        [('"And who keeps the keys?"', "Sonya")],
    ),
    (
        "place_name_is_not_a_person",
        'Sonya Melnikova put down her sewing.\n\nThe captain said nothing for a while.\n\n"And who keeps the keys?" Vienna persisted.',
        [("Sonya Melnikova", "PERSON"), ("Vienna", "GPE")],
        [('"And who keeps the keys?"', None)],
    ),
    # "X of <body> told": the person heads the noun phrase.
    (
        "person_heads_noun_phrase_with_body",
        'Deputy Ana Ruiz of the Green Party told reporters that the plan was "a gift to landlords."',
        [("Ana Ruiz", "PERSON"), ("the Green Party", "ORG")],
        [('"a gift to landlords."', "Ana Ruiz")],
    ),
    (
        "body_alone_speaks",
        'The Green Party told reporters that the plan was "a gift to landlords."',
        [("The Green Party", "ORG")],
        [('"a gift to landlords."', "The Green Party")],
    ),
    # A relative clause holding commas is passed over to its antecedent.
    (
        "relative_clause_with_commas",
        'Olga Brun, who lived in Vienna, then a city of exiles, said that the house was "the only honest one in the street."',
        [("Olga Brun", "PERSON"), ("Vienna", "GPE")],
        [('"the only honest one in the street."', "Olga Brun")],
    ),
    (
        "remembered_as_attributes",
        'Her friend Olga Brun remembered her as "the only one who read Hegel for pleasure."',
        [("Olga Brun", "PERSON")],
        [('"the only one who read Hegel for pleasure."', "Olga Brun")],
    ),
    # An infinitive completing a past-tense verb has that verb's subject.
    (
        "infinitive_takes_the_subject",
        'By then the house had become, as Captain Orlov liked to say, "a museum of lost causes."',
        [("Orlov", "PERSON")],
        [('"a museum of lost causes."', "Orlov")],
    ),
    (
        "infinitive_after_object_is_the_object",
        'Orlov asked the porter to say "nothing at all" to the police.',
        [("Orlov", "PERSON")],
        [('"nothing at all"', None)],
    ),
    # A reply tagged "he replied" in an A-B-A exchange is the other party's, and the tag serves
    # both halves of the interrupted sentence.
    (
        "reply_goes_to_the_other_party",
        'Grisha Levin and Captain Orlov sat by the stove.\n\n"Lenin is dying," said Grisha.\n\nThe captain laughed. "Watch the man who keeps the keys," said the captain.\n\n"And who keeps the keys?" Vera asked.\n\n"A Georgian," he replied, "whose name none of you could spell."',
        [("Orlov", "PERSON"), ("Grisha Levin", "PERSON"), ("Grisha", "PERSON"), ("Vera", "PERSON"), ("Lenin", "PERSON")],
        [
            ('"Lenin is dying,"', "Grisha"),
            ('"Watch the man who keeps the keys,"', "Orlov"),
            ('"And who keeps the keys?"', "Vera"),
            ('"A Georgian,"', "Orlov"),
            ('"whose name none of you could spell."', "Orlov"),
        ],
    ),
    # Look-alike: the text before the question is read out after a colon; no exchange.
    (
        "text_read_out_is_no_turn",
        'Grisha Levin came in late.\n\nVera opened the paper. At the foot of the column was a line: "The Politburo meets daily."\n\n"Daily," he said.',
        [("Grisha Levin", "PERSON"), ("Vera", "PERSON")],
        [('"The Politburo meets daily."', None), ('"Daily,"', "Grisha Levin")],
    ),
    # A possessive with a noun for someone's writing attributes the quotation.
    (
        "possessive_writing_noun",
        'You find Stalin\'s handwriting in the margins of the reports — "too soft," "check again," that kind of thing.',
        [("Stalin", "PERSON")],
        [('"too soft,"', "Stalin"), ('"check again,"', "Stalin")],
    ),
    (
        "possessive_object_noun",
        'You find Stalin\'s portrait in the corridors, and "too soft" is what visitors say of it.',
        [("Stalin", "PERSON")],
        [('"too soft"', None)],
    ),
]


@pytest.mark.parametrize("text,specs,expected", [c[1:] for c in SPEAKERS_V7], ids=[c[0] for c in SPEAKERS_V7])
def test_speakers_v7(text, specs, expected):
    found = find_quotations(text, mentions(text, specs), ())
    assert [(q.text, q.speaker) for q in found] == expected
    for q in found:
        assert text[q.start:q.end] == q.text
        assert q.annotator == ANNOTATOR
