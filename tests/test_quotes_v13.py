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
    assert ANNOTATOR in ("quotes.v13", "quotes.v14", "quotes.v15", "quotes.v16", "quotes.v17", "quotes.v18", "quotes.v19", "quotes.v20", "quotes.v21", "quotes.v22")


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


# --- descriptions resolved to what they refer to, or nobody ------------------------------


def test_the_company_is_the_firm_its_paragraph_named():
    text = (
        "Trains were cancelled on Tuesday.\n\n"
        "A Northlink spokesperson said tickets could be exchanged. \"We apologise,\" the company "
        "said in a statement."
    )
    people = [("Northlink", "ORG")]
    assert dict(speakers(text, people))["\"We apologise,\""] == "Northlink"


def test_the_company_with_no_firm_named_in_its_paragraph_is_nobody():
    text = (
        "Northlink ran late all week.\n\n"
        "Trains were cancelled on Tuesday. \"We apologise,\" the company said in a statement."
    )
    people = [("Northlink", "ORG")]
    assert dict(speakers(text, people))["\"We apologise,\""] is None


def test_the_paper_is_the_newspaper_just_named():
    text = (
        "He had read about Vogel in the Evening Courier: a dealer in clocks, the paper had called "
        "him, and \"a man of no fixed address.\""
    )
    people = [("Vogel", "PERSON"), ("the Evening Courier", "ORG")]
    assert dict(speakers(text, people))["\"a man of no fixed address.\""] == "the Evening Courier"


def test_a_title_standing_alone_is_the_person_named_with_it():
    text = (
        "Grand Duke Michael then besieged the town. The Grand Duke telegraphed to the capital: "
        "\"The town is ours.\""
    )
    people = [("Michael", "PERSON"), ("The Grand Duke", "GPE")]
    assert dict(speakers(text, people))["\"The town is ours.\""] == "Michael"


def test_a_body_named_with_the_article_keeps_its_name():
    text = "The Foreign Office said the talks were \"at an end.\""
    people = [("The Foreign Office", "ORG")]
    assert dict(speakers(text, people))["\"at an end.\""] == "The Foreign Office"


def test_an_unresolved_body_description_is_nobody():
    text = "The delegates sat until midnight. The plenum then declared the motion \"wholly impossible.\""
    assert dict(speakers(text, []))["\"wholly impossible.\""] is None


# --- titles are not names ------------------------------------------------------------------


def test_a_particle_belongs_to_the_surname_after_a_title():
    text = "Little Anne asked where he was going. \"Only to Lyon, my dear,\" said Madame de Brissac."
    people = [("Anne", "PERSON"), ("de Brissac", "PERSON")]
    assert dict(speakers(text, people))["\"Only to Lyon, my dear,\""] == "de Brissac"


def test_a_bare_title_is_the_person_last_named_with_it():
    text = (
        "Madame de Brissac said nothing at dinner. Little Anne de Brissac went to bed early.\n\n"
        "The Brissac carriage was sold on Monday. Anne cried all day.\n\n"
        "Madame came down to breakfast in black. \"A fortnight,\" she said, \"and still no letter.\""
    )
    people = [("de Brissac", "PERSON"), ("Anne de Brissac", "PERSON"), ("Brissac", "PERSON"), ("Anne", "PERSON")]
    found = dict(speakers(text, people))
    assert found["\"A fortnight,\""] == "de Brissac"
    assert found["\"and still no letter.\""] == "de Brissac"


def test_a_title_with_its_name_is_not_bare():
    text = (
        "Madame de Brissac said nothing. Anne went to bed.\n\n"
        "Madame Roux came down to breakfast. \"A fortnight,\" she said."
    )
    people = [("de Brissac", "PERSON"), ("Anne", "PERSON"), ("Roux", "PERSON")]
    assert dict(speakers(text, people))["\"A fortnight,\""] == "Roux"


# --- reading aloud from a paper; pronouns for no one ---------------------------------------


def test_what_is_read_aloud_from_a_paper_is_the_paper_s():
    text = (
        "After dinner the Major read aloud from Le Matin: \"Lyon will not yield; Lyon endures.\" "
        "Nobody laughed."
    )
    people = [("Le Matin", "ORG"), ("Lyon", "GPE")]
    assert dict(speakers(text, people))["\"Lyon will not yield; Lyon endures.\""] == "Le Matin"


