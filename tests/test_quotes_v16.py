"""quotes.v16: the narrator's names in the form last written where they give them, family titles
("said Gran") as persons of their gender under the name the narration gives them, a body
speaking through someone named beside it, and descriptions whose name is only a complement or
the object of a relative clause. Each case has a look-alike whose answer the rule must not
change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR

from .conftest import quotation_speakers as speakers


def test_annotator_version():
    assert ANNOTATOR in ("quotes.v16", "quotes.v17", "quotes.v18", "quotes.v19", "quotes.v20", "quotes.v21", "quotes.v22")  # quotes.v17 pins itself in test_quotes_v17


def test_the_narrator_goes_by_the_name_written_last():
    text = (
        "My name is Deborah Quayle, but on the number 66 everyone calls me Dee. I drove the bus.\n\n"
        '"Ninety-one and a half," I said.'
    )
    people = [("Deborah Quayle", "PERSON"), ("Dee", "PERSON")]
    assert dict(speakers(text, people))['"Ninety-one and a half,"'] == "Dee"
    # look-alike: the name given after the nickname is the one written last
    text = 'Everybody called me Tiny, though my name is Walter Pryce.\n\n"Not today," I said.'
    assert dict(speakers(text, [("Tiny", "PERSON"), ("Walter Pryce", "PERSON")]))['"Not today,"'] == "Walter Pryce"


def test_a_family_title_speaks_under_the_name_the_narration_gives():
    text = (
        "I was at the depot when my grandmother, Winifred Quayle, rang and said she wanted to see "
        "the bridge.\n\n"
        '"From the water," said Gran. "Your uncle has a boat."\n\n'
        "Spud steered, because his father's hands shook, and I sat in the stern with Gran wrapped in "
        "my jacket. She wore her fur hat.\n\n"
        '"Leave it," she said, as Spud reached for the boathook.'
    )
    people = [("Winifred Quayle", "PERSON"), ("Spud", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"From the water,"'] == "Winifred Quayle"
    assert found['"Your uncle has a boat."'] == "Winifred Quayle"
    assert found['"Leave it,"'] == "Winifred Quayle"  # "she" is the woman, not Spud
    # look-alike: the narration never names her, so she speaks as the family calls her
    text = '"From the water," said Gran. "Your uncle has a boat."'
    assert dict(speakers(text, []))['"From the water,"'] == "Gran"


def test_a_body_speaks_through_the_one_named_beside_it():
    text = (
        "Plaid Cymru, which backed the bill, said through its housing spokeswoman, Mabli Rees, "
        'that the caps were "overdue by a decade at least."'
    )
    people = [("Plaid Cymru", "ORG"), ("Mabli Rees", "PERSON")]
    assert dict(speakers(text, people))['"overdue by a decade at least."'] == "Mabli Rees"
    # look-alike: through unnamed lawyers the body itself speaks
    text = 'Plaid Cymru said through its lawyers that the caps were "overdue by a decade at least."'
    assert dict(speakers(text, [("Plaid Cymru", "ORG")]))['"overdue by a decade at least."'] == "Plaid Cymru"


def test_a_name_inside_a_description_is_not_the_speaker():
    found = dict(speakers(
        "A spokesperson for the landlords' group Propertymark said it would study the text "
        '"line by line" before deciding.',
        [("Propertymark", "ORG")],
    ))
    assert found['"line by line"'] is None
    found = dict(speakers(
        "The exile left on Monday.\n\nA member of the Opposition who saw Trotsky on Monday told your "
        "correspondent: “He is calm.”",
        [("Trotsky", "PERSON")],
    ))
    assert found["“He is calm.”"] is None
    # look-alikes: the body itself, and a named subject with a relative clause, speak
    found = dict(speakers('Propertymark said it would study the text "line by line" before deciding.', [("Propertymark", "ORG")]))
    assert found['"line by line"'] == "Propertymark"
    found = dict(speakers(
        "The exile left on Monday.\n\nRadek, who saw Trotsky on Monday, told your correspondent: “He is calm.”",
        [("Radek", "PERSON"), ("Trotsky", "PERSON")],
    ))
    assert found["“He is calm.”"] == "Radek"


def test_a_described_name_set_off_after_a_description_speaks():
    text = (
        "The European People's Party again voted against it. Its environment coordinator, the Dutch "
        'MEP Joost van Raalte, told reporters that the text was "still a bureaucratic monster" and '
        'predicted that governments would "quietly water it down".'
    )
    people = [("European People's Party", "ORG"), ("Dutch", "NORP"), ("Joost van Raalte", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"still a bureaucratic monster"'] == "Joost van Raalte"
    assert found['"quietly water it down"'] == "Joost van Raalte"  # not the nationality
    # look-alike: a body set off after a description speaks as before
    text = 'The bosses\' paper, the Journal, says the strike is "a crime".'
    assert dict(speakers(text, [("the Journal", "ORG")]))['"a crime"'] == "the Journal"


def test_the_last_clause_actor_past_a_parenthesis_or_a_relative_clause():
    text = (
        "Aunt Mary read it twice by the fire before she would say a word, and Kitty, who had long "
        "since laid aside her magazine, could bear it no longer.\n\n"
        '"Is it from Uncle Frederick?"\n\n'
        '"It is from the Colonel," said Aunt Mary.\n\n'
        "Kitty could not help laughing, and Aunt Mary, after a moment, laughed too.\n\n"
        '"What will Mr. Pountney say?"'
    )
    people = [("Mary", "PERSON"), ("Kitty", "PERSON"), ("Frederick", "PERSON"), ("Pountney", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"Is it from Uncle Frederick?"'] == "Kitty"
    assert found['"What will Mr. Pountney say?"'] == "Mary"
    # the title before the name is no part of it ("and Aunt Mary laughed too")
    text = 'Kitty could not help laughing, and Aunt Mary laughed too.\n\n"What will Mr. Pountney say?"'
    assert dict(speakers(text, people))['"What will Mr. Pountney say?"'] == "Mary"
    # look-alike: the other way round, the last clause's actor is Kitty
    text = 'Aunt Mary could not help laughing, and Kitty, after a moment, went out.\n\n"What will Mr. Pountney say?"'
    assert dict(speakers(text, people))['"What will Mr. Pountney say?"'] == "Kitty"


def test_it_after_a_writing_from_someone_is_its_author():
    text = (
        "PYATAKOV said he flew to Oslo.\n\nGOLDMAN: The commission has a cable from the Oslo newspaper "
        "Aftenposten, dated January 29, 1937. It states: “No foreign aeroplane landed at Kjeller.”"
    )
    people = [("PYATAKOV", "PERSON"), ("GOLDMAN", "PERSON"), ("Oslo", "GPE"), ("Aftenposten", "ORG"), ("Kjeller", "GPE")]
    assert dict(speakers(text, people))["“No foreign aeroplane landed at Kjeller.”"] == "Aftenposten"
    # look-alike: a writing from no one named speaks for no one
    text = "The commission has a cable dated January 29. It states: “No aeroplane landed.”"
    assert dict(speakers(text, []))["“No aeroplane landed.”"] is None


def test_an_indefinite_description_opening_the_clause_is_nobody():
    text = (
        "Izvestia says this morning that thirty Oppositionists have been sent away.\n\n"
        "One official involved in drafting the order, who spoke on condition of anonymity, said the "
        'hardest part had been "deciding who goes where."\n\n'
        "A member of the Opposition who saw Trotsky on Monday told your correspondent: “He was calm.”"
    )
    people = [("Izvestia", "ORG"), ("Trotsky", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"deciding who goes where."'] is None
    assert found["“He was calm.”"] is None
    # look-alike: a named subject before the relative clause speaks
    text = "Izvestia says so.\n\nRadek, who saw Trotsky on Monday, said the hardest part had been \"the waiting.\""
    assert dict(speakers(text, [("Izvestia", "ORG"), ("Radek", "PERSON"), ("Trotsky", "PERSON")]))['"the waiting."'] == "Radek"


def test_a_named_speakers_words_after_a_naming_verb_are_reported():
    from succession.quotes import find_quotations

    text = 'Their water critic, Amrit Sandhu, called the vote "a fire sale" and left.'
    people = [("Amrit Sandhu", "PERSON")]
    found = {q.text: q.kind for q in find_quotations(text, _mentions(text, people), ())}
    assert found['"a fire sale"'] == "direct"
    # look-alikes: a name given to someone, and a one-word term, stay terms
    text = 'Vishinsky demanded that the accused, whom he called "mad dogs," be shot. The Opposition calls it "Thermidor".'
    found = {q.text: q.kind for q in find_quotations(text, _mentions(text, [("Vishinsky", "PERSON"), ("Opposition", "ORG")]), ())}
    assert found['"mad dogs,"'] == "term"
    assert found['"Thermidor"'] == "term"


def _mentions(text, people):
    import re

    from succession.entities import EntityMention

    found = [EntityMention(m.start(), m.end(), name, label, None, "test") for name, label in people for m in re.finditer(re.escape(name), text)]
    return sorted(found, key=lambda m: m.start)
