"""entity_rules.v21 (entity table v19): a title alone as the name someone is called by; a name
the model ran on into a speech verb, or ended before a hyphenated given name; a common noun and
a country name a body; the realms of the Holy Roman Empire, and an infobox's row label after one;
a shipping list's day, vessel, master and port; the place of a birth or death notice; an old
paper's heads naming a building, a railway company or a council; a magistrate's letters; a copy
of a paper; "postmarked"; a town the model took for a people after "from"; a city's quarters in
a list; a name before a stream; "the Empire"; a colony named by its people's word; a month
before a name; a house the text says is called so; a people's men ("Cornishmen"); a lawsuit's
two parties; a people's word before a formation's name; a person inside a run-on party
mention. Each rule has a case it must get right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator
from succession.places import is_country_word

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR == "entity_rules.v21"


def test_a_country_word_is_a_country_or_the_end_of_ones_name():
    assert is_country_word("Canada") and is_country_word("Korea")
    assert not is_country_word("Islands") and not is_country_word("Coast") and not is_country_word("Statistics")


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a title alone, after the article, is the name someone is called by
        (
            'The old digger whom the camp called the Doctor came in at dusk. "Sit down," said the Doctor.',
            {("Doctor", "PERSON")},
            set(),
        ),
        # look-alike: a title before a name stays a title
        (
            "The girl whom they called Father Keane's favourite sang first.",
            {("Keane", "PERSON")},
            {("Father", "PERSON"), ("Father Keane", "PERSON")},
        ),
        # a bank's name ends before the verb it says
        (
            "Economists at Banco Meridional said the rate would fall by June.",
            {("Banco Meridional", "ORG")},
            {("Banco Meridional said", "ORG")},
        ),
        # a given name goes on over its hyphen
        (
            "Its leader, Park Min-jun, said the strike would go on.",
            {("Park Min-jun", "PERSON")},
            {("Park Min", "PERSON")},
        ),
        # look-alike: a name before "-led" is no longer name
        (
            "A Jones-led committee met on Friday.",
            set(),
            {("Jones-led", "PERSON")},
        ),
        # a common noun and a country: a body that speaks, not a person or a place
        (
            "Statistics Finland said unemployment rose.",
            {("Statistics Finland", "ORG")},
            {("Statistics Finland", "PERSON"), ("Statistics Finland", "GPE")},
        ),
        # look-alike: a region named with its country
        (
            "Northern Ireland said no.",
            {("Northern Ireland", "GPE")},
            {("Northern Ireland", "ORG")},
        ),
        # an elector's realm is a state, with its kind
        (
            "The Electorate of Saxony joined the league in 1697.",
            {("The Electorate of Saxony", "GPE")},
            set(),
        ),
        # an infobox's row label after it is no part of its name
        (
            "Belligerents | Duchy of Savoy Commanders and leaders | Victor Amadeus",
            {("Duchy of Savoy", "GPE")},
            {("Duchy of Savoy Commanders", "GPE")},
        ),
        # a shipping list's entries: day, vessel, master, port
        (
            "SHIPPING.—Arrived: the 3rd, Good Intent, Mackay, from Wick, with coals; the 4th, Janet, Sinclair, from Leith, with goods.",
            {("Good Intent", "PRODUCT"), ("Mackay", "PERSON"), ("Janet", "PRODUCT"), ("Sinclair", "PERSON"), ("Leith", "GPE")},
            {("Mackay", "GPE"), ("Janet", "PERSON")},
        ),
        # look-alike: a person after a day, outside a shipping list
        (
            "On the 3rd, Lord Derby, from London, spoke at the dinner.",
            {("Derby", "PERSON")},
            {("Derby", "PRODUCT")},
        ),
        # a death notice's place, and its heading names nothing
        (
            "DEATH.—At Mains of Fedderate, on the 2nd inst., Jane Ross, aged 71.",
            {("Mains of Fedderate", "GPE"), ("Jane Ross", "PERSON")},
            {("DEATH", "ORG"), ("DEATH", "PERSON"), ("Mains of Fedderate", "ORG")},
        ),
        # a hotel's head, with its town
        (
            "ROYAL HOTEL, STONEHAVEN.—Families will find every comfort.",
            {("ROYAL HOTEL", "FAC"), ("STONEHAVEN", "GPE")},
            set(),
        ),
        # look-alike: a kind of building names none
        (
            "NEW CHAPEL.—The chapel will open on Sunday.",
            set(),
            {("NEW CHAPEL", "FAC")},
        ),
        (
            "ST. ANDREW'S CHURCH.—Service at eleven.",
            {("ST. ANDREW'S CHURCH", "FAC")},
            {("ANDREW'S CHURCH", "FAC")},
        ),
        # a town's board is the board; a town's court of a kind is the town
        (
            "FRASERBURGH HARBOUR BOARD.—The Board met on Monday.",
            {("FRASERBURGH HARBOUR BOARD", "ORG")},
            {("FRASERBURGH", "GPE")},
        ),
        (
            "FRASERBURGH POLICE COURT.—(Before Bailie Noble.)",
            {("FRASERBURGH", "GPE")},
            {("FRASERBURGH POLICE COURT", "ORG")},
        ),
        # a kind of court, and a magistrate's letters, name no one
        (
            "RESIDENT MAGISTRATE'S COURT.—(Before H. W. Ross, Esq., J.P.)—John Hay was fined.",
            {("H. W. Ross", "PERSON"), ("John Hay", "PERSON")},
            {("RESIDENT MAGISTRATE'S COURT", "ORG"), ("J.P.", "PERSON")},
        ),
        # a copy of a paper, and the paper named again
        (
            "Two miners were arguing over a week-old copy of the Ballarat Star.",
            {("the Ballarat Star", "ORG")},
            {("the Ballarat Star", "FAC")},
        ),
        (
            "He bought a copy of Le Figaro at the station. Le Figaro said the Cabinet would fall.",
            {("Le Figaro", "ORG")},
            {("Le Figaro", "PERSON")},
        ),
        (
            "A parcel arrived, postmarked Dijon, with no name.",
            {("Dijon", "GPE")},
            {("Dijon", "PERSON")},
        ),
        # a town the model took for a people, after "from"
        (
            "The mail from Oamaru came through yesterday afternoon.",
            {("Oamaru", "GPE")},
            {("Oamaru", "NORP")},
        ),
        # a city's quarters in a list are LOCs; a county's parishes are GPEs
        (
            "Rents rose in the city's old quarters of Fener, Balat and Ayvansaray.",
            {("Fener", "LOC"), ("Balat", "LOC"), ("Ayvansaray", "LOC")},
            set(),
        ),
        (
            "Sowing began in the parishes of Rayne and Daviot.",
            {("Rayne", "GPE"), ("Daviot", "GPE")},
            {("Rayne", "LOC")},
        ),
        (
            "The brigade waded across the shallow Ilm stream at dawn.",
            {("Ilm", "LOC")},
            set(),
        ),
        # the state the text is about; look-alike: a theatre named after it
        (
            '"The honour of the Empire is at stake," he said. They met at the Empire Theatre.',
            {("the Empire", "GPE"), ("the Empire Theatre", "FAC")},
            {("the Empire", "LOC")},
        ),
        # a colony named by its people's word; look-alike: a known country described so
        (
            "He served in French Somaliland and later in British India.",
            {("French Somaliland", "GPE"), ("British", "NORP"), ("India", "GPE")},
            {("British India", "GPE")},
        ),
        # a month before a name is the date's
        (
            "In May Marlborough left Bedburg, near Cologne.",
            {("Bedburg", "GPE")},
            {("May Marlborough", "GPE"), ("May Marlborough", "PERSON")},
        ),
        # a house the text says is called so; look-alike: "called" as a verb
        (
            "They lived in a farmhouse at Dent that the family called Highfold.",
            {("Highfold", "FAC")},
            set(),
        ),
        (
            "A man in the cottage called Jenkins to supper.",
            set(),
            {("Jenkins", "FAC")},
        ),
        # a people's men are the people
        (
            "Tommy Quinlan and the two Cornishmen struck gold on the Tuesday.",
            {("Cornishmen", "NORP")},
            {("Cornishmen", "LOC"), ("the two Cornishmen", "ORG")},
        ),
        # a lawsuit between two people names both; look-alike: the Crown's case
        (
            "A civil case, Pratt v. Dunstan, a claim for a cart, was adjourned.",
            {("Pratt", "PERSON"), ("Dunstan", "PERSON")},
            {("Pratt v. Dunstan", "PERSON")},
        ),
        (
            "Regina v. Smith was heard on Monday.",
            set(),
            {("Regina", "PERSON")},
        ),
        # a people's word before a formation's own name; look-alike: a name of its own
        (
            "The Japanese Combined Fleet sailed at dawn to meet the enemy.",
            {("Japanese", "NORP"), ("Combined Fleet", "ORG")},
            {("The Japanese Combined Fleet", "ORG")},
        ),
        (
            "The Irish Citizen Army marched to the Green.",
            {("The Irish Citizen Army", "ORG")},
            {("Citizen Army", "ORG")},
        ),
        # a person inside a party's run-on mention stays a person
        (
            "The vote was delayed.  Left Bloc deputy Marta Sequeira said the law was too late.",
            {("Marta Sequeira", "PERSON")},
            set(),
        ),
    ],
)
def test_v21_rules(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)
