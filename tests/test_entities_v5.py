"""entity_rules.v5: head words kept as data, extents and cues. Each rule has a case it must
get right and a look-alike it must leave alone (see the docstrings of the Document methods in
succession/entities.py; the word lists are in resources/entities.json)."""

import pytest

from succession.entities import EntityAnnotator

from .conftest import entity_spans as spans


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a location's head word: gorge, pass, hill, plain, national park
        ("The road climbs out of the valley through the Darial Gorge to the pass.", {("the Darial Gorge", "LOC")}, set()),
        ("From 1951 the war settled into a struggle for hills such as Heartbreak Ridge and Pork Chop Hill.", {("Pork Chop Hill", "LOC")}, {("Pork Chop Hill", "ORG")}),
        ("South of the city, in the Gobustan National Park, rock carvings look out over the sea.", {("the Gobustan National Park", "LOC")}, {("the Gobustan National Park", "FAC")}),
        ("Sir Rowland Hill reformed the post office in 1840.", {("Rowland Hill", "PERSON")}, {("Rowland Hill", "LOC")}),
        # a facility's head word, and "X of Y"; a denomination's church is a body
        ("Two of the labourers were afterwards taken to Poplar Hospital with cuts to the head.", {("Poplar Hospital", "FAC")}, {("Poplar Hospital", "ORG")}),
        ("The churches are the Cathedral of the Assumption and the little Church of St. Nicholas by the landing stage.", {("the Cathedral of the Assumption", "FAC"), ("Church of St. Nicholas", "FAC")}, set()),
        ("The Church of England opposed the measure.", set(), {("The Church of England", "FAC"), ("England", "GPE")}),
        ("The Russian Orthodox Church condemned the decree.", set(), {("The Russian Orthodox Church", "FAC"), ("Russian Orthodox Church", "FAC")}),
        # prizes and medals are works of art, without the article
        ("She received the Max Planck Medal in 1949.", {("Max Planck Medal", "WORK_OF_ART")}, {("the Max Planck Medal", "ORG")}),
        ("She attended the lectures of Max Planck in Berlin.", {("Max Planck", "PERSON")}, {("Max Planck", "WORK_OF_ART")}),
    ],
)

def test_head_words(annotator, text, expected, absent):
    found = spans(annotator(text))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # laws with "and" inside and a year after the head word
        ("Four dockers were charged under the Trade Disputes and Trade Unions Act 1927 this morning.", {("the Trade Disputes and Trade Unions Act 1927", "LAW")}, set()),
        ("The plan was modelled on the Personal Responsibility and Work Opportunity Reconciliation Act of 1996.", {("the Personal Responsibility and Work Opportunity Reconciliation Act of 1996", "LAW")}, set()),
        ("President Bill Clinton signed it in August.", {("Bill Clinton", "PERSON")}, {("Bill Clinton", "LAW")}),
        # a model span's trailing lowercase word is not part of the name; a dangling "and" still drops it
        ("Ridgway took command of the Eighth Army after Walker's death.", {("the Eighth Army", "ORG")}, {("the Eighth Army after", "ORG")}),
        # organisation heads: railways, funds; a journal after its cue
        ("A party of labourers brought from Tilbury by the London and North Eastern Railway was stopped.", {("the London and North Eastern Railway", "ORG")}, {("London", "GPE")}),
        ("Their explanation appeared in the journal Nature in February 1939.", {("Nature", "ORG")}, {("Nature", "WORK_OF_ART")}),
        # honorifics from the data are titles, not part of the name
        ('"Uncle Jonas is at the inn," said Letitia.', {("Jonas", "PERSON")}, {("Uncle Jonas", "PERSON")}),
        # a headline's common word is no name; a name the text also writes stays
        ("SUBWAY SUIT ARGUED.\n\nCounsel for the company argued the case in court yesterday.", set(), {("SUBWAY", "ORG")}),
    ],
)
def test_laws_extents_titles(annotator, text, expected, absent):
    found = spans(annotator(text))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # one-word "organisations" after a locative preposition are places; not after a word of work
        ("In late October the Chinese struck the South Korean divisions at Onjong and Unsan.", {("Onjong", "GPE"), ("Unsan", "GPE")}, {("Onjong", "ORG")}),
        ("Engineers at Siemens expect the order to be delayed.", set(), {("Siemens", "GPE")}),
        # a city before a common noun, with the article the model took
        ("Mr. Jonas Hawtrey alighted from the Exeter coach at the door of the inn.", {("Exeter", "GPE")}, {("the Exeter", "ORG")}),
        # "the X" that no gazetteer knows is a river or region, and "the X" after "the X River" is the river
        ("The town stands on the high right bank of the Vetluga where it bends towards the east.", {("the Vetluga", "LOC")}, {("the Vetluga", "GPE")}),
        ("General Walton Walker held the line of the Naktong River. In six weeks of fighting along the Naktong, Walker's divisions beat off every attack.", {("the Naktong", "LOC"), ("Walker", "PERSON")}, {("the Naktong, Walker", "ORG")}),
        ("The Russians were driven back across the Yalu River, and the Battle of the Yalu was remembered in Tokyo.", {("the Battle of the Yalu", "EVENT")}, {("the Yalu", "LOC")}),
        # a qualifier before a table place makes a longer name
        ("The road crosses the main ridge of the Greater Caucasus at the Jvari Pass.", {("the Greater Caucasus", "LOC"), ("the Jvari Pass", "LOC")}, {("Caucasus", "LOC")}),
        ("The bill was drafted by Senator Patricia Alvarado of New Mexico.", {("New Mexico", "GPE")}, {("Mexico", "GPE")}),
        ("Trotsky travelled across the Caucasus by train.", {("the Caucasus", "LOC")}, set()),
    ],
)
def test_place_cues_and_shapes(annotator, text, expected, absent):
    found = spans(annotator(text))
    assert expected <= found, found
    assert not absent & found, found


def test_offsets_hold(annotator):
    text = "Four dockers were charged under the Trade Disputes Act 1906 at Bow Street Police Court, near the Royal Albert Dock."
    for m in annotator(text):
        assert text[m.start : m.end] == m.text
