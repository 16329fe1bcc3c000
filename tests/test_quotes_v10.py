"""quotes.v10: plain descriptions that point back to a named person ("the old man"), bodies
that speak under their names ("The Tass agency states only that", "The bosses' paper, the
Journal, says"), a name in apposition that says where it is from, and notes set one per line
before a closing bibliography. Each case has a look-alike whose answer the rule must not change."""

from __future__ import annotations

import pytest

from .conftest import quotation_speakers as speakers


def test_a_plain_description_points_back_as_a_pronoun_would():
    text = (
        "Trotsky went out with a fisherman called Kharalambos, who spoke no Russian, and when the "
        "nets came up empty the old man would announce, “The fish have joined the Opposition.”"
    )
    people = [("Trotsky", "PERSON"), ("Kharalambos", "PERSON")]
    assert dict(speakers(text, people))["“The fish have joined the Opposition.”"] == "Trotsky"


def test_a_description_introduced_as_someone_unnamed_stays_unnamed():
    text = (
        "Trotsky waited on the quay. An old man in a cap came up to the boat.\n\n"
        "“The fish have joined the Opposition,” the old man said."
    )
    assert dict(speakers(text, [("Trotsky", "PERSON")]))["“The fish have joined the Opposition,”"] is None


def test_a_role_description_is_not_resolved_to_the_nearest_name():
    text = "Trotsky arrived at the works. “We have no coal,” the foreman said."
    assert dict(speakers(text, [("Trotsky", "PERSON")]))["“We have no coal,”"] is None


def test_an_untagged_turn_after_narration_about_a_description_of_a_named_person():
    text = (
        "“It is confused,” Lev Davidovich said at last. “Come back on Tuesday.”\n\n"
        "When the car had gone, the old man stood at the window with his hands behind his back.\n\n"
        "“I do not like him.”"
    )
    assert dict(speakers(text, [("Lev Davidovich", "PERSON")]))["“I do not like him.”"] == "Lev Davidovich"


def test_a_body_described_by_a_common_noun_speaks_under_its_name():
    text = "The Tass agency states only that “certain persons” have been “removed from Moscow”."
    found = dict(speakers(text, [("Tass", "ORG"), ("Moscow", "GPE")]))
    assert found["“certain persons”"] == "Tass"
    # but a person described by the body's name is a person, never the body
    text = "The Pravda correspondent reported that “the city is quiet”."
    assert dict(speakers(text, [("Pravda", "ORG")]))["“the city is quiet”"] is None


def test_a_body_named_in_apposition_with_its_article_speaks():
    text = "The bosses' paper, the Journal, says the strike is run \"from Moscow by way of New York\", which amused us."
    found = dict(speakers(text, [("the Journal", "ORG"), ("Moscow", "GPE"), ("New York", "GPE")]))
    assert found['"from Moscow by way of New York"'] == "the Journal"


def test_a_name_in_apposition_may_say_where_the_person_is_from():
    text = "A listener, Priya Natarajan from Leeds, wrote in last week with a question: “Was he lonely out there?”"
    found = dict(speakers(text, [("Priya Natarajan", "PERSON"), ("Leeds", "GPE")]))
    assert found["“Was he lonely out there?”"] == "Priya Natarajan"
    # two names in a list are no apposition
    text = "Lenin, Trotsky from Petrograd, wrote: “We shall win.”"
    found = dict(speakers(text, [("Lenin", "PERSON"), ("Trotsky", "PERSON"), ("Petrograd", "GPE")]))
    assert found["“We shall win.”"] != "Trotsky"


def test_a_cue_after_the_quotation_may_be_a_perfect_or_a_hearsay_chain():
    for cue in ("wrote", "had written", "is supposed to have written", "was alleged to have written"):
        text = f"“You have been right,” Ioffe {cue} to him."
        assert dict(speakers(text, [("Ioffe", "PERSON")]))["“You have been right,”"] == "Ioffe", cue
    # a noun-like cue form with no verb about it is still no cue
    text = "“You have been right,” Ioffe's written note ran."
    assert dict(speakers(text, [("Ioffe", "PERSON")]))["“You have been right,”"] != "Ioffe"


