"""entity_rules.v16 (entity table v14): a dateline's place the gazetteer lacks, two names joined
by "and" that the text names apart elsewhere, list separators, councilmen and the Sabbath.
Each rule has a case it must get right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, Document, EntityAnnotator, load_entity_table, split_at_separators

from .conftest import assert_names
from .conftest import model_mention as mention


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR in ("entity_rules.v16", "entity_rules.v17", "entity_rules.v18", "entity_rules.v19", "entity_rules.v20", "entity_rules.v21")  # v17 pins itself in test_entities_v17
    assert load_entity_table().version >= 14


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a capitals place before a date heads a dateline, known to the gazetteer or not
        (
            "THE STRATHGLASS HERALD.\nGLENBARRAN, FRIDAY, NOVEMBER 4, 1887.\n\nThe sheriff sat on Tuesday.",
            {("GLENBARRAN", "GPE")},
            set(),
        ),
        # look-alikes: a weekday or a common word before the date is no place
        (
            "THE STRATHGLASS HERALD.\nFRIDAY, NOVEMBER 4, 1887.\n\nNOTICE, Nov. 4 — the office closes at noon.",
            set(),
            {("FRIDAY", "GPE"), ("NOTICE", "GPE")},
        ),
        # a councilman's title is not part of his name
        (
            "Councilman Eberly thought the people would want to see the figures first.",
            {("Eberly", "PERSON")},
            {("Councilman Eberly", "PERSON")},
        ),
    ],
)
def test_entity_rules_v16(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_the_sabbath_is_no_name(annotator):
    found = {m.text for m in annotator("The Rev. Mr Munro preached in the Free Church here on Sabbath, and intimated the communion.")}
    assert "Sabbath" not in found
    assert "Free Church" in " ".join(found)


def test_two_names_joined_by_and_that_the_text_names_apart_are_two(annotator):
    text = "General Paolo Ferrante and General Luigi Morandi met. A commission blamed Ferrante and Morandi for it."
    found = [mention(text, "Paolo Ferrante", "PERSON"), mention(text, "Luigi Morandi", "PERSON"), mention(text, "Ferrante and Morandi", "ORG")]
    doc = Document(text, found, annotator.lexicon)
    doc.pairs_named_elsewhere()
    assert {(m.text, m.label) for m in doc.mentions} == {
        ("Paolo Ferrante", "PERSON"), ("Luigi Morandi", "PERSON"), ("Ferrante", "PERSON"), ("Morandi", "PERSON")}
    # look-alike: a firm of two names the text never names apart stays one
    text = "He bought the shirt at Hobson and Dray in the High Street."
    doc = Document(text, [mention(text, "Hobson and Dray", "ORG")], annotator.lexicon)
    doc.pairs_named_elsewhere()
    assert [(m.text, m.label) for m in doc.mentions] == [("Hobson and Dray", "ORG")]


def test_a_list_separator_parts_the_names():
    text = "See also\nLeft Opposition · Declaration of the 46 · Scissors crisis"
    parts = split_at_separators(text, mention(text, "Declaration of the 46 · Scissors crisis", "LAW"))
    assert [(m.text, m.label) for m in parts] == [("Declaration of the 46", "LAW"), ("Scissors crisis", "LAW")]
    # look-alike: a name with a middle dot but no spaces round it stays whole
    text = "She sang at L·A·B in the spring."
    assert [m.text for m in split_at_separators(text, mention(text, "L·A·B", "FAC"))] == ["L·A·B"]


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # the two ends of a road are places, known to the gazetteer or not
        (
            "He was assaulted on the road between Achnacraig and Tornapress on the evening of the 28th.",
            {("Achnacraig", "GPE"), ("Tornapress", "GPE")},
            {("Achnacraig and Tornapress", "FAC"), ("Achnacraig and Tornapress", "ORG")},
        ),
        # a dateline's place before a weekday alone
        (
            "From Our Motoring Correspondent\n\nAINTREE, Sunday.\n\nStirling Moss won the race.",
            {("AINTREE", "GPE")},
            set(),
        ),
    ],
)
def test_places_the_gazetteer_lacks(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_person_after_in_is_a_place_unless_the_text_makes_it_a_person(annotator):
    def labels(text, name):
        doc = Document(text, [mention(text, name, "PERSON", n) for n in range(text.count(name))], annotator.lexicon)
        doc.located_unknowns()
        return [m.label for m in doc.mentions]

    assert labels("It is no laughing matter in Polgrath, the member said.", "Polgrath") == ["GPE"]
    # look-alikes: a citation's "in", a name the text gives a title elsewhere, a possessive
    assert labels("14. Quoted in Pemberton, The Long Winter, p. 12.", "Pemberton") == ["PERSON"]
    assert labels("Mr. Pollard spoke first. They put their faith in Pollard.", "Pollard") == ["PERSON", "PERSON"]
    assert labels("The scene in Pollard's novel is cold.", "Pollard") == ["PERSON"]


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a sentence's question mark ends the name before it
        ('"And the Regiment? Have you left it?" asked the Rector.', {("the Regiment", "ORG")}, {("the Regiment? Have", "ORG")}),
        # lower-case heads of an old paper's streets and creeks
        (
            "Mr. Voss has bought the residence on Kansas avenue. The rain was heavy and Plum creek was out of its banks.",
            {("Kansas avenue", "FAC"), ("Plum creek", "LOC")},
            {("Kansas", "GPE")},
        ),
        # look-alike: a township's name alone is the place
        ("Born, to Mr. and Mrs. Kuhn, of Soldier township, a son.", {("Soldier", "GPE")}, {("Soldier township", "GPE")}),
    ],
)
def test_heads_and_stops(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_double_surname_goes_on_over_its_hyphen(annotator):
    text = "The Cabinet Secretary, Achieng Wambui-Otieno, said the levy would rise."
    doc = Document(text, [mention(text, "Achieng Wambui", "PERSON")], annotator.lexicon)
    doc.double_surnames()
    assert [m.text for m in doc.mentions] == ["Achieng Wambui-Otieno"]
    # look-alikes: one name before the hyphen, or a noun after the pair
    for text, name in (("The Hoare-Laval talks failed.", "Hoare"), ("Anna Smith-Jones plan was dropped.", "Anna Smith")):
        doc = Document(text, [mention(text, name, "PERSON")], annotator.lexicon)
        doc.double_surnames()
        assert [m.text for m in doc.mentions] == [name]


def test_a_model_work_opening_a_run_in_head_is_the_building_its_head_names(annotator):
    text = "GLENBARRA.—The Spa Hotel closed for the season on Monday."
    doc = Document(text, [mention(text, "The Spa Hotel", "WORK_OF_ART")], annotator.lexicon)
    doc.facilities()
    assert [(m.text, m.label) for m in doc.mentions] == [("The Spa Hotel", "FAC")]
    # look-alike: a title in quotation marks stays a work
    text = 'She read "The Spa Hotel" on the train.'
    doc = Document(text, [mention(text, "The Spa Hotel", "WORK_OF_ART")], annotator.lexicon)
    doc.facilities()
    assert [(m.text, m.label) for m in doc.mentions] == [("The Spa Hotel", "WORK_OF_ART")]


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a saint's church or cathedral, and the town set off after a building
        (
            "A memorial in St Aidan Cathedral, Dunvegan, names the crew and passengers.",
            {("St Aidan Cathedral", "FAC"), ("Dunvegan", "GPE")},
            set(),
        ),
        # look-alike: a weekday after a building is no town
        ("They met at the Drovers Hotel, Tuesday, and drank.", {("the Drovers Hotel", "FAC")}, {("Tuesday", "GPE")}),
    ],
)
def test_saints_buildings_and_their_towns(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a party or body named right before a role and a person
        (
            "Te Rōpū Kākāriki co-leader Ngaire Tamatea said the bill was rushed.",
            {("Te Rōpū Kākāriki", "ORG"), ("Ngaire Tamatea", "PERSON")},
            set(),
        ),
        # look-alikes: a people's word, and a common word opening the sentence
        (
            "Kenyan leader William Ruto spoke first. Former leader Jacinda Ardern wrote later.",
            {("William Ruto", "PERSON"), ("Jacinda Ardern", "PERSON")},
            {("Kenyan", "ORG"), ("Former", "ORG")},
        ),
    ],
)
def test_bodies_before_roles(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("Members of Custer Post No. 12 are requested to meet at the hall on Monday.", {("Custer Post No. 12", "ORG")}, {("Custer", "PERSON")}),
        # look-alike: a house number is no body
        ("He lives at No. 82 High Street.", set(), {("No. 82", "ORG")}),
    ],
)
def test_numbered_lodges_and_posts(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_work_noun_after_a_name_is_a_verb(annotator):
    found = {(m.text, m.label) for m in annotator("Wales play Argentina at the Millennium Stadium on 9 November.")}
    assert ("the Millennium Stadium", "FAC") in found
    assert not any(label == "WORK_OF_ART" and "Stadium" in text for text, label in found)
    # look-alike: after a determiner the work noun names a work
    assert ("The Weavers", "WORK_OF_ART") in {(m.text, m.label) for m in annotator("The play The Weavers ran for a month.")}


def test_a_capital_indefinite_article_is_no_part_of_a_name(annotator):
    text = "The hearings opened in April. A Commission of Inquiry, chaired by John Dewey, heard him."
    doc = Document(text, [mention(text, "A Commission of Inquiry", "ORG")], annotator.lexicon)
    doc.articles()
    assert [m.text for m in doc.mentions] == ["Commission of Inquiry"]
    # look-alike: a title's own "A" stays
    text = "She read A Farewell to Arms twice."
    doc = Document(text, [mention(text, "A Farewell to Arms", "WORK_OF_ART")], annotator.lexicon)
    doc.articles()
    assert [m.text for m in doc.mentions] == ["A Farewell to Arms"]
