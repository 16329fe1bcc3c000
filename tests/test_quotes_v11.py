"""quotes.v11: pronoun salience (a run of "he" keeps the one the narration before it is about),
documents read aloud or annotated that speak for their writers, the paper an editorial
appeared in, and "it" for a body. Each case has a look-alike whose answer the rule must not
change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR

from .conftest import quotation_mentions
from .conftest import quotation_speakers as speakers


def _quotations(text, specs):
    from succession.quotes import find_quotations

    return find_quotations(text, quotation_mentions(text, specs), ())


def test_annotator_version():
    assert ANNOTATOR in ("quotes.v11", "quotes.v12", "quotes.v13", "quotes.v14", "quotes.v15", "quotes.v16", "quotes.v17", "quotes.v18", "quotes.v19", "quotes.v20", "quotes.v21", "quotes.v22")


# --- a run of "he" keeps its referent --------------------------------------------------------


def test_a_run_of_he_keeps_the_name_the_narration_before_it_introduced():
    text = (
        "My brother, Misha, had come with us.\n\n"
        "The clerk who met us at the gate was called Petrov. He looked at our bags, at Misha's old "
        "camera and at the maps.\n\n"
        '"Maps are allowed," he said.'
    )
    people = [("Misha", "PERSON"), ("Petrov", "PERSON")]
    assert dict(speakers(text, people))['"Maps are allowed,"'] == "Petrov"


def test_a_run_of_he_keeps_the_subject_of_the_sentence_before_it():
    text = (
        "Misha was a quiet man, my brother.\n\n"
        "Kovalenko left the party in the spring, like Ruban and Ivan Sokol before him. He came to "
        "say goodbye in July, and I gave him bread. \"Don't look at me like that, Vera,\" he said."
    )
    people = [("Misha", "PERSON"), ("Kovalenko", "PERSON"), ("Ruban", "PERSON"), ("Ivan Sokol", "PERSON"), ("Vera", "PERSON")]
    assert dict(speakers(text, people))["\"Don't look at me like that, Vera,\""] == "Kovalenko"


def test_a_run_of_he_after_a_turn_tag_still_prefers_the_man_the_text_confirms():
    # A turn's tag sets no topic (turns alternate), so a name of unknown gender that only
    # tagged the turn before does not take "he" from a man named before.
    text = (
        "Peter Hale ordered two coffees.\n\n"
        "\"You needn't have,\" Sasha said.\n\n"
        "He looked at the window.\n\n"
        '"Listen," he said.'
    )
    people = [("Peter Hale", "PERSON"), ("Sasha", "PERSON")]
    assert dict(speakers(text, people))['"Listen,"'] == "Peter Hale"


# --- a writer's document named after "quoted" ------------------------------------------------


def test_quoting_someones_document_named_by_a_document_noun_gives_its_writer():
    # "platform" is a document noun but no word for someone's words: the check that it names
    # a document once failed with a TypeError.
    text = "The historian quoted Lenin's platform at length: \"We must organise, and we must do it now.\""
    assert dict(speakers(text, [("Lenin", "PERSON")]))['"We must organise, and we must do it now."'] == "Lenin"
    # look-alike: the historian quotes Lenin himself, not a document of his
    text = "The historian quoted Lenin at length: \"We must organise, and we must do it now.\""
    assert dict(speakers(text, [("Lenin", "PERSON")]))['"We must organise, and we must do it now."'] == "Lenin"


# --- a text read aloud speaks for its writer --------------------------------------------------

READERS = [("Petrov", "PERSON"), ("Misha", "PERSON"), ("Kerr", "PERSON"), ("Ruiz", "PERSON"), ("Nina", "PERSON")]


def test_what_someone_reads_aloud_speaks_for_the_writer_the_sentence_before_names():
    text = (
        "A letter came from the south in the summer. It was Petrov's criticism of the new programme. "
        "Misha read it aloud at the table:\n\n"
        '"The programme tries to do too much, and it will fail."'
    )
    assert dict(speakers(text, READERS))['"The programme tries to do too much, and it will fail."'] == "Petrov"


def test_words_a_reader_reads_aloud_belong_to_the_subject_whose_words_they_are():
    text = 'Kerr ended his last speech with words that Ruiz reads aloud to visitors every Friday: "Nothing we built here will be wasted."'
    assert dict(speakers(text, READERS))['"Nothing we built here will be wasted."'] == "Kerr"


def test_reading_aloud_from_someones_diary_gives_the_diarist():
    text = "At one point Nina reads aloud from Kerr's diary: \"The rain has not stopped for a week.\""
    assert dict(speakers(text, READERS))['"The rain has not stopped for a week."'] == "Kerr"


def test_reading_it_aloud_after_a_sentence_naming_nobody_as_writer_gives_no_writer():
    # look-alike: the sentence before names someone, but not as the writer of anything
    text = (
        "Petrov came in late. Misha read it aloud at the table:\n\n"
        '"The programme tries to do too much, and it will fail."'
    )
    assert dict(speakers(text, READERS))['"The programme tries to do too much, and it will fail."'] is None


# --- a relative clause about a document speaks for its writer --------------------------------


def test_a_relative_clause_about_someones_document_speaks_for_its_writer():
    text = (
        "The book was the first to quote Kerr's so-called Testament, the letter to the party congress "
        'that called Ruiz "too rude" and proposed "to think about a way of removing" him.'
    )
    found = dict(speakers(text, READERS))
    assert found['"too rude"'] == "Kerr"
    assert found['"to think about a way of removing"'] == "Kerr"


def test_a_relative_clause_with_its_own_subject_is_not_the_documents_voice():
    # look-alike: "the report that Misha wrote" is about Misha writing; the quotation is Nina's
    text = (
        "Nina was the first to quote Kerr's memorandum, the report that Misha wrote for the board, "
        'which she called "a masterpiece of evasion".'
    )
    assert dict(speakers(text, READERS))['"a masterpiece of evasion"'] == "Nina"


# --- one of someone's writings "reads" ---------------------------------------------------------


def test_one_of_someones_notes_reads_for_their_writer_and_so_does_its_date():
    text = (
        "The copy carries Kerr's pencil notes on the endpapers. One, dated \"Paris, 3/IV/25\", reads: "
        '"Leave out the letter — it will hurt her." Another, on page 97, reads simply "verify".'
    )
    found = dict(speakers(text, READERS))
    assert found['"Paris, 3/IV/25"'] == "Kerr"
    assert found['"Leave out the letter — it will hurt her."'] == "Kerr"
    assert found['"verify"'] == "Kerr"


def test_one_of_several_people_is_no_writing():
    # look-alike: "One of them" after people, not writings, is one of those people, unnamed
    text = 'Kerr came to the meeting with Misha. One of them said: "We will not sign it."'
    assert dict(speakers(text, READERS))['"We will not sign it."'] is None


# --- a nationality word that modifies a noun is no speaker ------------------------------------


def test_a_paper_an_editorial_appeared_in_speaks_and_an_adjective_never_does():
    text = (
        "The Soviet press has not yet confirmed the arrests, but an editorial in Pravda yesterday spoke "
        'of "the despicable remnants of the group" and demanded that they be "destroyed to the last man."'
    )
    found = dict(speakers(text, [("Soviet", "NORP"), ("Pravda", "ORG")]))
    assert found['"the despicable remnants of the group"'] == "Pravda"
    assert found['"destroyed to the last man."'] == "Pravda"
    text = 'The Soviet press has not yet confirmed the arrests and demanded that they be "destroyed to the last man."'
    assert dict(speakers(text, [("Soviet", "NORP")]))['"destroyed to the last man."'] != "Soviet"


def test_a_group_noun_still_speaks():
    # look-alikes: a plural group noun, and a group word followed by its verb
    text = 'The Germans called the raid "a provocation of the worst kind".'
    assert dict(speakers(text, [("Germans", "NORP")]))['"a provocation of the worst kind"'] == "Germans"
    text = 'Asked about the raid, the French replied that it was "a provocation of the worst kind".'
    assert dict(speakers(text, [("French", "NORP")]))['"a provocation of the worst kind"'] == "French"


# --- "it" for a named body ----------------------------------------------------------------------


def test_it_opening_a_sentence_stands_for_the_body_the_sentence_before_is_about():
    text = (
        "The Citizens' Committee, formed by bankers and lawyers, never published its membership. "
        'It called the strike a "revolution" and its leaders "alien enemies".'
    )
    found = dict(speakers(text, [("The Citizens' Committee", "ORG")]))
    assert found['"revolution"'] == "The Citizens' Committee"
    assert found['"alien enemies"'] == "The Citizens' Committee"


def test_it_after_a_thing_or_a_body_that_is_no_subject_names_nobody():
    # look-alikes: "it" is a book; the body is only the complement of the subject
    text = 'The book came out in May. It called the strike a "revolution".'
    assert dict(speakers(text, [("May", "DATE")]))['"revolution"'] is None
    text = 'The head of the Committee, Ruiz, resigned in May. It called the strike a "revolution".'
    assert dict(speakers(text, [("Committee", "ORG"), ("Ruiz", "PERSON")]))['"revolution"'] is None


# --- the narrator is never "he" or "she" -----------------------------------------------------


MEMOIR = "From the memoirs of Ivan Petrov (1900-1970)\n\nI reached the town in March. I was tired and I had no money. "


def test_the_narrator_named_in_a_byline_is_no_antecedent_of_he():
    text = MEMOIR + 'The clerk at the station took my papers.\n\n"Come back on Monday," he said.'
    assert dict(speakers(text, [("Ivan Petrov", "PERSON")]))['"Come back on Monday,"'] is None


def test_someone_else_the_narrator_meets_is_still_he():
    # look-alike: a man the narration names besides the narrator
    text = MEMOIR + 'Misha met me at the station.\n\n"Come back on Monday," he said.'
    assert dict(speakers(text, [("Ivan Petrov", "PERSON"), ("Misha", "PERSON")]))['"Come back on Monday,"'] == "Misha"


# --- a pronoun in an opening clause points forward to the subject after it ---------------------


def test_he_in_an_opening_clause_is_the_subject_that_follows_it():
    text = (
        "Hartmut Roos said the talks had failed.\n\n"
        'Asked whether he still trusted the premier, Albrecht paused before answering. "I trust him to count," he said.'
    )
    found = dict(speakers(text, [("Hartmut Roos", "PERSON"), ("Albrecht", "PERSON")]))
    assert found['"I trust him to count,"'] == "Albrecht"


def test_he_before_an_object_name_still_takes_up_the_one_named_before():
    # look-alike: "he" is the subject and the name only its object
    text = 'Hartmut Roos said the talks had failed.\n\nIn 1999 he had met Albrecht in Bonn. "I trust him to count," he said.'
    found = dict(speakers(text, [("Hartmut Roos", "PERSON"), ("Albrecht", "PERSON")]))
    assert found['"I trust him to count,"'] == "Hartmut Roos"


# --- the one the narrator met is "he" ---------------------------------------------------------------


def test_he_after_a_sentence_where_the_narrator_meets_someone_is_that_person():
    people = [("Kerr", "PERSON"), ("Hay", "PERSON"), ("Halifax", "PERSON")]
    for meeting in ("I saw General Hay on the 31st.", "On the 31st, I saw General Hay at the ministry."):
        text = 'Mr. Kerr to Lord Halifax.\n\nYour telegram arrived. ' + meeting + ' He said: "We will pay, but we will not be threatened."'
        assert dict(speakers(text, people))['"We will pay, but we will not be threatened."'] == "Hay"


def test_he_after_a_third_person_meets_someone_is_still_the_subject():
    # look-alike: the subject is a man the text names, not the narrator
    text = 'Your telegram arrived. Mr. Kerr saw General Hay on the 31st. He said: "We will pay, but we will not be threatened."'
    found = dict(speakers(text, [("Kerr", "PERSON"), ("Hay", "PERSON")]))
    assert found['"We will pay, but we will not be threatened."'] == "Kerr"


# --- the subject of a reported clause is salient ------------------------------------------------


def test_he_takes_up_the_subject_of_a_clause_after_that():
    text = (
        "Ivan shouted to the guards and ran.\n\n"
        'Natalia told me afterwards that on the train Lev Orlov was calm. "Well," he had said to her, '
        '"at least we know where we stand."'
    )
    found = dict(speakers(text, [("Ivan", "PERSON"), ("Natalia", "PERSON"), ("Lev Orlov", "PERSON")]))
    assert found['"Well,"'] == "Lev Orlov"


def test_an_object_in_a_clause_after_that_does_not_become_its_subject():
    # look-alike: Lev Orlov is what she had seen, not the clause's subject; "he" stays with the
    # subject of the paragraph before, as it did
    text = (
        "Ivan shouted to the guards and ran.\n\n"
        'Natalia told me afterwards that she had seen Lev Orlov on the train. "Well," he had said to her, '
        '"at least we know where we stand."'
    )
    found = dict(speakers(text, [("Ivan", "PERSON"), ("Natalia", "PERSON"), ("Lev Orlov", "PERSON")]))
    assert found['"Well,"'] == "Ivan"


# --- names set before a tag, and the one told ----------------------------------------------------

TAGGED = [("Leon Kerr", "PERSON"), ("Victor Orlov", "PERSON"), ("Orlov", "PERSON"), ("Misha", "PERSON"), ("Ruiz", "PERSON")]
REACTION = "Leon Kerr's reaction is recorded by Victor Orlov, who visited him before the trial. "


def test_he_in_a_tag_after_names_is_someone_before_the_sentence_and_not_the_one_told():
    for names in ("Misha and Ruiz, he told Orlov, ", "Misha, he told Orlov, "):
        text = REACTION + names + '"made a choice for a quiet life."'
        assert dict(speakers(text, TAGGED))['"made a choice for a quiet life."'] == "Leon Kerr"


def test_a_named_writer_in_the_tag_speaks():
    # look-alike: the tag names its writer, so nothing is resolved
    text = REACTION + 'Misha, Orlov wrote, "made a choice for a quiet life."'
    assert dict(speakers(text, TAGGED))['"made a choice for a quiet life."'] == "Orlov"


def test_he_in_a_whom_clause_is_not_the_one_the_clause_is_about():
    life = (
        "Orlov was born in Brussels. He grew up poor. In Paris he edited a weekly paper. He served two "
        "years in prison.\n\nReleased in 1917, he went to Barcelona. Interned in a camp, he was exchanged "
        "for officers and arrived in Petrograd. He went to work in the Smolny Institute, under Mr. Kerr, "
    )
    quote = '"the most powerful man in the city and the most frightened."'
    people = [("Orlov", "PERSON"), ("Kerr", "PERSON")]
    assert dict(speakers(life + "whom he described as " + quote, people))[quote] == "Orlov"
    # look-alike: in "who described him" the one the clause is about speaks
    assert dict(speakers(life + "who described him as " + quote, people))[quote] == "Kerr"


# --- the one who speaks "in which" a writing --------------------------------------------------------

WRITERS = [("Leon Trent", "PERSON"), ("Misha", "PERSON"), ("Kerr", "PERSON"), ("Pravda", "ORG"), ("the Opposition", "ORG")]


def test_he_in_which_a_declaration_speaks_is_the_one_who_reads_it():
    text = (
        "Yesterday the congress expelled the followers of Leon Trent, among them Misha, and to-day Kerr "
        "read from the platform a declaration in which he undertook, for himself and twenty others, to "
        '"submit to all the decisions of the Congress and to carry them out."'
    )
    assert dict(speakers(text, WRITERS))['"submit to all the decisions of the Congress and to carry them out."'] == "Kerr"


def test_it_in_which_a_statement_of_a_body_speaks_is_that_body():
    text = 'On 16 October Pravda printed a statement of the Opposition, in which it undertook to "cease all factional activity".'
    assert dict(speakers(text, WRITERS))['"cease all factional activity"'] == "the Opposition"


def test_in_which_after_a_place_is_no_writing():
    # look-alike: a hall is no writing; the speech verb in the clause gives the speaker
    text = 'On 16 October Kerr entered the hall in which Misha said that the vote was "a farce of the worst kind".'
    assert dict(speakers(text, WRITERS))['"a farce of the worst kind"'] == "Misha"


# --- "in the words of X" ----------------------------------------------------------------------------


def test_in_the_words_of_someone_gives_the_words_to_them():
    quote = '"a machine for losing elections"'
    text = "The party was, in the words of Kerr, " + quote + "."
    assert dict(speakers(text, [("Kerr", "PERSON")]))[quote] == "Kerr"
    text = "Meanwhile the press describes him, in the phrase of the Times, as " + quote + "."
    assert dict(speakers(text, [("the Times", "ORG")]))[quote] == "the Times"


def test_in_the_words_of_a_description_names_nobody():
    # look-alike: the words are given to people the text does not name
    quote = '"a machine for losing elections"'
    text = "The party was, in the words of its own leaders, " + quote + "."
    assert dict(speakers(text, [("Kerr", "PERSON")]))[quote] is None


# --- a description the text names later ------------------------------------------------------------

BOY = 'Inside, a boy of ten was asleep by the stove.\n\n"Is he staying?" the boy asked.\n\nLater the boy, '


def test_a_description_takes_the_name_the_text_gives_it_later():
    assert dict(speakers(BOY + "whose name turned out to be Emil, read to her.", []))['"Is he staying?"'] == "Emil"
    assert dict(speakers(BOY + "Emil, read to her.", [("Emil", "PERSON")]))['"Is he staying?"'] == "Emil"


def test_a_description_never_named_has_no_speaker():
    # look-alike: a relative clause after the description names nobody
    assert dict(speakers(BOY + "who had been asleep, read to her.", []))['"Is he staying?"'] is None


# --- an initial before a name after the quotation ----------------------------------------------


def test_an_initial_before_the_teller_keeps_the_teller_as_speaker():
    quote = '"The ground is paved with their corpses,"'
    text = "By evening the city was silent.\n\n" + quote + ' M. Thiers told the Assembly; "this is a lesson."'
    ents = [("Thiers", "PERSON"), ("the Assembly", "ORG")]
    assert dict(speakers(text, ents))[quote] == "Thiers"


def test_a_full_stop_after_a_word_is_no_initial():
    # look-alike: a sentence ending before a capitalised word is not part of a name
    quote = '"The ground is paved with their corpses."'
    text = "The deputies waited.\n\n" + quote + " Then the Assembly rose. Thiers said nothing."
    ents = [("Thiers", "PERSON"), ("the Assembly", "ORG")]
    assert dict(speakers(text, ents))[quote] != "Thiers"


# --- the giver of a speech; catalogue numbers are no citations -------------------------------


def test_the_giver_of_a_speech_speaks_after_the_colon():
    quote = '"I am here as a soldier who has left the field of battle."'
    text = (
        "In 1912 the act received Royal Assent.\n\n"
        'In Hartford, Emmeline Pankhurst gives the speech later published as "Freedom or Death": ' + quote
    )
    ents = [("Emmeline Pankhurst", "PERSON"), ("Hartford", "GPE"), ("Freedom or Death", "WORK_OF_ART")]
    assert dict(speakers(text, ents))[quote] == "Emmeline Pankhurst"


def test_a_speech_mentioned_without_a_colon_gives_nobody():
    # look-alike: the speech is only mentioned; the quotation is not introduced by it
    quote = '"I am here as a soldier who has left the field of battle."'
    text = "In Hartford, Emmeline Pankhurst gives a speech. Later a reporter wrote " + quote
    ents = [("Emmeline Pankhurst", "PERSON"), ("Hartford", "GPE")]
    assert dict(speakers(text, ents))[quote] is None


def test_a_catalogue_number_is_no_author_year_citation():
    quote = '"Deeds, not words"'
    text = "The union was founded at her home. Its motto was " + quote + ".\n[Object 1982.114 · Membership card]"
    assert dict(speakers(text, [("the union", "ORG")]))[quote] != "Object"
    # look-alike: a real author-year citation still names its author
    cited = '"the whole movement turned on that one phrase in the end"'
    text = "The motto was, one historian says, " + cited + " (Halloran 1987, p. 44)."
    assert dict(speakers(text, []))[cited] == "Halloran"


# --- a dated phrase before a verb that is also a noun -----------------------------------------


def test_a_dated_phrase_before_calls_keeps_the_paper_as_speaker():
    quote = '"a handful of petty-bourgeois intellectuals."'
    text = "Tass reports that the crowd was small. Pravda this evening calls them " + quote
    ents = [("Tass", "ORG"), ("Pravda", "ORG")]
    assert dict(speakers(text, ents))[quote] == "Pravda"


def test_calls_for_after_a_dated_phrase_stays_a_noun():
    # look-alike: "last week calls for" is the noun; the paper named is not a speaker of it
    quote = '"a handful of petty-bourgeois intellectuals"'
    text = "Pravda was silent. Tonight calls for calm were met with " + quote + "."
    ents = [("Pravda", "ORG")]
    assert dict(speakers(text, ents)).get(quote) != "Pravda"


# --- "Its motto" is the body's ---------------------------------------------------------------


def test_its_motto_belongs_to_the_body_named_before():
    quote = '"Deeds, not words"'
    text = "In 1903 she and her daughters found the Women's Union at their home. Its motto is " + quote + "."
    ents = [("the Women's Union", "ORG")]
    assert dict(speakers(text, ents))[quote] == "the Women's Union"


def test_its_motto_after_a_sentence_naming_no_body_has_no_speaker():
    # look-alike: the sentence before names a place and a person, no organisation
    quote = '"Deeds, not words"'
    text = "In 1903 Emmeline Pankhurst bought a house in Manchester. Its motto is " + quote + "."
    ents = [("Emmeline Pankhurst", "PERSON"), ("Manchester", "GPE")]
    assert dict(speakers(text, ents))[quote] is None


def test_an_adverb_between_a_name_and_calls_keeps_the_paper_as_speaker():
    quote = '"suffragettes"'
    text = "The union marched again.\n\n1906\nThe Daily Mail first calls militant campaigners " + quote + ", as an insult."
    assert dict(speakers(text, [("The Daily Mail", "ORG")]))[quote] == "The Daily Mail"


def test_the_first_calls_after_a_determiner_stay_a_noun():
    # look-alike: "the first calls" is a noun phrase; no one speaks the quoted word
    quote = '"suffragettes"'
    text = "The Daily Mail was sold out. The first calls of the newsboys named the women " + quote + "."
    assert dict(speakers(text, [("The Daily Mail", "ORG")]))[quote] != "The Daily Mail"


# --- a part of a document speaks for its writer ----------------------------------------------


def test_a_passage_of_a_document_speaks_for_the_one_who_drafted_it():
    quote = '"the evil genius of the revolution"'
    text = (
        "Martemyan Ryutin, a former district secretary, drafted the platform in 1932. Ryutin was shot in 1937.\n\n"
        "The platform's best-known passage describes Stalin as " + quote + " and demands his removal."
    )
    ents = [("Martemyan Ryutin", "PERSON"), ("Ryutin", "PERSON"), ("Stalin", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Ryutin"


def test_a_passage_of_something_that_is_no_document_is_not_its_writers():
    # look-alike: a passage of a river names no writer; the drafter of a platform is not its speaker
    quote = '"the evil genius of the revolution"'
    text = (
        "Martemyan Ryutin, a former district secretary, drafted the platform in 1932.\n\n"
        "The river's narrowest passage is known as " + quote + "."
    )
    ents = [("Martemyan Ryutin", "PERSON")]
    assert dict(speakers(text, ents))[quote] != "Martemyan Ryutin"


# --- a description with a name in apposition after the quotation ------------------------------


def test_a_description_then_a_name_in_apposition_after_the_quotation_speaks_as_the_name():
    quote = '"For three decades people have cited this document without reading it,"'
    text = (
        "Martemyan Ryutin drafted the platform in 1932.\n\n"
        + quote + " the foundation's director, Dr Annelie Brandt, told reporters."
    )
    ents = [("Martemyan Ryutin", "PERSON"), ("Annelie Brandt", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Annelie Brandt"


def test_a_description_then_a_place_in_apposition_is_no_name_cue():
    # look-alike: a place in apposition is no speaker
    quote = '"For three decades people have cited this document without reading it,"'
    text = "Dr Annelie Brandt spoke first.\n\n" + quote + " the foundation's office, Berlin, told reporters."
    ents = [("Annelie Brandt", "PERSON"), ("Berlin", "GPE")]
    assert dict(speakers(text, ents))[quote] != "Berlin"


def test_a_name_in_apposition_may_say_where_it_is():
    quote = '"Why Turkey of all places?"'
    text = "Trotsky wrote My Life there.\n\nOKAFOR: A listener, Tom in Leeds, emailed to ask, " + quote
    ents = [("Trotsky", "PERSON"), ("OKAFOR", "PERSON"), ("Tom", "PERSON"), ("Leeds", "GPE")]
    assert dict(speakers(text, ents))[quote] == "Tom"


def test_a_lower_case_phrase_in_apposition_is_no_name():
    # look-alike: "in" inside a description, not after a name, gives no apposition
    quote = '"Why Turkey of all places?"'
    text = "Trotsky wrote My Life there.\n\nOKAFOR: A listener, someone in Leeds, emailed to ask, " + quote
    ents = [("Trotsky", "PERSON"), ("OKAFOR", "PERSON"), ("Leeds", "GPE")]
    assert dict(speakers(text, ents))[quote] != "Leeds"


# --- in a transcript, "he" is not the asker of the question just quoted ----------------------

EXILE = (
    "AYDIN: In Turkey Trotsky finished his memoir.\n\n"
    'OKAFOR: A listener, Tom in Leeds, emailed to ask, "Why Turkey of all places?"\n\n'
)


def test_he_in_the_answer_is_not_the_asker_of_the_quoted_question():
    quote = '"the planet without a visa"'
    text = EXILE + "AYDIN: Because nobody else would have him. He called it " + quote + "."
    ents = [("AYDIN", "PERSON"), ("Trotsky", "PERSON"), ("OKAFOR", "PERSON"), ("Tom", "PERSON"), ("Leeds", "GPE"), ("AYDIN", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Trotsky"


def test_he_after_a_quoted_statement_in_another_turn_may_be_its_speaker():
    # look-alike: the listener's words are no question, so the answer may be about him
    quote = '"the planet without a visa"'
    text = (
        "AYDIN: In Turkey Trotsky finished his memoir.\n\n"
        'OKAFOR: A listener, Tom in Leeds, emailed to say, "I was there last year."\n\n'
        "AYDIN: Lucky man. He called it " + quote + "."
    )
    ents = [("AYDIN", "PERSON"), ("Trotsky", "PERSON"), ("OKAFOR", "PERSON"), ("Tom", "PERSON"), ("Leeds", "GPE"), ("AYDIN", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Tom"


# --- "I'll read it:" ---------------------------------------------------------------------------


def test_a_letter_read_out_after_i_will_read_it_speaks_for_its_writer():
    quote = '"At the gates of Constantinople I have the honour to inform you that I have arrived."'
    text = (
        "AYDIN: The first thing Trotsky did was hand the officer a letter for the president, "
        "Mustafa Kemal. I'll read it: " + quote
    )
    ents = [("AYDIN", "PERSON"), ("Trotsky", "PERSON"), ("Mustafa Kemal", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Trotsky"


def test_reading_something_with_no_writing_named_before_gives_no_writer():
    # look-alike: the sentence before names no writing, so its first person wrote nothing
    quote = '"At the gates of Constantinople I have the honour to inform you that I have arrived."'
    text = "AYDIN: Trotsky met the president, Mustafa Kemal, at the border. I'll read it: " + quote
    ents = [("AYDIN", "PERSON"), ("Trotsky", "PERSON"), ("Mustafa Kemal", "PERSON")]
    assert dict(speakers(text, ents))[quote] != "Trotsky"


# --- a short sentence of speech after narration is a turn --------------------------------------


def test_a_two_word_sentence_after_narration_is_the_subjects_turn():
    quote = "“You're late.”"
    text = "When Jaan came down the gangway he was thinner.\n\n“Marta,” he said.\n\nMarta did not move. " + quote
    ents = [("Jaan", "PERSON"), ("Marta", "PERSON")]
    found = {q.text: q for q in _quotations(text, ents)}
    assert found[quote].kind == "direct" and found[quote].speaker == "Marta"


def test_a_two_word_name_after_narration_stays_a_term():
    # look-alike: a quoted name with no lower-case word is no sentence of speech
    quote = "“Black Friday.”"
    text = "The police charged the women all afternoon. “Black Friday.” The name stuck."
    found = {q.text: q for q in _quotations(text, [])}
    assert found[quote].kind == "term"


# --- the one a sentence's last clause ends on acting speaks next --------------------------------


def test_the_pronoun_of_a_last_clause_speaks_the_quotation_after_it():
    quote = "“Does Helena know?”"
    text = (
        "Marta took the book from Jaan Tamm and turned it over.\n\n"
        "They walked back along the street without speaking, and at the corner by the Red Tower he stopped. " + quote
    )
    ents = [("Marta", "PERSON"), ("Jaan Tamm", "PERSON"), ("Helena", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Jaan Tamm"


def test_a_sentence_whose_subject_acts_to_the_end_keeps_its_subject():
    # look-alike: no final "he/she <verb>" clause; the sentence's subject speaks
    quote = "“Does Helena know?”"
    text = (
        "Marta took the book from Jaan Tamm and turned it over.\n\n"
        "Jaan walked back along the street and stopped at the corner by the Red Tower. " + quote
    )
    ents = [("Marta", "PERSON"), ("Jaan Tamm", "PERSON"), ("Jaan", "PERSON"), ("Helena", "PERSON")]
    assert dict(speakers(text, ents))[quote] in ("Jaan", "Jaan Tamm")


# --- a kin description takes the titled name introduced right after it -------------------------

KIN = (
    "Their mother came in from the yard with the eggs.\n\n"
    "“Who is coming?” Helena asked.\n\n"
    "“Jaan,” said Marta.\n\n"
)


def test_a_kin_description_takes_the_titled_name_introduced_after_it():
    quote = "“Then he will need the front room,”"
    text = KIN + "Mrs Kask set the basket down.\n\n" + quote + " their mother said at last."
    ents = [("Helena", "PERSON"), ("Jaan", "PERSON"), ("Marta", "PERSON"), ("Kask", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Kask"


def test_a_kin_description_keeps_away_from_a_name_used_before_it_or_of_the_other_gender():
    # look-alikes: Mrs Kask was named before the mother appeared; Mr Kask is no mother
    quote = "“Then he will need the front room,”"
    text = "Mrs Kask lived next door.\n\n" + KIN + "Mrs Kask set the basket down.\n\n" + quote + " their mother said at last."
    ents = [("Helena", "PERSON"), ("Jaan", "PERSON"), ("Marta", "PERSON"), ("Kask", "PERSON")]
    assert dict(speakers(text, ents))[quote] != "Kask"
    text = KIN + "Mr Kask set the basket down.\n\n" + quote + " their mother said at last."
    assert dict(speakers(text, ents))[quote] != "Kask"


def test_she_after_a_kin_description_is_the_named_kin():
    quote = "“Who is coming?”"
    text = (
        "“Is he coming or not?” said Marta.\n\n"
        "Their mother came in from the yard. She was a small woman, and she looked from one daughter to the other.\n\n"
        + quote + " she asked.\n\n“Jaan,” said Helena.\n\nMrs Kask set the basket down."
    )
    ents = [("Marta", "PERSON"), ("Jaan", "PERSON"), ("Helena", "PERSON"), ("Kask", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Kask"


def test_he_after_a_female_kin_description_is_not_her():
    # look-alike: "he" does not take up "their mother"
    quote = "“Who is coming?”"
    text = (
        "Jaan Tamm said nothing.\n\n"
        "Their mother came in from the yard. He looked from one sister to the other.\n\n"
        + quote + " he asked.\n\nMrs Kask set the basket down."
    )
    ents = [("Jaan Tamm", "PERSON"), ("Kask", "PERSON")]
    assert dict(speakers(text, ents))[quote] != "Kask"


# --- what a naming verb calls a work is no title -----------------------------------------------


def test_what_a_naming_verb_calls_a_story_is_no_title():
    quote = "“a crude forgery”"
    text = "A cable came from Mexico: he calls the whole story " + quote + " and asks for an inquiry."
    found = {q.text: q for q in _quotations(text, [("Mexico", "GPE")])}
    assert found[quote].kind != "title"


def test_a_capitalised_title_after_a_work_noun_stays_a_title():
    # look-alike: a capitalised name after "the story" is the story's title
    quote = "“The Crude Forgery”"
    text = "A cable came from Mexico: he calls the story " + quote + " his best."
    found = {q.text: q for q in _quotations(text, [("Mexico", "GPE")])}
    assert found[quote].kind == "title"


def test_calls_after_a_persons_name_and_before_an_article_is_a_verb():
    quote = "“a crude forgery”"
    text = "Arbeiderbladet carries a cable from Mexico: Trotsky calls the whole story " + quote + " and asks for more."
    ents = [("Arbeiderbladet", "ORG"), ("Mexico", "GPE"), ("Trotsky", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Trotsky"


def test_calls_after_a_place_name_is_no_persons_verb():
    # look-alike: "Mexico calls" after a place is not a person's verb, so the person is not given it
    quote = "“a crude forgery”"
    text = "Trotsky was silent. The press of Mexico calls the whole story " + quote + "."
    ents = [("Trotsky", "PERSON"), ("Mexico", "GPE")]
    assert dict(speakers(text, ents))[quote] != "Trotsky"


# --- another name of the same person, written last ---------------------------------------------


def _with_ids(text, specs):
    from succession.data import EntityMention
    from succession.quotes import find_quotations

    mentions = []
    for name, label, entity_id in specs:
        start = 0
        while (start := text.find(name, start)) >= 0:
            mentions.append(EntityMention(start, start + len(name), name, label, entity_id, "test"))
            start += len(name)
    return {q.text: q.speaker for q in find_quotations(text, mentions, ())}


def test_a_later_name_of_the_same_person_is_the_form_written_last():
    quote = "“The Fascists are three hundred yards off,”"
    text = "Eric Blair was there — Orwell, as he was later — a thin fellow. He used to say, " + quote + " and laugh."
    specs = [("Eric Blair", "PERSON", "orwell"), ("Orwell", "PERSON", "orwell")]
    assert _with_ids(text, specs)[quote] == "Orwell"


def test_a_name_of_someone_else_is_not_the_form_written_last():
    # look-alike: another person named after the speaker keeps the speaker's own form
    quote = "“The Fascists are three hundred yards off,”"
    text = "Eric Blair was there — Kopp, his commander, too. He used to say, " + quote + " and laugh."
    specs = [("Eric Blair", "PERSON", "orwell"), ("Kopp", "PERSON", "kopp")]
    assert _with_ids(text, specs)[quote] != "Kopp"


# --- "long ago" between a subject and its verb ------------------------------------------------


def test_long_ago_between_the_subject_and_the_verb_keeps_the_subject():
    quote = '"the machine"'
    for dated in ("long ago", "two years ago"):
        text = "None of this is new; Carr " + dated + " described the Secretariat as " + quote + " for appointments."
        assert dict(speakers(text, [("Carr", "PERSON")]))[quote] == "Carr"


def test_a_time_ago_after_an_object_gives_no_subject():
    # look-alike: the subject before "long ago" is a description of people, not the name before
    quote = '"the machine"'
    text = "Carr was right. His critics long ago described the Secretariat as " + quote + "."
    assert dict(speakers(text, [("Carr", "PERSON")]))[quote] != "Carr"


def test_its_passage_speaks_for_the_one_the_document_was_drafted_by():
    quote = '"the evil genius of the revolution"'
    text = (
        "Typescript copy of the platform of the Union of Marxist-Leninists, a small group in Moscow, "
        "drafted by Ryutin in the spring of 1932. Its best-known passage calls Stalin " + quote + "."
    )
    ents = [("the Union of Marxist-Leninists", "ORG"), ("Ryutin", "PERSON"), ("Stalin", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Ryutin"


def test_its_part_with_no_document_named_before_has_no_writer():
    # look-alike: "drafted by" names the drafter of a plan, but nothing names the passage's document
    quote = '"the evil genius of the revolution"'
    text = "The river runs past the village. Its narrowest passage is called " + quote + " by the boatmen."
    assert dict(speakers(text, [("Stalin", "PERSON")]))[quote] != "Stalin"


def test_now_between_the_paper_and_its_verb_keeps_the_paper():
    quote = "“self-criticism”"
    text = "Pravda now speaks every week of " + quote + ". I have seen what happens."
    assert dict(speakers(text, [("Pravda", "ORG")]))[quote] == "Pravda"


def test_now_opening_a_sentence_gives_no_subject():
    # look-alike: "Now" opens the sentence; no one before it speaks
    quote = "“self-criticism”"
    text = "Pravda was read everywhere.\n\nNow everybody speaks every week of " + quote + "."
    assert dict(speakers(text, [("Pravda", "ORG")]))[quote] != "Pravda"


# --- the answer to the narrator's short question ----------------------------------------------


def test_the_answer_to_the_narrators_question_is_the_one_the_narration_was_about():
    quote = "“Well, nothing. They will be back in a fortnight.”"
    text = "I got home at eleven.\n\nOn the tram Kuzmin said nothing for three stops.\n\n“Well?” I asked.\n\n" + quote
    assert dict(speakers(text, [("Kuzmin", "PERSON")]))[quote] == "Kuzmin"


def test_the_answer_after_narration_about_no_one_has_no_speaker():
    # look-alike: the narration before the narrator's question is about no person
    quote = "“Well, nothing. They will be back in a fortnight.”"
    text = "Kuzmin came along.\n\nThe tram was cold and the windows were dark.\n\n“Well?” I asked.\n\n" + quote
    assert dict(speakers(text, [("Kuzmin", "PERSON")]))[quote] is None


def test_it_reads_speaks_for_the_one_who_handed_the_letter_over():
    quote = "“At the gates of Constantinople I have the honour to inform you that I have arrived.”"
    text = (
        "On arrival Trotsky handed the police a letter addressed to the President, Mustafa Kemal, "
        "of which a copy has reached me. It reads in part: " + quote
    )
    ents = [("Trotsky", "PERSON"), ("Mustafa Kemal", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Trotsky"


def test_it_reads_after_a_sentence_with_no_writing_gives_nobody():
    # look-alike: the sentence before names no writing, so no one handed anything over
    quote = "“At the gates of Constantinople I have the honour to inform you that I have arrived.”"
    text = "On arrival Trotsky met the President, Mustafa Kemal, at the border. It reads in part: " + quote
    ents = [("Trotsky", "PERSON"), ("Mustafa Kemal", "PERSON")]
    assert dict(speakers(text, ents))[quote] != "Trotsky"


# --- "..., and the archivist ... put ... and said" ----------------------------------------------


def test_a_new_clause_after_comma_and_has_its_own_subject():
    quote = "“This one you will not be able to leave alone.”"
    text = (
        "In 1998 Elena Varga was working in an archive in Sofia, and the archivist, an old man called "
        "Petar Iliev, put a folder in front of her and said, " + quote
    )
    ents = [("Elena Varga", "PERSON"), ("Sofia", "GPE"), ("Petar Iliev", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Petar Iliev"


def test_and_said_in_one_clause_keeps_its_subject():
    # look-alike: no ", and" with a new subject; the one who put the folder down speaks
    quote = "“This one you will not be able to leave alone.”"
    text = "Elena Varga put a folder in front of Petar Iliev and said, " + quote
    ents = [("Elena Varga", "PERSON"), ("Petar Iliev", "PERSON")]
    assert dict(speakers(text, ents))[quote] == "Elena Varga"


def test_lower_case_words_after_the_work_had_are_no_title():
    quote = '"stabilized the structure for the next half-century"'
    text = "The restoration was finished in May. The statement said the work had " + quote + " and more."
    found = {q.text: q for q in _quotations(text, [])}
    assert found[quote].kind != "title"


def test_a_title_right_after_the_work_noun_stays_a_title():
    # look-alike: nothing stands between the work noun and the quotation
    quote = '"Stabilized Structures"'
    text = "The restoration was finished in May. Her new book " + quote + " appeared the same week."
    found = {q.text: q for q in _quotations(text, [])}
    assert found[quote].kind == "title"