def test_a_name_alone_before_a_colon_speaks():
    text = "KAMENEV: Last year we read the letter. (Mikoyan: “And who proposed that Stalin stay?”) I did."
    people = [("KAMENEV", "PERSON"), ("Mikoyan", "PERSON"), ("Stalin", "PERSON")]
    assert dict(speakers(text, people))["“And who proposed that Stalin stay?”"] == "Mikoyan"
    # the object of a cue before the colon does not speak
    text = "Kamenev said to Lenin: “Go.”"
    assert dict(speakers(text, [("Kamenev", "PERSON"), ("Lenin", "PERSON")]))["“Go.”"] == "Kamenev"


def test_a_turn_label_is_never_the_antecedent_of_he():
    text = (
        "FAIRCLOUGH: Trotsky was still on the island in 1933.\n\n"
        "LINDGREN: How did it end?\n\n"
        "FAIRCLOUGH: France agreed to admit him. He was, in his own phrase, a man on “the planet without a visa”."
    )
    people = [("FAIRCLOUGH", "PERSON"), ("LINDGREN", "PERSON"), ("Trotsky", "PERSON"), ("France", "GPE")]
    assert dict(speakers(text, people))["“the planet without a visa”"] == "Trotsky"


def test_the_owner_of_a_letter_speaks_and_the_one_quoting_it_does_not():
    text = (
        "Trotsky was still there. In July he left for Marseille. His last letter from the island "
        "says, and I’m quoting from memory, “For four years the sea has been our only frontier guard.”"
    )
    found = dict(speakers(text, [("Trotsky", "PERSON"), ("Marseille", "GPE")]))
    assert found["“For four years the sea has been our only frontier guard.”"] == "Trotsky"
    # a thing before the cue verb is no speaker
    text = "The wall of the island says “Workers of the world, unite!”"
    assert dict(speakers(text, []))["“Workers of the world, unite!”"] is None



def test_a_name_with_an_article_is_not_learnt_as_a_person():
    text = (
        "“It is confused,” Lev Davidovich said at last.\n\n"
        "When the Buick had gone, the old man stood at the window with his hands behind his back.\n\n"
        "“I do not like him.”"
    )
    found = dict(speakers(text, [("Lev Davidovich", "PERSON"), ("the Buick", "ORG")]))
    assert found["“I do not like him.”"] == "Lev Davidovich"


def test_a_pronoun_in_a_relative_clause_refers_to_the_name_it_follows():
    text = (
        "Jim Cannon came on Saturday and is keeping out of sight. Olson, who likes to talk about "
        'what he calls the "forgotten man", sends more police.'
    )
    found = dict(speakers(text, [("Jim Cannon", "PERSON"), ("Olson", "PERSON")]))
    assert found['"forgotten man"'] == "Olson"
    # with no relative clause the sentence's own subject is still the one
    text = 'Jim Cannon came on Saturday. Olson sends more police, and he calls it "order".'
    found = dict(speakers(text, [("Jim Cannon", "PERSON"), ("Olson", "PERSON")]))
    assert found['"order"'] == "Olson"


def test_a_possessive_speech_act_noun_names_the_speaker():
    text = "Tukhachevsky's order of 2 July — \"Over the corpse of White Poland lies the road\" — became a slogan."
    found = dict(speakers(text, [("Tukhachevsky", "PERSON")]))
    assert found['"Over the corpse of White Poland lies the road"'] == "Tukhachevsky"
    # a work of someone else's in a colon introduction is no speech act of theirs
    text = (
        "Twenty years later Engels closed a new introduction to Marx's pamphlet with a challenge: "
        '"Look at the Paris Commune."'
    )
    found = dict(speakers(text, [("Engels", "PERSON"), ("Marx", "PERSON")]))
    assert found['"Look at the Paris Commune."'] == "Engels"


def test_whose_slogan_belongs_to_the_name_the_clause_follows():
    text = (
        "Also on show is a letter from Arthur Cook, the miners' leader, whose slogan "
        '"Not a penny off the pay" is printed on a banner.'
    )
    assert dict(speakers(text, [("Arthur Cook", "PERSON")]))['"Not a penny off the pay"'] == "Arthur Cook"


