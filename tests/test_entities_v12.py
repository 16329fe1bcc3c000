"""entity_rules.v12: sides and grounds in sports reports, a titled name as evidence for the
bare surname. Each rule has a case it must get right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR in ("entity_rules.v12", "entity_rules.v13", "entity_rules.v14", "entity_rules.v15", "entity_rules.v16", "entity_rules.v17", "entity_rules.v18", "entity_rules.v19", "entity_rules.v20", "entity_rules.v21")


RUGBY_REPORT = (
    "Munster 24 Ulster 17\n\n"
    "By Aoife Brennan at Thomond Park\n\n"
    "A converted try two minutes from full-time gave Munster a win that lifts them into the top four. "
    "Ulster had led at half-time through two penalties, and their fly-half kicked well all evening.\n\n"
    "The Ulster captain, Ross Maguire, said the referee had been fair. Munster travel to Kingspan "
    "next week, and Ulster host Connacht at Ravenhill on Saturday."
)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # sides named after places are bodies in every mention; grounds are facilities
        (
            RUGBY_REPORT,
            {("Munster", "ORG"), ("Ulster", "ORG"), ("Connacht", "ORG"), ("Ravenhill", "FAC"), ("Ross Maguire", "PERSON")},
            {("Munster", "GPE"), ("Ulster", "GPE"), ("Munster", "PERSON"), ("the Ulster", "ORG"), ("Ravenhill", "GPE")},
        ),
        # a scoreline with two innings, and a fixture written "v"
        (
            "Kent v Sussex, Canterbury (day two of four)\nKent 311 & 96-2; Sussex 254\n\n"
            "Sussex lost three wickets before lunch, and Kent batted through the afternoon. "
            "Zak Crawley, who bowled two overs, said the sides would meet again at Hove in July.",
            {("Kent", "ORG"), ("Sussex", "ORG"), ("Zak Crawley", "PERSON")},
            {("Kent", "GPE"), ("Sussex", "GPE"), ("Zak Crawley", "ORG")},
        ),
        # look-alike: the same words outside a sports report keep their places
        (
            "Munster and Ulster were the provinces worst hit by the famine. Relief committees in "
            "Munster had led the appeal, and the landlords of Ulster were slow to answer it.",
            {("Munster", "GPE")},
            {("Munster", "ORG"), ("Ulster", "ORG")},
        ),
        # look-alike: a player's surname and a contraction are no sides
        (
            "Gemmell's header beat the keeper at half-time, and the referee waved play on after the "
            "free kick. \"He'd have been proud,\" said Ross Gemmell. Gemmell had led the line all season.",
            {("Ross Gemmell", "PERSON")},
            {("Gemmell", "ORG"), ("He'd", "ORG")},
        ),
    ],
)
def test_sides_and_grounds_in_sports_reports(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_titled_surname_is_a_person_in_its_bare_mentions(annotator):
    text = "“Someone must be here when Dr. Penhallow calls on Saturday.”\n\n“Penhallow is a fool,” observed the old lady."
    found = [(m.text, m.label) for m in annotator(text)]
    assert found.count(("Penhallow", "PERSON")) == 2


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # two places the model split at a hyphen are one; a pair before a noun is left alone
        (
            "The Great Powers, led by Britain and Alsace-Lorraine's old masters in Austria-Hungary, met again.",
            {("Austria-Hungary", "GPE")},
            {("Austria", "GPE"), ("Hungary", "GPE")},
        ),
        (
            "Work on the Paris-Madrid line began in 1902.",
            set(),
            {("Paris-Madrid", "GPE")},
        ),
        # a nationality before a ship's cue is the ship's flag, not its name
        (
            "In 1933 he sailed for Marseilles aboard the Italian steamer Bulgaria.",
            {("Italian", "NORP"), ("Bulgaria", "PRODUCT")},
            {("Italian", "PRODUCT")},
        ),
        # look-alike: a ship's own name after "aboard the"
        (
            "In 1933 he sailed for Marseilles aboard the Oceanic, a fast ship.",
            {("Oceanic", "PRODUCT")},
            set(),
        ),
        # an office in the possessive is no body
        ("He said that he had spoken with the Prime Minister's office on Thursday.", set(), {("Prime Minister's", "ORG"), ("the Prime Minister's", "ORG")}),
        # a role "of" a place before a name in apposition
        ("The mayor of Mildura, Glenys Ward, said the plan was rushed.", {("Glenys Ward", "PERSON"), ("Mildura", "GPE")}, {("Glenys Ward", "FAC")}),
        # a saint's church written with s' is one facility
        ("The Bishop preached at St. Nicholas' Cathedral on Sunday.", {("St. Nicholas' Cathedral", "FAC")}, {("Nicholas", "PERSON")}),
        # a title in apposition to a word for a work, with or without quotation marks
        ("Mr. Thomas Hardy's new volume, Wessex Poems, is announced for December.", {("Wessex Poems", "WORK_OF_ART")}, {("Wessex Poems", "ORG")}),
        ('Her first collection, "Salt and Iron", sold well.', {("Salt and Iron", "WORK_OF_ART")}, set()),
        # a conference named after a city the table knows
        ("The Constantinople Conference met in December and failed.", {("The Constantinople Conference", "EVENT")}, {("Constantinople", "GPE")}),
        # look-alike: the city alone before another noun
        ("The Constantinople embassy reported in December.", set(), {("The Constantinople Conference", "EVENT")}),
    ],
)
def test_compound_places_offices_and_titles_in_apposition(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # an acronym the model took for a person is a body; a person's name in capitals is not touched
        (
            "Services were cut, and the Belgian rail operator SNCB said HS1, which owns the line, was to blame.",
            {("SNCB", "ORG"), ("HS1", "ORG")},
            {("SNCB", "PERSON"), ("HS1", "PERSON")},
        ),
        ("A motorway, the M25, was closed near Dartford.", set(), {("M25", "ORG")}),
        # a title alone is no person
        (
            "PRESIDENT: Comrade Procurator, continue.\n\nBUKHARIN: I deny the conclusion the Procurator draws.",
            set(),
            {("Procurator", "PERSON"), ("Comrade Procurator", "PERSON")},
        ),
        # a company named with its trade's last word; an event named after a drought
        ("Trains to Paris were cancelled, and Network Rail said engineers were on site.", {("Network Rail", "ORG")}, {("Network Rail", "PERSON")}),
        ("Towns have fought buybacks since the Millennium Drought ended.", {("the Millennium Drought", "EVENT")}, {("the Millennium Drought", "FAC")}),
        # a balloon named after its cue; a region named with a compass word
        ("Gambetta went up in the balloon Armand-Barbès at eleven.", {("Armand-Barbès", "PRODUCT")}, {("Armand-Barbès", "ORG")}),
        ("Reports of massacres reached Western Europe in May.", {("Western Europe", "LOC")}, {("Europe", "LOC")}),
    ],
)
def test_acronyms_titles_trades_and_regions(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Drought plan draws fire from farmers\n\nCANBERRA — The minister spoke on Tuesday.", {("Drought", "EVENT")}),
        ("The Affair at Berth Forty-Four\n\nInspector Gale came aboard at eight.", {("The Affair", "EVENT")}),
    ],
)
def test_an_event_word_alone_names_no_event(annotator, text, absent):
    assert_names(annotator, text, set(), absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a name glossed in other languages is the same entity in each
        (
            "The Russo-Turkish War (Turkish: 93 Harbi; Russian: Русско-турецкая война) began in April.",
            {("The Russo-Turkish War", "EVENT"), ("93 Harbi", "EVENT"), ("Русско-турецкая война", "EVENT")},
            {("Harbi", "PERSON")},
        ),
        ("The Chaco War (Spanish: Guerra del Chaco) was fought over a desert.", {("Guerra del Chaco", "EVENT")}, {("Guerra del Chaco", "ORG")}),
        # a translation after the gloss is not part of the name
        (
            'The Brusilov offensive (Russian: Brusilovskii proryv, "Brusilov breakthrough") opened in June.',
            {("Brusilovskii proryv", "EVENT")},
            {('Brusilovskii proryv, "Brusilov breakthrough"', "EVENT")},
        ),
        # look-alike: a bracket that says something in a language is no gloss
        ("The Chaco War (Spanish: the war of the thirst, as soldiers called it) was long.", set(), {("the war of the thirst, as soldiers called it", "EVENT")}),
    ],
)
def test_names_glossed_in_other_languages(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


HANSARD = (
    "HOUSE OF COMMONS\n\nTuesday 14 March 1950\n\nThe House met at half-past Two o'clock\n\n"
    "Mr. Nabarro asked the Minister how many miners left the industry in Durham last year.\n\n"
    "Mr. Nabarro: Is the right hon. Gentleman aware that the hon. Member for Blaydon said the same "
    "thing last week? I refer him to my hon. Friend the Member for Ross and Cromarty."
)


def test_parliamentary_forms(annotator):
    found = {(m.text, m.label) for m in annotator(HANSARD)}
    assert {("HOUSE OF COMMONS", "ORG"), ("The House", "ORG"), ("Blaydon", "GPE"), ("Ross and Cromarty", "GPE")} <= found
    assert not {text for text, _ in found} & {"Gentleman", "Friend", "Member"}
    # look-alike: a member "for" no place
    plain = {(m.text, m.label) for m in annotator("She sat as a Member for Twenty Years, and Mr. Nabarro said so.")}
    assert ("Twenty Years", "GPE") not in plain


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # letters after a name and a judicial title are no part of it
        (
            "Before: Lord Justice Holroyde and His Honour Judge Dennis QC. He was sentenced by Recorder Ashworth.",
            {("Dennis", "PERSON"), ("Ashworth", "PERSON")},
            {("Dennis QC", "PERSON"), ("Recorder Ashworth", "PERSON")},
        ),
        ("Sir Anthony Hale MP opened the debate.", {("Anthony Hale", "PERSON")}, {("Anthony Hale MP", "PERSON")}),
        # a law report's citation names nobody
        ("R v Hartley [2019] EWCA Crim 1142 was followed in Ivey v Genting Casinos [2017] UKSC 67.", set(), {("EWCA Crim", "PERSON"), ("UKSC", "PERSON")}),
        # a journal named without an article after a verb of publishing; a place there is a place
        ("A team from the University of Cambridge reported in Nature on Wednesday.", {("Nature", "ORG")}, {("Nature", "GPE")}),
        ("The findings were published in Moscow and reported in January.", {("Moscow", "GPE")}, {("Moscow", "ORG"), ("January", "ORG")}),
    ],
)
def test_postnominals_citations_and_journals(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # the region after a city and a comma
        ("In 1968 she moved to Halifax, Nova Scotia, to work for the board.", {("Halifax", "GPE"), ("Nova Scotia", "GPE")}, {("Nova Scotia", "PERSON")}),
        # look-alikes: an office's holder after "the Archbishop of Paris,", a person after a city
        ("The Archbishop of Paris, Monseigneur Darboy, was shot as a hostage.", {("Darboy", "PERSON")}, {("Monseigneur Darboy", "GPE"), ("Darboy", "GPE")}),
        ("In Paris, Marie Duval wrote to him.", {("Marie Duval", "PERSON")}, {("Marie Duval", "GPE")}),
        # a fellow or member "of" a body names the body; letters after a name alone name nothing
        (
            "She was appointed OBE in 1994 and elected a Fellow of the Royal Society of Edinburgh in 1998.",
            {("the Royal Society of Edinburgh", "ORG")},
            {("OBE", "ORG"), ("Fellow of the Royal Society of Edinburgh", "ORG")},
        ),
        # a region of England the lexicon lists
        ("The tiramisu is the best in the West Country.", {("the West Country", "LOC")}, {("the West Country", "ORG")}),
    ],
)
def test_regions_fellowships_and_honours(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # the surname alone makes a person of the full name the model read as a body
        (
            "Carlos Alcaraz beat Novak Djokovic in the final on Sunday. Djokovic, who had surgery in June, was gracious.",
            {("Novak Djokovic", "PERSON"), ("Djokovic", "PERSON")},
            {("Novak Djokovic", "ORG")},
        ),
        # look-alike: a facility named with a person's name keeps its own first word
        ("They stayed at the Pension Adler. Adler himself, the owner, met them.", set(), {("Pension Adler", "PERSON")}),
        # a steam yacht's prefix; a postscript is no ship
        ("LOG OF THE S.Y. ALBATROSS, from Leith towards Reykjavik.", {("S.Y. ALBATROSS", "PRODUCT")}, set()),
        ("Yours, Anna.\n\nP.S. Sunday was cold.", set(), {("P.S. Sunday", "PRODUCT")}),
        # a point of the compass after a bearing is no initial; an initial that signs a letter stays
        ("At noon Lat. 56° 40' N., Long. 1° 12' W. The wind was light.", set(), {("W.", "PERSON"), ("N.", "PERSON")}),
        # an island named with "Isle"
        ("We hove to off Fair Isle for eleven hours.", {("Fair Isle", "LOC")}, {("Fair Isle", "ORG")}),
    ],
)
def test_surnames_ships_bearings_and_islands(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("It compared the Stalin régime to the Thermidor of the French Revolution.", {("the French Revolution", "EVENT")}, set()),
        ("Ten days after the October Revolution the Council met.", {("the October Revolution", "EVENT")}, set()),
        # look-alikes: a theory and a book
        ("He defended the Permanent Revolution against its critics.", set(), {("the Permanent Revolution", "EVENT")}),
        ("The Revolution Betrayed appeared in 1937.", set(), {("The Revolution", "EVENT")}),
    ],
)
def test_revolutions_of_nations_and_months(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("Ama Boateng, whose book on the conference appears next spring, spoke to Renata Osei about it.", {("Renata Osei", "PERSON")}, {("Renata Osei", "ORG")}),
        # look-alike: a body named after a person keeps its head word
        ("A grant from the Renata Osei Foundation paid for the archive.", set(), {("Renata Osei", "PERSON")}),
    ],
)
def test_a_given_name_and_surname_the_model_read_as_a_body(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("Floods in the northeastern Indian state of Assam have killed 40 people.", {("Assam", "GPE")}, {("Assam", "LOC")}),
        ("Coalition talks in the German state of Lower Saxony broke down.", {("Lower Saxony", "GPE")}, {("Lower Saxony", "PERSON")}),
        # look-alike: a state "of" something that is no place
        ("They spoke of the state of Europe's finances and the kingdom of Heaven.", set(), {("Europe", "GPE"), ("Heaven", "GPE")}),
    ],
)
def test_a_state_of_a_country_is_governed(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


INFOBOX = (
    "Christian Rakovsky\n\nBorn: 13 August 1873, Kotel, Bulgaria\nParty: RSDLP (1903–1917)\n"
    "Spouse: Alexandrina Alexandrescu\n\nRakovsky joined the Party in 1917 and studied in Geneva, "
    "Berlin, Zürich and Montpellier."
)


def test_record_fields_and_places_listed_after_places(annotator):
    found = {(m.text, m.label, m.start) for m in annotator(INFOBOX)}
    label_at = INFOBOX.index("Party:")
    assert not any(start == label_at for _, _, start in found)  # a field's label names nothing
    assert ("the Party", "ORG", INFOBOX.index("the Party")) in found  # the same word in the text does
    assert {("Alexandrina Alexandrescu", "PERSON"), ("Montpellier", "GPE"), ("Zürich", "GPE")} <= {(t, l) for t, l, _ in found}


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("Analysts at Jefferies raised their target price; the index closed up 0.6%.", {("Jefferies", "ORG")}, {("Jefferies", "GPE")}),
        # look-alike: analysts at a place
        ("Analysts at Frankfurt were less sure.", {("Frankfurt", "GPE")}, {("Frankfurt", "ORG")}),
    ],
)
def test_the_firm_analysts_work_at(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a person after a body's "of" is no part of its name
        (
            "In 1940 he fled to Marseille, where the Emergency Rescue Committee of Varian Fry sheltered him.",
            {("the Emergency Rescue Committee", "ORG"), ("Varian Fry", "PERSON")},
            {("the Emergency Rescue Committee of Varian Fry", "ORG")},
        ),
        # look-alike: a place after "of" is part of the body's name
        ("The Communist Party of Great Britain met in London.", {("The Communist Party of Great Britain", "ORG")}, set()),
        # a war is an event whatever the model made of it
        ("The Commune grew out of the humiliation of the Franco-Prussian War in 1871.", {("the Franco-Prussian War", "EVENT")}, {("the Franco-Prussian War", "LAW")}),
    ],
)
def test_persons_after_bodies_and_wars(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # each fort of a list after "the forts of" is a facility, in its other mentions too
        (
            "A month later his troops took the forts of Boquerón, Corrales and Toledo. Estigarribia then laid siege to Boquerón.",
            {("Boquerón", "FAC"), ("Corrales", "FAC"), ("Toledo", "FAC")},
            {("Toledo", "GPE"), ("Boquerón", "GPE")},
        ),
        # look-alike: a fortified town is the town
        ("The King was stopped on his way to the fortress of Montmédy.", set(), {("Montmédy", "FAC")}),
    ],
)
def test_forts_named_in_a_list(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("His sister Letitia met him at the door of Ravenscar Lodge.", {("Ravenscar Lodge", "FAC")}, {("Ravenscar Lodge", "PERSON")}),
        ("Gale looked out at the grey expanse of Southampton Water.", {("Southampton Water", "LOC")}, {("Southampton Water", "FAC")}),
        # look-alike: a person named Lodge keeps the given name's sense
        ("Senator Henry Cabot Lodge opposed the treaty.", {("Henry Cabot Lodge", "PERSON")}, {("Henry Cabot Lodge", "FAC")}),
    ],
)
def test_houses_and_waters(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # old abbreviations of given names start a person's name
        (
            "LOG OF THE BARQUE CORDELIA, Capt. Jas. Harland.\n\nThos. Gittins, A.B., fell from the yard.\n\n(Signed) Robt. Penhale, Mate.",
            {("Jas. Harland", "PERSON"), ("Thos. Gittins", "PERSON"), ("Robt. Penhale", "PERSON")},
            {("Jas", "PERSON"), ("Harland", "NORP")},
        ),
        # look-alike: an abbreviation before a place
        ("We sailed from Geo. Town to Boston.", set(), {("Geo. Town", "PERSON")}),
        # points of the compass are no names
        ("At noon sighted a sail bearing S.S.W. Strong gales from the N.E. all night.", set(), {("S.S.W.", "ORG"), ("the N.E.", "ORG")}),
        # the parties of a lawsuit and an office in capitals are no names
        ("The Claimant says that the Defendant was negligent. Mr. SPEAKER took the Chair.", set(), {("the Defendant", "ORG"), ("The Claimant", "ORG"), ("SPEAKER", "PERSON")}),
        # a side that plays another in a sports report
        (
            "Cardiff led at half-time, but the referee's whistle for full-time came too soon for the home side. "
            "Wales play Argentina at the Principality Stadium next week, and the head coach named his squad.",
            {("Wales", "ORG"), ("Argentina", "ORG")},
            {("Wales", "GPE")},
        ),
    ],
)
def test_logbooks_lawsuits_and_offices_in_capitals(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_reports_numbered_heads_are_no_names(annotator):
    text = (
        "1. GENERAL. The rains were late.\n\n2. NATIVE ADMINISTRATION. The chiefs met at Lawra in January.\n\n"
        "3. EDUCATION. The school at Nandom has forty boys."
    )
    found = {m.text for m in annotator(text)}
    assert not found & {"GENERAL", "NATIVE ADMINISTRATION", "EDUCATION"}
    # look-alike: a paragraph that opens with a sentence in capitals and no number is left to the other rules
    plain = {(m.text, m.label) for m in annotator("NATO. The alliance met in Brussels on Monday.")}
    assert ("Brussels", "GPE") in plain


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ('The mate said that he had not seen such a sea "since the Horn in \'49."', {("the Horn", "LOC")}, {("the Horn in '49", "LOC")}),
        # look-alike: a year that is part of a body's name stays with the body's own rule
        ("The Congress of 1921 met in Moscow.", {("Moscow", "GPE")}, set()),
    ],
)
def test_a_year_after_a_place_is_no_part_of_it(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)
