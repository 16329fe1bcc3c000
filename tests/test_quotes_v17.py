"""quotes.v17: a rank written short before a name ("Col. ... the colonel said"), the narrator's
kin under the name the narration gives them with the kin word as a title ("Uncle Stan ... my
uncle said"), "Ma" as a family title, and the statements one gives before a colon. Each case has
a look-alike whose answer the rule must not change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR

from .conftest import quotation_speakers as speakers


def test_annotator_version():
    assert ANNOTATOR in ("quotes.v17", "quotes.v18", "quotes.v19", "quotes.v20", "quotes.v21", "quotes.v22")  # quotes.v18 pins itself in test_quotes_v18


def test_a_rank_written_short_names_the_one_it_describes():
    text = ('Gen. Hugh Scott and Mayor Thomas Ring met the strikers at noon.\n\n'
            '"We will stay until the mills open," the general said.')
    people = [("Hugh Scott", "PERSON"), ("Thomas Ring", "PERSON")]
    assert dict(speakers(text, people))['"We will stay until the mills open,"'] == "Hugh Scott"
    # look-alike: a rank nobody in the text holds stays a description, and so nobody's
    text = ('Mayor Thomas Ring met the strikers at noon.\n\n'
            '"We will stay until the mills open," the general said.')
    assert dict(speakers(text, [("Thomas Ring", "PERSON")]))['"We will stay until the mills open,"'] is None


def test_my_uncle_is_the_uncle_the_narration_names():
    text = ('I rode with Uncle Walt to the fair, and Mr. Ebb Tolliver sold us the tickets.\n\n'
            '"Hold on to them," my uncle said.')
    people = [("Walt", "PERSON"), ("Ebb Tolliver", "PERSON")]
    assert dict(speakers(text, people))['"Hold on to them,"'] == "Walt"
    # look-alike: an uncle named only inside someone's words is not the narration's
    text = ('"Uncle Walt sent you," said Ebb Tolliver, and sold us the tickets.\n\n'
            '"Hold on to them," my uncle said.')
    assert dict(speakers(text, people))['"Hold on to them,"'] != "Walt"


def test_ma_is_a_family_title():
    text = ('We got home after dark.\n\nMa was waiting at the gate. "Where have you two been?"')
    assert dict(speakers(text, []))['"Where have you two been?"'] == "Ma"
    # look-alike: "Ma" before a name is part of that name
    text = ('Ma Ying spoke at noon. "We will wait," she said.')
    assert dict(speakers(text, [("Ma Ying", "PERSON")]))['"We will wait,"'] == "Ma Ying"


def test_a_statement_given_before_a_colon_is_the_giver_s():
    text = ('Dr. Ruth Amsel said the patient was stable.\n\n'
            'Paul Ferrand, the family\'s lawyer, gave reporters the family\'s statement:\n\n'
            '"We thank the doctors and ask to be left alone."')
    people = [("Ruth Amsel", "PERSON"), ("Paul Ferrand", "PERSON")]
    assert dict(speakers(text, people))['"We thank the doctors and ask to be left alone."'] == "Paul Ferrand"
    # look-alike: a statement nobody gives leaves the words with the last speaker's cue
    text = ('Dr. Ruth Amsel said the patient was stable. Paul Ferrand made no comment. The doctor went on:\n\n'
            '"We did what we could."')
    assert dict(speakers(text, people))['"We did what we could."'] != "Paul Ferrand"


def test_a_thing_that_adds_is_no_speaker_the_reporter_is():
    text = ('Asha Kiprono, an economist at Mombasa-based Meridian Advisory, said the tax would add '
            '"perhaps a point" to inflation.')
    people = [("Asha Kiprono", "PERSON"), ("Meridian Advisory", "ORG")]
    assert dict(speakers(text, people))['"perhaps a point"'] == "Asha Kiprono"
    # look-alike: a person who adds speaks for themself
    text = 'Asha Kiprono said the tax was fair. Her colleague Tom Obura would add "perhaps a point" to that.'
    assert dict(speakers(text, people + [("Tom Obura", "PERSON")]))['"perhaps a point"'] == "Tom Obura"


def test_an_unnamed_member_of_a_body_after_the_quotation_is_nobody():
    text = ('Major Hart rode out at noon.\n\n'
            '"We saw the wagons burning," a trooper of the Cape Mounted Rifles recalled.')
    people = [("Hart", "PERSON"), ("the Cape Mounted Rifles", "ORG")]
    assert dict(speakers(text, people))['"We saw the wagons burning,"'] is None
    # look-alike: a named member speaks
    text = ('Major Hart rode out at noon.\n\n'
            '"We saw the wagons burning," Trooper Bell of the Cape Mounted Rifles recalled.')
    assert dict(speakers(text, people + [("Bell", "PERSON")]))['"We saw the wagons burning,"'] == "Bell"


def test_a_quoted_modifier_before_its_noun_is_a_term():
    from succession.quotes import find_quotations

    from .conftest import quotation_mentions

    text = 'Hart rode out. The warriors closed in the old "horns of the bull" formation.'
    kinds = {q.text: (q.kind, q.speaker) for q in find_quotations(text, quotation_mentions(text, [("Hart", "PERSON")]), ())}
    assert kinds['"horns of the bull"'] == ("term", None)
    # nor does a recent speaker's cue make it theirs
    text = 'Hart said the line was "safe for a week". The warriors closed in the old "horns of the bull" formation.'
    kinds = {q.text: (q.kind, q.speaker) for q in find_quotations(text, quotation_mentions(text, [("Hart", "PERSON")]), ())}
    assert kinds['"horns of the bull"'] == ("term", None)
    # look-alike: a quoted clause before a preposition is someone's words
    text = 'Hart said on Tuesday that the trial of his accomplices "will open shortly" before the court.'
    kinds = {q.text: q.kind for q in find_quotations(text, quotation_mentions(text, [("Hart", "PERSON")]), ())}
    assert kinds['"will open shortly"'] == "direct"


def test_numbered_lines_under_a_notes_heading_are_notes():
    from succession.quotes import notes_in_text

    text = ("Kamenev called it \"a slander\".[1] Trotsky kept silent.[2]\n\nNOTES\n"
            "1. Pravda, 26 November 1924, p. 2.\n2. Trotsky to the plenum of the Central Committee, 15 January 1925.")
    assert [(n.marker, n.text) for n in notes_in_text(text)] == [
        ("1", "Pravda, 26 November 1924, p. 2."), ("2", "Trotsky to the plenum of the Central Committee, 15 January 1925.")]
    # look-alike: a numbered list with no notes heading is the text's own list
    text = "The programme had two points.[1]\n\n1. Nationalise the land.\n2. Arm the workers."
    assert notes_in_text(text) == []


def test_a_marker_closing_the_sentence_of_a_quotation_and_its_cue_cites_it():
    from succession.quotes import find_quotations, notes_in_text

    from .conftest import quotation_mentions

    text = ('"The author has turned a history into a trial," wrote Zinoviev in a circular on 2 November 1924.[1] '
            'Stalin called it "a slander".\n\nNOTES\n1. Circular of the Leningrad Committee, 2 November 1924.')
    found = find_quotations(text, quotation_mentions(text, [("Zinoviev", "PERSON"), ("Stalin", "PERSON")]), notes_in_text(text))
    sources = {q.text: q.source for q in found}
    assert sources['"The author has turned a history into a trial,"'].marker == "1"
    # look-alike: a marker after a later quotation is that quotation's, not an earlier one's
    text = ('"The author has turned a history into a trial," wrote Zinoviev, and Stalin called it "a slander".[1]'
            '\n\nNOTES\n1. Pravda, 26 November 1924, p. 2.')
    found = find_quotations(text, quotation_mentions(text, [("Zinoviev", "PERSON"), ("Stalin", "PERSON")]), notes_in_text(text))
    sources = {q.text: q.source for q in found}
    assert sources['"The author has turned a history into a trial,"'] is None
    assert sources['"a slander"'].marker == "1"


def test_ibid_repeats_the_work_with_its_volume_and_the_book_a_document_is_printed_in():
    from succession.quotes import resolve_citation

    earlier = ["V. I. Lenin, Collected Works, vol. 42 (Moscow: Progress Publishers, 1969), p. 421."]
    assert resolve_citation("Ibid., vol. 36, p. 610.", earlier) == "V. I. Lenin, Collected Works, vol. 36, p. 610."
    earlier = ["“Platform of the Eighty-Three”, May 1927, in R. V. Daniels, The Conscience of the Revolution, p. 290."]
    assert resolve_citation("Ibid., p. 292.", earlier) == "R. V. Daniels, The Conscience of the Revolution, p. 292."
    # look-alike: an article in its author's own collected works is what "Ibid." repeats
    earlier = ["J. V. Stalin, “The Right Danger”, in Works, vol. 11 (Moscow, 1954), p. 231."]
    assert resolve_citation("Ibid., p. 235.", earlier) == "J. V. Stalin, “The Right Danger”, in Works, vol. 11 (Moscow, 1954), p. 235."