NIGHT_TRAIN = (
    "The corridor was empty except for a tall woman in a grey coat.\n\n"
    "Peter Anselm had been watching her since Linz. When she turned at last and caught his eye, he felt obliged to speak.\n\n"
    "\"You are going on to Budapest?\"\n\n"
    "\"To Belgrade,\" she said.\n\n"
    "\"Why should they not let you through?\"\n\n"
    "\"Because my husband is in prison there.\" She said it without any drama, as if it were nothing.\n\n"
    "\"You know who I am, then.\"\n\n"
    "At Hegyeshalom Vera Petrović said at last that she was tired."
)
NIGHT_TRAIN_PEOPLE = [("Peter Anselm", "PERSON"), ("Linz", "GPE"), ("Vera Petrović", "PERSON")]


def test_a_she_unnamed_where_she_speaks_takes_the_name_given_later():
    found = dict(speakers(NIGHT_TRAIN, NIGHT_TRAIN_PEOPLE))
    assert found['"To Belgrade,"'] == "Vera Petrović"


def test_a_long_opening_clause_does_not_hide_the_subject_after_it():
    assert dict(speakers(NIGHT_TRAIN, NIGHT_TRAIN_PEOPLE))['"You are going on to Budapest?"'] == "Peter Anselm"


def test_a_beat_about_the_speaker_closes_a_turn_and_the_other_party_answers():
    found = dict(speakers(NIGHT_TRAIN, NIGHT_TRAIN_PEOPLE))
    assert found['"Because my husband is in prison there."'] == "Vera Petrović"
    assert found['"You know who I am, then."'] == "Peter Anselm"


def test_a_document_speaks_for_the_one_who_wrote_it():
    text = (
        "There is a letter from Rakovsky, written in Astrakhan in August 1928, which says: "
        "“The bureaucracy no longer needs Stalin.” I think that is the best sentence."
    )
    found = dict(speakers(text, [("Rakovsky", "PERSON"), ("Astrakhan", "GPE"), ("Stalin", "PERSON")]))
    assert found["“The bureaucracy no longer needs Stalin.”"] == "Rakovsky"
    text = "Mrs. Ellery tore it open. It was from Kit, and it said: “DETAINED PETROGRAD ALL WELL.”"
    assert dict(speakers(text, [("Ellery", "PERSON"), ("Kit", "PERSON")]))["“DETAINED PETROGRAD ALL WELL.”"] == "Kit"
    text = (
        "A statement signed by M. Zinovieff and M. Kameneff was read from the tribune. "
        '"We submit," the statement ran, "to the decisions of the Congress."'
    )
    found = dict(speakers(text, [("Zinovieff", "PERSON"), ("Kameneff", "PERSON")]))
    assert found['"We submit,"'] == "Zinovieff"


def test_a_document_with_no_named_writer_and_a_withheld_name_give_no_speaker():
    text = "The platform stated: “Free discussion within the party has vanished.”"
    assert dict(speakers(text, []))["“Free discussion within the party has vanished.”"] is None
    text = "A member of the Opposition who would not give his name spoke to me: “They have won the congress.”"
    found = dict(speakers(text, [("the Opposition", "ORG")]))
    assert found["“They have won the congress.”"] is None


def test_a_given_name_outranks_a_possessive_seen_after_the_surname():
    text = (
        "Helena Marsh has written a fine book. Tomsky lost the unions in 1929. Marsh is good on "
        "his isolation. “He drank, and he said so,” she writes."
    )
    found = dict(speakers(text, [("Helena Marsh", "PERSON"), ("Tomsky", "PERSON"), ("Marsh", "PERSON")]))
    assert found["“He drank, and he said so,”"] == "Marsh"


TYPIST = (
    "I came to Coyoacán with a letter introducing Comrade Ruth Ellison. I waited at the gate.\n\n"
    "“Miss Ellison,” he said, “you have come a long way to work in a prison.”\n\n"
    "“It doesn’t look like a prison, Mr. Trotsky.”\n\n"
    "Once he asked me what I thought of it.\n\n"
    "“It’s very clear,” I said.\n\n"
    "“Clear is not the same as true. Who taught you to flatter, Miss Ellison?”\n\n"
    "“Lev Davidovich,” she said, “the soup is on the table.”"
)
TYPIST_PEOPLE = [("Ruth Ellison", "PERSON"), ("Ellison", "PERSON"), ("Trotsky", "PERSON"), ("Lev Davidovich", "PERSON")]


