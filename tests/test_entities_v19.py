"""entity_rules.v19: a double surname the model cut into two people; a country the model took for
a person; "I" the narrator, never a name or a regnal numeral before a verb; a title after a speech
verb is no speaker's name; a run-in heading's dash starts a sentence.
Each rule has a case it must get right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR in ("entity_rules.v19", "entity_rules.v20", "entity_rules.v21")


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a double surname is one person's, even where the model read its second part as another
        (
            "Its spokeswoman on mining, Abena Owusu-Mensah, said the ban would fail.",
            {("Abena Owusu-Mensah", "PERSON")},
            {("Abena Owusu", "PERSON"), ("Mensah", "PERSON")},
        ),
        # look-alike: two one-word names joined before a noun stay apart
        (
            "The Hoare-Laval pact was signed in December.",
            set(),
            {("Hoare-Laval pact", "PERSON")},
        ),
        # a country's name the model took for a person is the country
        (
            "ACCRA, Nov 6 (AP) — Ghana's Parliament on Thursday approved a ban on mining in forest reserves.",
            {("Ghana", "GPE")},
            {("Ghana", "PERSON")},
        ),
        # look-alike: a country's name that is someone's surname in the text stays a person
        (
            "Sergeant Michael Chad and his men held the bridge. Chad's orders were to wait.",
            {("Michael Chad", "PERSON")},
            {("Chad", "GPE")},
        ),
        # "I" is the narrator: not a name after a speech verb, not a numeral after a surname
        (
            '"Tam, tell Mr. Grice I want both anchors down," he said. "Aye, sir," said I.',
            {("Grice", "PERSON")},
            {("Grice I", "PERSON"), ("I.", "PERSON"), ("I", "PERSON")},
        ),
        # look-alike: a regnal numeral stays with its monarch
        (
            "Kaiser Wilhelm I was crowned at Versailles in 1871.",
            {("Wilhelm I", "PERSON")},
            {("Wilhelm", "PERSON")},
        ),
        # a title after a speech verb is no name: the name follows it
        (
            '"This is a small step for the shopper," said Finance Minister Helena Rautio, whose party won.',
            {("Helena Rautio", "PERSON")},
            {("Finance Minister", "PERSON")},
        ),
        # look-alike: a two-word name after the verb is still a speaker
        (
            '"We shall see," said Marta Kowalczyk, smiling.',
            {("Marta Kowalczyk", "PERSON")},
            set(),
        ),
        # a diary's run-in heading: the word after the date's dash opens a sentence
        (
            "Sunday, 16th.—Wind. Monday, 17th.—Cold, minus twenty-eight. Natalia is ill.",
            {("Natalia", "PERSON")},
            {("Cold", "GPE"), ("Wind", "GPE")},
        ),
    ],
)
def test_entity_rules_v19(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a shipping list: the abbreviated type names nothing, the ship may carry an initial, and
        # the name after hers between commas is her master's
        (
            "ARRIVED. Oct. 10—Brigt. Ocean Bride, Crosby, from Demerara. 11—Schr. Lizzie M. Cann, Doane, from Boston. CLEARED. Oct. 13—Bark Annie Goudey, Lewis, for Buenos Ayres.",
            {("Ocean Bride", "PRODUCT"), ("Crosby", "PERSON"), ("Lizzie M. Cann", "PRODUCT"), ("Annie Goudey", "PRODUCT"), ("Lewis", "PERSON")},
            {("Brigt", "PERSON"), ("Bark Annie Goudey", "ORG"), ("Lizzie", "PRODUCT")},
        ),
        # look-alike: a brigadier's abbreviation is no vessel type
        (
            "Brig. Gen. Smith inspected the lines at dawn.",
            set(),
            {("Gen. Smith", "PRODUCT"), ("Smith", "PRODUCT")},
        ),
        # a firm's abbreviation keeps its full stop, and the firm goes on over "Bros."
        (
            "She brought molasses to J. W. Moody & Co. 11—The cargo for Messrs. Killam Bros. was landed.",
            {("J. W. Moody & Co.", "ORG"), ("Messrs. Killam Bros.", "ORG")},
            {("J. W. Moody & Co", "ORG"), ("Messrs. Killam", "ORG")},
        ),
        # a country's governed division named with its head word is a place, not a body
        (
            "Miners in the Ashanti Region protested in Obuasi on Tuesday.",
            {("the Ashanti Region", "GPE")},
            {("the Ashanti Region", "ORG")},
        ),
        # look-alike: a body named after the region stays a body
        (
            "The Volta Region Development Agency said it would appeal.",
            set(),
            {("The Volta Region Development Agency", "GPE"), ("Volta Region Development Agency", "GPE")},
        ),
        # a name after a verb of printing is the paper it was printed in, not a place
        (
            "A statement by the director, printed in Aftenposten on 29 January 1937, says so.",
            set(),
            {("Aftenposten", "GPE")},
        ),
    ],
)
def test_entity_rules_v19_lists_firms_and_regions(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a masthead's place before the date
        (
            "THE CAPRICORNIAN BULLETIN. ROCKHAMPTON: WEDNESDAY, JUNE 3, 1891.\n\nThe Premier spoke.",
            {("ROCKHAMPTON", "GPE")},
            {("ROCKHAMPTON", "PERSON")},
        ),
        (
            "THE CAPRICORNIAN BULLETIN.\nROCKHAMPTON: WEDNESDAY, JUNE 3, 1891.\n\nTELEGRAMS.",
            {("ROCKHAMPTON", "GPE")},
            {("ROCKHAMPTON", "PERSON")},
        ),
        # look-alike: a notice's common word before a date is no place
        (
            "THE TIMES. NOTICE: MONDAY, MAY 3, the office closes.",
            set(),
            {("NOTICE", "GPE")},
        ),
        # an inn's name in capitals is a building; "the above Hotel" is its common noun
        (
            "CRITERION HOTEL, Quay-street.—J. M. HEADRICK begs to inform the public that he has refitted the above Hotel throughout.",
            {("CRITERION HOTEL", "FAC")},
            {("CRITERION HOTEL", "PERSON"), ("Hotel", "PERSON")},
        ),
        # look-alike: a titled man whose surname is a building's word stays a man
        (
            "Dr. Amos Hall spoke, and Alderman Wesley Hall agreed. They met at the Albert Hall.",
            {("Amos Hall", "PERSON"), ("Wesley Hall", "PERSON"), ("the Albert Hall", "FAC")},
            {("Amos Hall", "FAC"), ("Wesley Hall", "FAC")},
        ),
        # an advertisement's bidding verb is no part of the name, and a name with "& Son" is a firm
        (
            "WANTED, a steady Man to drive a bullock team. Wages, 25s. a week. Apply Walter Reid & Son, Denham-street.",
            {("Walter Reid & Son", "ORG")},
            {("Apply Walter Reid & Son", "PERSON"), ("Apply Walter Reid & Son", "ORG")},
        ),
    ],
)
def test_entity_rules_v19_papers_and_buildings(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a place's name of today in brackets, with its country after it
        (
            "The battle was fought near the town of Königgrätz in Bohemia (now Hradec Králové in the Czech Republic).",
            {("Hradec Králové", "GPE")},
            {("Hradec Králové", "PERSON")},
        ),
        # look-alike: "now" opening a bracketed sentence names nothing
        (
            "The envoy arrived late (now Smith agreed to wait).",
            set(),
            {("Smith", "GPE")},
        ),
        # a town the model took for a person, joined to a place by "and", is a place
        (
            "The war arose from the quarrel over Schleswig and Holstein, which Austria and Prussia had taken.",
            {("Schleswig", "GPE")},
            {("Schleswig", "PERSON")},
        ),
        # a word addressed between commas inside a quotation is a person, not a people
        (
            '"It is I, Nettle, and half drowned," returned the girl. "Four thousand pounds, Nettle, by Lady Day."',
            {("Nettle", "PERSON")},
            {("Nettle", "NORP")},
        ),
        # look-alike: peoples listed inside a quotation stay peoples
        (
            '"We are all Englishmen, Russians, and friends here," he said.',
            {("Russians", "NORP")},
            {("Russians", "PERSON")},
        ),
        # "Old" before a man's surname describes him
        (
            "Old Thwaite, at the window, said nothing. Mr. Thwaite had never liked the Grange.",
            {("Thwaite", "PERSON")},
            {("Old Thwaite", "PERSON")},
        ),
        # look-alike: a court named "Old" keeps its word
        (
            "He was tried at the Old Bailey in March.",
            set(),
            {("Bailey", "PERSON")},
        ),
    ],
)
def test_entity_rules_v19_places_and_people(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # an office's letters, its short form and a pair of trades after a name are no names
        (
            "STIPENDIARY COURT.—Before R. S. Eakins, Esq., S.M.—On Monday a fisherman was fined. REMOVAL.—DR. J. A. FARISH, Physician and Surgeon, has removed his office. By order, E. K. SPINNEY, Sec'y.",
            {("R. S. Eakins", "PERSON"), ("E. K. SPINNEY", "PERSON")},
            {("S.M.", "PERSON"), ("Physician", "NORP"), ("Surgeon", "PERSON"), ("Sec'y", "PERSON")},
        ),
        # look-alike: people listed after a name stay people
        (
            "The deed was witnessed by John Smith, Mary Jones and Tom Brown.",
            {("John Smith", "PERSON"), ("Mary Jones", "PERSON")},
            set(),
        ),
        # phrases that only lead to places
        (
            'He is the only physician between here and Ripon who will climb the hill. "Beaten him utterly, at a place called Waterloo."',
            {("Ripon", "GPE"), ("Waterloo", "GPE")},
            {("Ripon", "PERSON"), ("Waterloo", "PERSON")},
        ),
        # look-alike: "here and" without "between" leads to no place
        (
            "It was decided here and Jones agreed to it.",
            {("Jones", "PERSON")},
            {("Jones", "GPE")},
        ),
    ],
)
def test_entity_rules_v19_offices_and_places(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)
