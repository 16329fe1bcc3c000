"""entity_rules.v20 (entity table v18): Arabic and Persian names joined by "ibn" or a hyphenated
article, or opened by "Mir"; the titles of Indian and Muslim rulers; a town that ends like a
nationality word; where someone lives, after the old newspapers' "<name>, of"; a country always
named with its article; a body named with its country before a speech verb; a town and its
abbreviated state ("Troy, N.Y."); a shipping list's master after the ship's type; a married
woman's maiden and married names as one; provinces and states named in several words (ISO 3166-2);
a word only shaped like a people's, before "and" or a verb, is a place; "retaken" takes a place;
a name with the article paired with a river is a river; a shipping list's ports; "in rural Kerry"; a body the text calls a group, with its "A"; old inns' names; a ship named with a title; a masthead's town in capitals is the town in the text; a body's whole name and another after "and"; a make and its model someone owns; a bank named in its own language; quoted words going on with a negated verb are no title.
Each rule has a case it must get right and a look-alike it must leave alone."""

import json

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator, load_entity_table
from succession.errors import InputError

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR in ("entity_rules.v20", "entity_rules.v21")  # v21 pins itself in test_entities_v21


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a name joined by a hyphenated article is one person's, not a place and a person
        (
            "The Nawab's army broke at noon, and Siraj ud-Daulah lost his nerve.",
            {("Siraj ud-Daulah", "PERSON")},
            {("Siraj", "GPE"), ("Daulah", "PERSON"), ("Siraj", "PERSON")},
        ),
        (
            "Salah ad-Din took Jerusalem in 1187.",
            {("Salah ad-Din", "PERSON"), ("Jerusalem", "GPE")},
            {("Salah", "PERSON"), ("Din", "PERSON")},
        ),
        # "Mir" opens the name; a ruler's title alone is no entity
        (
            "Clive joined a conspiracy with Mir Jafar, the Nawab's paymaster.",
            {("Mir Jafar", "PERSON")},
            {("Jafar", "PERSON"), ("the Nawab", "ORG")},
        ),
        # the title stays out of the name that "ibn" joins
        (
            "The army of the Mahdist state under the Khalifa Abdallahi ibn Muhammad was beaten.",
            {("Abdallahi ibn Muhammad", "PERSON")},
            {("the Khalifa Abdallahi", "ORG"), ("Muhammad", "PERSON")},
        ),
        # look-alike: an article inside a camp's name, with no person in it, leaves it alone
        (
            "Ahmed bin Said met the consul at the Wadi al-Arab camp.",
            {("Ahmed bin Said", "PERSON"), ("Wadi al-Arab", "FAC")},
            {("Wadi al-Arab", "PERSON")},
        ),
        # a town the gazetteer knows, though its name ends like a nationality word
        (
            "Kitchener entered Omdurman the same afternoon.",
            {("Omdurman", "GPE")},
            {("Omdurman", "NORP")},
        ),
        # look-alike: a nationality word stays one
        (
            "The Iranian delegation and the Italian delegation arrived in Tehran.",
            {("Iranian", "NORP"), ("Italian", "NORP"), ("Tehran", "GPE")},
            {("Iranian", "GPE")},
        ),
        # where someone lives is a town, though its name ends in a facility's word
        (
            "Mary Ann Charlton, of Haydon Bridge, summoned her neighbour for abusive language.",
            {("Mary Ann Charlton", "PERSON"), ("Haydon Bridge", "GPE")},
            {("Haydon Bridge", "FAC")},
        ),
        # look-alike: a farm's name in the address stays a building
        (
            "Thomas Kemp, of Grange Farm, said the sheep were his.",
            {("Grange Farm", "FAC")},
            {("Grange Farm", "GPE")},
        ),
        # a country named with its article is the country, wherever it stands
        (
            "The battle led to the reconquest of the Sudan. After 1885 the Sudan was ruled by the Mahdists.",
            {("the Sudan", "GPE")},
            {("the Sudan", "LOC"), ("the Sudan", "ORG")},
        ),
        # look-alike: a region named with its article stays a region
        (
            "Taxes there are still the heaviest in the Baltics, the minister said.",
            {("the Baltics", "LOC")},
            {("the Baltics", "GPE")},
        ),
        # a body named with its country is no speaker's name
        (
            "Transport Canada said in an emailed reply that the vessel was safe.",
            {("Transport Canada", "ORG")},
            {("Transport Canada", "PERSON")},
        ),
        # look-alike: a person with a country's surname still speaks
        (
            "Anna Ghana said nothing at the meeting.",
            {("Anna Ghana", "PERSON")},
            {("Anna Ghana", "ORG")},
        ),
        # a masthead's town and abbreviated state, in capitals, are two places
        (
            "THE CHASE COUNTY SENTINEL.\nCOTTONWOOD FALLS, KAN., THURSDAY, SEPTEMBER 10, 1903.",
            {("COTTONWOOD FALLS", "GPE"), ("KAN.", "GPE")},
            {("COTTONWOOD FALLS", "PERSON")},
        ),
        # a saint's town keeps its "St.", and the state its full stop
        (
            "He was born at St. Paul, Minn., and died at Ft. Worth, Tex., in 1911.",
            {("St. Paul", "GPE"), ("Minn.", "GPE"), ("Ft. Worth", "GPE"), ("Tex.", "GPE")},
            {("Paul", "PERSON"), ("Minn", "GPE")},
        ),
        # look-alike: a person's name before a party's or state's letters stays a person
        (
            "The vote was close; Joe Lieberman, Conn., voted against the bill.",
            {("Joe Lieberman", "PERSON")},
            {("Joe Lieberman", "GPE")},
        ),
        # a shipping list: the name after the ship's type, between commas, is her master's
        (
            "Arrived: 13th, Border Maid, s.s., Robson, from Hamburg, with general cargo; 14th, Tyne, brig, Hall, from Riga, with timber.",
            {("Border Maid", "PRODUCT"), ("Robson", "PERSON"), ("Hall", "PERSON"), ("Hamburg", "GPE")},
            {("Robson", "PRODUCT"), ("Hall", "PRODUCT")},
        ),
        # look-alike: the type before the name, without commas, still names the ship
        (
            "They sailed in the brig Ellen and Mary, of St. Ives, from Swansea.",
            {("Ellen and Mary", "PRODUCT")},
            {("Ellen and Mary", "PERSON")},
        ),
        # a maiden and a married name, with only a space between, are one woman's name
        (
            "Mme. Natalia Sedova Trotzky, who had been married to the exile for years, wept.",
            {("Natalia Sedova Trotzky", "PERSON")},
            {("Natalia Sedova", "PERSON"), ("Trotzky", "PERSON")},
        ),
        # look-alike: two people set apart by a comma stay two
        (
            "The mourners were Natalia Sedova, Trotzky and their grandson.",
            {("Natalia Sedova", "PERSON")},
            {("Natalia Sedova Trotzky", "PERSON")},
        ),
        # a province's name is a place, though the model took it for a person or cut "Prince" off
        (
            "Nova Scotia's legislature passed a bill on the ferry from Wood Islands, Prince Edward Island. "
            "A spokesperson for the Prince Edward Island government said it would study the Nova Scotia law.",
            {("Nova Scotia", "GPE"), ("Prince Edward Island", "GPE")},
            {("Nova Scotia", "PERSON"), ("Edward Island", "PERSON"), ("Prince Edward Island", "LOC")},
        ),
        # look-alike: inside a longer name the province is part of it
        (
            "Nova Scotia Power raised its rates in the spring.",
            set(),
            {("Nova Scotia", "GPE")},
        ),
        # a word shaped like a people's ("-an") that stands for itself after a preposition is a place
        (
            "The Khalifa escaped to Kordofan and was killed a year later.",
            {("Kordofan", "GPE")},
            {("Kordofan", "NORP")},
        ),
        (
            "One of them was a young teacher from Hunan called Mao.",
            {("Hunan", "GPE")},
            {("Hunan", "NORP")},
        ),
        # look-alike: before a noun it is a people's word
        (
            "He hired a Kazakh carter twice a week.",
            {("Kazakh", "NORP")},
            {("Kazakh", "GPE")},
        ),
        (
            "The Army of the Loire has retaken Orléans and will be here within a week.",
            {("Orléans", "GPE")},
            {("Orléans", "NORP")},
        ),
        # a name with the article paired with a known river is a river, not a building
        (
            "Benedek drew up 215,000 men on the heights between the Bistritz and the Elbe.",
            {("the Bistritz", "LOC"), ("the Elbe", "LOC")},
            {("the Bistritz", "FAC")},
        ),
        # look-alike: a street the model found, along which a tram runs, stays a street
        (
            "A tram ground its way along the Sadovaya to the station.",
            {("the Sadovaya", "FAC")},
            {("the Sadovaya", "LOC")},
        ),
        # a shipping list's ports after "from" and "for" are places, not firms
        (
            "Sailed: the 14th, the brig Margaret Owen, Jones, for Cork, with lead ore. Arrived: the Black Ann, with slates from Portmadoc.",
            {("Cork", "GPE"), ("Portmadoc", "GPE"), ("Jones", "PERSON")},
            {("Portmadoc", "ORG"), ("Cork", "LOC")},
        ),
        # look-alike: outside a shipping list a firm after "for" stays a firm
        (
            "She worked for Portmadoc, the slate firm, until 1890.",
            set(),
            {("Portmadoc", "GPE")},
        ),
        # a part of the country between "in" and the name: still a place
        (
            "Shopkeepers feared for small shops in rural Kerry, already hit by closures.",
            {("Kerry", "GPE")},
            {("Kerry", "PERSON")},
        ),
        # look-alike: the name's owner is a person elsewhere in the text
        (
            "Mr. Kerry spoke first. The grant was spent in rural Kerry, he said.",
            set(),
            {("Kerry", "GPE")},
        ),
        # a name the text calls a group's is a body, with its "A", and the country in it is
        # nobody's surname elsewhere
        (
            "Ghana lawmakers back mining ban\n\nACCRA, Nov 6 (AP) — Ghana's Parliament on Thursday approved a ban. "
            "The environmental group A Rocha Ghana called the vote overdue.",
            {("A Rocha Ghana", "ORG"), ("Ghana", "GPE")},
            {("Rocha Ghana", "PERSON"), ("Ghana", "PERSON")},
        ),
        # look-alike: a sentence's own "A" before a body is no part of its name
        (
            "A Commission of Inquiry was set up in May.",
            {("Commission of Inquiry", "ORG")},
            {("A Commission of Inquiry", "ORG")},
        ),
        # an old inn's name, two nouns joined by "and" or a number and a plural, is a building
        (
            '"You know the Bull and Mouth, Tidy?" She took eggs for the Three Pilchards, where Mrs. Rowe paid a penny.',
            {("the Bull and Mouth", "FAC"), ("the Three Pilchards", "FAC")},
            {("Mouth", "PERSON"), ("the Three Pilchards", "ORG")},
        ),
        # look-alike: a region's plural pair stays a region, and a pair before a name is part of it
        (
            "We met at the Victoria and Albert Museum, and later in the Highlands and Islands.",
            {("the Victoria and Albert Museum", "FAC")},
            {("the Highlands and Islands", "FAC"), ("the Victoria and Albert", "FAC")},
        ),
        # a ship a sailor ships in, or that is posted missing, though her name opens with a title
        (
            'Her cousin Reuben had shipped in the Lady Agnes as second mate. "The Lady Agnes is posted missing," he said.',
            {("Lady Agnes", "PRODUCT"), ("Reuben", "PERSON")},
            {("Agnes", "PERSON")},
        ),
        # look-alike: a lady who is missed is a person
        (
            "The Lady Agnes was missed at dinner, and Reuben went to look for her.",
            set(),
            {("Lady Agnes", "PRODUCT")},
        ),
        # the masthead's town in capitals is the same town in the paper's running text
        (
            "THE CHASE COUNTY SENTINEL.\nCOTTONWOOD FALLS, KAN., THURSDAY, SEPTEMBER 10, 1903.\n\n"
            "The sheriff will, at the front door of the court house in Cottonwood Falls, offer the land at public sale.",
            {("COTTONWOOD FALLS", "GPE"), ("Cottonwood Falls", "GPE")},
            {("Cottonwood Falls", "FAC")},
        ),
        # look-alike: a building named with the town's name keeps its own head word
        (
            "THE CHASE COUNTY SENTINEL.\nCOTTONWOOD FALLS, KAN., THURSDAY, SEPTEMBER 10, 1903.\n\n"
            "The dance will be held at the Cottonwood Falls Opera House on Friday.",
            {("COTTONWOOD FALLS", "GPE")},
            {("Cottonwood Falls", "GPE")},
        ),
        # a body's whole name and another named without a body's word are two bodies
        (
            "The bill passed with the opposition joining the Reform Party and Eesti 200 in support.",
            {("the Reform Party", "ORG"), ("Eesti 200", "ORG")},
            {("the Reform Party and Eesti 200", "ORG")},
        ),
        # look-alike: a pair that ends in a body's word is one name
        (
            "He wrote to the Australian Competition and Consumer Commission in May.",
            {("the Australian Competition and Consumer Commission", "ORG")},
            {("Consumer Commission", "ORG")},
        ),
        # a make and its model that someone owns is one product, after an age with hyphens too
        (
            "A family with a five-year-old Škoda Octavia pays 200 euros a year. He drove his old Ford Cortina.",
            {("Škoda Octavia", "PRODUCT"), ("Ford Cortina", "PRODUCT")},
            {("Škoda Octavia", "PERSON"), ("Ford Cortina", "PERSON")},
        ),
        # look-alike: the maker's company is a body
        (
            "The Ford Motor Company said so. She bought a Ford in 1960.",
            {("The Ford Motor Company", "ORG"), ("Ford", "PRODUCT")},
            {("Ford Motor", "PRODUCT")},
        ),
        # a bank named in its own language is a body, though it speaks
        (
            "Families pay 200 euros a year.\n\nEesti Pank said in a statement that the exemption would cost little.",
            {("Eesti Pank", "ORG")},
            {("Eesti Pank", "PERSON")},
        ),
        # look-alike: a man named like the word, with a title, is a man
        (
            "Mr. Pank said in a statement that he would resign.",
            {("Pank", "PERSON")},
            {("Pank", "ORG")},
        ),
        # quoted words that go on with a negated auxiliary are a sentence, not a title
        (
            'The freeze takes effect on May 1.\n\n"People in Pictou County don\'t see that ferry as a luxury," she said.',
            set(),
            {("People in Pictou County", "WORK_OF_ART")},
        ),
        # look-alike: a title closed by its quotation mark stays a title
        (
            'She had read "The Revolution Betrayed" twice before the trial.',
            {("The Revolution Betrayed", "WORK_OF_ART")},
            set(),
        ),
    ],
)
def test_v20_rules(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_state_abbreviations_must_end_with_their_full_stop(tmp_path):
    path = tmp_path / "entities.json"
    path.write_text(json.dumps({"version": 1, "entities": [], "lexicon": {"state_abbreviations": ["Kan"]}}), encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_entity_table(path)
    assert error.value.problems[0].pointer == "/lexicon/state_abbreviations/0"


def test_province_names_leave_out_phrases_saints_and_given_names():
    from succession.places import place_kind, region_names

    names = region_names()
    assert {"Nova Scotia", "Prince Edward Island", "Uttar Pradesh", "New South Wales"} <= names
    assert not {"Free State", "West Coast", "Diego Martin", "Saint Thomas"} & names
    assert all(" " in name for name in names)
    assert place_kind("Nova Scotia") == "state"
