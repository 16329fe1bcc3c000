"""quotes.v22, from gold/test25's errors: in a court report, the one a participle says was
charged ("Thomas Moran, a labourer, charged with ...") is the one "Defendant" refers back to.
The rule has a look-alike whose answer it must not change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR, find_quotations

from .conftest import quotation_mentions


def test_annotator_version():
    assert ANNOTATOR == "quotes.v22"


def speakers(text, specs):
    return {q.text: q.speaker for q in find_quotations(text, quotation_mentions(text, specs), ())}


def test_the_one_a_participle_charges_is_the_defendant():
    text = (
        "POLICE COURT.—(Before W. Rolleston, Esq., R.M.)—Patrick Doyle, a carter, charged with being "
        'drunk in Church Street on Friday night, pleaded guilty. Defendant said "he had only been to '
        'the races." He was fined 5s.'
    )
    found = speakers(text, [("W. Rolleston", "PERSON"), ("Patrick Doyle", "PERSON"), ("Church Street", "FAC")])
    assert found['"he had only been to the races."'] == "Patrick Doyle"


def test_a_charge_the_report_only_mentions_names_no_defendant():
    # look-alike: "charged" as a verb of someone else's sentence is no charge of a person
    text = (
        "POLICE COURT.—Sergeant Hall said the cab had been overcharged by the driver, who fled. "
        'Defendant said "he had never seen the cab."'
    )
    found = speakers(text, [("Hall", "PERSON")])
    assert found['"he had never seen the cab."'] != "Hall"