def test_a_first_person_narrator_is_the_one_the_others_call_by_name():
    found = dict(speakers(TYPIST, TYPIST_PEOPLE))
    assert found["“It’s very clear,”"] == "Ruth Ellison"


def test_a_name_the_narrator_calls_out_does_not_make_a_narrator():
    text = (
        "I came to the house at noon. I knocked twice and I waited.\n\n"
        "“Sam,” I said, “open the gate.”\n\n"
        "“Sam, please,” I said again.\n\n"
        "“Coming,” I heard."
    )
    found = dict(speakers(text, [("Sam", "PERSON")]))
    assert found["“Sam,”"] is None


@pytest.mark.parametrize(
    "text,people,quotation,speaker",
    [
        (
            "Deutscher was harsher than most, writing of \"the self-abasement of the defeated.\"",
            [("Deutscher", "PERSON")],
            '"the self-abasement of the defeated."',
            "Deutscher",
        ),
        (
            "Outside the museum, Manana Gelashvili, 71, who sells souvenir mugs, said the debate was \"for people in Tbilisi\".",
            [("Manana Gelashvili", "PERSON"), ("Tbilisi", "GPE")],
            '"for people in Tbilisi"',
            "Manana Gelashvili",
        ),
        ("Rakovsky Also Heard—Pravda Calls Demonstration “Last Gasp”", [("Rakovsky", "PERSON"), ("Pravda", "ORG")], "“Last Gasp”", "Pravda"),
        (
            "The film borrows from Trotsky’s own diary, which is quoted in voice-over: “Natasha has just come up to the window.”",
            [("Trotsky", "PERSON")],
            "“Natasha has just come up to the window.”",
            "Trotsky",
        ),
        # look-alikes: a plain noun after a title-case name, and writing with no quotation about
        ("The Pravda Calls page printed “Last Gasp” on Monday.", [("Pravda", "ORG")], "“Last Gasp”", None),
    ],
)
def test_more_cue_shapes(text, people, quotation, speaker):
    assert dict(speakers(text, people))[quotation] == speaker


@pytest.mark.parametrize(
    "text,people,quotation,speaker",
    [
        # the latest form may be a surname inside a longer name
        (
            "Gabriela Ortiz Reyes runs the museum. Ortiz said attendance had fallen. \"People come for the murder,\" she said.",
            [("Gabriela Ortiz Reyes", "PERSON"), ("Ortiz", "PERSON")],
            '"People come for the murder,"',
            "Ortiz",
        ),
        # "I" in a transcript's turn is the turn's label
        (
            "ACHTERBERG: The reviewer called your book a hagiography.\n\nIdowu: I read that review. I said to my wife, \"At least he noticed the footnotes.\"",
            [("ACHTERBERG", "PERSON"), ("Idowu", "PERSON")],
            '"At least he noticed the footnotes."',
            "Idowu",
        ),
        # a possessive in the sentence that introduces a block
        (
            "The debate opened in December.\n\nStalin's own account, given to the conference on 17 January, is worth quoting at length:\n\n"
            "Trotsky's mistake is that he has counterposed himself to the Central Committee.[4]\n\nHe added more.",
            [("Stalin", "PERSON"), ("Trotsky", "PERSON")],
            "Trotsky's mistake is that he has counterposed himself to the Central Committee.",
            "Stalin",
        ),
        # the one quoted, not the one who quotes
        (
            "Anna Weissberg treats his warnings as prophetic. Trotsky saw it first, and she quotes with approval his letter of December 1931: “The victory of fascism would be a catastrophe.”",
            [("Anna Weissberg", "PERSON"), ("Trotsky", "PERSON")],
            "“The victory of fascism would be a catastrophe.”",
            "Trotsky",
        ),
        ("Smith quotes the figures: “Ten per cent.”", [("Smith", "PERSON")], "“Ten per cent.”", "Smith"),
        # a name that only owns something is not the one "he" takes up
        (
            "Rourke was district secretary until 1954. His friend Jimmy Maxton's widow, Madeleine, once asked him "
            "whether he regretted the expulsion. \"Regret is for people who had a choice,\" he answered.",
            [("Rourke", "PERSON"), ("Jimmy Maxton", "PERSON"), ("Madeleine", "PERSON")],
            '"Regret is for people who had a choice,"',
            "Rourke",
        ),
    ],
)
def test_forms_labels_owners(text, people, quotation, speaker):
    assert dict(speakers(text, people))[quotation] == speaker


