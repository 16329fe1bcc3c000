"""quotes.v12: dialogue in fiction (appositions with a title, role nouns for titled people,
beats and alternation of turns), letters signed at their foot, bodies that speak, and the
addressee of a letter. Each case has a look-alike whose answer the rule must not change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR

from .conftest import quotation_mentions
from .conftest import quotation_speakers as speakers


def _quotations(text, specs):
    from succession.quotes import find_quotations

    return find_quotations(text, quotation_mentions(text, specs), ())


def test_annotator_version():
    assert ANNOTATOR in ("quotes.v12", "quotes.v13", "quotes.v14", "quotes.v15", "quotes.v16", "quotes.v17", "quotes.v18", "quotes.v19", "quotes.v20", "quotes.v21", "quotes.v22")


# --- a description with a titled name in apposition ----------------------------------------


def test_an_opening_description_with_a_titled_name_in_apposition_is_the_subject():
    text = (
        "Mrs. Ashby came in with the post.\n\n"
        "Her brother-in-law, the Reverend Josiah Ashby, laid down his Times. “Then read it, Margaret.”"
    )
    people = [("Ashby", "PERSON"), ("Josiah Ashby", "PERSON"), ("Margaret", "PERSON")]
    assert dict(speakers(text, people))["“Then read it, Margaret.”"] == "Josiah Ashby"


def test_a_titled_name_after_the_verb_is_not_the_subject():
    text = (
        "Mrs. Ashby came in with the post.\n\n"
        "Mrs. Ashby looked at her brother-in-law, the Reverend Josiah Ashby. “Read it, Josiah.”"
    )
    people = [("Ashby", "PERSON"), ("Josiah Ashby", "PERSON"), ("Josiah", "PERSON")]
    assert dict(speakers(text, people))["“Read it, Josiah.”"] == "Ashby"


# --- a role noun for the holder of a title ---------------------------------------------------


def test_the_clergyman_is_the_person_the_text_titled_reverend():
    text = (
        "The Reverend Josiah Ashby sat by the fire with Mrs. Ashby.\n\n"
        "“Where is Poona?” said Mrs. Ashby.\n\n"
        "“In the Deccan, I believe,” replied the clergyman.\n\n"
        "“And Kitty?”\n\n"
        "The clergyman shrugged. “Ask her yourself.”"
    )
    people = [("Josiah Ashby", "PERSON"), ("Ashby", "PERSON"), ("Kitty", "PERSON")]
    found = dict(speakers(text, people))
    assert found["“In the Deccan, I believe,”"] == "Josiah Ashby"
    assert found["“Ask her yourself.”"] == "Josiah Ashby"


def test_the_clergyman_is_not_a_person_with_another_title():
    text = (
        "Dr. Henry Pell sat by the fire with Mrs. Ashby.\n\n"
        "“In the Deccan, I believe,” replied the clergyman."
    )
    people = [("Henry Pell", "PERSON"), ("Ashby", "PERSON")]
    assert dict(speakers(text, people))["“In the Deccan, I believe,”"] != "Henry Pell"


def test_a_surname_with_a_title_of_the_other_sex_is_not_the_latest_form_of_his_name():
    text = (
        "The Reverend Josiah Ashby sat by the fire.\n\n"
        "“Where is Poona?” said Mrs. Ashby.\n\n"
        "“In the Deccan,” replied Josiah."
    )
    people = [("Josiah Ashby", "PERSON"), ("Ashby", "PERSON"), ("Josiah", "PERSON")]
    found = dict(speakers(text, people))
    assert found["“Where is Poona?”"] == "Ashby"
    assert found["“In the Deccan,”"] != "Ashby"


def test_a_surname_with_a_title_of_the_same_sex_is_still_the_latest_form():
    text = (
        "Agnes Vollan chairs the committee. Mrs. Vollan said the vote was close.\n\n"
        "“It was a fair count,” she added."
    )
    people = [("Agnes Vollan", "PERSON"), ("Vollan", "PERSON")]
    assert dict(speakers(text, people))["“It was a fair count,”"] == "Vollan"


# --- a beat's pronoun in a new paragraph is the other party's --------------------------------


def test_a_beat_pronoun_after_a_new_turn_is_the_other_party():
    text = (
        "Kitty Verrall came in with a basket.\n\n"
        "“He is very impertinent,” she said.\n\n"
        "“He is very far away,” said Mrs. Ashby.\n\n"
        "“That is the same thing, in a man.” She set down the basket."
    )
    people = [("Kitty Verrall", "PERSON"), ("Ashby", "PERSON")]
    assert dict(speakers(text, people))["“That is the same thing, in a man.”"] == "Kitty Verrall"


def test_a_beat_pronoun_that_fits_only_the_last_speaker_stays_theirs():
    text = (
        "Tom Verrall came in with a basket.\n\n"
        "“He is very impertinent,” he said.\n\n"
        "“He is very far away,” said Mrs. Ashby.\n\n"
        "“That is the same thing, in a man.” She set down the basket."
    )
    people = [("Tom Verrall", "PERSON"), ("Ashby", "PERSON")]
    assert dict(speakers(text, people))["“That is the same thing, in a man.”"] == "Ashby"


# --- a letter signed at its foot ---------------------------------------------------------------


def test_a_letter_read_aloud_speaks_for_the_one_who_signed_it():
    text = (
        "Mrs. Ashby gave him the letter. He broke the seal and read aloud:\n\n"
        "“My dear Mother,—We came into Bombay on the 3rd. Your loving son, Edward.”"
    )
    people = [("Ashby", "PERSON"), ("Edward", "PERSON")]
    assert dict(speakers(text, people))["“My dear Mother,—We came into Bombay on the 3rd. Your loving son, Edward.”"] == "Edward"


def test_a_turn_ending_with_a_name_after_your_is_no_signature():
    text = (
        "Mrs. Ashby looked up from her work.\n\n"
        "“Is that your son, Edward?” said Mrs. Ashby."
    )
    people = [("Ashby", "PERSON"), ("Edward", "PERSON")]
    assert dict(speakers(text, people))["“Is that your son, Edward?”"] == "Ashby"


# --- a pronoun opening a beat is its subject; texts played out are no party -------------------


def test_a_beat_opened_by_a_pronoun_is_that_pronouns_even_before_a_comma():
    text = (
        "Inês Barros reached the café at ten to eight. Her brother Tomás was already there.\n\n"
        "“So,” she said. “The flat.”\n\n"
        "“The flat. Mum's flat.” He took out his phone, an old Nokia with a cracked screen, and read from it."
    )
    people = [("Inês Barros", "PERSON"), ("Tomás", "PERSON"), ("Nokia", "PERSON")]
    assert dict(speakers(text, people))["“The flat. Mum's flat.”"] == "Tomás"


def test_an_opening_clause_before_a_comma_still_gives_the_name_after_it():
    text = (
        "Inês Barros reached the café at ten to eight.\n\n"
        "“So,” she said. “The flat.”\n\n"
        "“The flat. Mum's flat.” When the waiter had gone, Tomás took out his phone."
    )
    people = [("Inês Barros", "PERSON"), ("Tomás", "PERSON")]
    assert dict(speakers(text, people))["“The flat. Mum's flat.”"] == "Tomás"


def test_a_text_played_out_after_a_colon_is_no_party_of_the_dialogue():
    text = (
        "Inês Barros sat with her brother Tomás.\n\n"
        "“You know what Mum would have said,” Tomás said.\n\n"
        "Tomás played the voicemail again. Their mother, Helena Barros, had left it in March: "
        "“Tomás, it's me. She'll know.”\n\n"
        "“I know which one,” Inês said quietly.\n\n"
        "“Then take it tomorrow.”"
    )
    people = [("Inês Barros", "PERSON"), ("Inês", "PERSON"), ("Tomás", "PERSON"), ("Helena Barros", "PERSON")]
    assert dict(speakers(text, people))["“Then take it tomorrow.”"] == "Tomás"


def test_a_turn_of_dialogue_after_a_colon_is_still_a_party():
    text = (
        "Inês Barros sat with her brother Tomás.\n\n"
        "Then Helena Barros said only: “Tomás, it's me.”\n\n"
        "“I know,” Tomás said quietly.\n\n"
        "“Then take it tomorrow.”"
    )
    people = [("Inês Barros", "PERSON"), ("Tomás", "PERSON"), ("Helena Barros", "PERSON")]
    assert dict(speakers(text, people))["“Then take it tomorrow.”"] != "Tomás"


def test_the_narrator_called_by_name_in_an_interrupted_turn_answers():
    text = (
        "Trotsky spoke first. \"They have voted,\" he said.\n\n"
        "I walked with Pavlik as far as the road. I was cold. I said nothing.\n\n"
        "\"Nadya,\" he said, \"if they come over the ice, I will be on the walls.\"\n\n"
        "\"Then don't be there.\""
    )
    people = [("Trotsky", "PERSON"), ("Pavlik", "PERSON"), ("Nadya", "PERSON")]
    found = dict(speakers(text, people))
    assert found["\"Then don't be there.\""] in ("Nadya", None)
    assert found["\"Then don't be there.\""] != "Trotsky"


# --- a longer name in apposition; a cue word after "to" --------------------------------------


def test_a_name_in_apposition_that_says_where_its_bearer_is_from_speaks():
    text = "Our guide, Dr Irina Vasko of Moscow State University, writes: “Bring stout boots.”"
    people = [("Irina Vasko", "PERSON"), ("Moscow State University", "ORG")]
    assert dict(speakers(text, people))["“Bring stout boots.”"] == "Irina Vasko"


def test_a_description_before_a_name_of_a_body_gives_the_person_not_the_body():
    text = "Our guide, Dr Irina Vasko of Moscow State University, writes: “Bring stout boots.”"
    people = [("Irina Vasko", "PERSON"), ("Moscow State University", "ORG")]
    assert dict(speakers(text, people))["“Bring stout boots.”"] != "Moscow State University"


def test_work_after_to_is_a_verb_not_a_work_noun():
    text = "His secretary Lidia Fotieva recorded that he was allowed to work “no more than ten minutes at a sitting” at first."
    found = _quotations(text, [("Lidia Fotieva", "PERSON")])
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Lidia Fotieva")]


def test_a_work_noun_before_a_quotation_still_makes_a_title():
    text = "His secretary Lidia Fotieva recorded that he was reading the work “Better Fewer, But Better” at first."
    found = _quotations(text, [("Lidia Fotieva", "PERSON")])
    assert [q.kind for q in found] == ["title"]


# --- the subject after an introduction with a run-in heading and an appositive ---------------


def test_he_is_the_subject_of_the_sentence_before_after_a_heading_and_an_appositive():
    text = (
        "THE HOSPITAL.—The chairman, Mr. Robert Bayly, said the wards had been full.\n\n"
        "POLICE COURT.—Before Mr. Bewes and Colonel Walker, to-day, William Penhale, a seaman of "
        "H.M.S. Impregnable, was fined 10s. for being drunk. He said he had \"only been ashore three hours.\""
    )
    people = [("Robert Bayly", "PERSON"), ("Bewes", "PERSON"), ("Walker", "PERSON"), ("William Penhale", "PERSON")]
    assert dict(speakers(text, people))['"only been ashore three hours."'] == "William Penhale"


def test_a_name_in_a_list_after_an_introduction_is_not_the_subject():
    text = (
        "THE HOSPITAL.—The chairman, Mr. Robert Bayly, said the wards had been full.\n\n"
        "POLICE COURT.—Before Mr. Bewes, Colonel Walker, William Penhale and the clerk, the case "
        "was heard. He said it had \"only been three hours.\""
    )
    people = [("Robert Bayly", "PERSON"), ("Bewes", "PERSON"), ("Walker", "PERSON"), ("William Penhale", "PERSON")]
    assert dict(speakers(text, people))['"only been three hours."'] != "William Penhale"


# --- "went further:" introduces a block ------------------------------------------------------


def test_went_further_introduces_a_block_and_he_is_its_speaker_afterwards():
    text = (
        "Kamenev called the preface “a distortion of the history of our party”.[2] Stalin, "
        "addressing the trade unions the next day, went further:\n\n"
        "The task of the party is to bury Trotskyism. Comrade Trotsky has invented a legend.[3]\n\n"
        "In the same speech he accused Trotsky of “belittling the role of the party”.[4]"
    )
    people = [("Kamenev", "PERSON"), ("Stalin", "PERSON"), ("Trotsky", "PERSON")]
    found = _quotations(text, people)
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Kamenev"), ("block", "Stalin"), ("direct", "Stalin")]


def test_went_further_without_a_colon_introduces_no_block():
    text = (
        "Stalin went further in the spring.\n\n"
        "The task of the party was to bury Trotskyism. Comrade Trotsky had invented a legend.[3]"
    )
    found = _quotations(text, [("Stalin", "PERSON"), ("Trotsky", "PERSON")])
    assert [q.kind for q in found] == []


# --- a place is no antecedent; a shared surname keeps the first bearer's gender ---------------


BIOGRAPHY = (
    "Käthe Kollwitz\n\n"
    "Kollwitz was born in Königsberg, the fifth child of Karl Schmidt and Katharina Rupp. In 1891 "
    "she married Karl Kollwitz, a doctor.\n\n"
    "The Villa Romana Prize of 1907 took her to Florence for a year. In 1922 she wrote in her "
    "diary: “I want to be effective in this time.”"
)
BIOGRAPHY_PEOPLE = [("Käthe Kollwitz", "PERSON"), ("Kollwitz", "PERSON"), ("Karl Schmidt", "PERSON"),
                    ("Katharina Rupp", "PERSON"), ("Karl Kollwitz", "PERSON"), ("Königsberg", "GPE"), ("Florence", "GPE")]


def test_she_in_a_biography_is_its_subject_not_a_place_nor_her_mother():
    assert dict(speakers(BIOGRAPHY, BIOGRAPHY_PEOPLE))["“I want to be effective in this time.”"] == "Kollwitz"


def test_a_woman_named_like_a_place_as_a_subject_is_still_an_antecedent():
    text = (
        "Florence Hale chaired the meeting. Florence spoke first. In 1922 she wrote in her diary: "
        "“I want to be effective in this time.”"
    )
    people = [("Florence Hale", "PERSON"), ("Florence", "GPE")]
    assert dict(speakers(text, people))["“I want to be effective in this time.”"] in ("Florence", "Florence Hale")


def test_a_surname_first_written_with_a_mans_given_name_stays_his():
    text = (
        "Karl Kollwitz was a doctor in Berlin. Anna Weber was his nurse. Kollwitz treated the poor. "
        "“They come at night,” he said."
    )
    people = [("Karl Kollwitz", "PERSON"), ("Anna Weber", "PERSON"), ("Kollwitz", "PERSON")]
    assert dict(speakers(text, people))["“They come at night,”"] == "Kollwitz"


# --- a body speaks; a passive with an adverb is no cue --------------------------------------


HOSPICE = (
    "Lidstone had volunteered as treasurer of the Severnside Children's Hospice Trust since 2011. "
    "The trust runs a children's hospice in Bristol.\n\n"
    "The hospice, on Wells Road in Bristol, said in a statement that donations since the case was "
    "first reported had “restored our faith in this city”."
)


def test_a_body_said_in_a_statement_across_a_passive_with_an_adverb():
    people = [("Lidstone", "PERSON"), ("the Severnside Children's Hospice Trust", "ORG"), ("Bristol", "GPE")]
    assert dict(speakers(HOSPICE, people))["“restored our faith in this city”"] == "the Severnside Children's Hospice Trust"


def test_a_description_of_a_person_still_takes_the_description_that_introduced_it():
    text = (
        "A spokeswoman for Nordvik Shipping said the ship was safe. Nordvik Shipping Spokeswoman Office "
        "was closed.\n\n“We are confident,” the spokeswoman added."
    )
    people = [("Nordvik Shipping", "ORG"), ("Nordvik Shipping Spokeswoman Office", "ORG")]
    assert dict(speakers(text, people))["“We are confident,”"] != "Nordvik Shipping Spokeswoman Office"


def test_a_passive_with_an_adverb_gives_no_speaker():
    text = "Since the case was first reported, donations had “restored our faith in this city”."
    found = _quotations(text, [])
    assert [q.speaker for q in found] == [None]


COMMISSION = (
    "The formal name was the Commission of Inquiry into the Charges Made against Leon Trotsky, but "
    "everyone just said “the Dewey Commission”.\n\n"
    "Trotsky said, “No plane landed at Kjeller.” The findings were announced in New York. "
    "The commission put its conclusion in one sentence: “We therefore find the Moscow trials to be frame-ups.”"
)


def test_a_body_as_the_subject_of_a_colon_introduction_speaks_under_the_name_the_text_gives():
    people = [("the Commission of Inquiry into the Charges Made against Leon Trotsky", "ORG"),
              ("the Dewey Commission", "ORG"), ("Trotsky", "PERSON"), ("New York", "GPE")]
    found = dict(speakers(COMMISSION, people))
    assert found["“We therefore find the Moscow trials to be frame-ups.”"] == "the Dewey Commission"


def test_a_noun_no_body_was_named_with_opens_no_body_subject():
    text = COMMISSION.replace("The commission put", "The verdict put")
    people = [("the Commission of Inquiry into the Charges Made against Leon Trotsky", "ORG"),
              ("the Dewey Commission", "ORG"), ("Trotsky", "PERSON"), ("New York", "GPE")]
    found = dict(speakers(text, people))
    assert found["“We therefore find the Moscow trials to be frame-ups.”"] not in ("the Dewey Commission", "the Commission of Inquiry into the Charges Made against Leon Trotsky")


# --- "You write that" in a letter -----------------------------------------------------------


def test_you_write_that_in_a_letter_is_the_addressee_the_salutation_names():
    text = (
        "2. To Kh. G. Rakovsky\n\n"
        "Dear Khristian Georgievich,\n\n"
        "We received the news from Moscow on the 16th. I must answer you. You write that “the party "
        "has become a state apparatus with a party card”; I agree."
    )
    people = [("Kh. G. Rakovsky", "PERSON"), ("Khristian Georgievich", "PERSON")]
    found = dict(speakers(text, people))
    assert found["“the party has become a state apparatus with a party card”"] == "Khristian Georgievich"


def test_you_write_that_outside_a_letter_has_no_addressee():
    text = (
        "Khristian Georgievich came to Moscow in May.\n\n"
        "We received the news on the 16th. You write that “the party has become a state apparatus "
        "with a party card”, the reviewer says."
    )
    found = dict(speakers(text, [("Khristian Georgievich", "PERSON")]))
    assert found["“the party has become a state apparatus with a party card”"] != "Khristian Georgievich"


def test_a_letter_signed_before_the_quotation_is_not_the_one_answered():
    text = (
        "Dear Ivan Nikitich,\n\n"
        "Your letter reached me only yesterday.\n\n"
        "Yours, L. Trotsky\n\n"
        "Later: You write that “the party has become a state apparatus”."
    )
    found = dict(speakers(text, [("Ivan Nikitich", "PERSON"), ("L. Trotsky", "PERSON")]))
    assert found["“the party has become a state apparatus”"] != "Ivan Nikitich"


# --- the last clause of the narration before a turn -----------------------------------------


def test_the_actor_of_the_narrations_last_clause_speaks_next():
    text = (
        "Mrs. Honoria Vane first received a revolutionary at her table.\n\n"
        "“There are several Poles, madam,” said Dr. Kostrov.\n\n"
        "Arthur laughed, and his aunt looked at him severely over her glasses.\n\n"
        "“You will oblige me by not encouraging him.”"
    )
    people = [("Honoria Vane", "PERSON"), ("Kostrov", "PERSON"), ("Arthur", "PERSON")]
    assert dict(speakers(text, people))["“You will oblige me by not encouraging him.”"] == "Honoria Vane"


def test_a_narration_without_a_second_clause_keeps_its_subject():
    text = (
        "Mrs. Honoria Vane first received a revolutionary at her table.\n\n"
        "“There are several Poles, madam,” said Dr. Kostrov.\n\n"
        "Arthur laughed and looked at his aunt over his glasses.\n\n"
        "“You will oblige me by not encouraging him.”"
    )
    people = [("Honoria Vane", "PERSON"), ("Kostrov", "PERSON"), ("Arthur", "PERSON")]
    assert dict(speakers(text, people))["“You will oblige me by not encouraging him.”"] == "Arthur"


# --- a title alone in the vocative ----------------------------------------------------------


def test_a_title_alone_in_the_vocative_calls_the_one_named_with_it():
    text = (
        "Mrs. Honoria Vane received Dr. Kostrov and her nephew Arthur.\n\n"
        "“Quite true, Aunt Honoria,” said Arthur.\n\n"
        "“On Thursday, Doctor, you will come again.”\n\n"
        "“He will come if there is cake.”"
    )
    people = [("Honoria Vane", "PERSON"), ("Honoria", "PERSON"), ("Kostrov", "PERSON"), ("Arthur", "PERSON")]
    found = dict(speakers(text, people))
    assert found["“On Thursday, Doctor, you will come again.”"] == "Honoria Vane"
    assert found["“He will come if there is cake.”"] == "Kostrov"


def test_a_title_two_people_bear_calls_no_one_in_particular():
    text = (
        "Mrs. Honoria Vane received Dr. Kostrov, Dr. Lind and her nephew Arthur.\n\n"
        "“Quite true, Aunt Honoria,” said Arthur.\n\n"
        "“On Thursday, Doctor, you will come again.”\n\n"
        "“He will come if there is cake.”"
    )
    people = [("Honoria Vane", "PERSON"), ("Honoria", "PERSON"), ("Kostrov", "PERSON"), ("Lind", "PERSON"), ("Arthur", "PERSON")]
    assert dict(speakers(text, people))["“He will come if there is cake.”"] not in ("Kostrov", "Lind")


def test_a_name_called_with_a_kin_title_is_the_one_who_answers():
    text = (
        "Mrs. Honoria Vane sat at the head of the table with Dr. Kostrov.\n\n"
        "“Quite true, Aunt Honoria,” said Arthur.\n\n"
        "“A soap-boiler!”"
    )
    people = [("Honoria Vane", "PERSON"), ("Honoria", "PERSON"), ("Kostrov", "PERSON"), ("Arthur", "PERSON")]
    assert dict(speakers(text, people))["“A soap-boiler!”"] == "Honoria Vane"


def test_miss_with_a_surname_is_not_the_woman_the_narration_calls_mrs():
    text = (
        "Mrs. Ashcombe went up at eleven. The Captain stayed with her daughter Cecilia.\n\n"
        "“Miss Ashcombe,” said the Captain gravely, “I have had a letter.”\n\n"
        "“From the Admiral?”"
    )
    people = [("Ashcombe", "PERSON"), ("Cecilia", "PERSON")]
    assert dict(speakers(text, people))["“From the Admiral?”"] != "Ashcombe"


# --- a woman named later takes the full name the text gives her -------------------------------


def test_a_speaker_named_later_takes_the_full_form_even_as_someone_says_it():
    text = (
        "He knocked, and the door was opened by an old woman in a grey shawl.\n\n"
        "\"You are here for the funeral,\" she said.\n\n"
        "A man fell into step beside him. \"Ah. You've met Marta Lenz.\"\n\n"
        "That evening Marta said nothing."
    )
    people = [("Marta Lenz", "PERSON"), ("Marta", "PERSON")]
    assert dict(speakers(text, people))['"You are here for the funeral,"'] == "Marta Lenz"


def test_a_longer_name_that_does_not_open_with_the_given_name_is_not_its_full_form():
    text = (
        "He knocked, and the door was opened by an old woman in a grey shawl.\n\n"
        "\"You are here for the funeral,\" she said.\n\n"
        "A man fell into step beside him. \"Ah. You've met Anna Marta.\"\n\n"
        "That evening Marta said nothing."
    )
    people = [("Anna Marta", "PERSON"), ("Marta", "PERSON")]
    assert dict(speakers(text, people))['"You are here for the funeral,"'] == "Marta"


def test_a_given_name_written_last_is_the_form_of_the_speakers_name():
    text = (
        "Lydia Marsh sat. Owen Pryce stayed by the door.\n\n"
        "“If this is about the account—” Owen began.\n\n"
        "“It is about the account,” said Lydia.\n\n"
        "“Then I would like to say first that—”"
    )
    people = [("Lydia Marsh", "PERSON"), ("Owen Pryce", "PERSON"), ("Owen", "PERSON"), ("Lydia", "PERSON")]
    assert dict(speakers(text, people))["“Then I would like to say first that—”"] == "Owen"


def test_a_given_name_of_someone_else_is_not_the_form_of_the_speakers_name():
    text = (
        "Grace Ng sat. Walter Ng stayed by the door.\n\n"
        "“If this is about the account—” Ng began.\n\n"
        "“It is,” said Grace Ng."
    )
    people = [("Grace Ng", "PERSON"), ("Walter Ng", "PERSON"), ("Ng", "PERSON")]
    assert dict(speakers(text, people))["“It is,”"] == "Grace Ng"


# --- a dateline is no part of the first sentence ---------------------------------------------


def test_the_subject_after_a_dateline_speaks_not_the_agency():
    text = (
        "BERLIN, Jan. 18 (AP).—Nikolai Krestinsky, the Soviet Ambassador to Germany, today denied "
        "reports that Leon Trotsky had been removed, and described them as “the invention of émigré "
        "journalists who have not seen Moscow in five years.”"
    )
    people = [("BERLIN", "GPE"), ("AP", "ORG"), ("Nikolai Krestinsky", "PERSON"), ("Leon Trotsky", "PERSON"), ("Germany", "GPE")]
    found = _quotations(text, people)
    assert [q.speaker for q in found] == ["Nikolai Krestinsky"]


def test_capitals_before_a_dash_inside_a_sentence_are_no_dateline():
    text = "Nikolai Krestinsky said in BERLIN—the capital—that the reports were “the invention of émigré journalists.”"
    found = _quotations(text, [("Nikolai Krestinsky", "PERSON"), ("BERLIN", "GPE")])
    assert [q.speaker for q in found] == ["Nikolai Krestinsky"]


# --- "The Colonel shrugged." ------------------------------------------------------------------


def test_a_title_opening_a_beat_stands_for_the_one_given_it():
    text = (
        "Colonel Fanshawe read the paper to Mrs. Ellery.\n\n"
        "Mrs. Ellery put down her embroidery. “Gone where, Henry?”\n\n"
        "The Colonel shrugged. “To Tsarskoe Selo, I dare say.”"
    )
    people = [("Fanshawe", "PERSON"), ("Ellery", "PERSON"), ("Henry", "PERSON")]
    assert dict(speakers(text, people))["“To Tsarskoe Selo, I dare say.”"] == "Fanshawe"


def test_a_title_word_opening_a_name_is_no_title_beat():
    text = (
        "General Hay read the paper to Mrs. Ellery.\n\n"
        "The General Strike began in May. “To Tsarskoe Selo, I dare say.”"
    )
    people = [("Hay", "PERSON"), ("Ellery", "PERSON")]
    assert dict(speakers(text, people))["“To Tsarskoe Selo, I dare say.”"] != "Hay"


# --- an unseen voice; a newcomer who names herself --------------------------------------------


def test_a_voice_is_the_one_the_next_sentence_says_it_was():
    text = (
        "Mrs. Ellery sat with the Colonel.\n\n"
        "“Nonsense, Margaret,” said the Colonel.\n\n"
        "“There is a boy from the post office, ma’am,” said a voice at the door, “and he won’t give it to anybody but you.”\n\n"
        "It was Mrs. Pybus, the housekeeper, holding a buff envelope."
    )
    people = [("Ellery", "PERSON"), ("Margaret", "PERSON"), ("Pybus", "PERSON")]
    found = dict(speakers(text, people))
    assert found["“There is a boy from the post office, ma’am,”"] == "Pybus"
    assert found["“and he won’t give it to anybody but you.”"] == "Pybus"


def test_a_voice_nobody_names_is_nobody():
    text = (
        "Mrs. Ellery sat with the Colonel.\n\n"
        "“Nonsense, Margaret,” said the Colonel.\n\n"
        "“There is a boy at the door, ma’am,” said a voice from the hall.\n\n"
        "Nobody moved."
    )
    people = [("Ellery", "PERSON"), ("Margaret", "PERSON")]
    assert dict(speakers(text, people))["“There is a boy at the door, ma’am,”"] is None


def test_a_newcomer_who_names_herself_speaks_and_answered_for_the_voice():
    text = (
        "\"Who found him?\" said Hallam.\n\n"
        "\"I did,\" said a voice from the doorway. A stout woman stood there, clutching a poker. "
        "\"Ida Fennimore. I have the ground floor.\""
    )
    people = [("Hallam", "PERSON"), ("Ida Fennimore", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"I did,"'] == "Ida Fennimore"
    assert found['"Ida Fennimore. I have the ground floor."'] == "Ida Fennimore"


def test_a_turn_naming_someone_already_introduced_is_no_self_introduction():
    text = (
        "Ida Fennimore lived on the ground floor. \"Who found him?\" said Hallam.\n\n"
        "\"Ida Fennimore. She has the ground floor,\" said Pryor."
    )
    people = [("Hallam", "PERSON"), ("Ida Fennimore", "PERSON"), ("Pryor", "PERSON")]
    assert dict(speakers(text, people))['"Ida Fennimore. She has the ground floor,"'] == "Pryor"


# --- a verdict's words --------------------------------------------------------------------------


def test_a_verdicts_words_are_the_finders():
    text = (
        "The Commission of Inquiry, the Dewey Commission as the papers called it, heard him in April. "
        "Carleton Beals walked out, complaining that it was \"not a serious investigation.\" "
        "In December the full commission, meeting in New York, found the trials to be \"frame-ups\" "
        "and Trotsky \"not guilty.\""
    )
    people = [("the Dewey Commission", "ORG"), ("Carleton Beals", "PERSON"), ("Trotsky", "PERSON"), ("New York", "GPE")]
    found = dict(speakers(text, people))
    assert found['"frame-ups"'] == "the Dewey Commission"
    assert found['"not guilty."'] == "the Dewey Commission"


def test_found_as_discovered_gives_no_verdict():
    text = (
        "Carleton Beals walked out, complaining that it was \"not a serious investigation.\" "
        "In December the clerk found the papers in a box marked \"frame-ups\"."
    )
    people = [("Carleton Beals", "PERSON")]
    assert dict(speakers(text, people))['"frame-ups"'] != "the clerk"


# --- a writer's capitalised document --------------------------------------------------------------


def test_a_capitalised_document_of_someone_speaks_for_its_writer():
    text = (
        "The congress that buried Lenin's Testament\n\n"
        "Lenin had been dead for four months.\n\n"
        "What he had left behind was a document. Of Trotsky it said that he was \"perhaps the most "
        "capable man in the present Central Committee\"."
    )
    people = [("Lenin's Testament", "WORK_OF_ART"), ("Lenin", "PERSON"), ("Trotsky", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"perhaps the most capable man in the present Central Committee"'] == "Lenin"


def test_a_capitalised_document_of_no_named_person_gives_no_writer():
    text = (
        "The congress that buried the Party's Testament\n\n"
        "Lenin had been dead for four months.\n\n"
        "What was left behind was a document. Of Trotsky it said that he was \"perhaps the most "
        "capable man in the present Central Committee\"."
    )
    people = [("the Party's Testament", "WORK_OF_ART"), ("Lenin", "PERSON"), ("Trotsky", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"perhaps the most capable man in the present Central Committee"'] != "the Party's Testament"


# --- "said her aunt" ------------------------------------------------------------------------------


def test_her_aunt_is_the_latest_woman_the_text_is_sure_of_other_than_her():
    text = (
        "Madame Orlova received him with her niece Sophy and Herr Kessler.\n\n"
        "\"He has not slept since yesterday,\" Sophy put in.\n\n"
        "\"Hush, child,\" said her aunt."
    )
    people = [("Orlova", "PERSON"), ("Sophy", "PERSON"), ("Kessler", "PERSON")]
    assert dict(speakers(text, people))['"Hush, child,"'] == "Orlova"


def test_her_aunt_named_in_apposition_keeps_that_name():
    text = (
        "Madame Orlova received him with Sophy. Her aunt, Vera Lind, sat by the fire.\n\n"
        "\"He has not slept since yesterday,\" Sophy put in.\n\n"
        "\"Hush, child,\" said her aunt."
    )
    people = [("Orlova", "PERSON"), ("Sophy", "PERSON"), ("Vera Lind", "PERSON")]
    assert dict(speakers(text, people))['"Hush, child,"'] == "Vera Lind"


# --- a document's writer; a body's short name ------------------------------------------------------


INSTITUTE = (
    "The restoration was paid for by the National Institute of Anthropology and History, known by its "
    "Spanish initials INAH, according to a statement released by the institute on Monday. The statement "
    "said the work had \"stabilized the structure for the next half-century\"."
)


def test_the_statement_said_speaks_for_the_body_that_released_it_under_its_short_name():
    people = [("the National Institute of Anthropology and History", "ORG"), ("INAH", "ORG")]
    assert dict(speakers(INSTITUTE, people))['"stabilized the structure for the next half-century"'] == "INAH"


def test_a_body_named_again_in_full_after_its_short_name_keeps_the_full_form():
    text = INSTITUTE.replace(
        "The statement said",
        "The National Institute of Anthropology and History was pleased. The statement said",
    ).replace("The National Institute of Anthropology and History was", "the National Institute of Anthropology and History was")
    people = [("the National Institute of Anthropology and History", "ORG"), ("INAH", "ORG")]
    assert dict(speakers(text, people))['"stabilized the structure for the next half-century"'] != "INAH"


# --- "the passage in which he" of someone's writing ------------------------------------------------


def test_in_which_he_is_the_writer_of_the_writing_the_sentence_names():
    text = (
        "The script leans on Leonardo Padura's novel, and at one point Natalia reads aloud from "
        "Trotsky's testament of February 1940, the passage in which he calls life \"beautiful.\""
    )
    people = [("Leonardo Padura", "PERSON"), ("Natalia", "PERSON"), ("Trotsky", "PERSON")]
    assert dict(speakers(text, people))['"beautiful."'] == "Trotsky"


def test_in_which_he_without_a_writers_document_keeps_the_one_who_acts():
    text = "Kamenev read from the platform a declaration in which he undertook to \"submit to the party\"."
    people = [("Kamenev", "PERSON")]
    assert dict(speakers(text, people))['"submit to the party"'] == "Kamenev"
