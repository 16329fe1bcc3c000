"""entity_rules.v15 (entity table v13): old newspapers' run-in town heads, advertisements' first
words in capitals, post-nominal abbreviations, bare family titles and Australian councillors.
Each rule has a case it must get right and a look-alike it must leave alone."""

import pytest

from succession.entities import RULES_ANNOTATOR, EntityAnnotator

from .conftest import assert_names


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def test_the_rules_version_changed():
    assert RULES_ANNOTATOR == "entity_rules.v15"


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a run-in head that is a town, alone or before common words, is that town
        (
            "BODMIN.—The new reading-room was opened on Thursday by the vicar.\n\n"
            "HELSTON PETTY SESSIONS.—Monday last, before the Mayor, a carter was fined.",
            {("BODMIN", "GPE"), ("HELSTON", "GPE")},
            {("HELSTON PETTY SESSIONS", "ORG")},
        ),
        # common words ("THE MAILS", "SHIPPING") and days name no town
        (
            "THE MAILS.—Owing to the gale, the packet did not sail.\n\nSHIPPING.—Arrived, the brig "
            "Hope, from Swansea.\n\nMONDAY.—Nothing further has been heard.",
            set(),
            {("MAILS", "GPE"), ("SHIPPING", "GPE"), ("MONDAY", "GPE")},
        ),
        # a heading in capitals of common words: a town that is also a common word ("Police",
        # a city of Poland) does not make it a name
        (
            "POLICE COURT.\n(Before Mr. H. R. Lacey, on Tuesday.)\nA drover was fined for being drunk.",
            {("H. R. Lacey", "PERSON")},
            {("POLICE COURT", "ORG")},
        ),
        # an advertisement's first word in capitals is no acronym; an acronym is one
        (
            "TENDERS are invited for the supply of road metal. NOTICE is hereby given that the "
            "rates are due. Officials at ONPE declined to comment.",
            {("ONPE", "ORG")},
            {("TENDERS", "ORG"), ("NOTICE", "ORG")},
        ),
    ],
)
def test_old_newspaper_heads(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # post-nominal abbreviations and a bare family title name nobody
        (
            "The case was heard before the Mayor (W. D. Hosken, Esq.) and Mr. H. R. Tidd, P.M. "
            "The Rev. Father Keane, P.P., left for the retreat.",
            {("W. D. Hosken", "PERSON"), ("H. R. Tidd", "PERSON"), ("Keane", "PERSON")},
            {("Esq", "GPE"), ("Esq", "PERSON"), ("P.M.", "PERSON"), ("P.P.", "ORG")},
        ),
        (
            '"From the water, Gran?" I said. "From the water," said Gran, and Grandad laughed.',
            set(),
            {("Gran", "PERSON"), ("Grandad", "PERSON")},
        ),
        # "Cr." (councillor) is a form of address, not a name
        (
            "Cr. Elworthy said the road was a disgrace. The president, Cr. Lindsay, replied.",
            {("Elworthy", "PERSON"), ("Lindsay", "PERSON")},
            {("Cr", "PERSON"), ("Cr. Elworthy", "PERSON")},
        ),
    ],
)
def test_forms_of_address(annotator, text, expected, absent):
    assert_names(annotator, text, expected, absent)
