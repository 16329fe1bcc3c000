"""quotes.v21: words the text says someone demanded, cried or wrote down are direct speech, a
headline's deck quotes speech line by line, and each case has a look-alike whose answer the rule
must not change."""

from __future__ import annotations

from succession.quotes import ANNOTATOR, find_quotations

from .conftest import quotation_mentions


def test_annotator_version():
    assert ANNOTATOR in ("quotes.v21", "quotes.v22")  # quotes.v22 pins itself in test_quotes_v22


def kinds(text, specs):
    return {q.text: (q.kind, q.speaker) for q in find_quotations(text, quotation_mentions(text, specs), ())}


def test_a_quoted_verb_of_a_reported_clause_is_the_speakers_words():
    text = 'At the session Ostrova demanded that the council "scrap" it before the winter.'
    assert kinds(text, [("Ostrova", "PERSON")])['"scrap"'] == ("direct", "Ostrova")
    # look-alike: a noun quoted as the clause's subject stays a term
    text = 'Ostrova demanded that the council "experts" resign before the winter.'
    assert kinds(text, [("Ostrova", "PERSON")])['"experts"'][0] == "term"


def test_an_exclamation_is_speech():
    text = 'The minister sat down. (Noise. Shouts of "Shame!")\n\nThe sitting was suspended.'
    assert kinds(text, [])['"Shame!"'][0] == "direct"
    # look-alike: a name ending in an exclamation mark after an article names a show
    text = 'That winter they saw the revue "Hurrah!" twice at the Palace.'
    assert kinds(text, [])['"Hurrah!"'][0] != "direct"


def test_a_superlative_verdict_given_to_it_is_direct():
    text = 'Among the guests was Colonel Hay Brandt, who later called it "the last great river crossing".'
    assert kinds(text, [("Hay Brandt", "PERSON")])['"the last great river crossing"'] == ("direct", "Hay Brandt")
    # look-alike: a definite name given to it stays a term
    text = 'Among the guests was Colonel Hay Brandt, who later called it "the great river crossing".'
    assert kinds(text, [("Hay Brandt", "PERSON")])['"the great river crossing"'][0] == "term"


def test_words_written_down_in_a_book_as_are_an_entry_not_a_title():
    text = (
        "I went home to my lodgings in Hoxton to tell my aunt.\n\n"
        'The office was crowded. A clerk in a grey coat took my fare and wrote me down in his book as "Marsh, inside, to Bath".'
    )
    assert kinds(text, [])['"Marsh, inside, to Bath"'] == ("direct", None)
    # look-alike: a title in capitals printed in a magazine "as" stays a title
    text = 'Her story ran that spring. She wrote it up in the magazine as "The Last Days of Summer" and was paid.'
    assert kinds(text, [])['"The Last Days of Summer"'][0] == "title"


def test_a_headline_deck_quotes_speech_in_single_marks():
    text = (
        "FIRE DESTROYS MILL\nWorkers Escape Unhurt\nOkafor Tells Inquiry 'We Had No Warning'\n\n"
        "LEEDS, May 3.--The mill burned down last night. Okafor was the foreman."
    )
    assert kinds(text, [("Okafor", "PERSON")])["'We Had No Warning'"] == ("direct", "Okafor")
    # look-alike: a first paragraph of sentences is no headline
    text = (
        "The mill burned down.\nOkafor told the inquiry 'we had no warning' at noon.\n\n"
        "LEEDS, May 3.--The mill burned down last night. Okafor was the foreman."
    )
    assert "'we had no warning'" not in kinds(text, [("Okafor", "PERSON")])


def test_an_unnamed_spokesman_for_the_family_is_nobody():
    # quotes.v21: "family" ends in -ly but is no adverb; the description is the subject
    text = (
        'Col. Ivo Brand, head of the police, said the man had waited. "He struck from behind," the colonel said.\n\n'
        'The burial is on Monday. A spokeswoman for the family said: "There will be no hymns."'
    )
    assert kinds(text, [("Ivo Brand", "PERSON")])['"There will be no hymns."'] == ("direct", None)
    # look-alike: a named spokeswoman for the family speaks under her name
    text = (
        'Col. Ivo Brand, head of the police, said the man had waited.\n\n'
        'The burial is on Monday. Ana Reyes, a spokeswoman for the family, said: "There will be no hymns."'
    )
    assert kinds(text, [("Ivo Brand", "PERSON"), ("Ana Reyes", "PERSON")])['"There will be no hymns."'] == ("direct", "Ana Reyes")


def test_a_place_before_an_infinitive_of_speech_is_no_speaker():
    # quotes.v21: "went home to my rooms in Hoxton to tell my aunt": a place does not tell
    text = 'I took the letter and went home to my rooms in Hoxton to tell my aunt.\n\n"We shall manage," she said.'
    assert kinds(text, [("Hoxton", "GPE")])['"We shall manage,"'] == ("direct", None)
    # look-alike: the clause's named subject still speaks after a place
    text = 'Marta walked back to the mill in the valley to tell her brother: "The cows are sold."'
    assert kinds(text, [("Marta", "PERSON")])['"The cows are sold."'] == ("direct", "Marta")


