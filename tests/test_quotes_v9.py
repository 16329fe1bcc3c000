"""quotes.v9: untagged dialogue. The one a turn calls by name answers it, and a turn after
narration that opens with no subject belongs to the one person that narration names. Each case
has a look-alike whose answer the rule must not change."""

from __future__ import annotations

from .conftest import quotation_speakers as speakers

SCENE = (
    "It was in the May of 1907, when the chestnuts were at their whitest, that Mrs. Honoria Vane "
    "first received a revolutionary at her table.\n\n"
    "“You will not tell me he is dangerous, Arthur.”\n\n"
    "“I tell you nothing of the kind, Aunt. The police would give a great deal to know where he dines.”\n\n"
    "“Then he shall dine here.”\n\n"
    "Arthur laughed."
)
PEOPLE = [("Honoria Vane", "PERSON"), ("Arthur", "PERSON")]


def test_the_one_called_by_name_answers_an_untagged_turn():
    found = dict(speakers(SCENE, PEOPLE))
    assert found["“I tell you nothing of the kind, Aunt. The police would give a great deal to know where he dines.”"] == "Arthur"
    # and the turn after his goes back to the other party
    assert found["“Then he shall dine here.”"] == "Honoria Vane"


def test_a_turn_after_narration_with_no_subject_belongs_to_its_one_person():
    assert dict(speakers(SCENE, PEOPLE))["“You will not tell me he is dangerous, Arthur.”"] == "Honoria Vane"


def test_narration_naming_two_people_gives_no_speaker_by_that_rule():
    text = (
        "It was in May, when the chestnuts were white, that Mrs. Vane first received Dr. Kostrov.\n\n"
        "“You will stay for dinner.”"
    )
    assert dict(speakers(text, [("Vane", "PERSON"), ("Kostrov", "PERSON")]))["“You will stay for dinner.”"] is None


def test_the_one_narration_names_does_not_speak_a_turn_that_calls_them():
    text = "It was in May, at the house, that they first saw Arthur.\n\n“Sit down, Arthur.”"
    assert dict(speakers(text, [("Arthur", "PERSON")]))["“Sit down, Arthur.”"] is None


def test_a_progressive_speech_verb_is_no_passive():
    text = "By July 1928 Bukharin was confiding to Kamenev, his old adversary, that Stalin was “a Genghis Khan” who would “strangle us all”."
    found = dict(speakers(text, [("Bukharin", "PERSON"), ("Kamenev", "PERSON"), ("Stalin", "PERSON")]))
    assert found["“a Genghis Khan”"] == "Bukharin"
    # "talks were continuing" is no speech: the one who said it is still the speaker
    text = 'Sabirov said talks with creditors led by the Handelsbank were continuing and that he expected an agreement "within weeks."'
    assert dict(speakers(text, [("Sabirov", "PERSON"), ("the Handelsbank", "ORG")]))['"within weeks."'] == "Sabirov"


def test_a_name_set_before_a_pronoun_tag_is_the_topic_not_the_speaker():
    text = (
        "Stalin kept his post; he was silent. Boris Bazhanov, a secretary of the Politburo, described the scene. "
        'Stalin, he wrote, "sat on the steps of the rostrum".'
    )
    found = dict(speakers(text, [("Boris Bazhanov", "PERSON"), ("the Politburo", "ORG"), ("Stalin", "PERSON")]))
    assert found['"sat on the steps of the rostrum"'] == "Boris Bazhanov"
    # without the name before it, "he" is the nearest man as before
    text = 'Bazhanov described the scene. Stalin sat down. Later he wrote, "nobody spoke".'
    assert dict(speakers(text, [("Bazhanov", "PERSON"), ("Stalin", "PERSON")]))['"nobody spoke"'] == "Stalin"


def test_the_subject_of_a_verb_before_an_infinitive_cue_speaks():
    text = (
        "Lenin had wanted them read. Stalin was general secretary.\n\nBoris Bazhanov, a secretary of the Politburo "
        'who later fled abroad, described the scene. Stalin, he wrote, "sat on the steps of the rostrum", while '
        'Zinoviev rose to assure the comrades that the fears "had not been borne out".'
    )
    specs = [("Boris Bazhanov", "PERSON"), ("the Politburo", "ORG"), ("Stalin", "PERSON"), ("Zinoviev", "PERSON"), ("Lenin", "PERSON")]
    assert dict(speakers(text, specs))['"had not been borne out"'] == "Zinoviev"


def test_the_one_heard_or_remembered_saying_it_speaks():
    text = (
        "In the spring of 1930 Lapin was moved to the Verkhneuralsk Isolator, where he wrote for the journal. "
        "A fellow prisoner, Ante Ciliga, later remembered him saying after a search of the cells: “We are not here to be forgiven.”"
    )
    specs = [("Lapin", "PERSON"), ("Ante Ciliga", "PERSON"), ("the Verkhneuralsk Isolator", "FAC")]
    assert dict(speakers(text, specs))["“We are not here to be forgiven.”"] == "Lapin"
    # without the one remembered, the one remembering speaks
    text = "Lapin was moved to the Isolator. Ante Ciliga later remembered saying to the guards: “We are not here to be forgiven.”"
    assert dict(speakers(text, specs))["“We are not here to be forgiven.”"] == "Ante Ciliga"


def test_judging_attributes_the_words():
    text = (
        "It was Stalin who gave the affair its name, turning what he called “Trotskyism” into a doctrine. "
        "Isaac Deutscher judged that the controversy “settled nothing about 1917 and a great deal about 1925”."
    )
    found = dict(speakers(text, [("Stalin", "PERSON"), ("Isaac Deutscher", "PERSON")]))
    assert found["“settled nothing about 1917 and a great deal about 1925”"] == "Isaac Deutscher"


def test_a_colon_introduction_without_a_speech_verb_gives_its_subject():
    text = (
        'Its officials, Marx noted, were to serve "at workmen\'s wages." It never touched the Bank of France. '
        "Twenty years later Engels closed a new introduction to Marx's pamphlet with a challenge to his readers: "
        '"Look at the Paris Commune. That was the Dictatorship of the Proletariat."'
    )
    found = dict(speakers(text, [("Marx", "PERSON"), ("Engels", "PERSON"), ("the Bank of France", "ORG")]))
    assert found['"Look at the Paris Commune. That was the Dictatorship of the Proletariat."'] == "Engels"


def test_not_when_someone_else_acts_in_the_introduction():
    text = (
        "When Bukharin told the court, “I bow my knees before the party,” he may have meant it. "
        "Ashcombe prints in full the letter he sent from the Lubyanka, with its opening line: “Koba, why do you need my death?”"
    )
    found = dict(speakers(text, [("Bukharin", "PERSON"), ("Ashcombe", "PERSON"), ("the Lubyanka", "FAC")]))
    assert found["“Koba, why do you need my death?”"] != "Ashcombe"
