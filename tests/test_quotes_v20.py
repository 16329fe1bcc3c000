"""quotes.v20: reported words that finish the narration's sentence, and a named speaker's verdict
after a naming verb, are direct speech, not terms. Each case has a look-alike whose answer the
rule must not change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR, find_quotations

from .conftest import quotation_mentions


def test_annotator_version():
    assert ANNOTATOR in ("quotes.v20", "quotes.v21", "quotes.v22")  # quotes.v21 pins itself in test_quotes_v21


def kinds(text, specs):
    return {q.text: (q.kind, q.speaker) for q in find_quotations(text, quotation_mentions(text, specs), ())}


def test_lower_case_words_ending_the_sentence_inside_the_marks_are_reported():
    text = (
        "Izvestia printed the decree this morning. The newspaper said the decision had been taken by the O. G. P. U. on Jan. 18 and that the deportation "
        '"closes the chapter of the opposition." Nothing more was printed.'
    )
    assert kinds(text, [("Izvestia", "ORG")])['"closes the chapter of the opposition."'][0] == "direct"
    # look-alike: a phrase set after an article is a term, full stop or not
    text = 'For these reasons, Rakovsky defined the state as a "degenerated workers\' state." The rest followed.'
    assert kinds(text, [("Rakovsky", "PERSON")])['"degenerated workers\' state."'][0] == "term"


def test_a_fragment_with_no_named_speaker_takes_no_speaker_from_the_talk_around_it():
    text = (
        '"We will see," said Sedova.\n\n'
        'Officials here said the conditions would be enforced "to the letter." The exile will report weekly.'
    )
    found = kinds(text, [("Sedova", "PERSON")])
    assert found['"to the letter."'] == ("direct", None)


def test_a_named_speakers_verdict_after_a_naming_verb_is_direct():
    text = 'The environmental group Green Accra called the vote "long overdue" but asked for more.'
    assert kinds(text, [("Green Accra", "ORG")])['"long overdue"'] == ("direct", "Green Accra")
    text = 'Mr. Dibbs, leader of the Opposition, described the measure as "a sop to the agitators," and sat down.'
    assert kinds(text, [("Dibbs", "PERSON")])['"a sop to the agitators,"'] == ("direct", "Dibbs")
    # look-alikes: a name given to a thing, a name given to people, and "what X calls" stay terms
    text = 'Aydin knew the island well. He called the house "the fortress" in every letter.'
    assert kinds(text, [("Aydin", "PERSON")])['"the fortress"'][0] == "term"
    text = 'Vishinsky demanded that the accused, whom he called "mad dogs," be shot.'
    assert kinds(text, [("Vishinsky", "PERSON")])['"mad dogs,"'][0] == "term"
    text = 'Olson, who likes to talk about what he calls the "forgotten man", sends more police.'
    assert kinds(text, [("Olson", "PERSON")])['"forgotten man"'][0] == "term"


def test_an_inline_citation_of_author_and_title_names_the_speaker():
    people = [("Carr", "PERSON"), ("Deutscher", "PERSON"), ("Stalin", "PERSON")]
    text = (
        'Historians have disagreed. Carr treated it as the moment when the triumvirs "saved Stalin in order '
        'to use him" (Carr, The Interregnum, p. 363); Deutscher saw it otherwise.'
    )
    assert kinds(text, people)['"saved Stalin in order to use him"'] == ("direct", "Carr")
    # look-alike: a citation that opens with a title, not with anyone the text names
    text = (
        'Historians have disagreed. It was the moment when the triumvirs "saved Stalin in order '
        'to use him" (Pravda, 12 May 1924, p. 3); Deutscher saw it otherwise.'
    )
    assert kinds(text, people)['"saved Stalin in order to use him"'][1] != "Pravda"


COURT = (
    "POLICE COURT.—Tuesday. Before the Police Magistrate (Mr. W. Ranking, P.M.).—Patrick Doyle, a teamster, "
    "was fined 10s. Ah Sing was charged by Senior-constable Burke with having opium. "
)
COURT_PEOPLE = [("W. Ranking", "PERSON"), ("Patrick Doyle", "PERSON"), ("Ah Sing", "PERSON"), ("Burke", "PERSON")]


def test_a_second_that_clause_is_the_outer_verbs_report_and_his_worship_is_the_magistrate():
    text = COURT + 'His Worship observed that the Bench had already warned the gardeners, and that "the next offender will go to gaol."'
    assert kinds(text, COURT_PEOPLE)['"the next offender will go to gaol."'][1] == "W. Ranking"
    text = "The court sat before Mr. Bathgate, R.M. A carter was fined 20s., His Worship remarking that " '"Princes-street is not a racecourse."'
    assert kinds(text, [("Bathgate", "PERSON")])['"Princes-street is not a racecourse."'][1] == "Bathgate"
    # look-alike: the verb inside the first clause reports the words when no "and that" joins a second
    text = COURT + 'His Worship observed that Burke had warned the gardeners "the next offender will go to gaol."'
    assert kinds(text, COURT_PEOPLE)['"the next offender will go to gaol."'][1] == "Burke"


def test_the_narrators_name_is_the_one_they_are_called_and_a_tagged_i_is_the_narrator():
    story = (
        "\n\nCaptain Voss came on deck. “Tam, tell Mr. Grice I want both anchors down,” he said.\n\n"
        "“Aye, sir,” said I.\n\n“He says he saw a glass do this,” I said."
    )
    people = [("Thomas Rudd", "PERSON"), ("Voss", "PERSON"), ("Grice", "PERSON"), ("Tam", "PERSON"), ("I.", "PERSON")]
    text = "My name is Thomas Rudd, but nobody aboard called me anything but Tam, and Tam I shall be." + story
    found = kinds(text, people)
    assert found["“Aye, sir,”"][1] == "Tam"
    assert found["“He says he saw a glass do this,”"][1] == "Tam"
    # look-alike: a narrator who gives only one name keeps it
    text = "My name is Thomas Rudd, and I shipped in her at Auckland." + story
    found = kinds(text, people)
    assert found["“Aye, sir,”"][1] == "Thomas Rudd"
    assert found["“He says he saw a glass do this,”"][1] == "Thomas Rudd"


def test_the_magistrate_is_the_one_the_court_report_set_on_the_bench():
    court = "STIPENDIARY COURT.—Before R. S. Eakins, Esq., S.M.—On Monday, John Muise was fined $4. "
    people = [("R. S. Eakins", "PERSON"), ("John Muise", "PERSON")]
    text = court + 'The magistrate remarked that "the town is not a pasture," and that the by-law would be enforced.'
    assert kinds(text, people)['"the town is not a pasture,"'][1] == "R. S. Eakins"
    # look-alike: a report that names no one on the bench leaves the magistrate unnamed
    text = "STIPENDIARY COURT.—On Monday, R. S. Eakins was fined $4. " + 'The magistrate remarked that "the town is not a pasture," and left.'
    assert kinds(text, people)['"the town is not a pasture,"'][1] is None


def test_a_bodys_one_word_short_name_is_the_form_written_last():
    bodies = [("The Ghana Cocoa Board", "ORG"), ("Cocobod", "ORG")]
    text = (
        "The Ghana Cocoa Board, known as Cocobod, said in a statement that farms had been lost. "
        '"Every year we lose more," the board said.'
    )
    assert kinds(text, bodies)['"Every year we lose more,"'][1] == "Cocobod"
    # look-alike: what follows "known as" is a longer name, not a short form of the body
    text = (
        "The Ghana Cocoa Board, known as Cocoa House Accra, said in a statement that farms had been lost. "
        '"Every year we lose more," the board said.'
    )
    assert kinds(text, bodies)['"Every year we lose more,"'][1] == "The Ghana Cocoa Board"


def test_a_name_after_a_diarys_dated_heading_opens_its_sentence():
    people = [("Lyova", "PERSON", "sedov"), ("Volynsky", "PERSON"), ("Natalia Ivanovna", "PERSON")]
    diary = (
        "Monday, 17th.—Natalia Ivanovna has a fever again. Lyova went to the post office twice. "
        "Lyova thinks the boy meant it kindly.\n\n"
    )
    text = diary + 'Wednesday, 19th.—Volynsky came back at six with the answer: none. He said only that he was "waiting for instructions", and sat an hour.'
    assert kinds(text, people)['"waiting for instructions"'][1] == "Volynsky"
    # look-alike: the heading's sentence opens with another name: that one, not the later one
    text = diary + 'Wednesday, 19th.—Lyova came back at six with Volynsky and the answer: none. He said only that he was "waiting for instructions", and sat an hour.'
    assert kinds(text, people)['"waiting for instructions"'][1] == "Lyova"


def test_an_aside_between_commas_does_not_part_the_subject_from_its_verb():
    people = [("Zinoviev", "PERSON"), ("Kamenev", "PERSON"), ("Krupskaya", "PERSON")]
    lead = "Krupskaya handed over the letter. The Council of Elders heard it read by Kamenev behind closed doors. "
    text = lead + 'Zinoviev, by one account, rose to say that "Ilyich\'s every word is law for us", but no more.'
    assert kinds(text, people)['"Ilyich\'s every word is law for us"'][1] == "Zinoviev"
    text = lead + 'Zinoviev, for his part, said that "Ilyich\'s every word is law for us", but no more.'
    assert kinds(text, people)['"Ilyich\'s every word is law for us"'][1] == "Zinoviev"
    # look-alike: the aside belongs to an earlier clause; the verb's own subject speaks
    text = lead + 'Zinoviev, by one account, was silent, and Kamenev rose to say that "Ilyich\'s every word is law for us", but no more.'
    assert kinds(text, people)['"Ilyich\'s every word is law for us"'][1] == "Kamenev"


def test_he_after_a_sentence_opened_by_an_unnamed_kin_is_that_unnamed_person():
    people = [("Vyshinsky", "PERSON"), ("Pyatakov", "PERSON"), ("Paris", "GPE"), ("Lyova", "PERSON")]
    lead = 'TROTSKY: Pyatakov was made to say what Vyshinsky wrote for him. '
    text = lead + 'My son in Paris keeps them. When he sent the last box, he wrote to me: "Father, they will say the dates were forged too."'
    assert kinds(text, people)['"Father, they will say the dates were forged too."'][1] is None
    # look-alike: the kin noun with the son's name beside it speaks under that name
    text = lead + 'My son Lyova keeps them. When he sent the last box, he wrote to me: "Father, they will say the dates were forged too."'
    assert kinds(text, people)['"Father, they will say the dates were forged too."'][1] == "Lyova"


def test_a_title_tagged_apart_from_the_name_after_it_is_no_speaker():
    people = [("Finance Minister", "PERSON"), ("Helena Rautio", "PERSON"), ("Alko", "ORG")]
    text = 'The bill passed 108 to 81. "This is a small step for common sense," said Finance Minister Helena Rautio, whose party pushed it.'
    assert kinds(text, people)['"This is a small step for common sense,"'][1] == "Helena Rautio"
    # look-alike: a title-like name with no person right after it is left as it is
    text = 'The bill passed 108 to 81. "This is a small step for common sense," said Finance Minister, a post held by Helena Rautio.'
    assert kinds(text, people)['"This is a small step for common sense,"'][1] != "Helena Rautio"


def test_an_unnamed_person_who_tells_inside_a_report_is_no_one_named():
    people = [("Lyova", "PERSON"), ("Kazakh", "NORP"), ("Moscow", "GPE")]
    lead = "Lyova went to the post office twice; nothing from Moscow. "
    text = lead + 'He says the telegraph clerk, a Kazakh boy, told him: "They hold everything for you now."'
    assert kinds(text, people)['"They hold everything for you now."'][1] is None
    # look-alike: the one who reports it tells it himself
    text = lead + 'He says that the telegraph clerk was rude, and he told him: "They hold everything for you now."'
    assert kinds(text, people)['"They hold everything for you now."'][1] == "Lyova"


def test_a_described_newcomer_takes_the_name_the_talk_gave_and_the_narration_then_uses():
    people = [("Hester", "PERSON"), ("Ferrand", "PERSON"), ("Thwaite", "PERSON"), ("Josiah", "PERSON")]
    talk = 'Hester took his bag. "In the library, with Mr. Ferrand. They have been at it these three hours."\n\n'
    scene = (
        "The library door opened and a stout gentleman in a plum-coloured coat came out.\n\n"
        '"Ah, Miss Scarth," said the stout gentleman, bowing.\n\n"Nothing good, I hope," said Josiah.\n\n'
        'Mr. Ferrand laughed. "We shall meet again."'
    )
    assert kinds(talk + scene, people)['"Ah, Miss Scarth,"'][1] == "Ferrand"
    # look-alike: a name the talk never gave is no newcomer's name: the description stays unnamed
    talk = 'Hester took his bag. "In the library. They have been at it these three hours."\n\n'
    assert kinds(talk + scene, people)['"Ah, Miss Scarth,"'][1] is None


def test_the_one_who_just_spoke_does_not_answer_herself_while_another_acts():
    people = [("Hester", "PERSON"), ("Thwaite", "PERSON"), ("Ferrand", "PERSON")]
    lead = 'Hester took his bag. "In the library, with Mr. Ferrand," said Hester.\n\n'
    text = lead + 'She unbuckled his cape while old Thwaite stood dripping on the flags. "Ferrand! Then it is the mortgage after all."'
    assert kinds(text, people)['"Ferrand! Then it is the mortgage after all."'][1] == "Thwaite"
    # look-alike: without a turn of hers just before, the sentence's subject speaks
    lead = "Hester took his bag and went in.\n\n"
    text = lead + 'She unbuckled his cape while old Thwaite stood dripping on the flags. "Ferrand! Then it is the mortgage after all."'
    assert kinds(text, people)['"Ferrand! Then it is the mortgage after all."'][1] == "Hester"


def test_words_the_text_gives_no_one_are_the_cited_notes_author():
    people = [("Bukharin", "PERSON"), ("Pravda", "ORG"), ("Velembovsky", "PERSON"), ("Kamenev", "PERSON"), ("Stalin", "PERSON")]
    notes = (
        "\n\nNotes\n\n1. Kamenev's record of the conversation, 11 July 1928.\n\n"
        '2. Arkady Velembovsky, Behind the Kremlin Wall (Paris, 1951), p. 88.\n\n'
        '3. N. I. Bukharin, "Notes of an Economist", Pravda, 30 September 1928.'
    )
    body = (
        'In July he called secretly on Kamenev. The record of their talk, made by Kamenev, is the best evidence. '
        '"He is an unprincipled intriguer,"[1] Bukharin said of Stalin. "He will strangle us."[2]\n\n'
        "Bukharin's one public protest was oblique. "
        'His article "Notes of an Economist", published in Pravda on 30 September, warned against building "today\'s factories with tomorrow\'s bricks."[3] Readers understood the target.'
    )
    assert kinds(body + notes, people)['"today\'s factories with tomorrow\'s bricks."'][1] == "Bukharin"
    # look-alike: words the text gives to someone it does not name stay unnamed
    body = (
        "Velembovsky was at the congress.[1] The report was applauded, in the words of one delegate, "
        '"longer than anyone except the absent Ilyich."[2] Readers understood the target.'
    )
    assert kinds(body + notes, people)['"longer than anyone except the absent Ilyich."'][1] is None


def test_an_aside_whose_closing_comma_stands_inside_a_quotations_marks():
    people = [("Pravda", "ORG"), ("Zinovieff", "PERSON")]
    lead = "Zinovieff had been readmitted twice. "
    text = lead + 'Pravda, in an editorial printed this morning under the heading "No Mercy," called the verdict "the voice of the whole people."'
    assert kinds(text, people)['"the voice of the whole people."'][1] == "Pravda"
    # look-alike: with no comma opening an aside, the quotation before the verb is no aside's end
    text = lead + 'Under the heading "No Mercy," the editors called the verdict "the voice of the whole people."'
    assert kinds(text, people)['"the voice of the whole people."'][1] != "Pravda"


def test_defendant_is_the_one_the_report_fined():
    people = [("Leslie Carberry", "PERSON"), ("Coolac", "GPE"), ("Keogh", "PERSON")]
    text = (
        "Unregistered Car.—Leslie Carberry, storekeeper, of Coolac, was fined £2 for driving an unregistered truck. "
        'Defendant said he had posted the fee on June 10, and "could not be blamed for the slowness of the mails."'
    )
    assert kinds(text, people)['"could not be blamed for the slowness of the mails."'][1] == "Leslie Carberry"
    # look-alike: a name the report neither charges nor fines is not the defendant
    text = (
        "Unregistered Car.—Leslie Carberry, storekeeper, of Coolac, gave evidence for the police. "
        'Defendant said he had posted the fee on June 10, and "could not be blamed for the slowness of the mails."'
    )
    assert kinds(text, people)['"could not be blamed for the slowness of the mails."'][1] is None


def test_a_name_right_after_a_possessive_description_speaks():
    people = [("the Petrograd Defence Committee", "ORG"), ("Izvestiya", "ORG"), ("Kronstadt", "GPE")]
    lead = 'A leaflet of the Petrograd Defence Committee warned the rebels they would be shot. '
    text = lead + '"The third revolution has begun here in Kronstadt," the rebels\' newspaper Izvestiya answered on 8 March.'
    assert kinds(text, people)['"The third revolution has begun here in Kronstadt,"'][1] == "Izvestiya"
    # look-alike: a place after the possessive description is no speaker
    text = lead + '"The third revolution has begun here in Kronstadt," the rebels\' newspaper in Kronstadt answered on 8 March.'
    assert kinds(text, people)['"The third revolution has begun here in Kronstadt,"'][1] != "Kronstadt"


def test_a_title_case_name_right_after_a_document_noun_is_a_title():
    people = [("Lenin", "PERSON")]
    text = 'The congress also adopted the resolution "On Party Unity", whose seventh point allowed expulsions.'
    assert kinds(text, people)['"On Party Unity"'][0] == "title"
    text = 'In the notes Lenin dictated on 30 December, later published as "On the Question of Nationalities", he blamed Stalin.'
    assert kinds(text, people)['"On the Question of Nationalities"'][0] == "title"
    # look-alike: a sentence of speech after the noun is no title
    text = 'The resolution ended: "Long Live the Party!" and the delegates rose.'
    assert kinds(text, people)['"Long Live the Party!"'][0] != "title"


def test_words_completing_a_clause_a_named_speaker_reports_are_direct():
    people = [("Foodstuffs", "ORG"), ("Moriarty", "PERSON"), ("Trotsky", "PERSON")]
    text = 'Foodstuffs, which owns two chains, said the bill was "rushed" and risked higher costs.'
    assert kinds(text, people)['"rushed"'] == ("direct", "Foodstuffs")
    text = 'Mr Moriarty said the delay was needed to "get the legislation right" and left.'
    assert kinds(text, people)['"get the legislation right"'] == ("direct", "Moriarty")
    # look-alike: a verb of thought makes no report of speech
    text = 'Trotsky felt that the leaders were "bureaucrats" and said so.'
    assert kinds(text, people)['"bureaucrats"'][0] == "term"


def test_a_named_speakers_one_word_verdict_on_a_thing_is_direct():
    people = [("Sean Everitt", "PERSON"), ("The Daily Mail", "ORG"), ("The Committee", "ORG")]
    text = 'Sean Everitt called the final penalty "soft" and said his side would appeal.'
    assert kinds(text, people)['"soft"'] == ("direct", "Sean Everitt")
    # look-alikes: a name given to people, and a noun after an article, stay terms
    text = 'The Daily Mail first calls militant campaigners "suffragettes", meaning it as an insult.'
    assert kinds(text, people)['"suffragettes"'][0] == "term"
    text = 'The Committee called the strike a "revolution" and its leaders aliens.'
    assert kinds(text, people)['"revolution"'][0] == "term"


def test_a_definite_name_given_to_it_is_a_term_a_superlative_verdict_is_speech():
    people = [("Aydin", "PERSON"), ("Margaret Lindqvist", "PERSON")]
    text = 'Aydin knew the island well. He called it "the planet without a visa" in every letter.'
    assert kinds(text, people)['"the planet without a visa"'] == ("term", "Aydin")
    # look-alike: a superlative verdict is the speaker's words
    text = 'Their finance critic, Margaret Lindqvist, called it "the most expensive sulk in history" and sat down.'
    assert kinds(text, people)['"the most expensive sulk in history"'][0] == "direct"


def test_one_unnamed_deputy_or_reviewer_is_nobody_named():
    people = [("Moltke", "PERSON"), ("France", "GPE")]
    text = 'Moltke told the King. In France the news was received, as one deputy put it, as "a defeat for us as much as for Vienna".'
    assert kinds(text, people)['"a defeat for us as much as for Vienna"'][1] is None
    # look-alike: a deputy named beside the noun speaks
    text = 'Moltke told the King. In France the news was received, as the deputy Jules Favre put it, as "a defeat for us as much as for Vienna".'
    assert kinds(text, people + [("Jules Favre", "PERSON")])['"a defeat for us as much as for Vienna"'][1] == "Jules Favre"


def test_a_phrase_ending_a_named_speakers_reported_clause_is_direct():
    people = [("Trotzky", "PERSON"), ("Kemal Pasha", "PERSON")]
    text = 'In a letter to Kemal Pasha, Trotzky stated that he had been brought to the frontier "by force" and asked for nothing.'
    assert kinds(text, people)['"by force"'] == ("direct", "Trotzky")
    # look-alike: after an article the words are a name for a thing
    text = 'In a letter to Kemal Pasha, Trotzky stated that he had been brought to the "by force" frontier and asked for nothing.'
    assert kinds(text, people)['"by force"'][0] == "term"
