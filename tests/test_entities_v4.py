"""entity_rules.v4: general name shapes. Each rule has a case it must catch and a look-alike it
must leave alone (see the docstrings of the Document methods in succession/entities.py)."""

import pytest

from succession.entities import EntityAnnotator

from .conftest import entity_spans as spans


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # demonyms: a nationality word is NORP whatever the model said; compounds of them too
        ("Rainfall over the Welsh hills has been relentless.", {("Welsh", "NORP")}, {("Welsh", "PERSON")}),
        ("An Anglo-French fleet tried to break through.", {("Anglo-French", "NORP")}, {("Anglo", "NORP")}),
        ("The Russo-Japanese War was fought in Manchuria.", {("The Russo-Japanese War", "EVENT")}, {("Russo-Japanese", "NORP")}),
        # holidays are dates, not names
        ("The rain had not ceased since Michaelmas, and the lane was a brook.", set(), {("Michaelmas", "PERSON")}),
        # a "person" after a locative preposition, with nothing else saying it is one, is a place
        ("A French division made a diversionary landing at Kum Kale on the Asian shore.", {("Kum Kale", "GPE")}, {("Kum Kale", "PERSON")}),
        ("The officer glanced at Peter Anselm and said nothing.", {("Peter Anselm", "PERSON")}, {("Peter Anselm", "GPE")}),
        ("The Anzac advance was stopped on the ridge of Chunuk Bair.", {("Chunuk Bair", "LOC")}, {("Chunuk Bair", "PERSON")}),
        # no article before a person's name: after "the" it is an organisation
        ("In India, the Samyukt Kisan Morcha, which led the protests, threatened fresh demonstrations.", {("the Samyukt Kisan Morcha", "ORG")}, {("Kisan Morcha", "PERSON")}),
        ("The Kennedys arrived late, and Robert Kennedy spoke first.", {("Robert Kennedy", "PERSON")}, {("The Kennedys", "ORG")}),
        # dotted initials of three letters or more are an organisation's
        ("The main report was given by Lozovsky, General Secretary of the R.I.L.U., who spoke at length.", {("the R.I.L.U.", "ORG")}, {("R.I.L.U.", "PERSON")}),
        ("The letter was signed by J. R. Campbell in London.", {("J. R. Campbell", "PERSON")}, {("J. R.", "ORG")}),
    ],
)

