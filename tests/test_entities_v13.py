"""entity_rules.v13: places the text itself describes ("X, a fishing town in Y", "the island of
X"), and common words that only a sentence start capitalises. Each rule has a case it must get
right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR in ("entity_rules.v13", "entity_rules.v14", "entity_rules.v15", "entity_rules.v16", "entity_rules.v17", "entity_rules.v18", "entity_rules.v19", "entity_rules.v20", "entity_rules.v21")


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a town described as one is a place in every mention, though a dish heading reads like
        # a person's name and the model calls one mention a person
        (
            "Kennaway Broth\n\nEvery cook on the coast will tell you that her Kennaway broth is the right "
            "one. It takes its name from Kennaway, a fishing town in Fife, and the people of Kennaway "
            "laughed when it won a prize.",
            {("Kennaway", "GPE")},
            {("Kennaway", "PERSON")},
        ),
        # an island is a location, described after the name or before it
        (
            "The mailboat called at Tolland, a small island off the coast, twice a week, and the "
            "fishermen of Tolland laughed at our boat.",
            {("Tolland", "LOC")},
            {("Tolland", "GPE")},
        ),
        (
            "The mailboat called at Hestra twice a week. Nobody has lived on the island of Hestra "
            "since 1952, though the village of Dunmore still owns it.",
            {("Hestra", "LOC"), ("Dunmore", "GPE")},
            {("Hestra", "GPE"), ("Hestra", "NORP")},
        ),
        # look-alikes: the class noun premodifies a person's trade, or is the body a person speaks for
        (
            "Old Baker, a village blacksmith, said the road was closed. Jones, a city man of fifty, "
            "agreed with him.",
            set(),
            {("Baker", "GPE"), ("Old Baker", "GPE"), ("Jones", "GPE")},
        ),
        (
            '"It is not a museum," said Héctor Villanueva, a spokesman for the borough, on Monday.',
            {("Héctor Villanueva", "PERSON")},
            {("Héctor Villanueva", "GPE")},
        ),
    ],
)
def test_described_places(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The bakery opened at six. Queues formed outside it before dawn, and the police were called.", {"Queues"}),
        ("The last of the old fleet was sold that spring. Skirmishes continued along the border until 1921.", {"Skirmishes"}),
        ("Evensong will be said at half-past six, and the choir will sing.", {"Evensong"}),
    ],
)
def test_common_words_starting_a_sentence_are_no_names(annotator, text, absent):
    assert not absent & {m.text for m in annotator(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title before the word, or the word capitalised inside a sentence, makes it a name
        ("Mr. Baker opened the shop at nine. Baker said the flour was late.", {("Baker", "PERSON")}),
        # a possessive and a coordinated name keep it too
        ("The regiment had gone. Evert's army did not attack, and Carr and Davies say why.", {("Evert", "PERSON"), ("Carr", "PERSON"), ("Davies", "PERSON")}),
    ],
)
def test_names_that_are_also_common_words_stay_names(annotator, text, expected):
    assert_names(annotator, text, expected, set())


def test_the_dictionary_tells_common_words_from_names():
    from succession.entities import dictionary_word

    assert dictionary_word("Queues") and dictionary_word("Shall") and dictionary_word("Skirmishes")
    assert not dictionary_word("Cullen") and not dictionary_word("Mercedes") and not dictionary_word("Trotsky")


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a name only ever written with 's, after "at"/"from" and before no noun, is a firm
        (
            "The painting was sold at Christie's in 2016 for £4,000. It was bought from Sotheby's by a dealer.",
            {("Christie's", "ORG"), ("Sotheby's", "ORG")},
            {("Christie", "PERSON"), ("Sotheby", "PERSON")},
        ),
        # look-alikes: a possessive before its noun, a name also written alone, a titled person's home
        (
            "The letter was Gorsky's, not Malin's. Later he went to Gorsky's house, and Gorsky let him in.",
            {("Gorsky", "PERSON")},
            {("Gorsky's", "ORG")},
        ),
        ("We had supper at Mrs. Pike's, and the rain came on.", {("Pike", "PERSON")}, {("Pike's", "ORG")}),
    ],
)
def test_elliptical_possessives_name_firms(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def headline_mentions(annotator, text, span, label):
    from succession.entities import Document, EntityMention

    start = text.index(span)
    doc = Document(text, [EntityMention(start, start + len(span), span, label, None, "model")], annotator.lexicon)
    doc.headline_words()
    return [(m.text, m.label) for m in doc.mentions]


def test_a_capitals_heading_span_run_over_common_words_keeps_the_name_after_its_preposition(annotator):
    text = "CHAPTER IX. THE DEPUTATION FROM BOMBAY.\n\nIt was upon the morning of the ninth that the deputation from Bombay arrived."
    assert headline_mentions(annotator, text, "THE DEPUTATION FROM BOMBAY", "ORG") == [("BOMBAY", "GPE")]


def test_a_capitals_body_name_keeps_its_own_first_words(annotator):
    # look-alike: "OF" is no preposition that ends common words, and PEOPLE'S is part of the name
    text = "PEOPLE'S COMMISSARIAT OF INTERNAL AFFAIRS\n\nThe Commissariat of Internal Affairs reported to the Central Committee."
    assert headline_mentions(annotator, text, "PEOPLE'S COMMISSARIAT OF INTERNAL AFFAIRS", "ORG") == [("PEOPLE'S COMMISSARIAT OF INTERNAL AFFAIRS", "ORG")]


def test_a_capitals_heading_line_above_running_text_is_no_name(annotator):
    text = "PRESS RELEASE\nFor immediate release: Tuesday 4 November 2025\n\nDivers from the university have found the wreck of a mail steamer."
    assert "PRESS RELEASE" not in {m.text for m in annotator(text)}


def test_a_capitals_signature_is_still_a_person(annotator):
    text = "I remain, Sir, yours faithfully,\nHAROLD WYNNE\nDidsbury, Manchester\n\nThe editor replies next week."
    assert ("HAROLD WYNNE", "PERSON") in {(m.text, m.label) for m in annotator(text)}


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # races, games and championships are events by their head word
        (
            "Moss won the British Grand Prix at Aintree, and Fangio took the Belgian Grand Prix a month later.",
            {("the British Grand Prix", "EVENT"), ("the Belgian Grand Prix", "EVENT"), ("Fangio", "PERSON")},
            {("the British Grand Prix", "ORG"), ("the Belgian Grand Prix", "LOC")},
        ),
        # look-alike: the head word alone, or a town named like a race, names no event
        (
            "She ran at the Commonwealth Games in Auckland and then in the Boston Marathon. The family lived in Derby.",
            {("the Commonwealth Games", "EVENT"), ("the Boston Marathon", "EVENT"), ("Derby", "GPE")},
            {("Derby", "EVENT")},
        ),
    ],
)
def test_sporting_events(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a name that only names a language, and a people's word listed with one
        (
            "Leaflets are available in Welsh, Urdu and Punjabi.",
            {("Welsh", "LANGUAGE"), ("Urdu", "LANGUAGE"), ("Punjabi", "LANGUAGE")},
            {("Welsh, Urdu and Punjabi", "ORG"), ("Urdu", "NORP"), ("Punjabi", "GPE")},
        ),
        ("She spoke Swahili at home and taught herself to count in Urdu.", {("Swahili", "LANGUAGE"), ("Urdu", "LANGUAGE")}, {("Urdu", "GPE")}),
        # look-alikes: inside a longer name, and peoples listed without a language-only name
        (
            "She taught at the Hindi Film Academy. The Welsh, Scots and Irish sent delegates.",
            {("the Hindi Film Academy", "ORG")},
            {("Hindi", "LANGUAGE"), ("Scots", "LANGUAGE"), ("Irish", "LANGUAGE")},
        ),
    ],
)
def test_language_names(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a place before a noun and a full stop is a modifier, not a river or region named with "the"
        ("I walked with him as far as the Oranienbaum road. Then he turned back.", {("Oranienbaum", "GPE")}, {("Oranienbaum", "LOC"), ("the Oranienbaum", "LOC")}),
        # look-alike: a river named with the article before punctuation
        ("Boats went up the Vetluga, and along the Mtkvari.", {("the Vetluga", "LOC"), ("the Mtkvari", "LOC")}, set()),
    ],
)
def test_a_name_before_a_noun_and_punctuation_is_a_modifier(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # older print: hyphenated streets, police constables, an advance "upon" a town
        (
            "At the Police Court on Monday, a labourer named Thomas Briggs, of Water-street, was charged "
            "with being drunk in Market-place on Saturday night. P.C. Walsh proved the case.",
            {("Water-street", "FAC"), ("Market-place", "FAC"), ("Walsh", "PERSON"), ("Thomas Briggs", "PERSON")},
            {("Water-street", "GPE"), ("Market-place", "GPE"), ("P.C. Walsh", "PERSON")},
        ),
        ("The Russian advance upon Adrianople has been checked.", {("Adrianople", "GPE")}, {("Adrianople", "PERSON")}),
        # look-alikes: initials are still a name's, and "upon" a person is no place
        ("J. K. Marsh wrote it. The attack upon Trotsky was renewed.", {("J. K. Marsh", "PERSON"), ("Trotsky", "PERSON")}, set()),
    ],
)
def test_older_newspaper_forms(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a rank or peerage before a surname named like a town makes a person
        ("Marshal Saint-Arnaud died of cholera aboard the ship, and Lord Salisbury spoke in the House.", {("Saint-Arnaud", "PERSON"), ("Salisbury", "PERSON")}, {("Saint-Arnaud", "GPE")}),
        # look-alike: a saint's town stays a town
        ("The court moved from Moscow to St. Petersburg in 1712.", {("St. Petersburg", "GPE")}, {("Petersburg", "PERSON")}),
    ],
)
def test_ranks_before_surnames_named_like_places(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_name_said_to_someone_stays_though_a_dictionary_word(annotator):
    from succession.entities import Document, EntityMention

    # 'Cannon?' closes a question to a person: a vocative keeps its name, common word or not
    text = "“Who taught you to flatter, Miss Ellison? Cannon?”\n\n“Nobody taught me.”"
    start = text.index("Cannon")
    doc = Document(text, [EntityMention(start, start + 6, "Cannon", "PERSON", None, "model")], annotator.lexicon)
    doc.sentence_initial_words()
    assert [m.text for m in doc.mentions] == ["Cannon"]
    # look-alike: the same word starting a plain sentence is the common word
    text = "The guns were silent. Cannon stood in rows along the quay."
    start = text.index("Cannon")
    doc = Document(text, [EntityMention(start, start + 6, "Cannon", "PERSON", None, "model")], annotator.lexicon)
    doc.sentence_initial_words()
    assert doc.mentions == []


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a member's letters before the name are a title, as "Senator" is
        (
            '"Today is the day nature wins," said MEP Lucía Ferrer. The Dutch MEP Joost van Raalte disagreed, and Cllr Tom Baines did not.',
            {("Lucía Ferrer", "PERSON"), ("Joost van Raalte", "PERSON"), ("Tom Baines", "PERSON")},
            {("MEP Lucía Ferrer", "PERSON"), ("The Dutch MEP Joost van Raalte", "ORG"), ("Cllr Tom Baines", "PERSON")},
        ),
        # look-alike: the seat after "MP for" is a place
        ("The MP for Bath spoke first.", {("Bath", "GPE")}, {("MP", "PERSON")}),
    ],
)
def test_members_titles(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


def test_a_wire_service_in_a_dateline_with_its_dash_glued_on(annotator):
    text = "NEW ORLEANS, April 29 (AP)—The first charges of dynamite were set off today.\n\nWASHINGTON, September 12 (UPI)—The Senate met."
    found = {(m.text, m.label) for m in annotator(text)}
    assert {("AP", "ORG"), ("UPI", "ORG"), ("The Senate", "ORG")} <= found
    assert not any(")" in name for name, _ in found)