def test_a_subject_after_an_opening_participle_clause_or_with_an_aside():
    text = (
        "Writing in the New York Review of Books, Priya Raman called the book “the best account we have.” "
        "The historian Martin Kessler, in Die Zeit, was blunter: “Weissberg likes her subject, and it shows.”\n\n"
        "Writing in The Guardian, Anne-Marie Coste was kinder: \"Sayle has done what Deutscher did.\""
    )
    people = [("Priya Raman", "PERSON"), ("Martin Kessler", "PERSON"), ("Die Zeit", "ORG"), ("The Guardian", "ORG"),
              ("Anne-Marie Coste", "PERSON"), ("Sayle", "PERSON"), ("Deutscher", "PERSON")]
    found = dict(speakers(text, people))
    assert found["“Weissberg likes her subject, and it shows.”"] == "Martin Kessler"
    assert found['"Sayle has done what Deutscher did."'] == "Anne-Marie Coste"


def test_a_name_given_with_called_is_no_speaker_and_a_possessive_can_describe():
    text = (
        "The Council of Europe’s human rights commissioner, Pieter Vandamme, said that the decision “sits uneasily”.\n\n"
        "My neighbour was an old Latvian called Jānis Ozols, who had been a Red rifleman in 1918.\n\n"
        "“In this house, Kathleen, the walls have ears,” he told me on my first evening."
    )
    people = [("The Council of Europe", "ORG"), ("Pieter Vandamme", "PERSON"), ("Latvian", "NORP"), ("Jānis Ozols", "PERSON"), ("Kathleen", "PERSON")]
    found = dict(speakers(text, people))
    assert found["“sits uneasily”"] == "Pieter Vandamme"
    assert found["“In this house, Kathleen, the walls have ears,”"] == "Jānis Ozols"


def test_ilyich_names_lenin_only_in_a_text_that_names_lenin_and_never_a_ship():
    from succession.entities import EntityAnnotator

    annotator = EntityAnnotator()
    found = {(m.text, m.entity_id) for m in annotator("Lenin died in 1924. KAMENEV: Ilyich warned us in his last letters.")}
    assert ("Ilyich", "lenin") in found
    found = {(m.text, m.entity_id) for m in annotator("Lenin died in 1924. Trotsky sailed on the steamer Ilyich.")}
    assert ("Ilyich", "lenin") not in found


def test_a_run_of_he_goes_on_from_the_one_called_him():
    text = (
        "Smilga was posted to Khabarovsk in 1927. Victor Serge, who knew him in Moscow, remembered him as a scholar.\n\n"
        "Expelled from the party in December 1927, he was exiled to Minusinsk. "
        "\"Exile gives a man time to read Marx properly,\" he wrote to a friend."
    )
    found = dict(speakers(text, [("Smilga", "PERSON"), ("Khabarovsk", "GPE"), ("Victor Serge", "PERSON"), ("Minusinsk", "GPE")]))
    assert found['"Exile gives a man time to read Marx properly,"'] == "Smilga"
    # without "him" the one who speaks last goes on
    text = (
        "Smilga was posted to Khabarovsk in 1927. Victor Serge, who knew Smilga in Moscow, went to Paris.\n\n"
        "Expelled from the party in 1928, he was exiled to Orenburg. \"Exile is long,\" he wrote to a friend."
    )
    found = dict(speakers(text, [("Smilga", "PERSON"), ("Khabarovsk", "GPE"), ("Victor Serge", "PERSON"), ("Paris", "GPE"), ("Orenburg", "GPE")]))
    assert found['"Exile is long,"'] == "Victor Serge"


