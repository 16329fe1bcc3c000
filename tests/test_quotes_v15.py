"""quotes.v15: a narrator's own name before a nickname, cries from the floor in a report's
brackets, and the subject of a reported speech keeping its "he". Each case has a look-alike whose
answer the rule must not change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR

from .conftest import quotation_speakers as speakers


def test_annotator_version():
    assert ANNOTATOR in ("quotes.v15", "quotes.v16", "quotes.v17", "quotes.v18", "quotes.v19", "quotes.v20", "quotes.v21", "quotes.v22")


def test_the_narrator_is_the_name_they_give_not_their_nickname():
    text = (
        "Everybody at the depot called me Tiny, though my name is Walter Pryce.\n\n"
        '"It will go when the line is clear," I told him.'
    )
    people = [("Tiny", "PERSON"), ("Walter Pryce", "PERSON")]
    assert dict(speakers(text, people))['"It will go when the line is clear,"'] == "Walter Pryce"
    # look-alike: only a nickname is given, and it names the narrator
    text = 'Everybody at the depot called me Tiny.\n\n"It will go when the line is clear," I told him.'
    assert dict(speakers(text, [("Tiny", "PERSON")]))['"It will go when the line is clear,"'] == "Tiny"


def test_a_cry_from_the_floor_in_brackets_is_nobody_s():
    text = (
        'Mr. Lund seconded. He said the cars were "a luxury for the few," and that the railway ran a '
        'train every hour. (Laughter, and "Not on Sundays.")\n\n'
        'Mr. Dean said: "It is a scandal." (A Voice: "Shame!") He went on: "We shall see."'
    )
    people = [("Lund", "PERSON"), ("Dean", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"Not on Sundays."'] is None
    assert found['"Shame!"'] is None
    # look-alikes: the member's own words around the cries keep their speaker
    assert found['"a luxury for the few,"'] == "Lund"
    assert found['"We shall see."'] == "Dean"


def test_the_one_a_paragraph_reports_keeps_he_against_a_surer_name_before():
    text = (
        'Mr. Lund seconded. He said the cars were "a luxury for the few," and that the railway ran a '
        "train every hour.\n\n"
        "Alderman Smith said the Council had heard these arguments in 1903, and the town had never "
        'regretted it. "If we wait for Bradford to come to us," he added, "we shall wait till doomsday."'
    )
    people = [("Lund", "PERSON"), ("Smith", "PERSON"), ("Bradford", "GPE")]
    found = dict(speakers(text, people))
    assert found['"If we wait for Bradford to come to us,"'] == "Smith"
    assert found['"we shall wait till doomsday."'] == "Smith"
    # look-alike: a paragraph about the seconder's train, with no one reported, gives "he" to
    # the surer name before it
    text = (
        'Mr. Lund seconded. He said the cars were "a luxury for the few."\n\n'
        'The Smith family had a shop in the town. "If we wait for Bradford," he added, "we wait."'
    )
    found = dict(speakers(text, [("Lund", "PERSON"), ("Smith", "PERSON"), ("Bradford", "GPE")]))
    assert found['"If we wait for Bradford,"'] == "Lund"


def test_a_description_speaks_under_the_person_set_beside_it():
    text = (
        'The rapporteur, Lucía Ferrer, said the vote was "a historic day".\n\n'
        "The Greens environment coordinator, the Dutch MEP Joost van Raalte, told reporters that the "
        'text was "still a bureaucratic monster" and predicted that governments would "quietly water it down".'
    )
    people = [("Lucía Ferrer", "PERSON"), ("Greens", "NORP"), ("Dutch", "NORP"), ("Joost van Raalte", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"still a bureaucratic monster"'] == "Joost van Raalte"
    assert found['"quietly water it down"'] == "Joost van Raalte"
    assert found['"a historic day"'] == "Lucía Ferrer"
    # look-alike: a body set beside a body keeps it; a person named later in a clause is no apposition
    text = (
        "Mr. Hale met the miners on Monday. The union, the National Union of Mineworkers, said the "
        'offer was "an insult", and the Coal Board, which Hale chairs, called it "final".'
    )
    found = dict(speakers(text, [("Hale", "PERSON"), ("the National Union of Mineworkers", "ORG"), ("the Coal Board", "ORG")]))
    assert found['"an insult"'] != "Hale"
    assert found['"final"'] != "Hale"


def test_a_title_written_short_names_the_person_the_full_title_refers_to():
    text = (
        "Gov. O. H. Simpson signed the proclamation yesterday.\n\n"
        '"It was this or the city," the Governor told newspaper men at his office to-night.'
    )
    found = dict(speakers(text, [("O. H. Simpson", "PERSON")]))
    assert found['"It was this or the city,"'] == "O. H. Simpson"
    # look-alike: a governor no abbreviation named stays unresolved
    text = 'Mr. O. H. Simpson signed it yesterday.\n\n"It was this or the city," the Governor said.'
    found = dict(speakers(text, [("O. H. Simpson", "PERSON")]))
    assert found['"It was this or the city,"'] != "O. H. Simpson"


def test_a_court_report_s_prisoner_is_the_one_it_charges():
    text = (
        "POLICE INTELLIGENCE.—At the Guildhall, on Saturday, before J. Marshall and W. Thorne, Esqrs., "
        "William Huxtable, a labourer, of Pilton, was charged with being drunk. Defendant said he had "
        '"only been drinking the health of the bride." Fined 5s.\n\n'
        "ROBBERY.--John Cotterell, 24, a carman, and Sarah Hobday, 19, were indicted for stealing a watch.\n\n"
        "Police-constable Robert Dyer deposed that he found the watch. The prisoner said, \"I bought it "
        'of a Jew for fifteen shillings."'
    )
    people = [("J. Marshall", "PERSON"), ("W. Thorne", "PERSON"), ("William Huxtable", "PERSON"), ("Pilton", "GPE"),
              ("John Cotterell", "PERSON"), ("Sarah Hobday", "PERSON"), ("Robert Dyer", "PERSON")]
    found = dict(speakers(text, people))
    assert found['"only been drinking the health of the bride."'] == "William Huxtable"
    assert found['"I bought it of a Jew for fifteen shillings."'] == "John Cotterell"
    # look-alike: with no one charged, "the prisoner" stays unnamed
    text = 'The warder came in. The prisoner said, "I am innocent."'
    assert dict(speakers(text, []))['"I am innocent."'] is None


def test_a_person_named_of_a_place_is_the_subject_not_the_place():
    text = (
        "MacMahon was wounded early in the morning. The French cavalry charged three times with heavy "
        'loss; watching from a hill, King William I of Prussia is said to have exclaimed, "Ah! Les braves gens!"'
    )
    people = [("MacMahon", "PERSON"), ("French", "NORP"), ("William I", "PERSON"), ("Prussia", "GPE")]
    assert dict(speakers(text, people))['"Ah! Les braves gens!"'] == "William I"
    # look-alike: a title "of" a place with no person named is the whole description
    text = 'The Bishop of London said, "We shall see."'
    assert dict(speakers(text, [("London", "GPE")]))['"We shall see."'] == "The Bishop of London"


def test_cries_in_a_transcript_s_stage_directions_are_nobody_s():
    text = (
        "KAMENEV: It is not true. (Noise. Voices from the Leningrad benches: “Quite right!”) We cannot "
        "let Stalin carry out that role. (Voices: “Untrue!” “Nonsense!” Applause from the Leningrad "
        "delegation. Shouts: “Stalin! Stalin!” The delegates rise.)\n\n"
        'KAMENEV: I said, "We are against it."'
    )
    found = dict(speakers(text, [("KAMENEV", "PERSON"), ("Stalin", "PERSON")]))
    for cry in ("“Quite right!”", "“Untrue!”", "“Nonsense!”", "“Stalin! Stalin!”"):
        assert found[cry] is None, cry
    # look-alike: the speaker's own words after the stage direction keep their speaker
    assert found['"We are against it."'] == "KAMENEV"


def test_words_written_on_a_thing_are_nobody_s_speech():
    text = (
        "Kolya said we should go. We had the banners rolled up under our coats: “Carry out Lenin’s "
        "Testament!” and “Against the kulak!” Before we reached the square they were torn away.\n\n"
        "Inscribed on the reverse in an unknown hand: “Coyoacán, abril 1940”.\n\n"
        "The first issue came out in November 1928, with “For the Russian Opposition!” across the front page.\n\n"
        "Kolya raised a banner and shouted: “Down with the kulak!”"
    )
    found = dict(speakers(text, [("Kolya", "PERSON"), ("Lenin", "PERSON")]))
    for written in ("“Carry out Lenin’s Testament!”", "“Against the kulak!”", "“Coyoacán, abril 1940”", "“For the Russian Opposition!”"):
        assert found[written] is None, written
    # look-alike: a slogan someone shouts is theirs
    assert found["“Down with the kulak!”"] == "Kolya"


def test_no_speaker_that_cannot_have_said_the_words():
    text = (
        "In 1928 fifty-three engineers from the Shakhty district of the Donbass went on trial for "
        '"wrecking". Please tell Preobrazhensky that his “theses on the peasantry” are good.'
    )
    found = dict(speakers(text, [("Shakhty", "GPE"), ("the Donbass", "LOC"), ("Preobrazhensky", "PERSON")]))
    assert found['"wrecking"'] is None
    assert found["“theses on the peasantry”"] in (None, "Preobrazhensky")
    # look-alike: a term a person coined keeps its speaker
    text = 'Trotsky called the new layer a "caste".'
    assert dict(speakers(text, [("Trotsky", "PERSON")]))['"caste"'] == "Trotsky"


def test_a_description_said_of_someone_with_was_names_them():
    text = (
        "Mrs. Rafferty told him that his old partner, Sam Pilcher, was a captain, no less, of a ferryboat.\n\n"
        '"No lay," said Buttons. "I want a job."\n\n'
        'The captain looked at the river for a long minute. "We\'ll want every hand we can get," he said at last.'
    )
    people = [("Rafferty", "PERSON"), ("Sam Pilcher", "PERSON"), ("Buttons", "PERSON")]
    assert dict(speakers(text, people))['"We\'ll want every hand we can get,"'] == "Sam Pilcher"
    # look-alike: a captain nobody is said to be stays unnamed
    text = 'A captain came aboard at dawn.\n\n"We sail at noon," said the captain.'
    assert dict(speakers(text, []))['"We sail at noon,"'] is None