def test_a_title_tagged_as_a_work_before_a_person_leaves_the_person_speaking():
    # quotes.v21: the tagger may take "Fisheries Minister" for a work; the person after it speaks
    text = 'The bill passed on Tuesday.\n\n"Nobody on this coast sees the boat as a treat," Fisheries Minister Dana Pike told the House.'
    specs = [("Fisheries Minister", "WORK_OF_ART"), ("Dana Pike", "PERSON")]
    assert kinds(text, specs)['"Nobody on this coast sees the boat as a treat,"'] == ("direct", "Dana Pike")
    # look-alike: without the person in the entity layer nobody is made up from the words
    specs = [("Fisheries Minister", "WORK_OF_ART")]
    assert kinds(text, specs)['"Nobody on this coast sees the boat as a treat,"'][1] != "Dana Pike"


def test_a_narrators_first_name_given_is_no_he_either():
    # quotes.v21: the narrator named "Walter Brisk" and then "Sparrow" is "I", never "he"
    text = (
        "My name is Walter Brisk, but at the bank, where I kept ledgers, they called me Sparrow. "
        "It was Sparrow whom old Mr. Hollis sent for on a Friday.\n\n"
        "He was standing by the fire with his back to me.\n\n"
        '"You know the road to Dover, Sparrow?"'
    )
    specs = [("Walter Brisk", "PERSON"), ("Sparrow", "PERSON"), ("Hollis", "PERSON")]
    assert kinds(text, specs)['"You know the road to Dover, Sparrow?"'] == ("direct", "Hollis")
    # look-alike: a third person named in the narration is still "he"
    text = (
        "My name is Walter Brisk, but at the bank, where I kept ledgers, they called me Sparrow. "
        "Old Mr. Hollis sent for me on a Friday, and Mr. Abel Tarrant came with him.\n\n"
        "He was standing by the fire with his back to me.\n\n"
        '"You know the road to Dover, Sparrow?"'
    )
    specs = [("Walter Brisk", "PERSON"), ("Sparrow", "PERSON"), ("Hollis", "PERSON"), ("Abel Tarrant", "PERSON")]
    assert kinds(text, specs)['"You know the road to Dover, Sparrow?"'][1] in ("Hollis", "Abel Tarrant")


def test_a_bodys_possessive_description_of_an_unnamed_critic_is_nobody():
    # quotes.v21: "The Courier's critic ... she wrote": an unnamed person, not the last name
    text = (
        'Writing in the Herald, Joan Pike called the play "brave". '
        'The Courier\'s critic was less kind: "a dull evening", she wrote.'
    )
    specs = [("Joan Pike", "PERSON"), ("Herald", "ORG"), ("Courier", "ORG")]
    assert kinds(text, specs)['"a dull evening"'] == ("direct", None)
    # look-alike: a possessive of a thing opens the sentence; the named writer still speaks
    text = (
        'Writing in the Herald, Joan Pike called the play "brave". '
        'Her second review was less kind: "a dull evening", she wrote.'
    )
    assert kinds(text, specs)['"a dull evening"'] == ("direct", "Joan Pike")


def test_an_unnamed_official_after_a_fronted_place_is_he():
    # quotes.v21: "At the X Embassy an official ... declined to say how long Y would stay.
    # '...,' he said": the unnamed official (null), not Y or a name further back
    text = (
        'Kemal Orhan, the police chief, said the exile was "a guest".\n\n'
        "At the Soviet Embassy an official who gave no name declined to say how long Trotsky would stay. "
        '"He is a private person," he said.'
    )
    specs = [("Kemal Orhan", "PERSON"), ("Trotsky", "PERSON"), ("Soviet Embassy", "ORG")]
    assert kinds(text, specs)['"He is a private person,"'] == ("direct", None)
    # look-alike: a named person after the fronted place speaks
    text = (
        'Kemal Orhan, the police chief, said the exile was "a guest".\n\n'
        "At the Soviet Embassy, Ivan Petrov declined to say how long the exile would stay. "
        '"He is a private person," he said.'
    )
    specs = [("Kemal Orhan", "PERSON"), ("Ivan Petrov", "PERSON"), ("Soviet Embassy", "ORG")]
    assert kinds(text, specs)['"He is a private person,"'] == ("direct", "Ivan Petrov")


def test_a_spokesperson_for_a_body_named_inside_its_description_is_nobody():
    # quotes.v21: "a spokesperson for the South Tyrolean water board said": the tagger's name
    # ("South Tyrolean") stands after the article; the unnamed spokesperson speaks (null)
    text = 'Rain fell for a week. A spokesperson for the South Tyrolean water board said the losses were "far smaller".'
    assert kinds(text, [("South Tyrolean", "ORG")])['"far smaller"'] == ("direct", None)
    # look-alike: the body itself speaking keeps its name
    text = 'Rain fell for a week. The South Tyrolean water board said the losses were "far smaller".'
    assert kinds(text, [("South Tyrolean", "ORG")])['"far smaller"'] == ("direct", "South Tyrolean")
