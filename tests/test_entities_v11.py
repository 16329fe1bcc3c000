"""entity_rules.v11: dashes glued to a dateline or salutation, newspapers' run-in heads in
capitals. Each rule has a case it must get right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR in ("entity_rules.v11", "entity_rules.v12", "entity_rules.v13", "entity_rules.v14", "entity_rules.v15", "entity_rules.v16", "entity_rules.v17", "entity_rules.v18", "entity_rules.v19", "entity_rules.v20", "entity_rules.v21")


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a dash glued to the dateline's full stop does not hide the name after it
        (
            "BERLIN, March 4.—Karl Liebknecht addressed a crowd of workers outside the palace today.",
            {("Karl Liebknecht", "PERSON")},
            {("Liebknecht", "PERSON")},
        ),
        # look-alike: a spaced dash is read as before
        (
            "BERLIN, March 4 — Karl Liebknecht addressed a crowd of workers outside the palace today.",
            {("Karl Liebknecht", "PERSON")},
            set(),
        ),
        # a run-in head's common words are no names; a building the column names again is one
        (
            "LOCAL INTELLIGENCE\n\nTHE WEATHER.—A gale blew all night along the coast.\n\n"
            "CONCERT.—Mr. Harold Vane will sing at the Corn Exchange on Friday.\n\n"
            "THE CORN EXCHANGE.—The roof of the Corn Exchange is to be mended before winter.",
            {("Harold Vane", "PERSON"), ("THE CORN EXCHANGE", "FAC")},
            {("WEATHER", "GPE"), ("CONCERT", "ORG"), ("CONCERT", "PERSON")},
        ),
        # look-alike: a word inside a longer name elsewhere does not make the head a name
        (
            "THE DISPENSARY.—The yearly report of the North Somerset and Bath Dispensary shows 900 patients.",
            set(),
            {("THE DISPENSARY", "FAC"), ("THE DISPENSARY", "ORG")},
        ),
    ],
)
def test_run_in_heads_and_glued_dashes(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a title after a word for a work, with no quotation marks, a place inside it
        (
            "The critic Dana Holt, whose novel Winter in Tbilisi appears in May, spoke first.",
            {("Winter in Tbilisi", "WORK_OF_ART")},
            {("Tbilisi", "GPE")},
        ),
        # a possessive inside the title; a date after it is not part of it
        (
            "He read the poem A Sailor's Farewell in March 1901 to a crowded hall in Leeds.",
            {("A Sailor's Farewell", "WORK_OF_ART")},
            {("A Sailor's Farewell in March", "WORK_OF_ART")},
        ),
        # a one-word title when its year follows in brackets
        (
            "The etching cycle Hunger (1911) and the painting Harvest hung side by side in the gallery.",
            {("Hunger", "WORK_OF_ART"), ("Harvest", "WORK_OF_ART")},
            set(),
        ),
        # look-alikes: a person after the word is not a title, nor is a word the text writes
        # in lower case
        (
            "The book Lenin wrote in exile was never finished. In the series War is a wolf; the war went on.",
            {("Lenin", "PERSON")},
            {("Lenin", "WORK_OF_ART"), ("War", "WORK_OF_ART")},
        ),
        # a title found once is the same work where the text repeats it
        (
            "Her essay The Quiet Frontier won a prize. Critics said The Quiet Frontier was her best work.",
            {("The Quiet Frontier", "WORK_OF_ART")},
            {("Quiet Frontier", "LOC"), ("The Quiet Frontier", "LOC")},
        ),
    ],
)
def test_unquoted_and_repeated_titles(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_repeated_title_is_found_at_each_place(annotator):
    text = "Her essay The Quiet Frontier won a prize. Critics said The Quiet Frontier was her best work."
    titles = [m for m in annotator(text) if m.label == "WORK_OF_ART"]
    assert [m.start for m in titles] == [10, 55]


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # every ship of a list after a plural cue
        (
            "Mines had sunk the cruisers Varna, Bystry and Otvazhny before the spring.",
            {("Varna", "PRODUCT"), ("Bystry", "PRODUCT"), ("Otvazhny", "PRODUCT")},
            {("Varna", "GPE")},
        ),
        # a capital prefix belongs to the ship's name; a lower-case one describes it
        (
            "A stoker of H.M.S. Resolute was fined. The s.s. Northern Star lay in the roads.",
            {("H.M.S. Resolute", "PRODUCT"), ("Northern Star", "PRODUCT")},
            {("s.s. Northern Star", "PRODUCT")},
        ),
        # the line before a ship's type is a company; the home port after the name a place
        (
            "The Cunard liner Laconia arrived on Monday, and the schooner Good Intent, of Brixham, left at noon.",
            {("Cunard", "ORG"), ("Laconia", "PRODUCT"), ("Good Intent", "PRODUCT"), ("Brixham", "GPE")},
            {("The Cunard", "ORG")},
        ),
        # look-alike: a nationality or a port before the type is not an owner
        (
            "The Russian cruiser Askold and the Hamburg steamer Elbe left together.",
            {("Russian", "NORP"), ("Askold", "PRODUCT"), ("Elbe", "PRODUCT")},
            {("Hamburg", "ORG"), ("Russian", "ORG")},
        ),
    ],
)
def test_ships_lists_prefixes_owners_and_ports(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a firm named with "Messrs." (the guidelines' example)
        (
            "Tickets may be had of Messrs. Lacey and Hart, Fore Street.",
            {("Messrs. Lacey and Hart", "ORG")},
            {("Lacey", "PERSON")},
        ),
        # a bill by its number; look-alike: a bill's year is not its number
        (
            "Bill C-12 passed on Tuesday. The Housing Bill 2019 had failed.",
            {("Bill C-12", "LAW")},
            {("Bill 2019", "LAW")},
        ),
        # a body of soldiers named by its plural head; look-alike: an exchange stays a building
        (
            "The band of the Royal Fusiliers played outside the Wool Exchange.",
            {("the Royal Fusiliers", "ORG")},
            {("the Royal Fusiliers", "FAC"), ("the Wool Exchange", "ORG")},
        ),
        # a party named head first
        ("The motion passed with the Bloc Populaire voting against it.", {("the Bloc Populaire", "ORG")}, set()),
        # an exhibition is an event
        ("Her prints were shown at the Great Leipzig Art Exhibition that summer.", {("the Great Leipzig Art Exhibition", "EVENT")}, set()),
        # a battle named after a sea keeps the sea inside
        ("In the Battle of the Coral Sea both fleets lost carriers.", {("the Battle of the Coral Sea", "EVENT")}, {("the Coral Sea", "LOC")}),
        # an office's field is no war; a nationality before a lower-case event noun is a NORP
        (
            "He was People's Commissar for War. The defeat of the Hungarian revolution in 1919 was a blow.",
            {("Hungarian", "NORP")},
            {("War", "EVENT"), ("the Hungarian revolution", "EVENT")},
        ),
        # look-alike: a named war keeps its label
        ("He fought in the Crimean War as a boy.", {("the Crimean War", "EVENT")}, set()),
        # a house number is no part of the street; a district named after "the district of"
        (
            "They lived in the old district of Neukölln Nord, at Hermannstraße 12 and later at Linden Close.",
            {("Neukölln Nord", "LOC"), ("Hermannstraße", "FAC"), ("Linden Close", "FAC")},
            {("Hermannstraße 12", "FAC")},
        ),
        # look-alike: "a suburb of" names the town it belongs to
        ("In a suburb of Leeds the mills closed.", {("Leeds", "GPE")}, {("Leeds", "LOC")}),
        # a family word is no name
        ("“Ask Mum,” he said. “Dad will only say no.”", set(), {("Mum", "PERSON"), ("Dad", "PERSON")}),
    ],
)
def test_firms_bills_bodies_events_and_streets(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a body's name runs on over "of the" to the body it belongs to, the model's spans
        # having left the article out
        (
            "He wrote to the Central Committee of the Communist Party of Great Britain in 1926.",
            {("the Central Committee of the Communist Party of Great Britain", "ORG")},
            {("the Central Committee", "ORG")},
        ),
        # look-alike: an acronym after "of the" names the party alone
        (
            "He spoke to the Central Committee of the KPD in Berlin.",
            {("the KPD", "ORG")},
            {("the Central Committee of the KPD", "ORG")},
        ),
    ],
)
def test_bodies_of_bodies_without_the_models_article(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # an interviewer greets a guest by the given name the introduction gave
        (
            "My guest is the historian Jonas Pereira. Jonas, welcome.\n\nPEREIRA: Thank you.",
            {("Jonas", "PERSON"), ("Jonas Pereira", "PERSON")},
            set(),
        ),
        # an office without its holder is no person; look-alike: a surname that is a role word
        (
            "The Town Clerk replied that the loan was approved. Carole King sang at the dinner.",
            {("Carole King", "PERSON")},
            {("Town Clerk", "PERSON"), ("The Town Clerk", "PERSON")},
        ),
        # a time zone is no organisation
        ("Published Fri 8 Mar 2024 09.30 GMT\n\nThe ministry said the talks would resume.", set(), {("GMT", "ORG")}),
    ],
)
def test_greetings_offices_and_time_zones(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a parliament's own name is a body wherever written, with its article
        (
            "The bill passed the Sejm on Friday and goes to the Senate. Sejm deputies cheered.",
            {("the Sejm", "ORG"), ("Sejm", "ORG")},
            {("Sejm", "GPE"), ("Sejm", "PERSON")},
        ),
        ("The Storting debated the affair in March.", {("The Storting", "ORG")}, set()),
        # look-alike: a word that only contains a parliament's name is not one
        ("The Sejmik of the province met in Kraków.", set(), {("Sejm", "ORG")}),
    ],
)
def test_parliaments(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_the_table_lists_parliaments_under_its_schema():
    from succession.entities import load_entity_table

    assert "Storting" in load_entity_table().lexicon.parliaments


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # the collection a piece is printed in, before its volume
        (
            "Notes\n1. K. Radek, “Na povorote”, in Izbrannye sochineniya, vol. 2 (Moscow, 1928), p. 14.",
            {("Izbrannye sochineniya", "WORK_OF_ART")},
            {("Izbrannye sochineniya", "GPE"), ("Izbrannye sochineniya", "PERSON")},
        ),
        # look-alike: a place before a volume number is a place
        ("The archive in Moscow, vol. 2 of the catalogue lists it.", set(), {("Moscow", "WORK_OF_ART")}),
        # a quoted title keeps its own question mark
        (
            "Her pamphlet, “Reform or Revolution?”, sold well.",
            {("Reform or Revolution?", "WORK_OF_ART")},
            {("Reform or Revolution", "WORK_OF_ART")},
        ),
        # an order of chivalry is an award; the rank is no name
        (
            "In 1998 he was made a Commander of the Order of the Star of Italy.",
            {("Order of the Star of Italy", "WORK_OF_ART")},
            {("Commander", "PERSON"), ("Italy", "GPE"), ("Commander", "GPE")},
        ),
        # a feast day written with a hyphen is a date, not a place
        ("By the afternoon of Whit-Sunday the town had fallen.", set(), {("Whit-Sunday", "GPE"), ("Whit-Sunday", "PERSON")}),
    ],
)
def test_collections_title_marks_orders_and_feasts(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a firm's name in -ers or with an inner capital is no group of people
        (
            "According to a draft seen by Reuters, the offer stands. Shares in KamaTrans fell.",
            {("Reuters", "ORG"), ("KamaTrans", "ORG")},
            {("Reuters", "NORP"), ("KamaTrans", "NORP")},
        ),
        # look-alike: members named with the article are a group
        ("The march was led by the Red Clydesiders from Glasgow.", {("Red Clydesiders", "NORP")}, set()),
    ],
)
def test_firms_are_not_groups(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a word the model took for a people, where a place stands
        ("We camped in the Deccan, far inland.", {("the Deccan", "LOC")}, {("Deccan", "NORP")}),
        ("Snow fell near Lake Narochan without warning.", {("Lake Narochan", "LOC")}, {("Lake Narochan", "NORP")}),
        # look-alikes: adjectives before a noun stay peoples
        ("The Crimean ports were full; the White cause was lost.", {("Crimean", "NORP"), ("White", "NORP")}, set()),
    ],
)
def test_places_taken_for_peoples(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # every quoted title of a list after a plural word for works; a title may ask a question
        (
            "Her essays “The Old Quarter” and “Who Owns the River?” appeared in 1931.",
            {("The Old Quarter", "WORK_OF_ART"), ("Who Owns the River?", "WORK_OF_ART")},
            set(),
        ),
        # a quoted title after "whose"
        (
            "She translated Anna Wiśniewska, whose “Letter to a Ferryman” she admired.",
            {("Letter to a Ferryman", "WORK_OF_ART")},
            set(),
        ),
        # look-alike: a slogan is no title
        ("The banners read “Down with the Bureaucrats!” in red.", set(), {("Down with the Bureaucrats!", "WORK_OF_ART"), ("Down with the Bureaucrats", "WORK_OF_ART")}),
        # a person's work before its year in brackets; a collection before its editor
        (
            "Sergei Eisenstein's The Strike at Ivanovo (1925) was shown twice. See Trotsky to Sedov, in Letters from Büyükada, ed. Mark Hale (London, 1990).",
            {("The Strike at Ivanovo", "WORK_OF_ART"), ("Letters from Büyükada", "WORK_OF_ART")},
            {("Ivanovo", "GPE"), ("Büyükada", "LOC")},
        ),
    ],
)
def test_listed_and_dated_titles(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a building named with its place is one facility
        (
            "They waved from a balcony of the Berlin Hotel. The graves lie along the Kremlin Wall.",
            {("the Berlin Hotel", "FAC"), ("the Kremlin Wall", "FAC")},
            {("Berlin", "GPE")},
        ),
        ("The delegation visited the Kharkov Tractor Plant in May.", {("the Kharkov Tractor Plant", "FAC")}, {("Kharkov", "GPE")}),
        # look-alike: a place before a lower-case noun stays a place
        ("They waved from a Berlin hotel in May.", {("Berlin", "GPE")}, set()),
    ],
)
def test_buildings_named_with_their_place(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a place before a landscape's or a site's noun loses the article
        ("Prisoners were shot at the Levashovo firing range.", {("Levashovo", "GPE")}, {("the Levashovo", "GPE"), ("the Levashovo", "LOC")}),
        # look-alike: a range named with the article keeps it
        ("The column crossed the Urals in winter.", {("the Urals", "LOC")}, set()),
    ],
)
def test_places_before_landscape_nouns(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a body named after a person, head word first: the person is part of the name
        (
            "She has run the Museo Casa Diego Rivera since 2011, and the Fundación Pablo Neruda, in Santiago, lent the letters.",
            {("the Museo Casa Diego Rivera", "ORG"), ("the Fundación Pablo Neruda", "ORG")},
            {("Diego Rivera", "PERSON"), ("Pablo Neruda", "PERSON")},
        ),
        # look-alike: a person after the body's name is not part of it
        ("The museum's director, Ana Ruiz, spoke first.", {("Ana Ruiz", "PERSON")}, set()),
    ],
)
def test_bodies_named_after_people(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # oceans and seas named by their adjective are locations
        (
            "They hunted whales off the coast of Chile and in the Pacific, then crossed the Atlantic.",
            {("the Pacific", "LOC"), ("the Atlantic", "LOC")},
            {("the Pacific", "ORG"), ("Atlantic", "NORP")},
        ),
        # look-alike: the adjective inside a company's name stays in the name
        ("Pacific Steam Navigation Company ships called there.", {("Pacific Steam Navigation Company", "ORG")}, set()),
    ],
)
def test_oceans(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # "M." is "Monsieur": a title before the name, left out of it
        (
            "PARIS, Tuesday.—The Chamber met under M. Floquet, and M. Clemenceau spoke at length. MM. Goblet and Brisson were absent.",
            {("Clemenceau", "PERSON"), ("Brisson", "PERSON")},
            {("M. Clemenceau", "PERSON"), ("MM", "GPE")},
        ),
        # look-alike: after another initial, "M." is an initial of the name
        ("The platform was signed by V. M. Smirnov and others.", {("V. M. Smirnov", "PERSON")}, {("Smirnov", "PERSON")}),
    ],
)
def test_monsieur(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_fortifications_are_facilities(annotator):
    found = {(m.text, m.label) for m in annotator("Tolstoy, who served in the Fourth Bastion, saw the French storm the Malakoff Redoubt.")}
    assert {("the Fourth Bastion", "FAC"), ("the Malakoff Redoubt", "FAC")} <= found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a place named with a possessive is one name
        (
            "Becky walked to Jackson's Island on the river. Herbert lived at Barnard's Inn in London.",
            {("Jackson's Island", "LOC"), ("Barnard's Inn", "FAC")},
            {("Island", "LOC"), ("Inn", "GPE")},
        ),
        # look-alike: a known person's works are no building
        ("He read Stalin's Works in the library.", {("Stalin", "PERSON")}, {("Stalin's Works", "FAC")}),
    ],
)
def test_possessive_places(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a person's name before a government or a family is the person
        (
            "A wave of strikes brought down the Brüning government in the spring.",
            {("Brüning", "PERSON")},
            {("Brüning", "LOC"), ("the Brüning government", "ORG")},
        ),
        # look-alikes: a party, a place or a named board are not persons
        (
            "Papers from the Labour government survive. The Local Government Board wrote to the Council.",
            set(),
            {("Labour", "PERSON"), ("Local", "PERSON")},
        ),
    ],
)
def test_governments_of_persons(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_hyphen_glued_to_a_dateline_leaves_the_given_name(annotator):
    found = {(m.text, m.label) for m in annotator("WARSAW, Aug. 24.-Karol Wendt and Leo Kameneff were sentenced today.")}
    assert ("Karol Wendt", "PERSON") in found and ("24.-Karol Wendt", "PERSON") not in found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a camp is a facility; a weekday is a date, never a body
        (
            "The War Office has a despatch from Sir Redvers Buller, dated Chieveley Camp, Friday:— The Boers under General Cronje still hold the river.",
            {("Chieveley Camp", "FAC"), ("Boers", "NORP")},
            {("Friday", "ORG"), ("Chieveley Camp", "PERSON")},
        ),
        # look-alike: a film called after a month stays a work
        ("Sergei Eisenstein's October was shown at the festival.", {("October", "WORK_OF_ART")}, set()),
    ],
)
def test_camps_weekdays_and_peoples(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # two bodies joined by "and", each with its own head, are two names
        (
            "The Socialist Party of Upper Silesia and the Workers' League of Lower Silesia sent delegates.",
            {("The Socialist Party of Upper Silesia", "ORG"), ("the Workers' League of Lower Silesia", "ORG")},
            set(),
        ),
        # look-alike: "and" inside one body's complement stays in it
        ("He joined the Federation of Indian Chambers of Commerce and Industry in 1950.", {("the Federation of Indian Chambers of Commerce and Industry", "ORG")}, set()),
    ],
)
def test_two_bodies_joined_by_and(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a code with its number and a word of the trade are no bodies
        ("ECON 2214: Markets and States\n\nThe notes are in HTML and in print. Shelfmark: MSS 4/12.", set(), {("ECON", "ORG"), ("HTML", "ORG"), ("MSS", "ORG")}),
        # look-alike: an acronym alone is a body's
        ("Officials at ONPE said the count would resume.", {("ONPE", "ORG")}, set()),
    ],
)
def test_codes_are_no_bodies(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # an event's name the model cut after its ordinal or nationality is one name
        (
            "Tatlin made this design for the Ninth Congress of Soviets. The Greek Civil War resumed in earnest in 1946.",
            {("the Ninth Congress of Soviets", "EVENT"), ("The Greek Civil War", "EVENT")},
            {("the Ninth", "EVENT"), ("Congress of Soviets", "EVENT")},
        ),
        # a date after the name is not part of it
        ("The index covers the Second Moscow Trial of January 1937.", {("the Second Moscow Trial", "EVENT")}, {("the Second Moscow Trial of January", "EVENT")}),
    ],
)
def test_events_cut_in_two(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a chamber of parliament is a body, and so is "the House" after it
        (
            "The bill passed the House of Representatives on Monday. The Speaker told the House that it would sit late.",
            {("the House of Representatives", "ORG"), ("the House", "ORG")},
            {("the House", "FAC"), ("the House of Representatives", "FAC")},
        ),
        # look-alike: without a chamber in the text, a house is a building
        ("They stayed at the Old House on the hill.", set(), {("the Old House", "ORG")}),
    ],
)
def test_chambers(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_church_called_by_its_saint(annotator):
    found = {(m.text, m.label) for m in annotator("He was the vicar of St. Aldhelm's, a thin, anxious man. St. Aldhelm's Well was dry.")}
    assert ("St. Aldhelm's", "FAC") in found and ("Aldhelm", "PERSON") not in found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a ship named after the part of it someone stands on
        ("He cursed the whale from the deck of the Rachel. The hold of the Essex was full.", {("Rachel", "PRODUCT"), ("Essex", "PRODUCT")}, {("the Rachel", "ORG"), ("Essex", "GPE")}),
        # look-alike: the steps of a palace are no ship's
        ("The Tsar stood on the steps of the Winter Palace.", {("the Winter Palace", "FAC")}, set()),
    ],
)
def test_ships_by_their_parts(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # foreign titles are left out of the name, and alone are no name
        (
            "Graf Bernstorff arrived from Washington. Mlle. Lenglen played at Wimbledon.",
            {("Bernstorff", "PERSON"), ("Lenglen", "PERSON")},
            {("Graf Bernstorff", "PERSON"), ("Mlle", "GPE")},
        ),
    ],
)
def test_foreign_titles(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # business news: the agency in a dateline, a firm by its cues, and its other mentions
        (
            "OSLO, Sept 17 (Tidewire) – Norwegian shipbuilder Fjordline Yards said on Tuesday it had won an order. "
            "The deal is backed by Eksportkreditt, the state export credit agency. Shares in Fjordline Yards rose. "
            "Fjordline Yards will report in October.",
            {("Tidewire", "ORG"), ("Fjordline Yards", "ORG"), ("Eksportkreditt", "ORG")},
            {("Fjordline Yards", "PERSON"), ("Eksportkreditt", "PERSON")},
        ),
        # look-alikes: a weekday or a person before an appositive is no firm
        (
            "Talks broke down late on Wednesday, the dockers' union said. Anna Berg, the union's negotiator, spoke.",
            {("Anna Berg", "PERSON")},
            {("Wednesday", "ORG"), ("Anna Berg", "ORG")},
        ),
        # a party's adjective before its government is a people; "this Government" is one body
        (
            "The Liberal government fell. A minister said it was the first priority of this Government and would go to Cabinet.",
            {("Liberal", "NORP"), ("Government", "ORG"), ("Cabinet", "ORG")},
            {("Liberal", "ORG")},
        ),
        # a clock time with its zone, a contraction and a lone office are no names
        (
            "Wed 12 Mar 2025 18.05 GMT\n\n“I've said it before,” he told the Taoiseach. The Attorney General agreed.",
            set(),
            {("18.05 GMT", "ORG"), ("I've", "PERSON"), ("the Taoiseach", "ORG"), ("The Attorney General", "ORG")},
        ),
        # a song named after "sang"; a book whose title holds a year
        (
            "The Canadians sang “Keep the Home Fires Burning” all night. Paul Avrich's Kronstadt 1921 (1970) is the standard work.",
            {("Keep the Home Fires Burning", "WORK_OF_ART"), ("Kronstadt 1921", "WORK_OF_ART")},
            {("Kronstadt", "GPE")},
        ),
        # a lower-case indefinite article is no part of a name
        ("On 2 March a Provisional Revolutionary Committee took power.", {("Provisional Revolutionary Committee", "ORG")}, {("a Provisional Revolutionary Committee", "ORG")}),
    ],
)
def test_business_news_and_offices(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a byline names a person; a masthead in capitals names the paper
        (
            "THE KENDAL AND WINDERMERE TELEGRAPH.\n\nRents to rise\n\nBy Siobhan Tierney, Political Correspondent\n\nThe council met.",
            {("THE KENDAL AND WINDERMERE TELEGRAPH", "ORG"), ("Siobhan Tierney", "PERSON")},
            {("Siobhan Tierney", "ORG"), ("WINDERMERE", "GPE")},
        ),
        # look-alikes: a section's head and an unnamed correspondent are no names
        ("LOCAL AND DISTRICT NEWS.\n\nBy Our Special Correspondent\n\nThe council met.", set(), {("LOCAL AND DISTRICT NEWS", "ORG"), ("Our Special Correspondent", "PERSON")}),
    ],
)
def test_bylines_and_mastheads(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)