def test_demonyms_holidays_places_articles_acronyms(annotator, text, expected, absent):
    found = spans(annotator(text))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # organisation head words with the words before them and an of/for complement
        ("He was followed by Mr. Frank Hodges of the Miners' Federation of Great Britain, who spoke.", {("the Miners' Federation of Great Britain", "ORG")}, {("Great Britain", "GPE")}),
        ("West Mercia Police closed the bridge at about 9 p.m.", {("West Mercia Police", "ORG")}, set()),
        ("A spokesperson for the Prime Minister's Office, Élise Tremblay, said nothing.", {("the Prime Minister's Office", "ORG")}, {("the Prime Minister", "ORG")}),
        ("Volunteers of the Organisation for the Maintenance of Supplies unloaded the ships.", {("the Organisation for the Maintenance of Supplies", "ORG")}, set()),
        ("The Australian and New Zealand Army Corps landed further north.", {("The Australian and New Zealand Army Corps", "ORG")}, {("Australian", "NORP")}),
        # a nationality before a unit, a person's possessive, a titled complement stay outside
        ("On 25 April the British 29th Division came ashore.", {("British", "NORP"), ("29th Division", "ORG")}, {("the British 29th Division", "ORG")}),
        ("Port Arthur was besieged by General Nogi Maresuke's Third Army.", {("Third Army", "ORG")}, {("Nogi Maresuke's Third Army", "ORG")}),
        # a numbered congress is an event, and so is "The Congress" after it; a parliament is not
        ("REPORT OF THE BRITISH DELEGATION TO THE FIFTH CONGRESS OF THE RED INTERNATIONAL OF LABOUR UNIONS\n\nThe Congress opened in Moscow.", {("THE FIFTH CONGRESS OF THE RED INTERNATIONAL OF LABOUR UNIONS", "EVENT"), ("The Congress", "EVENT"), ("BRITISH", "NORP")}, {("The Congress", "ORG")}),
        ("The Congress in Lima removed seven judges this year.", set(), {("The Congress", "EVENT")}),
        ("Officials at the Welsh Office said nothing.", set(), {("Welsh", "NORP")}),
        # one body, one label: the head noun alone after the full name
        ("He won a vote in the Chamber of Deputies. Hours later the Chamber was stormed.", {("the Chamber", "ORG")}, set()),
    ],
)
def test_organisation_names_and_bodies(annotator, text, expected, absent):
    found = spans(annotator(text))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("Parts of Ross-on-Wye were flooded.", {("Ross-on-Wye", "GPE")}, {("Ross", "PERSON")}),
        ("He sailed for Port Arthur in May.", {("Port Arthur", "GPE")}, {("Port Arthur", "PERSON")}),
        ("Le Temps called it a day of shame for the Republic.", {("the Republic", "GPE")}, set()),
        ("The Republic Without Republicans? Party and Press", set(), {("The Republic", "GPE")}),
        ("The war was fought between the Russian Empire and the Empire of Japan.", {("the Empire of Japan", "GPE")}, {("Japan", "GPE")}),
        ("Roosevelt mediated, and the Treaty of Portsmouth was signed in September.", {("the Treaty of Portsmouth", "LAW")}, set()),
        ("The delegation was received at the offices of Trud, the daily newspaper of the unions.", {("Trud", "ORG")}, {("Trud", "PERSON")}),
        ("A cove that became known as Anzac Cove sheltered them.", {("Anzac Cove", "LOC")}, {("Anzac Cove", "PRODUCT")}),
        ("On 18 March 1915 a fleet under John de Robeck tried to break through the Narrows. Three battleships were sunk.", {("the Narrows", "LOC")}, {("the Narrows", "ORG")}),
        ("They watched the lights of the Danube villages go by.", {("Danube", "LOC")}, {("the Danube", "LOC")}),
    ],
)
def test_place_and_name_shapes(annotator, text, expected, absent):
    found = spans(annotator(text))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # ", said X" inverts only when X is not the subject of a reported clause
        ("European officials, speaking privately, said Brussels had offered to phase in cuts.", {("Brussels", "GPE")}, {("Brussels", "PERSON")}),
        ("\"We will not sign,\" said Malhotra, leaving the room.", {("Malhotra", "PERSON")}, set()),
        # a title that can be an initial or a word names a person before a known given name
        ("The strike was called for Monday. M. Léon Jouhaux, its secretary, said the workers would hold firm.", {("Léon Jouhaux", "PERSON")}, {("M. Léon Jouhaux", "WORK_OF_ART")}),
        ("The M. Thomas Company went bankrupt in May.", {("The M. Thomas Company", "ORG")}, {("Thomas Company", "PERSON")}),
        ("The office on Chairman Henry Street was closed for repairs.", {("Henry Street", "FAC")}, {("Henry Street", "PERSON")}),
        # a full name's known given name names the person alone too
        ("Mr. Edmund Crale came in out of the rain.\n\nEdmund sat down heavily in the chair.", {("Edmund", "PERSON")}, set()),
        # the place cue is case-insensitive, the name after it is not
        ("He was summoned from his retirement at Tournefeuille near Toulouse and is expected to return.", {("Toulouse", "GPE")}, set()),
        # a tie between person and place goes to the gazetteer
        ("Jesse Norman, the MP for Hereford, spoke. Residents of streets in Hereford were told to leave.", {("Hereford", "GPE")}, {("Hereford", "PERSON")}),
    ],
)
def test_cues_and_discourse(annotator, text, expected, absent):
    found = spans(annotator(text))
    assert expected <= found, found
    assert not absent & found, found
