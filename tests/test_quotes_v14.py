"""quotes.v14: signatures after a dash, speakers who give their own name, parts read in a
script, and other general rules of attribution. Each case has a look-alike whose answer the
rule must not change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR

from .conftest import quotation_speakers as speakers


def test_annotator_version():
    assert ANNOTATOR in ("quotes.v14", "quotes.v15", "quotes.v16", "quotes.v17", "quotes.v18", "quotes.v19", "quotes.v20", "quotes.v21", "quotes.v22")


# --- a name after a dash signs the quotation -------------------------------------------------


def test_a_name_after_a_dash_at_the_end_of_the_line_signs_the_quotation():
    text = 'Filed note, 3 April: "Refuse the request. The minister is away." — J. K. Marlowe\n\nNo reply was sent.'
    people = [("J. K. Marlowe", "PERSON")]
    assert dict(speakers(text, people))['"Refuse the request. The minister is away."'] == "J. K. Marlowe"


def test_a_dash_clause_that_goes_on_is_no_signature():
    text = 'Filed note, 3 April: "Refuse the request." — J. K. Marlowe then left for Paris.'
    people = [("J. K. Marlowe", "PERSON")]
    assert dict(speakers(text, people))['"Refuse the request."'] is None


# --- a speaker who gives their own name ------------------------------------------------------


def test_a_speaker_who_gives_their_own_name():
    text = 'The stranger took off his hat. Ruth Hale watched him.\n\n"Good evening. My name is Daniel Frost. I sell insurance."'
    people = [("Daniel Frost", "PERSON"), ("Ruth Hale", "PERSON")]
    assert dict(speakers(text, people))['"Good evening. My name is Daniel Frost. I sell insurance."'] == "Daniel Frost"


def test_a_name_owned_by_the_speaker_is_not_their_own():
    text = 'The stranger took off his hat. Ruth Hale watched him.\n\n"Good evening. I am Daniel Frost\'s brother."'
    people = [("Daniel Frost", "PERSON"), ("Ruth Hale", "PERSON")]
    assert dict(speakers(text, people))['"Good evening. I am Daniel Frost\'s brother."'] != "Daniel Frost"


# --- a part read in a script -----------------------------------------------------------------


def test_a_voice_reading_a_part_speaks_as_that_part():
    text = 'NARRATOR: In May the strike spread to the docks.\n\nACTOR (as Mann): "We will not go back until the tanner is paid."'
    people = [("Mann", "PERSON")]
    assert dict(speakers(text, people))['"We will not go back until the tanner is paid."'] == "Mann"


def test_a_name_label_in_a_script_still_speaks():
    text = 'NARRATOR: In May the strike spread to the docks.\n\nMann: "We will not go back until the tanner is paid."'
    people = [("Mann", "PERSON")]
    assert dict(speakers(text, people))['"We will not go back until the tanner is paid."'] == "Mann"


# --- the nearest person a pronoun can take up ------------------------------------------------


def test_a_cleft_focus_is_the_one_the_next_pronoun_takes_up():
    text = (
        'We left Almora in June with Pemba Norbu and three porters. The road was long. At the pass '
        'the porters stopped, and it was Pemba Norbu who found the path. "Sahib," he told me that '
        'night, "the snow is too soft."'
    )
    people = [("Almora", "PERSON"), ("Pemba Norbu", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"Sahib,"'] == "Pemba Norbu"
    assert found['"the snow is too soft."'] == "Pemba Norbu"


def test_the_object_of_a_first_person_subject_does_not_outrank_a_nearer_name():
    text = (
        'We left Almora in June with three porters. The road was long. At the pass the porters '
        'stopped, and after an hour the path was found by our guide Pemba Norbu. "Sahib," he told '
        'me that night, "the snow is too soft."'
    )
    people = [("Almora", "PERSON"), ("Pemba Norbu", "PERSON")]
    assert dict(speakers(text, people))['"the snow is too soft."'] == "Pemba Norbu"


def test_the_object_of_a_pronoun_is_still_taken_up_when_no_one_is_nearer():
    text = 'They found Strauss at breakfast in the hotel. He rose and said, "You are from the police, I suppose?"'
    people = [("Strauss", "PERSON")]
    assert dict(speakers(text, people))['"You are from the police, I suppose?"'] == "Strauss"


# --- a titled name in apposition after a description ----------------------------------------


def test_a_titled_name_after_a_description_in_an_inverted_tag():
    text = 'The ice is thinning fast.\n\n"We did not expect this," said the study\'s lead author, Prof. Karen Lund. "It is alarming."'
    people = [("Karen Lund", "PERSON")]
    assert dict(speakers(text, people))['"We did not expect this,"'] == "Karen Lund"


def test_a_titled_name_that_owns_the_description_is_no_apposition():
    text = 'The ice is thinning fast.\n\n"We did not expect this," said the lead author, Prof. Karen Lund\'s student.'
    people = [("Karen Lund", "PERSON")]
    assert dict(speakers(text, people))['"We did not expect this,"'] is None


# --- "is said to have replied": the raised subject speaks ------------------------------------


def _kinds_and_speakers(text, people):
    from succession.quotes import find_quotations

    from .conftest import quotation_mentions

    return {q.text: (q.kind, q.speaker) for q in find_quotations(text, quotation_mentions(text, people), ())}


def test_the_subject_of_is_said_to_have_replied_speaks():
    text = 'He wrote to Mrs. Pell and to Mr. Crane. She is said to have replied that he should "wait for spring".'
    people = [("Pell", "PERSON"), ("Crane", "PERSON")]
    assert _kinds_and_speakers(text, people)['"wait for spring"'] == ("direct", "Pell")


def test_a_named_subject_of_is_reported_to_have_told():
    text = 'He wrote to Mrs. Pell and to Mr. Crane. Crane is reported to have told him to "go home at once".'
    people = [("Pell", "PERSON"), ("Crane", "PERSON")]
    assert _kinds_and_speakers(text, people)['"go home at once"'][1] == "Crane"


def test_it_is_said_names_no_speaker_before_the_verb():
    text = 'He wrote to Mrs. Pell and to Mr. Crane. It is said that the letters were "never opened".'
    people = [("Pell", "PERSON"), ("Crane", "PERSON")]
    assert _kinds_and_speakers(text, people)['"never opened"'][1] != "Pell"


# --- a verb phrase quoted after a modal in reported speech is speech --------------------------


def test_a_quoted_verb_phrase_after_a_modal_is_reported_speech():
    text = 'Mrs. Pell replied that he should "be patient".'
    assert _kinds_and_speakers(text, [("Pell", "PERSON")])['"be patient"'] == ("direct", "Pell")


def test_a_quoted_noun_after_a_determiner_stays_a_term():
    text = 'Mrs. Pell replied that he should read "the Manifesto".'
    assert _kinds_and_speakers(text, [("Pell", "PERSON")])['"the Manifesto"'][0] != "direct"


# --- a possessive description speaks under the name set beside it -------------------------


def test_a_possessive_description_speaks_under_the_name_set_beside_it():
    text = (
        'I went to stay with my cousin, Canon Edwin Marsh, at the vicarage.\n\nAt supper I mentioned '
        'the lights.\n\n"Lights?" said my cousin. He put down his fork.'
    )
    assert dict(speakers(text, [("Edwin Marsh", "PERSON")]))['"Lights?"'] == "Edwin Marsh"


def test_a_possessive_description_with_no_name_beside_it_stays_unnamed():
    text = (
        'I went to stay with my cousin at the vicarage. Edwin Marsh was there too.\n\nAt supper I '
        'mentioned the lights.\n\n"Lights?" said my cousin. He put down his fork.'
    )
    assert dict(speakers(text, [("Edwin Marsh", "PERSON")]))['"Lights?"'] is None


# --- words the narrator reads off are no turn of the talk around them ------------------------


def test_words_the_narrator_makes_out_are_not_the_last_speakers():
    text = (
        'I went to stay with my cousin, Edwin Marsh.\n\n"Lights?" said my cousin. "We have none."\n\n'
        'That afternoon I walked out to the church. On the wall I found a brass plate, and by rubbing '
        'it I made out the words: "Here lies Tom Bunn, drowned 1721."\n\nI went home.'
    )
    found = dict(speakers(text, [("Edwin Marsh", "PERSON"), ("Tom Bunn", "PERSON")]))
    assert found['"Here lies Tom Bunn, drowned 1721."'] is None
    assert found['"We have none."'] == "Edwin Marsh"


def test_words_a_named_person_writes_are_theirs():
    text = (
        'I went to stay with my cousin, Edwin Marsh.\n\n"Lights?" said my cousin. "We have none."\n\n'
        'That afternoon Marsh wrote these words: "The lights are the fishermen\'s."\n\nI went home.'
    )
    found = dict(speakers(text, [("Edwin Marsh", "PERSON"), ("Marsh", "PERSON")]))
    assert found['"The lights are the fishermen\'s."'] == "Marsh"


# --- a reported verb phrase opening with a modal; a place after the speaker's body ------------


def test_a_reported_fragment_opening_with_a_modal_is_the_speakers():
    text = (
        'The ice shrank again this year. Dr Paul Ames of the Marine Institute in Bergen said that '
        'heavy snowfall, like that of the early 1990s, "could buy the glacier a decade."'
    )
    people = [("Paul Ames", "PERSON"), ("the Marine Institute", "ORG"), ("Bergen", "GPE")]
    assert _kinds_and_speakers(text, people)['"could buy the glacier a decade."'] == ("direct", "Paul Ames")


def test_a_quoted_modal_word_stays_a_term():
    text = 'Dr Paul Ames said that the word "could" was overused.'
    assert _kinds_and_speakers(text, [("Paul Ames", "PERSON")])['"could"'][0] == "term"


def test_a_place_that_is_the_subject_still_speaks():
    text = 'Officials in Bergen said the ice was "thinning faster than ever".'
    people = [("Bergen", "GPE")]
    assert _kinds_and_speakers(text, people)['"thinning faster than ever"'][1] != "Paul Ames"


# --- a participle clause after an apposition: the name the apposition describes ---------------


def test_a_participle_after_an_apposition_belongs_to_the_name_described():
    text = 'Hart, a member of the Committee, resigned in May, complaining that the inquiry was "a farce from the start."'
    people = [("Hart", "PERSON"), ("the Committee", "ORG")]
    assert _kinds_and_speakers(text, people)['"a farce from the start."'][1] == "Hart"


def test_an_apposition_to_an_object_does_not_take_the_participle():
    text = 'Hart wrote to Mrs. Pell, a member of the Committee, complaining that the inquiry was "a farce from the start."'
    people = [("Hart", "PERSON"), ("Pell", "PERSON"), ("the Committee", "ORG")]
    assert _kinds_and_speakers(text, people)['"a farce from the start."'][1] != "Pell"


# --- "Its verdict read:": the body the sentence before is about -------------------------------


def test_its_verdict_speaks_for_the_body_that_announced_it():
    text = (
        '3. Letter from Tom Hart\nHart, a member of the Committee, resigned in May.\n\n5. The report\n'
        'After a year of work, the full committee announced its findings. Its verdict read: "The accused are not guilty."'
    )
    people = [("Hart", "PERSON"), ("Tom Hart", "PERSON"), ("the Committee", "ORG")]
    assert _kinds_and_speakers(text, people)['"The accused are not guilty."'][1] == "the Committee"


def test_his_verdict_is_not_the_bodys():
    text = (
        'Hart, a member of the Committee, resigned in May.\n\n'
        'After a year of work, the full committee announced its findings. Hart wrote his own verdict: "The accused are guilty."'
    )
    people = [("Hart", "PERSON"), ("the Committee", "ORG")]
    assert _kinds_and_speakers(text, people)['"The accused are guilty."'][1] == "Hart"


# --- "what X calls": the term is X's -----------------------------------------------------------


def test_what_a_body_calls_a_term_is_its_term():
    text = 'The session turned on what the Opposition calls the danger of "Thermidor," the month in which Robespierre fell.'
    people = [("the Opposition", "ORG"), ("Robespierre", "PERSON")]
    assert _kinds_and_speakers(text, people)['"Thermidor,"'] == ("term", "the Opposition")


def test_what_a_person_calls_a_term_right_after_the_verb():
    text = 'The session turned on what Trotsky calls "Thermidor."'
    assert _kinds_and_speakers(text, [("Trotsky", "PERSON")])['"Thermidor."'] == ("term", "Trotsky")


def test_a_name_before_the_noun_calls_is_no_speaker():
    text = 'The session ignored the Trotsky calls for "Thermidor."'
    assert _kinds_and_speakers(text, [("Trotsky", "PERSON")])['"Thermidor."'][1] is None


# --- a term and the relative clause that says who used it ---------------------------------------


def test_a_term_is_the_one_the_relative_clause_says_used_it():
    text = 'The review misses the point. The word "Bonapartism", which Marx had used of a French regime, became a charge.'
    assert _kinds_and_speakers(text, [("Marx", "PERSON")])['"Bonapartism"'] == ("term", "Marx")


def test_a_relative_clause_that_only_mentions_someone_gives_the_term_no_speaker():
    text = 'The review misses the point. The word "Bonapartism", which Marx disliked, became a charge.'
    assert _kinds_and_speakers(text, [("Marx", "PERSON")])['"Bonapartism"'][1] is None


# --- a colon after naming: the namer's term ---------------------------------------------------


def test_a_term_after_a_colon_is_the_one_who_gave_it_its_name():
    text = 'Prices rose. Keynes, writing in the Nation in May, gave the thing its name: "the liquidity trap".'
    people = [("Keynes", "PERSON"), ("the Nation", "ORG")]
    assert _kinds_and_speakers(text, people)['"the liquidity trap"'] == ("term", "Keynes")


def test_a_term_after_a_colon_with_no_one_naming_it_has_no_namer():
    text = 'Prices rose in May, and soon the thing had a name: "the liquidity trap".'
    assert _kinds_and_speakers(text, [])['"the liquidity trap"'][1] is None


# --- a work's relative clause quotes it: its author speaks ------------------------------------


def test_a_possessed_work_whose_relative_clause_quotes_it_speaks_for_its_author():
    text = (
        "The oldest recipe I know is in Mrs. Jane Cole's Kitchen Book for Cottagers, printed in York "
        'in 1890, which calls for "a pound of oats and a little salt". I have tried it.'
    )
    people = [("Jane Cole", "PERSON"), ("York", "GPE"), ("Kitchen Book for Cottagers", "WORK_OF_ART")]
    assert _kinds_and_speakers(text, people)['"a pound of oats and a little salt"'] == ("direct", "Jane Cole")


def test_a_relative_clause_with_its_own_speaker_is_not_the_authors():
    text = "The recipe is in Mrs. Jane Cole's Kitchen Book, which her nephew says was \"written in a single week\"."
    people = [("Jane Cole", "PERSON"), ("Kitchen Book", "WORK_OF_ART")]
    assert _kinds_and_speakers(text, people)['"written in a single week"'][1] != "Jane Cole"


# --- a passive naming verb's agent after the quotation ----------------------------------------


def test_the_agent_of_a_passive_naming_verb_said_it():
    text = 'The fortress had been called "the pride and glory of the fleet" by Kerensky in 1917. By 1921 it was in revolt.'
    assert _kinds_and_speakers(text, [("Kerensky", "PERSON")])['"the pride and glory of the fleet"'] == ("direct", "Kerensky")


def test_by_after_a_quotation_with_no_passive_is_no_agent():
    text = 'The sailors sang "the pride and glory of the fleet" by the harbour wall while Kerensky watched.'
    assert _kinds_and_speakers(text, [("Kerensky", "PERSON")])['"the pride and glory of the fleet"'][1] is None


def test_a_passive_agent_that_names_no_one_gives_no_speaker():
    text = 'The sailors were called "the pride and glory of the fleet" by their officers, and Kerensky agreed.'
    assert _kinds_and_speakers(text, [("Kerensky", "PERSON")])['"the pride and glory of the fleet"'][1] is None


# --- "X calls for the ...", "quotes X's own defence" -------------------------------------------


def test_a_person_who_calls_for_a_quoted_thing_speaks_it():
    text = 'Key dates\n• 1920: the union debate; Trotsky calls for the "statification" of the unions.'
    assert _kinds_and_speakers(text, [("Trotsky", "PERSON")])['"statification"'] == ("term", "Trotsky")


def test_calls_for_after_a_place_is_no_speech():
    text = 'Key dates\n• 1920: Moscow calls for the "statification" of the unions.'
    assert _kinds_and_speakers(text, [("Moscow", "GPE")])['"statification"'][1] is None


def test_the_owner_of_a_quoted_defence_speaks_it():
    text = "Solheim quotes Lie’s own defence of the decision: “We did not imprison him. We only asked him to be silent.” It is a good line."
    people = [("Solheim", "PERSON"), ("Lie", "PERSON")]
    assert _kinds_and_speakers(text, people)["“We did not imprison him. We only asked him to be silent.”"][1] == "Lie"


def test_the_one_who_quotes_a_letter_of_her_own_speaks_it():
    text = "Solheim quotes from her own notes: “We did not imprison him.” It is a good line."
    people = [("Solheim", "PERSON")]
    assert _kinds_and_speakers(text, people)["“We did not imprison him.”"][1] == "Solheim"


# --- a quotation set between dashes after a clause about one person --------------------------


def test_a_quotation_between_dashes_is_the_words_of_the_one_the_clause_is_about():
    text = "On the first day Nikolai Krestinsky withdraws his confession — “I do not plead guilty; I am not a Trotskyite” — and withdraws the withdrawal the next morning."
    assert _kinds_and_speakers(text, [("Nikolai Krestinsky", "PERSON")])["“I do not plead guilty; I am not a Trotskyite”"][1] == "Nikolai Krestinsky"


def test_a_quotation_between_dashes_after_a_clause_about_two_people_has_no_guess():
    text = "On the first day Nikolai Krestinsky faces Andrei Vyshinsky — “I do not plead guilty” — and the court adjourns."
    people = [("Nikolai Krestinsky", "PERSON"), ("Andrei Vyshinsky", "PERSON")]
    assert _kinds_and_speakers(text, people)["“I do not plead guilty”"][1] != "Andrei Vyshinsky"


# --- a reporting clause between commas only vouches for the report ---------------------------


def test_a_parenthetical_reporter_is_not_the_speaker():
    text = (
        'Victor Serge saw Radek in Moscow that autumn. Radek told him, Serge recalled, that "the party '
        'is always right, even when it is wrong."'
    )
    people = [("Victor Serge", "PERSON"), ("Radek", "PERSON"), ("Serge", "PERSON"), ("Moscow", "GPE")]
    assert _kinds_and_speakers(text, people)['"the party is always right, even when it is wrong."'][1] == "Radek"


def test_a_reporter_of_a_description_with_no_speech_before_is_the_speaker():
    text = 'Serge recalled that Radek was "thinner and more frightened than ever."'
    people = [("Radek", "PERSON"), ("Serge", "PERSON")]
    assert _kinds_and_speakers(text, people)['"thinner and more frightened than ever."'][1] == "Serge"


# --- a fronted subordinate clause does not give the main clause its subject -------------------


def test_the_subject_of_a_fronted_when_clause_is_not_the_speaker():
    text = (
        "I had already met Christian Rakovsky in London that summer. He was the most courteous man I "
        "ever knew. When I told him at a dinner that I was afraid of the Politburo, he smiled and said: "
        '"There is nothing to fear but boredom."'
    )
    people = [("Christian Rakovsky", "PERSON"), ("London", "GPE"), ("the Politburo", "ORG")]
    assert _kinds_and_speakers(text, people)['"There is nothing to fear but boredom."'][1] == "Christian Rakovsky"


def test_a_first_person_main_clause_after_a_when_clause_is_the_narrators():
    text = (
        "I had already met Christian Rakovsky in London that summer. When he asked me at a dinner "
        'about the Politburo, I laughed and said: "There is nothing to fear but boredom."'
    )
    people = [("Christian Rakovsky", "PERSON"), ("London", "GPE"), ("the Politburo", "ORG")]
    assert _kinds_and_speakers(text, people)['"There is nothing to fear but boredom."'][1] is None


# --- the sentence after the quotation names whose words they were ----------------------------


def test_that_was_the_verdict_of_names_the_speaker():
    text = 'The by-election is on Thursday.\n\n"We will win this seat." That was the verdict of Mary Blake, the party whip, on Sunday.'
    assert _kinds_and_speakers(text, [("Mary Blake", "PERSON")])['"We will win this seat."'][1] == "Mary Blake"


def test_so_says_names_the_speaker():
    text = 'The by-election is on Thursday. "We will win this seat." So says Mary Blake, the party whip.'
    assert _kinds_and_speakers(text, [("Mary Blake", "PERSON")])['"We will win this seat."'][1] == "Mary Blake"


def test_a_possessive_verdict_after_the_quotation_names_the_speaker():
    text = 'The by-election is on Thursday. "We will win this seat." That was Mary Blake\'s verdict on Sunday.'
    assert _kinds_and_speakers(text, [("Mary Blake", "PERSON")])['"We will win this seat."'][1] == "Mary Blake"


def test_a_verdict_of_no_one_names_no_speaker():
    text = 'The by-election is on Thursday. "We will win this seat." That was the verdict of the evening.'
    assert _kinds_and_speakers(text, [])['"We will win this seat."'][1] is None


# --- "X was told by Y" after the quotation: Y speaks ------------------------------------------


def test_the_agent_of_was_told_after_the_quotation_speaks():
    text = 'The talks failed. "We will not back down," Ward was told by Blake.'
    people = [("Blake", "PERSON"), ("Ward", "PERSON")]
    assert _kinds_and_speakers(text, people)['"We will not back down,"'][1] == "Blake"


def test_the_subject_of_an_active_told_after_the_quotation_speaks():
    text = 'The talks failed. "We will not back down," Blake told Ward.'
    people = [("Blake", "PERSON"), ("Ward", "PERSON")]
    assert _kinds_and_speakers(text, people)['"We will not back down,"'][1] == "Blake"


# --- a sentence of speech interrupted by its tag is speech -----------------------------------


def test_a_fragment_interrupted_by_its_speech_tag_is_speech():
    text = (
        'Old Mr. Kettle of Home Farm told me on Tuesday that he had not seen such a harvest since '
        '1879, "and that," he said, "was the year my father gave up."'
    )
    people = [("Kettle", "PERSON"), ("Home Farm", "FAC")]
    assert _kinds_and_speakers(text, people)['"and that,"'] == ("direct", "Kettle")


def test_a_short_term_before_a_thought_verb_stays_a_term():
    text = 'Old Mr. Kettle of Home Farm thought the harvest "middling" and went home.'
    people = [("Kettle", "PERSON"), ("Home Farm", "FAC")]
    assert _kinds_and_speakers(text, people)['"middling"'][0] == "term"


# --- a quoted song after a verb of singing is a title -----------------------------------------


def test_a_hymn_sung_is_a_title():
    text = 'Yet there are some of you who will not sing "We plough the fields, and scatter" this morning.'
    assert _kinds_and_speakers(text, [])['"We plough the fields, and scatter"'] == ("title", None)


def test_words_sung_out_in_lower_case_are_not_a_title():
    text = 'The children sang "happy birthday, dear teacher" at the door.'
    assert _kinds_and_speakers(text, [])['"happy birthday, dear teacher"'][0] != "title"


# --- "X made the speech. I'll paraphrase it:": the speech's giver -----------------------------


def test_a_speech_given_in_the_sentence_before_a_paraphrase_of_it():
    text = (
        "Zinoviev had attacked Bukharin in April. At the Congress Kamenev made the famous speech. "
        "I'll paraphrase it closely: \"We are against creating a theory of a leader. Comrade Stalin cannot unite us.\""
    )
    people = [("Kamenev", "PERSON"), ("Bukharin", "PERSON"), ("Stalin", "PERSON"), ("Zinoviev", "PERSON")]
    found = _kinds_and_speakers(text, people)
    assert found['"We are against creating a theory of a leader. Comrade Stalin cannot unite us."'][1] == "Kamenev"


def test_a_colon_introduction_with_no_pronoun_for_the_speech_looks_no_further_back():
    text = (
        "At the Congress Kamenev made the famous speech. The next day Bukharin answered with a "
        "speech of his own: \"We are for the peasant.\""
    )
    people = [("Kamenev", "PERSON"), ("Bukharin", "PERSON")]
    assert _kinds_and_speakers(text, people)['"We are for the peasant."'][1] == "Bukharin"


# --- a signal in capitals names no one -------------------------------------------------------


def test_a_signal_in_capitals_is_no_self_introduction():
    text = 'At noon we spoke the clipper Comet, which signalled by flags: "ALL WELL. WILL REPORT YOU." The master noted it.'
    people = [("ALL WELL", "PERSON"), ("Comet", "FAC")]
    assert _kinds_and_speakers(text, people)['"ALL WELL. WILL REPORT YOU."'][1] != "ALL WELL"


def test_a_newcomer_naming_herself_still_speaks():
    text = 'Someone knocked.\n\n"Ida Penrose. I have the flat upstairs."'
    assert _kinds_and_speakers(text, [("Ida Penrose", "PERSON")])['"Ida Penrose. I have the flat upstairs."'][1] == "Ida Penrose"


# --- an unnamed member of a body is no speaker; the body is not either ------------------------


def test_an_unnamed_member_of_a_body_is_no_speaker():
    text = 'An elderly bookkeeper of the Forest Institute asked whether he had acted "alone or with permission".'
    assert _kinds_and_speakers(text, [("the Forest Institute", "ORG")])['"alone or with permission"'][1] is None


def test_an_unnamed_member_before_a_relative_clause_is_no_speaker():
    text = 'The talks went on. A member of the Polish delegation, who asked not to be named, said: "They have bought two months."'
    assert _kinds_and_speakers(text, [("the Polish delegation", "ORG")])['"They have bought two months."'][1] is None


def test_a_named_member_of_a_body_still_speaks():
    text = 'Deputy Ana Ruiz of the Green Party said the bill was "a disgrace to the house".'
    people = [("Ana Ruiz", "PERSON"), ("the Green Party", "ORG")]
    assert _kinds_and_speakers(text, people)['"a disgrace to the house"'][1] == "Ana Ruiz"


def test_a_body_that_speaks_itself_still_speaks():
    text = 'The Green Party said the bill was "a disgrace to the house".'
    assert _kinds_and_speakers(text, [("The Green Party", "ORG")])['"a disgrace to the house"'][1] == "The Green Party"


# --- a possessive description is no speaker ---------------------------------------------------


def test_a_possessive_description_with_no_name_is_no_speaker():
    text = "The crowd was the largest in years. Cardiff Rugby's chief executive said the attendance showed \"what this ground means to people.\""
    people = [("Cardiff", "GPE")]
    assert _kinds_and_speakers(text, people)['"what this ground means to people."'][1] is None


def test_a_possessive_description_with_a_name_in_apposition_speaks_under_the_name():
    text = "The crowd was the largest in years. Cardiff Rugby's chief executive, Jane Price, said the attendance showed \"what this ground means to people.\""
    people = [("Cardiff Rugby", "ORG"), ("Jane Price", "PERSON")]
    assert _kinds_and_speakers(text, people)['"what this ground means to people."'][1] == "Jane Price"


def test_an_unnamed_master_of_a_named_ship_is_no_speaker():
    text = 'Is he aware that the master of the steamer Morning Star wrote to the newspapers that "we were steering by the bell and by Providence"?'
    assert _kinds_and_speakers(text, [("Morning Star", "FAC")])['"we were steering by the bell and by Providence"'][1] is None


# --- a month or weekday is never a speaker ----------------------------------------------------


def test_a_month_before_a_participle_is_no_speaker():
    text = 'Zinoviev panicked. Trotsky issued an ultimatum on 5 March warning that the rebels would be "shot like partridges". The assault failed.'
    people = [("Zinoviev", "PERSON"), ("Trotsky", "PERSON")]
    assert _kinds_and_speakers(text, people)['"shot like partridges"'][1] == "Trotsky"


def test_a_name_before_a_participle_still_speaks():
    text = 'Zinoviev panicked. Trotsky issued an ultimatum at once, warning that the rebels would be "shot like partridges". The assault failed.'
    people = [("Zinoviev", "PERSON"), ("Trotsky", "PERSON")]
    assert _kinds_and_speakers(text, people)['"shot like partridges"'][1] == "Trotsky"


# --- "Her verdict is blunt.": the next sentence's quotation is hers ---------------------------


def test_a_short_announcement_of_a_verdict_gives_the_next_quotation_its_owner():
    text = (
        'Carr called the period "the interregnum". Sorokina reconstructs from provincial archives how '
        'the campaign was organised. Her verdict is blunt. The campaign was "a rehearsal for every later purge, conducted with words".'
    )
    people = [("Carr", "PERSON"), ("Sorokina", "PERSON")]
    assert _kinds_and_speakers(text, people)['"a rehearsal for every later purge, conducted with words"'][1] == "Sorokina"


def test_a_sentence_that_announces_no_ones_words_gives_no_owner():
    text = (
        'Carr called the period "the interregnum". Sorokina reconstructs from provincial archives how '
        'the campaign was organised. The result is blunt. The campaign was "a rehearsal for every later purge, conducted with words".'
    )
    people = [("Carr", "PERSON"), ("Sorokina", "PERSON")]
    assert _kinds_and_speakers(text, people)['"a rehearsal for every later purge, conducted with words"'][1] != "Sorokina"


# --- "the “...” of X's memoir": the term of someone's writing ----------------------------------


def test_the_term_of_someones_memoir_is_theirs():
    text = 'Her Stalin is not the "grey blur" of Sukhanov\'s memoir, nor a tragic hero.'
    assert _kinds_and_speakers(text, [("Sukhanov", "PERSON")])['"grey blur"'] == ("term", "Sukhanov")


def test_the_term_of_a_person_as_its_object_is_not_theirs():
    text = 'The papers called it the "betrayal" of Sukhanov by his friends.'
    assert _kinds_and_speakers(text, [("Sukhanov", "PERSON")])['"betrayal"'][1] != "Sukhanov"


# --- a possessive right before the quotation owns it ------------------------------------------


def test_a_persons_possessive_owns_a_quoted_phrase():
    text = 'There are weaknesses. The debates over Marchenko\'s "primitive socialist accumulation," are treated briskly.'
    assert _kinds_and_speakers(text, [("Marchenko", "PERSON")])['"primitive socialist accumulation,"'] == ("term", "Marchenko")


def test_a_bodys_possessive_owns_its_slogan():
    text = 'After 1928, following the Comintern\'s "Third Period" line, the party denounced its rivals.'
    assert _kinds_and_speakers(text, [("the Comintern", "ORG")])['"Third Period"'][1] == "the Comintern"


def test_a_persons_possessive_before_a_scare_quote_does_not_own_it():
    text = 'The legend of Marchenko\'s "special role" in October was not yet denied.'
    assert _kinds_and_speakers(text, [("Marchenko", "PERSON")])['"special role"'][1] is None


def test_a_persons_possessive_owns_the_noun_after_a_quoted_label():
    text = 'But Marchenko\'s "Centre Left" faction stood in the middle of the hall.'
    assert _kinds_and_speakers(text, [("Marchenko", "PERSON")])['"Centre Left"'][1] is None


# --- a beat opened by "But she ..." is about "she" ---------------------------------------------


def test_a_beat_opened_by_a_conjunction_and_a_pronoun_names_the_speaker():
    text = (
        'Karl Weber sat by the window. Anna Roth came in at Linz.\n\n"You know who I am, then," he said.\n\n'
        '"You were wrong about a great many things." But she smiled as she said it, and he understood that he was forgiven.'
    )
    people = [("Karl Weber", "PERSON"), ("Anna Roth", "PERSON"), ("Linz", "GPE")]
    assert _kinds_and_speakers(text, people)['"You were wrong about a great many things."'][1] == "Anna Roth"


def test_a_beat_opened_by_a_subordinate_clause_still_skips_it():
    text = (
        'Karl Weber sat by the window. Anna Roth came in at Linz.\n\n"You know who I am, then," she said.\n\n'
        '"You were wrong about that." When she had gone, he sat a long time at the window.'
    )
    people = [("Karl Weber", "PERSON"), ("Anna Roth", "PERSON"), ("Linz", "GPE")]
    assert _kinds_and_speakers(text, people)['"You were wrong about that."'][1] == "Karl Weber"


# --- a paper named in quotation marks speaks under its name -----------------------------------


def test_a_paper_named_in_quotation_marks_speaks():
    text = (
        'The committee met on Monday.\n\nThe “Morning Herald” of this morning, in a leading article, '
        'describes the minister as “a tired man who has mistaken his fatigue for prudence,” and asks for his resignation.'
    )
    people = [("Morning Herald", "ORG")]
    found = _kinds_and_speakers(text, people)
    assert found["“a tired man who has mistaken his fatigue for prudence,”"][1] == "Morning Herald"


def test_a_quoted_name_that_only_owns_something_does_not_speak():
    text = (
        'The committee met on Monday.\n\nThe “Morning Herald” building, in the old square, stood empty; '
        'the minister called it “a tired old barn of a place.”'
    )
    people = [("Morning Herald", "ORG")]
    assert _kinds_and_speakers(text, people)["“a tired old barn of a place.”"][1] != "Morning Herald"


# --- "A letter came from X, and I copy the part ...:": the letter's writer --------------------


def test_a_copied_part_of_a_letter_that_came_from_someone_is_theirs():
    text = (
        'I have been to the police twice and they say I may join you in May.\n\nA letter came from '
        'Kh. G. [Orlov] in Astrakhan, and I copy the part that is meant for you:\n\n"Tell him the fishing '
        'here is poor and the news is worse."'
    )
    people = [("Kh. G.", "PERSON"), ("Orlov", "PERSON"), ("Astrakhan", "GPE")]
    assert _kinds_and_speakers(text, people)['"Tell him the fishing here is poor and the news is worse."'][1] == "Orlov"


def test_a_copied_letter_with_no_editors_name_speaks_for_the_name_given():
    text = (
        'I have been to the police twice and they say I may join you in May.\n\nA letter came from '
        'Kh. G. in Astrakhan, and I copy the part that is meant for you:\n\n"Tell him the fishing '
        'here is poor and the news is worse."'
    )
    people = [("Kh. G.", "PERSON"), ("Astrakhan", "GPE")]
    assert _kinds_and_speakers(text, people)['"Tell him the fishing here is poor and the news is worse."'][1] == "Kh. G."


# --- in a transcript, "I" in a labelled turn is the label's person -----------------------------


def test_i_in_a_labelled_turn_is_the_label_not_the_guessed_interviewee():
    text = (
        "Reyes: Welcome to the programme. Is your book partisan?\n\n"
        "Okoro: I read that review. I said to my wife, \"At least he noticed the footnotes.\" Look, I am not writing a defence.\n\n"
        "Reyes: And the archive itself?\n\n"
        "Okoro: I spent two years in it. I told the archivist, \"You will see me every morning.\""
    )
    people = [("Reyes", "PERSON"), ("Okoro", "PERSON")]
    found = _kinds_and_speakers(text, people)
    assert found['"At least he noticed the footnotes."'][1] == "Okoro"
    assert found['"You will see me every morning."'][1] == "Okoro"


def test_i_in_an_unlabelled_answer_is_still_the_interviewee():
    text = (
        "Ana Ruiz on her years in exile\n\nQ: Why did you leave?\n\nBecause there was no work. I told my "
        "mother, \"We will come back in a year.\"\n\nQ: And did you?\n\nNot for twenty years."
    )
    people = [("Ana Ruiz", "PERSON")]
    assert _kinds_and_speakers(text, people)['"We will come back in a year."'][1] == "Ana Ruiz"


# --- "The doctor was ...": a title noun as subject refers back to the titled person -----------


def test_a_title_noun_subject_refers_back_to_the_titled_person():
    text = (
        'There came a knock, and the maid announced that Dr. Fenby was below.\n\n"Show him up," said Honor Gray.\n\n'
        'The doctor was a stout, cheerful man who had never sent in his account. He bowed to the lady and stood by the fire.\n\n'
        '"I have news from the town," said he.'
    )
    people = [("Fenby", "PERSON"), ("Honor Gray", "PERSON")]
    assert _kinds_and_speakers(text, people)['"I have news from the town,"'][1] == "Fenby"


def test_a_common_noun_subject_does_not_refer_back_to_a_titled_person():
    text = (
        'There came a knock, and the maid announced that Dr. Fenby was below.\n\n"Show him up," said Honor Gray.\n\n'
        'The visitor was a stout, cheerful man who had never sent in his account. He bowed to the lady and stood by the fire.\n\n'
        '"I have news from the town," said he.'
    )
    people = [("Fenby", "PERSON"), ("Honor Gray", "PERSON")]
    assert _kinds_and_speakers(text, people)['"I have news from the town,"'][1] != "Fenby"


# --- a description speaks under the name the text brought it in with --------------------------


def test_a_description_named_when_introduced_speaks_under_the_name():
    text = 'The shop belonged to an old man named Abel. Tomas kept the books.\n\n"Sell them," said the old man.'
    assert dict(speakers(text, [("Abel", "PERSON"), ("Tomas", "PERSON")]))['"Sell them,"'] == "Abel"


def test_a_description_set_after_a_name_names_it():
    text = 'The shop belonged to Abel, an old man who mended clocks. Tomas kept the books.\n\n"Sell them," said the old man.'
    assert dict(speakers(text, [("Abel", "PERSON"), ("Tomas", "PERSON")]))['"Sell them,"'] == "Abel"


def test_another_description_of_the_same_noun_is_not_that_name():
    text = (
        'The shop belonged to an old man named Abel. Tomas kept the books.\n\nOne day a young man came in.\n\n'
        '"Sell them," said the young man.'
    )
    assert dict(speakers(text, [("Abel", "PERSON"), ("Tomas", "PERSON")]))['"Sell them,"'] is None



def test_a_description_presented_under_a_name_speaks_under_it():
    text = (
        'He found her at the window with a little grey man in a frayed coat, whom she presented as Herr Kessel.\n\n'
        '"You have heard, then," said Madame Orlova.\n\n"All London has heard, madam."\n\n'
        'The little grey man spread his hands. "I have waited twenty years to say it," said the little grey man.'
    )
    people = [("Kessel", "PERSON"), ("Orlova", "PERSON"), ("London", "GPE")]
    assert dict(speakers(text, people))['"I have waited twenty years to say it,"'] == "Kessel"


def test_a_description_presented_under_no_name_stays_unnamed():
    text = (
        'He found her at the window with a little grey man in a frayed coat, whom she did not present.\n\n'
        '"You have heard, then," said Madame Orlova.\n\n"All London has heard, madam."\n\n'
        'The little grey man spread his hands. "I have waited twenty years to say it," said the little grey man.'
    )
    people = [("Orlova", "PERSON"), ("London", "GPE")]
    assert dict(speakers(text, people))['"I have waited twenty years to say it,"'] is None


def test_an_occupation_set_after_a_name_speaks_under_it():
    text = 'The shop belonged to Abel, an old watchmaker. Tomas kept the books.\n\n"Sell them," said the old watchmaker.'
    assert dict(speakers(text, [("Abel", "PERSON"), ("Tomas", "PERSON")]))['"Sell them,"'] == "Abel"


def test_an_unnamed_occupation_is_no_one_in_the_talk_around_it():
    text = 'The shop belonged to Abel. Tomas kept the books.\n\n"Sell them," said the old watchmaker.'
    assert dict(speakers(text, [("Abel", "PERSON"), ("Tomas", "PERSON")]))['"Sell them,"'] is None


def test_a_text_with_one_paragraph_a_line_takes_turns_line_by_line():
    # no blank lines, every line a sentence: each line is a paragraph, so the untagged answer is
    # no longer the first speaker's
    text = (
        'Mr. Rochester looked up. "You are late," he said.\n'
        '"I was kept by the child, sir."\n'
        '"The child keeps everyone." He laughed.\n'
    )
    found = dict(speakers(text, [("Rochester", "PERSON")]))
    assert found['"You are late,"'] == "Rochester"
    assert found['"I was kept by the child, sir."'] != "Rochester"
    assert found['"The child keeps everyone."'] == "Rochester"


def test_hard_wrapped_lines_that_end_mid_sentence_stay_one_paragraph():
    text = 'Trotsky wrote that "the bureaucracy\nhas become a caste" and added that\n"nothing is settled", said Smith.'
    found = dict(speakers(text, [("Trotsky", "PERSON"), ("Smith", "PERSON")]))
    assert found['"the bureaucracy\nhas become a caste"'] == "Trotsky"