def test_a_memoirs_byline_names_the_narrator_and_a_subject_of_the_narration_is_no_narrator():
    text = (
        "We had been waiting since Monday. I sat by the door and I listened. Lyova sat by the telephone.\n\n"
        "“Shoot me, Comrade Trotsky,” he said. “I served under you.”\n\n"
        "“There is no citizen Bronstein here,” I said.\n\n"
        "— from the memoirs of Ilya Gordeyev (1902–1981)"
    )
    people = [("Lyova", "PERSON"), ("Trotsky", "PERSON"), ("Bronstein", "PERSON"), ("Ilya Gordeyev", "PERSON")]
    assert dict(speakers(text, people))["“There is no citizen Bronstein here,”"] == "Ilya Gordeyev"
    # without the byline, the one the others call by name but who acts in the narration is no narrator
    text = text.split("\n\n— from")[0].replace("Lyova sat by the telephone.", "Trotsky sat by the telephone.")
    assert dict(speakers(text, people))["“There is no citizen Bronstein here,”"] != "Trotsky"


def test_a_malformed_given_name_list_is_an_input_error_naming_the_field(tmp_path):
    import json

    from succession.errors import InputError
    from succession.given_names import load_given_names

    bad = tmp_path / "given_names.json"
    bad.write_text(json.dumps({"description": "x", "female": ["anna", "Sasha"], "male": ["ivan"]}))
    with pytest.raises(InputError) as error:
        load_given_names(bad)
    assert "/female/1" in str(error.value)
    both = tmp_path / "both.json"
    both.write_text(json.dumps({"description": "x", "female": ["anna", "sasha"], "male": ["sasha"]}))
    with pytest.raises(InputError) as error:
        load_given_names(both)
    assert "'sasha' is listed as both female and male" in str(error.value)


def test_a_tag_right_after_the_quotation_outranks_a_verb_far_before_it():
    text = (
        "They say he was ill and had been refused treatment abroad, and that he left a letter for L. D. "
        "“You have been right in politics since 1905,” Ioffe is supposed to have written to him."
    )
    found = dict(speakers(text, [("L. D.", "PERSON"), ("Ioffe", "PERSON")]))
    assert found["“You have been right in politics since 1905,”"] == "Ioffe"


@pytest.mark.parametrize(
    "text,people,quotation,speaker",
    [
        (
            "Kozlovsky was a former general. A leaflet of the Petrograd Defence Committee, which Grigory Zinoviev "
            "headed, warned the rebels that they would be shot \"like partridges\".",
            [("Kozlovsky", "PERSON"), ("the Petrograd Defence Committee", "ORG"), ("Grigory Zinoviev", "PERSON")],
            '"like partridges"',
            "the Petrograd Defence Committee",
        ),
        (
            "Keane has found the Dublin Metropolitan Police's own report on the afternoon of 31 August 1913, which "
            "records that the crowd \"was disorderly but not dangerous\" until the charge.",
            [("Keane", "PERSON"), ("the Dublin Metropolitan Police", "ORG")],
            '"was disorderly but not dangerous"',
            "the Dublin Metropolitan Police",
        ),
        (
            "“Georgia was where the Testament was rehearsed,” my old teacher Nodar Kiknadze liked to say.",
            [("Georgia", "GPE"), ("Nodar Kiknadze", "PERSON")],
            "“Georgia was where the Testament was rehearsed,”",
            "Nodar Kiknadze",
        ),
    ],
)
def test_documents_as_subjects_and_habits_of_speech(text, people, quotation, speaker):
    assert dict(speakers(text, people))[quotation] == speaker


def test_the_narrator_of_a_memoir_answers_an_untagged_turn():
    text = (
        "From the memoirs of Ilya Gurevich (1903–1979), a fitter in Moscow.\n\n"
        "By the autumn I knew which side everyone was on. I was tired, and I said little. "
        "Our cell secretary, Kuzmin, stopped me at the gate.\n\n"
        "“Are you staying for the meeting?”\n\n"
        "“Of course.”"
    )
    found = dict(speakers(text, [("Ilya Gurevich", "PERSON"), ("Kuzmin", "PERSON")]))
    assert found["“Of course.”"] == "Ilya Gurevich"