def test_a_place_read_aloud_from_is_no_speaker():
    text = "Renard telephoned at noon. The Major read aloud from Lyon: \"We endure.\""
    people = [("Renard", "PERSON"), ("Lyon", "GPE")]
    assert dict(speakers(text, people))["\"We endure.\""] != "Lyon"


def test_a_pronoun_for_no_one_is_never_a_speaker():
    text = "The letter lay on the table.\n\n\"Your brother sends his greetings,\" and Nobody answered."
    assert dict(speakers(text, []))["\"Your brother sends his greetings,\""] is None


# --- someone's words recalled ----------------------------------------------------------------


def test_words_recalled_are_their_owner_s():
    text = (
        "Ruth Allen, one of the nurses, later recalled Dr Mayer's words as the stretcher came in: "
        "\"Keep him warm. He must live.\""
    )
    people = [("Ruth Allen", "PERSON"), ("Mayer", "PERSON")]
    assert dict(speakers(text, people))["\"Keep him warm. He must live.\""] == "Mayer"


def test_the_one_who_recalls_speaks_when_no_one_s_words_are_named():
    text = (
        "Ruth Allen, one of the nurses, later recalled the night Dr Mayer came in: "
        "\"It was snowing hard.\""
    )
    people = [("Ruth Allen", "PERSON"), ("Mayer", "PERSON")]
    assert dict(speakers(text, people))["\"It was snowing hard.\""] == "Ruth Allen"


# --- a headline's quotation in single marks ------------------------------------------------


def test_a_headline_quotation_in_single_marks_belongs_to_the_body_the_headline_names():
    text = (
        "Cabinet rift grows as Greens reject 'reckless' forest sale\n\n"
        "The Greens said on Monday they would vote against the bill. \"It is reckless,\" they said."
    )
    people = [("Greens", "ORG")]
    found = {q.text: q for q in _quotations(text, people)}
    assert found["'reckless'"].kind == "direct"
    assert found["'reckless'"].speaker == "Greens"


def test_a_headline_noun_speaker_is_the_person_the_story_gives_that_title():
    text = (
        "'Nobody here is selling,' Tarn mayor says as council keeps Lenin statue\n\n"
        "\"Nobody here is selling anything,\" said Mayor Irakli Beridze after the vote."
    )
    people = [("Tarn", "GPE"), ("Lenin", "PERSON"), ("Irakli Beridze", "PERSON")]
    assert dict(speakers(text, people))["'Nobody here is selling,'"] == "Irakli Beridze"


def test_a_name_modifying_a_noun_in_the_headline_is_no_speaker():
    text = (
        "Town keeps Lenin museum as 'our history'\n\n"
        "The council voted 19 to 6 on Tuesday."
    )
    people = [("Lenin", "PERSON")]
    assert dict(speakers(text, people))["'our history'"] != "Lenin"


def test_apostrophes_in_a_headline_are_no_quotation():
    text = "Workers' union backs O'Brien's plan\n\nThe union met on Monday."
    assert [q.text for q in _quotations(text, [("O'Brien", "PERSON")])] == []


# --- an aside about a name ------------------------------------------------------------------


def test_him_in_an_aside_after_a_name_is_that_name():
    text = (
        "The house where Trotsky lived had burned in February.\n\n"
        "Lev Sedov (\"Lyova,\" as everyone called him) had come over from Berlin, and he met me at "
        "the quay. He was thin, quick and tired. \"My father will see you at five,\" he said."
    )
    people = [("Trotsky", "PERSON"), ("Lev Sedov", "PERSON"), ("Berlin", "GPE")]
    assert dict(speakers(text, people))["\"My father will see you at five,\""] == "Lev Sedov"


def test_him_outside_an_aside_still_passes_the_run_on():
    text = (
        "Smilga was posted to Khabarovsk in 1927. Victor Serge (who knew him in Moscow) remembered him as a scholar.\n\n"
        "Expelled from the party in December 1927, he was exiled to Minusinsk. "
        "\"Exile gives a man time to read,\" he wrote to a friend."
    )
    people = [("Smilga", "PERSON"), ("Khabarovsk", "GPE"), ("Victor Serge", "PERSON"), ("Minusinsk", "GPE")]
    assert dict(speakers(text, people))["\"Exile gives a man time to read,\""] == "Smilga"


