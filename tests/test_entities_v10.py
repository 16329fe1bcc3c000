"""entity_rules.v10: references written "Author, Title, p. N", titles opening a note, inverted
bibliography entries, titles before an imprint or a "by" line. Each rule has a case it must get
right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR in ("entity_rules.v10", "entity_rules.v11", "entity_rules.v12", "entity_rules.v13", "entity_rules.v14", "entity_rules.v15", "entity_rules.v16", "entity_rules.v17", "entity_rules.v18", "entity_rules.v19", "entity_rules.v20", "entity_rules.v21")


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a one-word author, then a title holding a comma and names, then the page
        (
            "Notes\n7. Quoted in Marwick, Vienna, Prague and the Habsburg Collapse, p. 88.\n8. Ibid., p. 91.",
            {("Marwick", "PERSON"), ("Vienna, Prague and the Habsburg Collapse", "WORK_OF_ART")},
            {("Vienna", "GPE"), ("Prague", "GPE"), ("Marwick", "GPE")},
        ),
        # two authors, a volume
        (
            "Notes\n3. Whitlock and Ferris, Foundations of the Northern Railways, vol. 2, p. 14.",
            {("Whitlock", "PERSON"), ("Ferris", "PERSON"), ("Foundations of the Northern Railways", "WORK_OF_ART")},
            set(),
        ),
        # an inline reference in brackets
        (
            "The guard recalled the night clearly. (Kersten, Diaries 1941–42, p. 310) The next day was quiet.",
            {("Kersten", "PERSON"), ("Diaries 1941–42", "WORK_OF_ART")},
            set(),
        ),
        # a reading assignment: "chapter two of Author, Title, pages ..."
        (
            "For Monday, read chapter two of Halvorsen, Shipping and Empire under Victoria and Albert, pages 12 to 40.",
            {("Halvorsen", "PERSON"), ("Shipping and Empire under Victoria and Albert", "WORK_OF_ART")},
            {("Victoria", "PERSON"), ("Albert", "PERSON")},
        ),
        # an item in a collection: only the collection is sure to be a title
        (
            "Notes\n2. J. K. Marsh, Speech to the Union Congress at Leeds, Collected Speeches, vol. 4, p. 71.",
            {("Collected Speeches", "WORK_OF_ART")},
            {("Speech to the Union Congress at Leeds, Collected Speeches", "WORK_OF_ART")},
        ),
        # a translator after the title is not part of it
        (
            "Notes\n[4] Anna Kovacs, Letters from the Front, trans. Peter Marsh (London: Merlin Press, 1971), p. 12.",
            {("Peter Marsh", "PERSON"), ("Letters from the Front", "WORK_OF_ART")},
            {("Letters from the Front, trans. Peter Marsh", "WORK_OF_ART")},
        ),
        # a note that opens with its title, in another language
        (
            "References\n1. Istoriya grazhdanskoi voiny v SSSR, vol. 3 (Moscow, 1957), p. 200.",
            {("Istoriya grazhdanskoi voiny v SSSR", "WORK_OF_ART")},
            set(),
        ),
        # an inverted bibliography entry
        (
            "Bibliography\nMarwick, Thomas J. Vienna, Prague and the Habsburg Collapse. Oxford: Clarendon Press, 1988.",
            {("Marwick, Thomas J.", "PERSON"), ("Vienna, Prague and the Habsburg Collapse", "WORK_OF_ART"), ("Oxford", "GPE"), ("Clarendon Press", "ORG")},
            {("Vienna", "GPE"), ("Prague", "GPE")},
        ),
        # a title before its imprint, anywhere in a line
        (
            "Item: Clara Benning, Since Bismarck Fell (Leipzig: Hofmann Verlag, 1902). First edition.",
            {("Clara Benning", "PERSON"), ("Since Bismarck Fell", "WORK_OF_ART")},
            {("Bismarck", "PERSON")},
        ),
        # a review's heading and an excerpt's heading
        (
            "Review: Nine Days in Glasgow, by Moira Keane\n\nA fine book.",
            {("Nine Days in Glasgow", "WORK_OF_ART")},
            {("Glasgow", "GPE")},
        ),
        (
            "From Northern Lights: A Memoir (1966) by Ruth Anders\n\nWe came to the town in March.",
            {("Northern Lights: A Memoir", "WORK_OF_ART")},
            set(),
        ),
        # a publisher after the reviewed book's author
        (
            "Nine Days in Glasgow, by Moira Keane. Between the Wars Press, 2011. £20.",
            {("Between the Wars Press", "ORG")},
            set(),
        ),
        # look-alikes: a sentence with commas and a page number is no reference
        (
            "In Vienna, Prague and Budapest, pages of the newspapers were blank.",
            {("Vienna", "GPE"), ("Prague", "GPE")},
            {("Prague and Budapest", "WORK_OF_ART")},
        ),
        (
            "Notes\n5. Pravda, 30 September 1928.",
            set(),
            {("Pravda", "PERSON")},
        ),
    ],
)
def test_references(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a congress of a named body is one event, with the parenthesis that completes the name
        (
            "The Ninth Conference of the Workers' Party of Ruritania (Unified) met in Strelsau in May.",
            {("The Ninth Conference of the Workers' Party of Ruritania (Unified)", "EVENT")},
            {("the Workers' Party of Ruritania (Unified)", "ORG")},
        ),
        (
            "He spoke at the Seventh Congress of the SDPR in 1907.",
            {("the Seventh Congress of the SDPR", "EVENT")},
            {("the SDPR", "ORG")},
        ),
        # look-alike: a congress of "the party" stays the congress alone
        ("He spoke at the Seventh Congress of the party in 1907.", {("the Seventh Congress", "EVENT")}, {("the Seventh Congress of the party", "EVENT")}),
        # a title abbreviation before a transcript's label; a role label is no name
        (
            "PROF. OKONKWO: Good morning.\n\nSTUDENT: Is this on the exam?\n\nPROF. OKONKWO: Everything is.",
            {("OKONKWO", "PERSON")},
            {("PROF", "ORG"), ("PROF", "PERSON"), ("STUDENT", "PERSON"), ("PROF. OKONKWO", "PERSON")},
        ),
        # a record's field labels are no names; a language field's value is the language
        (
            "Item: a letter\nShelfmark: MS 4/12\nLanguage: Polish\nDescription: A letter to Warsaw.",
            {("Polish", "LANGUAGE")},
            {("Shelfmark", "PERSON"), ("Description", "PERSON"), ("Polish", "NORP")},
        ),
        # look-alike: a transcript whose labels are surnames used in the text keeps them
        (
            "Transcript.\n\nHalloway: Good evening, I'm Jane Halloway. My guest is Professor Osei.\n\nOsei: Thank you, Jane.\n\nHalloway: Let us begin.",
            {("Halloway", "PERSON"), ("Osei", "PERSON")},
            set(),
        ),
    ],
)
def test_congresses_and_labels(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # buildings named after a person
        ("The delegates met in the Kalinin Hall of the palace.", {("the Kalinin Hall", "FAC")}, {("Kalinin", "PERSON")}),
        ("He served two years in Kingston Penitentiary.", {("Kingston Penitentiary", "FAC")}, set()),
        # look-alike: a person before a verb keeps being a person
        ("Kalinin spoke first; the hall was full.", {("Kalinin", "PERSON")}, {("Kalinin", "FAC")}),
        # a numbered article or section of a law
        ("He was sentenced under Article 58 to ten years.", {("Article 58", "LAW")}, set()),
        (
            "It later became Section 12 of the Public Order Act.",
            {("Section 12 of the Public Order Act", "LAW")},
            {("the Public Order Act", "LAW")},
        ),
        # look-alike: a page reference to an article is no law
        ("See article 5 of his memoirs, p. 12.", set(), {("article 5", "LAW")}),
        # a name before an issue number is a periodical, even a word the table knows as a people's
        ("Notes\n1. Bolshevik, no. 4 (1926), p. 12.", {("Bolshevik", "ORG")}, {("Bolshevik", "NORP")}),
        # look-alike: a numbered school is no periodical
        ("The children went to School No. 17 in the district.", set(), {("School", "ORG")}),
        # languages after a publishing verb, a field label or with a time word after them
        ("Her biography came out in Catalan last month.", {("Catalan", "LANGUAGE")}, {("Catalan", "NORP")}),
        ("He translated Balzac and Zola into Polish, for a small press.", {("Polish", "LANGUAGE")}, {("Polish", "NORP")}),
        ("Translated: from the German by the editors, 2004", {("German", "LANGUAGE")}, {("German", "NORP")}),
        # look-alike: a nationality before a noun stays a nationality
        ("The book came out in Catalan cities first.", set(), {("Catalan", "LANGUAGE")}),
        # a given name addressed in a quotation is a person, not the city
        ('"Don\'t wait for me, Sofia," he said.', {("Sofia", "PERSON")}, {("Sofia", "GPE")}),
        # look-alike: the city in a quotation stays the city
        ('"We leave for Sofia tomorrow," he said.', set(), {("Sofia", "PERSON")}),
    ],
)
def test_heads_laws_periodicals_languages_vocatives(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # ships named after cities, two after a plural cue
        (
            "A delegation from the cruisers Odessa and Varna came ashore.",
            {("Odessa", "PRODUCT"), ("Varna", "PRODUCT")},
            {("Odessa", "GPE"), ("Varna", "GPE")},
        ),
        # look-alike: a train to a city leaves the city a city
        ("He took the train to Odessa on Monday.", {("Odessa", "GPE")}, {("Odessa", "PRODUCT")}),
        # initials before a word the model took for a place make a person
        ("Description\nPrepared by B. Kowalczyk, 3 May 2011.", {("B. Kowalczyk", "PERSON")}, {("Prepared by B. Kowalczyk", "WORK_OF_ART")}),
        # look-alike: "St. Petersburg" is no initial
        ("He moved to St. Petersburg in 1905.", set(), {("St. Petersburg", "PERSON")}),
        # a record's label does not run into its value
        (
            "Item: a letter\nRepository: Hoover Institution Archives, Stanford\nExtent: 3 leaves",
            set(),
            {("Repository: Hoover Institution Archives", "WORK_OF_ART"), ("Repository: Hoover Institution Archives", "ORG")},
        ),
        # a body's name before "man" is a modifier: no article
        ("The Cheka man at the door said nothing.", {("Cheka", "ORG")}, {("The Cheka", "ORG")}),
    ],
)
def test_vessels_initials_fields_modifiers(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a name before a generic subtitle is a book
        ("Bukharin: A Life appeared in 1973 and sold well.", {("Bukharin: A Life", "WORK_OF_ART")}, {("Bukharin", "PERSON")}),
        ("From Northern Winters: A Memoir (1977) by Ruth Anders", {("Northern Winters: A Memoir", "WORK_OF_ART")}, {("From Northern Winters: A Memoir", "WORK_OF_ART")}),
        # look-alike: a transcript's capitals label is no title
        ("BUKHARIN: A question, comrades.\n\nKAMENEV: Ask it.", set(), {("BUKHARIN: A question", "WORK_OF_ART")}),
        # a ship's prefix
        ("The Clerk reported that the s.s. Northern Star had discharged her cargo.", {("Northern Star", "PRODUCT")}, set()),
    ],
)
def test_subtitles_and_ship_prefixes(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # feasts and quarter days are dates, not names, whatever a title rule makes of them
        ("The rent falls due at Lady Day, said Mrs. Ellery.", {("Ellery", "PERSON")}, {("Day", "PERSON"), ("Lady Day", "PERSON")}),
        ("They were on short rations by the New Year.", set(), {("the New Year", "LAW"), ("the New Year", "EVENT")}),
        # a plural noun in -ings after a name makes the name a modifier
        ("Send me the Pravda cuttings if you can.", {("Pravda", "ORG")}, {("the Pravda", "ORG")}),
        # look-alike: "the Times reported" keeps the article of a name that is no modifier
        ("A week later the Daily Herald reported it.", {("the Daily Herald", "ORG")}, set()),
    ],
)
def test_not_entities_and_plural_modifiers(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_period_spellings_of_russian_surnames_are_persons(annotator):
    assert_names(
        annotator,
        "The plenum censured Ossinoff, Piatakoff and Evdokimoff, who promised an end to faction.",
        {("Evdokimoff", "PERSON")},
        {("Evdokimoff", "GPE")},
    )


def test_a_congress_keeps_its_table_id_when_the_body_is_joined_to_it(annotator):
    mentions = annotator("The ban on factions came at the 10th Congress of the Communist Party in 1921.")
    congress = [m for m in mentions if m.label == "EVENT"]
    assert [(m.text, m.entity_id) for m in congress] == [("the 10th Congress of the Communist Party", "tenth-party-congress")]


def test_a_name_the_model_stopped_at_of_takes_the_place_after_it(annotator):
    assert_names(
        annotator,
        "The apology follows a two-year review by the National Archives of Norway of papers from the 1930s.",
        {("the National Archives of Norway", "ORG")},
        {("Norway", "GPE")},
    )


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a language a person speaks, reads or learns; one a compound makes a language
        ("Some 70,000 people spoke Welsh daily, and the survey found Welsh adults keen.", {("Welsh", "LANGUAGE"), ("Welsh", "NORP")}, set()),
        ("She had never learned to read German, and said so.", {("German", "LANGUAGE")}, {("German", "NORP")}),
        ("The Welsh-language services bill passed; Welsh-medium schools gained most.", {("Welsh", "LANGUAGE")}, {("Welsh", "NORP")}),
        ("Her spokesperson on the Basque language spoke first.", {("Basque", "LANGUAGE")}, {("Basque", "NORP")}),
        ("They were quarrelling in Latin.", {("Latin", "LANGUAGE")}, set()),
        ("It promises a full service in Welsh by 2030.", {("Welsh", "LANGUAGE")}, {("Welsh", "NORP")}),
        ("Translated from the Norwegian\n\nSaturday, 23 January", {("Norwegian", "LANGUAGE")}, {("Norwegian", "NORP")}),
        ("The Winter War (Finnish: talvisota) began in November.", {("Finnish", "LANGUAGE")}, {("Finnish", "NORP")}),
        # look-alikes: a people before a noun, a "-speaking" people
        ("The German-speaking comrades of the north met in Brno.", set(), {("German", "LANGUAGE")}),
        ("He lived in Welsh towns all his life.", set(), {("Welsh", "LANGUAGE")}),
    ],
)
def test_languages_by_their_context(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("She spent her life translating poetry from Czech into English.", {("Czech", "LANGUAGE"), ("English", "LANGUAGE")}, {("Czech", "NORP")}),
        # "the" and a nationality with no preposition of language before it is the people
        ("The battle forced the French to ask for help.", {("French", "NORP")}, {("French", "LANGUAGE")}),
    ],
)
def test_languages_after_the_nearest_verb_and_peoples_with_the(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a note marker glued to a name hid the name from the table and the model
        ("That summer Bukharin paid his secret visit to Kamenev.[1] Nothing came of it.", {("Kamenev", "PERSON")}, {("Kamenev.[1", "PERSON"), ("Kamenev.[1]", "PERSON")}),
        ("He served in the political administration of the Red Army.[12] Then he left.", {("the Red Army", "ORG")}, {("the Red Army.[12]", "ORG")}),
    ],
)
def test_note_markers_end_names(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # offensives and risings named after a person or a place
        ("The Kornilov offensive failed within days.", {("The Kornilov offensive", "EVENT")}, {("Kornilov", "PERSON")}),
        ("He had taken part in the Tambov rising of 1920.", {("the Tambov rising", "EVENT")}, set()),
        # look-alike: a people's offensive keeps the people
        ("The German offensive began in March.", {("German", "NORP")}, {("The German offensive", "EVENT")}),
        # fronts as formations: a commander's front, the armies of a front, two fronts that act
        (
            "In March the Northern Front and the Western Front attacked. The four armies of the Southern Front broke through. Evert's Central Front did not attack. Fighting went on along the Eastern Front.",
            {("the Northern Front", "ORG"), ("the Western Front", "ORG"), ("the Southern Front", "ORG"), ("Central Front", "ORG"), ("the Eastern Front", "LOC")},
            set(),
        ),
    ],
)
def test_named_offensives_and_fronts(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a bracketed part of a law's title belongs to it
        ("The minister said the Public Health (Tobacco Products) Bill 2019 would pass.", {("the Public Health (Tobacco Products) Bill 2019", "LAW")}, set()),
        ("It is done as under the Scottish Gaelic (Schools) Measure 2010.", {("the Scottish Gaelic (Schools) Measure 2010", "LAW")}, set()),
        # look-alike: a parenthesis after a law is no part of it
        ("He cited the Factory Act (1833) in his speech.", {("the Factory Act", "LAW")}, {("the Factory Act (1833)", "LAW")}),
    ],
)
def test_law_titles_with_brackets(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a ship's verb makes a place's name a ship
        ("“He says the Latvia sails from Riga on Monday,” she said.", {("Latvia", "PRODUCT")}, {("the Latvia", "GPE"), ("Latvia", "GPE")}),
        # what one has a copy of is a work; a paper's name stays the paper
        ("He had a copy of Eugene Onegin under his arm.", {("Eugene Onegin", "WORK_OF_ART")}, {("Eugene Onegin", "PERSON")}),
        ("Eleanor bought a copy of the Manchester Guardian.", set(), {("Manchester Guardian", "WORK_OF_ART")}),
        # a conference named after the place it met in is an event
        ("At the Zimmerwald Conference of September 1915 the delegates disagreed.", {("the Zimmerwald Conference", "EVENT")}, {("the Zimmerwald Conference", "ORG")}),
        # a speaker who takes turn after turn is a person even with a place's name
        ("HOST: Welcome.\n\nSAMARA: Thank you.\n\nHOST: Go on.\n\nSAMARA: Well, it began in 1929.", {("SAMARA", "PERSON")}, {("SAMARA", "GPE")}),
    ],
)
def test_ships_copies_conferences_and_speakers(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # quoted titles in references, after their author, even in transliteration
        ("Notes\n2. N. I. Bukharin, “Uroki oktyabrya”, Pravda, 30 September 1924.", {("Uroki oktyabrya", "WORK_OF_ART")}, {("Uroki", "PERSON")}),
        # an inverted author with initials at a bibliography line's start
        ("Bibliography\nCarr, E. H., and R. W. Davies. Foundations of a Planned Economy. London: Macmillan, 1969.", {("Carr, E. H.", "PERSON")}, {("Carr", "PERSON")}),
        # a quoted title with a work's noun after it in apposition; a subtitle
        ("He returned to the point in “Lenin's Last Struggle”, the lecture he gave in January.", {("Lenin's Last Struggle", "WORK_OF_ART")}, {("Lenin", "PERSON")}),
        ("It appeared under the subtitle “On the Eve of a New Harvest”, and broke the silence.", {("On the Eve of a New Harvest", "WORK_OF_ART")}, set()),
        # look-alike: a quoted sentence before "her letter" is no title
        ("“Do not let your grief for him turn into outward show,” her letter said.", set(), {("Do not let your grief for him turn into outward show", "WORK_OF_ART")}),
        # a hotel named after a place, and a shipyard
        ("They were held in a room of the Hotel Europe for hours.", {("the Hotel Europe", "FAC")}, {("Europe", "LOC")}),
        ("Meetings were held at the Putilov Works and the Admiralty Shipyard.", {("the Admiralty Shipyard", "FAC")}, {("the Admiralty Shipyard", "ORG")}),
    ],
)
def test_references_titles_and_facilities(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_place_before_a_hyphenated_modifier_is_its_own_mention(annotator):
    assert_names(
        annotator,
        "The papers were seized.\n\nThe Berlin-based Foundation for East European Political History said the edition was ready.",
        {("Berlin", "GPE"), ("Foundation for East European Political History", "ORG")},
        {("The Berlin-based Foundation for East European Political History", "ORG")},
    )


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("The Ferry at Narva\n\nIV\n\nThe letter came in August.", set(), {("IV", "GPE"), ("IV", "ORG"), ("IV", "PERSON")}),
        # look-alike: a numbered corps is a formation
        ("The XV Corps pushed north.", {("The XV Corps", "ORG")}, set()),
    ],
)
def test_roman_numeral_headings_are_no_names(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)
