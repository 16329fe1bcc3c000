"""entity_rules.v18: nicknames given by "whom ... called" or after a speech verb; names the model
cut at a common-looking word ("Half Moon Street", "the West End") or opened with a conjunction
("Because Dolly"); a body named for a country; a party before a backbencher; a letter's heading
place; a people before its fishermen or cavalry; a valley's name; a commander's brigade; Finnish
road suffixes that are given names; weekdays in capitals.
Each rule has a case it must get right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR in ("entity_rules.v18", "entity_rules.v19", "entity_rules.v20", "entity_rules.v21")  # v19 pins itself in test_entities_v19


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a name someone is called by, without the phrase's article, wherever the text uses it
        (
            'Mr. Pell, whom the porters of the market called the Badger, sat by the stove. "Not tonight," said the Badger.',
            {("Badger", "PERSON")},
            {("the Badger", "LOC"), ("the Badger", "ORG")},
        ),
        (
            'The boys on Elm Street called me Rivets that year. "Come on, Rivets," he said.',
            {("Rivets", "PERSON")},
            {("Rivets", "GPE"), ("Rivets", "ORG")},
        ),
        # a people's word alone after a speech verb is somebody's name; "the Dutch" stay a people
        (
            '"Fill her up," said Dutch. "She runs fine." Dutch drove off towards the lake. The Dutch had built the dyke.',
            {("Dutch", "PERSON"), ("Dutch", "NORP")},
            set(),
        ),
        # a given name that ends like a Finnish road ("-tie") is no road
        (
            "Aunt Lottie was there too. The shop stood on Mannerheimintie.",
            {("Lottie", "PERSON"), ("Mannerheimintie", "FAC")},
            {("Lottie", "FAC")},
        ),
        # a street's capitalised first word inside a sentence; a compass point's district
        (
            "The fog was so thick in Half Moon Street that the lamps were lit. The cabmen of the West End went home.",
            {("Half Moon Street", "FAC")},
            {("Moon Street", "FAC"), ("the West", "LOC")},
        ),
        # look-alikes: a sentence's first word, and a compass point before a people
        (
            "Yesterday Moon Street was empty. The West German economy grew.",
            set(),
            {("Yesterday Moon Street", "FAC")},
        ),
        # a conjunction opening the words is no part of the name after it
        (
            '"How do you know?" "Because Dolly reads the newspaper to me," said Pell.',
            {("Dolly", "PERSON")},
            {("Because Dolly", "WORK_OF_ART"), ("Because Dolly", "PERSON")},
        ),
        # a body named for a country that speaks, with its first word; the country stays a place
        (
            'Ireland\'s parliament voted late on Wednesday. "We will comply," Convenience Retailers Ireland said in a statement.',
            {("Convenience Retailers Ireland", "ORG"), ("Ireland", "GPE")},
            {("Retailers Ireland", "PERSON"), ("Ireland", "PERSON")},
        ),
        # a party before a backbencher, and the person the model missed after the role
        (
            "Fianna Fáil backbencher Seán Moriarty abstained. Labour backbencher Tom Ryan did not.",
            {("Fianna Fáil", "ORG"), ("Seán Moriarty", "PERSON")},
            {("Fianna Fáil", "PERSON")},
        ),
        # a letter's heading: an unknown word, then a weekday and a date, alone on the line
        (
            "Kolpashevo, Thursday, 18 July 1929\n\nDear Misha,\n\nYour letter came.",
            {("Kolpashevo", "GPE")},
            {("Kolpashevo", "PERSON")},
        ),
        # a people before its fishermen or cavalry; a name before "valley"; a commander's brigade
        (
            "He taught the children of the Ostyak fishermen. The Oromo cavalry charged, and forty-two Dhotial porters fled. Dabormida's brigade was cut off in the Mariam Shavitu valley, and Albertone's brigade lost its way.",
            {("Ostyak", "NORP"), ("Oromo", "NORP"), ("Dhotial", "NORP"), ("Mariam Shavitu", "LOC"), ("Albertone", "PERSON")},
            {("Ostyak", "GPE"), ("Oromo", "ORG"), ("Albertone", "GPE")},
        ),
        # look-alike: a known place's brigade is the place's
        (
            "The Cardiff brigade marched. Wellington's army waited.",
            set(),
            {("Wellington", "PERSON")},
        ),
        # Ethiopian titles are titles; a weekday or month in capitals names nothing
        (
            "Ras Makonnen and Ras Alula led the wings. The sale will be held on MONDAY, the 2nd day of OCTOBER next.",
            {("Makonnen", "PERSON"), ("Alula", "PERSON")},
            {("Ras Makonnen", "PERSON"), ("MONDAY", "ORG"), ("OCTOBER", "ORG")},
        ),
    ],
)
def test_entity_rules_v18(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # an infobox row is a field: its place and its commanders, titles left out
        (
            "Battle of Kessel\nDate | 3 May 1801\nLocation | Tarnhollow, near Vienna\nCommanders and leaders | Lord Raglan · Pierre Bosquet | Ivan Petrov",
            {("Tarnhollow", "GPE"), ("Raglan", "PERSON"), ("Pierre Bosquet", "PERSON")},
            {("Lord Raglan", "PERSON")},
        ),
        # a work after "the second volume of"; a hotel one stays at; a court's county
        (
            "Send me the second volume of Capital and the second volume of Hegel. He does not stay at the Metropole on his allowance. A writ issued out of the Circuit Court of Adams county.",
            {("Capital", "WORK_OF_ART"), ("the Metropole", "FAC"), ("the Circuit Court", "ORG"), ("Adams", "GPE")},
            {("the Circuit Court of Adams", "ORG")},
        ),
        # look-alikes: a people's word before a noun after "arrived at the"; a person's works
        (
            "I have arrived at the Turkish frontier. She read the second volume of Hegel.",
            {("Turkish", "NORP")},
            {("Turkish", "FAC"), ("Hegel", "WORK_OF_ART")},
        ),
        # initials alone, three or more, are a body; a signature's two are a person
        (
            "Natchez Camp No. 20, U. C. V., will meet on Monday.\n\nYours, L. T.",
            {("U. C. V.", "ORG")},
            {("U. C. V.", "PERSON")},
        ),
        # a steamer's name over "of the"; Spanish "e" inside a bank's name
        (
            "The steamer Belle of the Bends came up from New Orleans. Analysts at Banco de Crédito e Inversiones said so.",
            {("Belle of the Bends", "PRODUCT"), ("Banco de Crédito e Inversiones", "ORG")},
            {("Belle", "PRODUCT"), ("Inversiones", "PERSON")},
        ),
        # a common word that is all someone says, opening the paragraph; a quoted term is kept
        (
            'He asked me what I meant to do.\n\n"Radio," I said.\n\nTrotsky, leader of the "Lefts," spoke.',
            set(),
            {("Radio", "ORG"), ("Radio", "PRODUCT")},
        ),
        # the table's former names of countries and Scotland Yard; a family's word names nobody
        (
            'My mother brought them from Ceylon. He spent thirty years at Scotland Yard.\n\n"Eddie, you smell of gasoline," Ma said.',
            {("Ceylon", "GPE"), ("Scotland Yard", "ORG")},
            {("Ma", "PERSON"), ("Scotland Yard", "FAC")},
        ),
        # rooms and an eisteddfod; a party named in the plural with its article
        (
            "The committee of the Cardiganshire Eisteddfod met in the Assembly Room. Labour and the Social Democrats supported the bill.",
            {("the Cardiganshire Eisteddfod", "EVENT"), ("the Assembly Room", "FAC"), ("the Social Democrats", "ORG")},
            set(),
        ),
    ],
)
def test_entity_rules_v18_fields_works_and_buildings(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a place or people the model ran on into the sentence's lower-case words
        (
            "I teach arithmetic to the children of a Kazakh carter twice a week.",
            {("Kazakh", "NORP")},
            {("Kazakh carter twice a week", "GPE")},
        ),
        # look-alikes: particles and lower-case words inside names stay
        (
            "He went from Frankfurt am Main to Stratford-upon-Avon and met Charles de Gaulle.",
            {("Charles de Gaulle", "PERSON")},
            {("Charles", "PERSON")},
        ),
        # an address's county before its postcode; a body named for a home nation
        (
            "Halden Home Appliances Ltd, Unit 7, Kestrel Park, Redditch, Worcestershire B98 9HZ. The survey was funded by Historic Environment Scotland.",
            {("Worcestershire", "GPE"), ("Historic Environment Scotland", "ORG")},
            {("Worcestershire B98", "PERSON"), ("Worcestershire", "PERSON"), ("Historic Environment Scotland", "PERSON")},
        ),
    ],
)
def test_entity_rules_v18_extents_and_addresses(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a breed in a sale notice; a family's residence; a town named with a feature's word
        (
            "They will sell 40 Cheviot ewes and 6 Highland stots. Jas. Pettibone has bought the Whitcomb residence. The prisoner was sent to Cape Town.",
            {("Whitcomb", "PERSON"), ("Cape Town", "GPE")},
            {("Cheviot", "PERSON"), ("Highland", "GPE"), ("Whitcomb", "ORG"), ("Cape Town", "LOC")},
        ),
        # a family named after one of its members; a people keeps its name beside a namesake
        (
            "Her name was Martha Pegg, and the Peggs had kept the ferry for two hundred years. The Germans, led by Kurt German, fled.",
            {("Peggs", "PERSON"), ("Germans", "NORP")},
            {("the Peggs", "ORG"), ("Germans", "PERSON")},
        ),
        # look-alikes: a body after "the" before a verb; a cape that is no town
        (
            "The Holton Gazette has been sold. They rounded the Cape of Good Hope.",
            set(),
            {("Holton Gazette", "PERSON")},
        ),
    ],
)
def test_entity_rules_v18_sales_and_towns(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # readings of the model a neighbouring word disproves
        (
            '"Tenants in Cork and Galway were promised protection," he said.\nBelligerents: Bolivia | Paraguay\nThe yard has an order from Coral Horizon, which operates nine ships. We walked to Paris-Plage and Boulogne-sur-Mer.',
            {("Cork", "GPE"), ("Bolivia", "GPE"), ("Coral Horizon", "ORG"), ("Paris-Plage", "GPE"), ("Boulogne-sur-Mer", "GPE")},
            {("Tenants in Cork and Galway", "WORK_OF_ART"), ("Bolivia", "NORP"), ("Coral Horizon", "PERSON"), ("Paris", "GPE")},
        ),
        # a magistrate's letters before the next man's name; a canal the model took for a law
        (
            "He was charged before Mr. Bathgate, R.M. John M'Kinnon, a carter, was fined 20s. Barges used the Grand Junction Canal.",
            {("John M'Kinnon", "PERSON")},
            {("R.M. John M'Kinnon", "PERSON"), ("the Grand Junction Canal", "LAW")},
        ),
        # look-alikes: two places before a noun; a person who is followed by "which" after a given name
        (
            "They built the Berlin-Baghdad railway in 1903. Paris fell. John Smith, which surprised us, resigned.",
            {("Paris", "GPE")},
            {("John Smith", "ORG")},
        ),
    ],
)
def test_entity_rules_v18_model_slips(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a ship known by what it does, without the article
        (
            '"The Aquitania leaves on the 17th." The mail will come if the Bentinck does not break her shaft again at Suez. The Wild Deer, with immigrants from Glasgow, is expected daily.',
            {("Aquitania", "PRODUCT"), ("Bentinck", "PRODUCT"), ("Wild Deer", "PRODUCT")},
            {("The Aquitania", "ORG"), ("the Bentinck", "ORG"), ("The Wild Deer", "ORG")},
        ),
        # look-alikes: a parliament due to do something; a bridge expected to close
        (
            "The Bundestag is due to hold a first debate. The Greyfriars Bridge was expected to follow.",
            set(),
            {("Bundestag", "PRODUCT"), ("Greyfriars Bridge", "PRODUCT")},
        ),
    ],
)
def test_entity_rules_v18_ships(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # governed divisions named in the plural; a state's abbreviation keeps its full stop
        (
            "The Boer republics of the Transvaal and the Orange Free State had 21,000 men. Water poured into St. Bernard and Plaquemines parishes. The crest passed Cairo, Ill., on April 14.\n\nMinneapolis, Minn., July 19, 1934.",
            {("the Transvaal", "GPE"), ("the Orange Free State", "GPE"), ("St. Bernard", "GPE"), ("Plaquemines", "GPE"), ("Ill.", "GPE"), ("Minn.", "GPE")},
            {("Ill", "GPE"), ("Minn", "GPE"), ("Bernard", "PERSON")},
        ),
        # look-alike: an abbreviation after a person is no state
        (
            "He met Smith, Pa. said no.",
            {("Smith", "PERSON")},
            {("Pa.", "GPE")},
        ),
    ],
)
def test_entity_rules_v18_divisions_and_states(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)