# --- words quoted back to the one addressed --------------------------------------------------


def test_words_quoted_back_to_the_one_addressed_are_theirs():
    text = (
        "THE PRESIDENT: The court will hear the prosecutor.\n\n"
        "KRYLENKO: Accused Ramzin, you called the plan at that meeting \"a house of cards\" that "
        "would \"fall by spring.\" Do you deny it?"
    )
    people = [("KRYLENKO", "PERSON"), ("Ramzin", "PERSON")]
    found = dict(speakers(text, people))
    assert found["\"a house of cards\""] == "Ramzin"
    assert found["\"fall by spring.\""] == "Ramzin"


def test_words_of_a_third_person_told_to_someone_addressed_are_not_theirs():
    text = (
        "KRYLENKO: Accused Ramzin, Kalinnikov called the plan \"a house of cards.\" Do you deny it?"
    )
    people = [("KRYLENKO", "PERSON"), ("Ramzin", "PERSON"), ("Kalinnikov", "PERSON")]
    assert dict(speakers(text, people))["\"a house of cards.\""] != "Ramzin"


# --- beats naming the speaker ----------------------------------------------------------------


def test_a_beat_with_an_adjective_and_a_title_names_the_speaker():
    text = (
        "“You are late, Edwin,” said Harriet.\n\n"
        "“The train was punctual,” said Edwin.\n\n"
        "Old Mrs. Pell looked up from her knitting. “You were always too soft with that boy.”"
    )
    people = [("Edwin", "PERSON"), ("Harriet", "PERSON"), ("Pell", "PERSON")]
    assert dict(speakers(text, people))["“You were always too soft with that boy.”"] == "Pell"


def test_a_beat_without_a_name_keeps_the_alternation():
    text = (
        "“You are late, Edwin,” said Harriet.\n\n"
        "“The train was punctual,” said Edwin.\n\n"
        "“You were always too soft with that boy.”"
    )
    people = [("Edwin", "PERSON"), ("Harriet", "PERSON")]
    assert dict(speakers(text, people))["“You were always too soft with that boy.”"] == "Harriet"


def test_a_name_called_inside_a_nested_quotation_is_not_the_turn_s_addressee():
    text = (
        "\"And the honest men,\" said Gale, \"do they leave their porthole open?\"\n\n"
        "Vogt looked at him for a long moment. Then he laughed. \"Touché. I was fishing. My doctor "
        "prescribes it: 'Twenty minutes of idleness, Herr Vogt, twice a day.'\""
    )
    people = [("Gale", "PERSON"), ("Vogt", "PERSON")]
    found = dict(speakers(text, people))
    assert [v for k, v in found.items() if k.startswith("\"Touché")] == ["Vogt"]


def test_a_name_called_in_the_turn_itself_still_answers():
    text = (
        "\"And the honest men,\" said Gale, \"do they leave their porthole open?\"\n\n"
        "\"Touché, Gale. I was fishing.\""
    )
    people = [("Gale", "PERSON"), ("Vogt", "PERSON")]
    assert dict(speakers(text, people))["\"Touché, Gale. I was fishing.\""] != "Gale"


def test_a_headline_quotation_belongs_to_the_subject_of_its_own_clause():
    text = (
        "Coalition split looms as Greens reject 'reckless' forest sale\n\n"
        "The Greens said on Monday they would vote against the bill."
    )
    people = [("Coalition", "ORG"), ("Greens", "ORG")]
    assert dict(speakers(text, people))["'reckless'"] == "Greens"


# --- occupations are descriptions of people ------------------------------------------------------


def test_an_unnamed_engineer_reporting_is_nobody_not_the_last_speaker():
    text = (
        "LIFEBOAT.—\"I never saw a heavier sea,\" said the coxswain, James Robson, to our reporter.\n\n"
        "THE COMMISSION.—At the meeting yesterday, the engineer reported that the new pier would be "
        "completed \"within the present twelvemonth.\" The Commission adjourned."
    )
    people = [("James Robson", "PERSON"), ("The Commission", "ORG")]
    found = dict(speakers(text, people))
    assert found["\"I never saw a heavier sea,\""] == "James Robson"
    assert found["\"within the present twelvemonth.\""] is None
