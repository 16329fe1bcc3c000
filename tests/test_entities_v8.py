"""entity_rules.v8: corrections the recogniser fine-tuned on this domain's gold needs. Trained on
party congresses, it reads every congress as an event and sometimes takes a sentence's opening
adverb into a name. Each rule has a case it must get right and a look-alike it must leave alone."""

import pytest

from succession.entities import EntityAnnotator

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a congress no named congress explains, of a country or in a place, is a parliament
        ("The Congress of Peru removed seven judges.", {("The Congress of Peru", "ORG")}, {("The Congress of Peru", "EVENT")}),
        ("The Congress in Lima removed seven judges this year.", {("The Congress", "ORG")}, {("The Congress", "EVENT")}),
        ("Premiums would rise in January if Congress failed to act.", {("Congress", "ORG")}, {("Congress", "EVENT")}),
        # ... but a congress named in a city is an event, and so is one a named congress explains
        ("The Congress of Vienna redrew the map of Europe.", {("The Congress of Vienna", "EVENT")}, {("The Congress of Vienna", "ORG")}),
        ("The Fifteenth Congress expelled Trotsky. The Congress then closed.", {("The Congress", "EVENT")}, {("The Congress", "ORG")}),
        # a sentence's opening adverb is no part of the name after it
        ("The Left Opposition was formed in 1923. Later the Opposition was crushed.", {("the Opposition", "ORG")}, {("Later the Opposition", "ORG")}),
        ("Then the Politburo met again.", {("the Politburo", "ORG")}, {("Then the Politburo", "ORG")}),
        # the table's longer alias must not split a name ("Opposition of 1923" took "the Left" apart)
        ("In December 1927 it joined the Left Opposition of 1923, led by Leon Trotsky.", {("the Left Opposition", "ORG")}, {("the Left", "ORG"), ("Opposition of 1923", "ORG")}),
        # a name ending in a newspaper's word is the newspaper, not the building or the city
        ("It is a strange life, but I would not change it for a desk at the Chicago Tribune.", {("the Chicago Tribune", "ORG")}, {("the Chicago Tribune", "FAC")}),
        # ... but a telegraph office is a building
        ("Went to the Central Telegraph at 3 p.m. to file a cable.", set(), {("the Central Telegraph", "ORG")}),
        # a body "in" a place it meets in ends before the place
        ("In 1926 Bukharin met Harold Macmillan of the Conservative Party in Bristol.", {("the Conservative Party", "ORG"), ("Bristol", "GPE")}, {("the Conservative Party in Bristol", "ORG")}),
        # a page's label is no speaker, even alone; a transcript's speaker labels still are
        ("NOTE: The figures below were revised in March. The committee met in Kharkov.", {("Kharkov", "GPE")}, {("NOTE", "PERSON")}),
        # notes that run on in one paragraph, and bibliography entries, name authors, titles, places and publishers
        (
            "[3] Ibid., p. 91. [5] I. Deutscher, The Armed Prophet, 1879-1921 (Oxford: Clarendon Press, 1954), p. 120.",
            {("I. Deutscher", "PERSON"), ("The Armed Prophet, 1879-1921", "WORK_OF_ART"), ("Oxford", "GPE")},
            set(),
        ),
        (
            "Bibliography\n\nE. H. Carr. The Interregnum, 1923–1924. London: Macmillan, 1954.\n"
            "R. V. Daniels. The Conscience of the Revolution: Communist Opposition in Soviet Russia. Cambridge, MA: Harvard University Press, 1960.",
            {("E. H. Carr", "PERSON"), ("The Interregnum, 1923–1924", "WORK_OF_ART"), ("London", "GPE"), ("Macmillan", "ORG"),
             ("The Conscience of the Revolution: Communist Opposition in Soviet Russia", "WORK_OF_ART"), ("Cambridge", "GPE"), ("Harvard University Press", "ORG")},
            {("Macmillan", "PERSON")},
        ),
    ],
)
def test_v8_rules(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_name_that_opens_with_such_a_word_keeps_it():
    from succession.entities import trim_span

    text = "He read Still Life with Oranges twice."
    start = text.index("Still")
    assert trim_span(text, start, start + len("Still Life with Oranges")) == (start, start + len("Still Life with Oranges"))
