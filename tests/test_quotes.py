"""Tests for the rule-based quotation annotator (succession.quotes)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from succession.data import EntityMention, Note, Source
from succession.quotes import (
    ANNOTATOR,
    KINDS,
    find_quotations,
    resolve_citation,
    resolve_note_citations,
)


def mentions(text: str, specs) -> list[EntityMention]:
    """Every whole-word occurrence of each (surface, label, entity_id) in ``text``."""
    found = []
    for surface, label, entity_id in specs:
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            found.append(EntityMention(match.start(), match.end(), surface, label, entity_id, "test"))
    return sorted(found, key=lambda m: (m.start, m.end))


def notes_at_end(text: str, numbered: list[str]) -> tuple[str, list[Note]]:
    """Append "[n]\\n\\ncitation" notes to ``text`` and return the text and its Note list."""
    notes = []
    for number, citation in enumerate(numbered, start=1):
        text += f"\n\n[{number}]\n\n"
        notes.append(Note(len(text), len(text) + len(citation), citation, str(number)))
        text += citation
    return text, notes


def summary(quotations):
    return [(q.text, q.kind, q.speaker, q.speaker_id, q.source) for q in quotations]


TROTSKY = ("Trotsky", "PERSON", "trotsky")
LENIN = ("Lenin", "PERSON", "lenin")
STALIN = ("Stalin", "PERSON", "stalin")

MY_LIFE = "Leon Trotsky, My Life (New York: Charles Scribner's Sons, 1931), p. 505."
PERMANENT = "Leon Trotsky, The Permanent Revolution (London: New Park Publications, 1971), p. 22."

# (id, text, entity specs, expected [(text, kind, speaker, speaker_id, source)])
CASES = [
    (
        "news-said-after",
        '"We will not back down on the budget," Smith said on Monday. The vote is on Tuesday.',
        [("Smith", "PERSON", "smith")],
        [('"We will not back down on the budget,"', "direct", "Smith", "smith", None)],
    ),
    (
        "news-inverted-title-before-name",
        "“The deal is dead,” said Senator Jane Doe, a Democrat from Ohio.",
        [("Jane Doe", "PERSON", "jane_doe"), ("Ohio", "GPE", None)],
        [("“The deal is dead,”", "direct", "Jane Doe", "jane_doe", None)],
    ),
    (
        "news-according-to-noun-phrase",
        "“Prices will rise again next year,” according to the finance minister.",
        [],
        [("“Prices will rise again next year,”", "direct", None, None, None)],
    ),
    (
        "news-told-reporters-pronoun",
        "Trotsky returned to Moscow in the spring. He told reporters: “The party is in danger.”",
        [TROTSKY, ("Moscow", "GPE", None)],
        [("“The party is in danger.”", "direct", "Trotsky", "trotsky", None)],
    ),
    (
        "speech-noun-phrase-speaker",
        "In his speech, the president declared: “We shall never surrender our freedom.”",
        [],
        [("“We shall never surrender our freedom.”", "direct", None, None, None)],
    ),
    (
        "organisation-speaks",
        "The 10th Congress declared that criticism of the party was “absolutely necessary to "
        "its health and survival”.",
        [("The 10th Congress", "ORG", "congress_10")],
        [
            (
                "“absolutely necessary to its health and survival”",
                "direct",
                "The 10th Congress",
                "congress_10",
                None,
            )
        ],
    ),
    (
        "they-resolves-to-group",
        "The Mensheviks met in Geneva. They declared that “the revolution must remain "
        "bourgeois in character”.",
        [("Mensheviks", "NORP", "mensheviks"), ("Geneva", "GPE", None)],
        [
            (
                "“the revolution must remain bourgeois in character”",
                "direct",
                "Mensheviks",
                "mensheviks",
                None,
            )
        ],
    ),
    (
        "as-x-put-it",
        "Bonapartism was unstable. “A sphere balanced on a point must roll down on one side”, "
        "as Trotsky put it.",
        [TROTSKY],
        [("“A sphere balanced on a point must roll down on one side”", "direct", "Trotsky", "trotsky", None)],
    ),
    (
        "nested-single-quotes-belong-to-outer",
        "Lenin wrote: “We have been ‘busy’ with the war and 'other' matters since the spring.”",
        [LENIN],
        [
            (
                "“We have been ‘busy’ with the war and 'other' matters since the spring.”",
                "direct",
                "Lenin",
                "lenin",
                None,
            )
        ],
    ),
    (
        "straight-quotes-nested-in-broken-text",
        'Trotsky recalled that "they were connected with the Moscow "seven" by strict discipline."',
        [TROTSKY],
        [
            (
                '"they were connected with the Moscow "seven" by strict discipline."',
                "direct",
                "Trotsky",
                "trotsky",
                None,
            )
        ],
    ),
    (
        "multi-paragraph-with-opening-mark-on-each",
        "Trotsky said:\n\n“The first paragraph of the speech ends here.\n\n“The second one closes "
        "the quotation.”\n\nThen the meeting ended.",
        [TROTSKY],
        [
            (
                "“The first paragraph of the speech ends here.\n\n“The second one closes the quotation.”",
                "direct",
                "Trotsky",
                "trotsky",
                None,
            )
        ],
    ),
    (
        "multi-paragraph-inner-mark-lost",
        "The platform stated:\n\n“Free discussion within the party has vanished . . .\n\nThe regime "
        "is completely intolerable . . .”\n\nThe leadership ignored it.",
        [],
        [
            (
                "“Free discussion within the party has vanished . . .\n\nThe regime is completely "
                "intolerable . . .”",
                "direct",
                None,  # a document with no named author is no speaker
                None,
                None,
            )
        ],
    ),
    (
        "ellipsis-and-inline-citation-before",
        'Trotsky wrote [Trotsky, My Life, pp. 500, 501] "... it was a real conspiracy against me. . . ."',
        [TROTSKY],
        [
            (
                '"... it was a real conspiracy against me. . . ."',
                "direct",
                "Trotsky",
                "trotsky",
                Source(None, "Trotsky, My Life, pp. 500, 501"),
            )
        ],
    ),
    (
        "parenthetical-citation-after-cue",
        "“The party is always right,” Zinoviev declared (Pravda, 12 May 1924).",
        [("Zinoviev", "PERSON", "zinoviev"), ("Pravda", "ORG", None)],
        [("“The party is always right,”", "direct", "Zinoviev", "zinoviev", Source(None, "Pravda, 12 May 1924"))],
    ),
    (
        "scare-quotes-and-terms",
        "In Lenin's view Stalin was \"rude\", and the slogan of \"socialism in one country\" "
        "became a creed of the \"bureaucrats\".",
        [LENIN, STALIN],
        [
            ('"rude"', "term", "Lenin", "lenin", None),
            ('"socialism in one country"', "term", "Lenin", "lenin", None),
            ('"bureaucrats"', "term", "Lenin", "lenin", None),
        ],
    ),
    (
        "naming-verb-term-with-speaker",
        "Stalin called the Opposition “Trotskyism” in every speech.",
        [STALIN],
        [("“Trotskyism”", "term", "Stalin", "stalin", None)],
    ),
    (
        "term-after-that-clause-vs-direct",
        "Stalin said the Opposition was “Trotskyism”. Bukharin declared that “the peasants must "
        "enrich themselves at any cost.”",
        [STALIN, ("Bukharin", "PERSON", "bukharin")],
        [
            ("“Trotskyism”", "term", "Stalin", "stalin", None),
            (
                "“the peasants must enrich themselves at any cost.”",
                "direct",
                "Bukharin",
                "bukharin",
                None,
            ),
        ],
    ),
    (
        "titles",
        "In his book “The Revolution Betrayed”, Trotsky analysed the regime. An article entitled "
        '"Lessons of October" followed. It first appeared in "The New Course" in 1923.',
        [TROTSKY],
        [
            ("“The Revolution Betrayed”", "title", None, None, None),
            ('"Lessons of October"', "title", None, None, None),
            ('"The New Course"', "title", None, None, None),
        ],
    ),
    (
        "literature-dialogue-gender-and-split-quote",
        "Mr. Hale stood at the door of the station.\n\n“Where are you going?” asked Mrs. Ward."
        "\n\n“To the station,” he replied, “and then home to my family.”\n\n“Good.”",
        [("Mr. Hale", "PERSON", "hale"), ("Mrs. Ward", "PERSON", "ward")],
        [
            ("“Where are you going?”", "direct", "Mrs. Ward", "ward", None),
            ("“To the station,”", "direct", "Mr. Hale", "hale", None),
            ("“and then home to my family.”", "direct", "Mr. Hale", "hale", None),
            ("“Good.”", "direct", "Mrs. Ward", "ward", None),
        ],
    ),
    (
        "pronoun-skips-object-and-quoted-mentions",
        "Trotsky answered the charges in Pravda. He wrote that “Stalin has become the "
        "gravedigger of the revolution.”",
        [TROTSKY, STALIN, ("Pravda", "ORG", None)],
        [
            (
                "“Stalin has become the gravedigger of the revolution.”",
                "direct",
                "Trotsky",
                "trotsky",
                None,
            )
        ],
    ),
    (
        "participle-cue-takes-clause-subject",
        "After the purges, he revised this view, pointing out that:\n\n“To believe that this "
        "state can wither away is to live in delirium.”",
        [],
        [
            (
                "“To believe that this state can wither away is to live in delirium.”",
                "direct",
                None,
                None,
                None,
            )
        ],
    ),
    (
        "stray-opening-mark-bounded-to-paragraph",
        'He perceived a "monstrous perversion of the principles of the revolution.\n\n'
        'The next paragraph has "real" quotes in it.',
        [],
        [
            ('"monstrous perversion of the principles of the revolution.', "direct", None, None, None),
            ('"real"', "term", None, None, None),
        ],
    ),
    (
        "stray-closing-mark-ignored",
        'Stalin wanted to weaken the association between Lenin and Trotsky. "\n\n'
        'The funeral took place on Sunday.',
        [LENIN, STALIN, TROTSKY],
        [],
    ),
    (
        "inch-sign-is-not-a-quote",
        'The poster measured 12" by 18" and hung in the hall.',
        [],
        [],
    ),
    (
        "colon-list-is-not-a-block",
        "The programme had three demands:\n\nNationalisation of the land, the banks and the "
        "large industries of the country.\n\nHence:\n\nThe party grew quickly in the cities "
        "and in the villages of the south.",
        [],
        [],
    ),
    (
        "colon-with-bullets-is-not-a-block",
        "Lenin wrote down his proposals:\n\n- enlarge the Central Committee to fifty members or more"
        "\n\n- reform the Workers' and Peasants' Inspection",
        [LENIN],
        [],
    ),
    (
        "block-without-note-marker-stops-after-one-paragraph",
        "Lenin explained how:\n\nThe state apparatus we call ours is still quite alien to us; it "
        "is a bourgeois and Tsarist hotch-potch.\n\nThis was a severe judgement on the state he "
        "had founded.",
        [LENIN],
        [
            (
                "The state apparatus we call ours is still quite alien to us; it is a bourgeois and "
                "Tsarist hotch-potch.",
                "block",
                "Lenin",
                "lenin",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize("text,specs,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotation_table(text, specs, expected):
    found = find_quotations(text, mentions(text, specs))
    assert summary(found) == expected
    for q in found:
        assert text[q.start:q.end] == q.text
        assert q.annotator == ANNOTATOR


def test_block_quotes_with_notes_and_ibid():
    body = (
        "In his 1930 preface to a pamphlet entitled The Permanent Revolution, Trotsky summed up "
        "the essential issue:\n\n"
        "Marxism takes its point of departure from world economy, not as a sum of national "
        "parts but as a mighty and independent reality.[1]\n\n"
        "The implications extended beyond Soviet policy. Trotsky wrote:\n\n"
        "The completion of the socialist revolution within national limits is unthinkable.[2]\n\n"
        "More on the struggle of the Left Opposition"
    )
    text, notes = notes_at_end(body, [PERMANENT, "Ibid., p. 155."])
    found = find_quotations(text, mentions(text, [TROTSKY]), notes)
    resolved = "Leon Trotsky, The Permanent Revolution (London: New Park Publications, 1971), p. 155."
    assert summary(found) == [
        (
            "Marxism takes its point of departure from world economy, not as a sum of national "
            "parts but as a mighty and independent reality.",
            "block",
            "Trotsky",
            "trotsky",
            Source("1", PERMANENT),
        ),
        (
            "The completion of the socialist revolution within national limits is unthinkable.",
            "block",
            "Trotsky",
            "trotsky",
            Source("2", resolved),
        ),
    ]


def test_block_spans_paragraphs_up_to_its_note_marker_and_owns_inner_quotes():
    body = (
        "As Trotsky recalled in his autobiography:\n\n"
        "...The sentiment of “Not all and always for the revolution” was translated as "
        "“Down with permanent revolution.”\n\n"
        "It was because of this that I lost power, and it was this that determined the form "
        "which this loss took.[1]\n\n"
        "The attacks on Trotsky were the reflection of the bureaucracy's hostility."
    )
    text, notes = notes_at_end(body, [MY_LIFE])
    found = find_quotations(text, mentions(text, [TROTSKY]), notes)
    assert len(found) == 1
    block = found[0]
    assert block.kind == "block"
    assert block.text.startswith("...The sentiment") and block.text.endswith("loss took.")
    assert (block.speaker, block.speaker_id, block.source) == ("Trotsky", "trotsky", Source("1", MY_LIFE))


def test_block_does_not_swallow_narration_that_cites_an_inline_quote():
    body = (
        "Trotsky wrote:\n\n"
        "The bureaucracy has usurped command over the economy of the workers' state.\n\n"
        "The attacks began with the lie that “Trotsky underestimates the peasantry”.[1]"
    )
    text, notes = notes_at_end(body, [MY_LIFE])
    found = find_quotations(text, mentions(text, [TROTSKY]), notes)
    assert summary(found) == [
        (
            "The bureaucracy has usurped command over the economy of the workers' state.",
            "block",
            "Trotsky",
            "trotsky",
            None,
        ),
        ("“Trotsky underestimates the peasantry”", "direct", None, None, Source("1", MY_LIFE)),
    ]


def test_note_marker_after_quote_and_missing_note():
    text = "Lenin warned that “the bureaucracy will devour the party from within”.[3] Stalin said that “all is well in the party today”.[9]"
    notes = [Note(0, 5, "Lenin, Collected Works, vol. 33, p. 288.", "3")]
    found = find_quotations(text, mentions(text, [LENIN, STALIN]), notes)
    assert [q.source for q in found] == [
        Source("3", "Lenin, Collected Works, vol. 33, p. 288."),
        Source("9", None),
    ]


def test_quoted_paragraph_after_colon_cue_gets_speaker_from_pronoun():
    text = (
        "Lenin himself wrote that they were “a step backward on the part of our Soviet power”. "
        "He even warned that:\n\n“To conceal this from the people would be deceiving them.”"
    )
    found = find_quotations(text, mentions(text, [LENIN]))
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Lenin"), ("direct", "Lenin")]


@pytest.mark.parametrize(
    "citation,previous,expected",
    [
        ("Ibid., p. 155.", [PERMANENT], "Leon Trotsky, The Permanent Revolution (London: New Park Publications, 1971), p. 155."),
        ("Ibid.", [PERMANENT], PERMANENT),
        ("Ibid., p. 155", [PERMANENT], "Leon Trotsky, The Permanent Revolution (London: New Park Publications, 1971), p. 155"),
        ("ibid, pp. 7-9", ["Lenin, Collected Works, vol. 33, p. 288."], "Lenin, Collected Works, vol. 33, pp. 7-9"),
        ("Trotsky, op. cit., p. 33.", [MY_LIFE, "E. H. Carr, Socialism in One Country, p. 4."], "Leon Trotsky, My Life (New York: Charles Scribner's Sons, 1931), p. 33."),
        ("Ibid., p. 5.", [], "Ibid., p. 5."),
        ("  Carr, The Interregnum, p. 12. ", [PERMANENT], "Carr, The Interregnum, p. 12."),
        ("Nobody, op. cit., p. 1.", [PERMANENT], "Nobody, op. cit., p. 1."),
    ],
)
def test_resolve_citation(citation, previous, expected):
    assert resolve_citation(citation, previous) == expected


def test_resolve_note_citations_in_text_order():
    notes = [
        Note(50, 60, "Ibid., p. 155.", "2"),
        Note(10, 20, PERMANENT, "1"),
        Note(70, 80, "[3] Ibid., p. 200.", "3"),
    ]
    resolved = resolve_note_citations(notes)
    assert resolved["1"] == PERMANENT
    assert resolved["2"].endswith("1971), p. 155.")
    assert resolved["3"].endswith("1971), p. 200.")


def test_empty_and_quote_free_text():
    assert find_quotations("") == []
    assert find_quotations("No quotations here at all.\n\nNone here either:") == []
    assert set(KINDS) == {"direct", "block", "term", "title"}


def test_bad_entity_offsets_are_ignored():
    text = "“We won the vote in the party today,” Trotsky said."
    broken = [EntityMention(-5, 400, "x", "PERSON", "x", "test"), EntityMention(10, 5, "y", "PERSON", None, "test")]
    found = find_quotations(text, broken + mentions(text, [TROTSKY]))
    assert summary(found) == [("“We won the vote in the party today,”", "direct", "Trotsky", "trotsky", None)]


# --- properties ------------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("abc XYZ.,:;!?'\"“”‘’«»„()[]{}-—…\n\n\t")
    + ["\n\n", " said ", " Trotsky ", " he ", "[1]", " wrote:", "Ibid., p. 5.", " according to "]
)
texts = st.lists(ALPHABET, max_size=80).map("".join) | st.text(max_size=200)


@st.composite
def documents(draw):
    text = draw(texts)
    n = len(text)
    entity_list = draw(
        st.lists(
            st.builds(
                lambda a, b, label, entity_id: EntityMention(a, b, text[a:b], label, entity_id, "test"),
                st.integers(-2, n + 2),
                st.integers(-2, n + 2),
                st.sampled_from(["PERSON", "ORG", "NORP", "GPE", "DATE"]),
                st.one_of(st.none(), st.text(max_size=5)),
            ),
            max_size=6,
        )
    )
    note_list = draw(
        st.lists(
            st.builds(
                Note,
                st.integers(-2, n + 2),
                st.integers(-2, n + 2),
                st.one_of(st.text(max_size=30), st.sampled_from(["Ibid.", "Ibid., p. 3.", "X, op. cit., p. 2"])),
                st.one_of(st.none(), st.sampled_from(["1", "2", "a", "*"])),
            ),
            max_size=4,
        )
    )
    return text, entity_list, note_list


@settings(max_examples=400, deadline=None)
@given(documents())
def test_never_raises_and_offsets_are_valid(document):
    text, entity_list, note_list = document
    found = find_quotations(text, entity_list, note_list)
    assert found == sorted(found, key=lambda q: (q.start, q.end))
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.kind in KINDS
        assert q.annotator == ANNOTATOR
        assert (q.speaker is None) == (q.speaker_id is None) or q.speaker is not None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=5))
def test_resolver_never_raises(citations):
    for i, citation in enumerate(citations):
        assert isinstance(resolve_citation(citation, citations[:i]), str)


def test_ibid_with_volume_replaces_volume_and_page():
    base = "Lenin, Collected Works, vol. 33, p. 288."
    assert resolve_citation("Ibid., vol. 36, p. 594.", [base]) == "Lenin, Collected Works, vol. 36, p. 594."


def test_single_quote_style_with_apostrophes_and_nested_doubles():
    text = (
        "Alice looked at the workers’ houses.\n\n"
        "‘I don’t think the Queen’s garden is open,’ said Alice.\n\n"
        "‘It was “closed” by order,’ the Hatter replied, ‘and that’s final.’"
    )
    found = find_quotations(
        text, mentions(text, [("Alice", "PERSON", "alice"), ("Hatter", "PERSON", "hatter")])
    )
    assert summary(found) == [
        ("‘I don’t think the Queen’s garden is open,’", "direct", "Alice", "alice", None),
        ("‘It was “closed” by order,’", "direct", "Hatter", "hatter", None),
        ("‘and that’s final.’", "direct", "Hatter", "hatter", None),
    ]


def test_single_marks_in_a_double_quote_text_are_not_quotations():
    text = "He said “we were ‘busy’ all year long with the war” and left. It's 'fine'."
    found = find_quotations(text)
    assert [q.text for q in found] == ["“we were ‘busy’ all year long with the war”"]


NEWS_AND_FICTION = [
    (
        "dated-phrase-between-subject-and-verb-and-naming-object",
        'President Obama on Tuesday called the shutdown "reckless" and said Republicans were '
        '"holding the economy hostage to an ideological crusade."',
        [("Obama", "PERSON", "obama"), ("Tuesday", "DATE", None), ("Republicans", "NORP", None)],
        [
            ('"reckless"', "term", "Obama", "obama", None),
            ('"holding the economy hostage to an ideological crusade."', "direct", "Obama", "obama", None),
        ],
    ),
    (
        "participle-after-appositive",
        '"We are going to win this election," said John Smith, a spokesman for the campaign, '
        'adding that "the polls are wrong."',
        [("John Smith", "PERSON", "smith")],
        [
            ('"We are going to win this election,"', "direct", "John Smith", "smith", None),
            ('"the polls are wrong."', "direct", "John Smith", "smith", None),
        ],
    ),
    (
        "same-speaker-goes-on-in-the-paragraph",
        '"Oh, Lizzy!" cried Jane. "How can you say so?"\n\n"Because it is true."',
        [("Jane", "PERSON", "jane"), ("Lizzy", "PERSON", "lizzy")],
        [
            ('"Oh, Lizzy!"', "direct", "Jane", "jane", None),
            ('"How can you say so?"', "direct", "Jane", "jane", None),
            ('"Because it is true."', "direct", None, None, None),
        ],
    ),
    (
        "mislabelled-name-after-verb",
        '"Come here, Tom!" cried Aunt Polly.',
        [("Tom", "PERSON", None), ("Aunt Polly", "PRODUCT", None)],
        [('"Come here, Tom!"', "direct", "Aunt Polly", None, None)],
    ),
    (
        "work-of-art-mention-makes-a-title",
        'He had read "War and Peace" twice, and "The Idiot" once.',
        [("War and Peace", "WORK_OF_ART", None), ("The Idiot", "WORK_OF_ART", None)],
        [('"War and Peace"', "title", None, None, None), ('"The Idiot"', "title", None, None, None)],
    ),
    (
        "title-case-rule-stays-in-its-sentence",
        'Mary Smith walked in. "It\'s over," she said.',
        [("Mary Smith", "PERSON", "mary_smith")],
        [('"It\'s over,"', "direct", "Mary Smith", "mary_smith", None)],
    ),
]


@pytest.mark.parametrize(
    "text,specs,expected", [c[1:] for c in NEWS_AND_FICTION], ids=[c[0] for c in NEWS_AND_FICTION]
)
def test_news_and_fiction_table(text, specs, expected):
    assert summary(find_quotations(text, mentions(text, specs))) == expected


# --- quotes.v2: speakers across sentences and paragraphs, attributed terms, notes in the text ---

MARX = ("Marx", "PERSON", "marx")
ENGELS = ("Engels", "PERSON", "engels")
BEBEL = ("Bebel", "PERSON", "bebel")

SPEAKERS_V2 = [
    (
        "paragraph-opening-quote-takes-the-last-cue-of-the-paragraph-before",
        "Marx grew anxious about the movement in 1875. He warned that the programme was muddled."
        "\n\n“Every step of real movement is more important than a dozen programmes.”",
        [MARX],
        [("“Every step of real movement is more important than a dozen programmes.”", "direct", "Marx", "marx", None)],
    ),
    (
        "as-x-anticipated-clause-names-the-speaker",
        "As Engels anticipated, the new leaders “would soon forget the principles they had sworn by.”",
        [ENGELS],
        [("“would soon forget the principles they had sworn by.”", "direct", "Engels", "engels", None)],
    ),
    (
        "colon-without-cue-after-a-paragraph-about-the-speaker",
        "With great foresight Engels predicted that the army would split. Hence:\n\n"
        "“The soldiers will not fire on their own brothers for long.”",
        [ENGELS],
        [("“The soldiers will not fire on their own brothers for long.”", "direct", "Engels", "engels", None)],
    ),
    (
        "defined-as-attributes-a-term",
        "Bebel defined the state as a “committee of the rich.”",
        [BEBEL],
        [("“committee of the rich.”", "term", "Bebel", "bebel", None)],
    ),
    (
        "participle-after-a-dash-takes-the-clause-subject",
        "Later Bebel dropped the demand – declaring that:\n\n“No party can fight on two fronts at once.”",
        [BEBEL],
        [("“No party can fight on two fronts at once.”", "direct", "Bebel", "bebel", None)],
    ),
    (
        "quote-opening-its-sentence-takes-the-subject-before",
        "Engels stuck to his position, of course. “The state is not abolished, it withers away.”",
        [ENGELS],
        [("“The state is not abolished, it withers away.”", "direct", "Engels", "engels", None)],
    ),
    (
        "possessive-view-and-slogan-attribute-terms",
        "Kautsky was cautious. In Bebel's view, he was “timid”. Kautsky's own motto was “Never retreat”.",
        [BEBEL, ("Kautsky", "PERSON", "kautsky")],
        [("“timid”", "term", "Bebel", "bebel", None), ("“Never retreat”", "term", "Kautsky", "kautsky", None)],
    ),
    (
        "congress-with-an-id-speaks",
        "The Second Congress declared that all sections must be “purged of reformists without delay”.",
        [("The Second Congress", "EVENT", "second-congress")],
        [("“purged of reformists without delay”", "direct", "The Second Congress", "second-congress", None)],
    ),
    (
        "group-cue-carries-over-to-terms-of-the-paragraph",
        "The Stalinists answered with abuse. The critics were “wreckers” who wanted to “starve the towns”.",
        [("Stalinists", "NORP", "stalinists")],
        [
            ("“wreckers”", "term", "Stalinists", "stalinists", None),
            ("“starve the towns”", "term", "Stalinists", "stalinists", None),
        ],
    ),
    (
        "passive-by-agent-speaks",
        "The peasants had been urged by Bukharin to “get rich and fear nothing”.",
        [("Bukharin", "PERSON", "bukharin")],
        [("“get rich and fear nothing”", "term", "Bukharin", "bukharin", None)],
    ),
    (
        "quoted-clause-after-a-noun-is-direct-without-speaker",
        "Marx died in 1883. The campaign began with the rumour that “Engels has abandoned the party”.",
        [MARX, ENGELS],
        [("“Engels has abandoned the party”", "direct", None, None, None)],
    ),
    (
        "single-quoted-term-in-a-double-quote-text",
        # an unnamed description is no speaker (docs/annotation-guidelines.md)
        "His rival, a former ‘Right’ deviationist, said “we must go slowly” and left.",
        [],
        [("‘Right’", "term", None, None, None), ("“we must go slowly”", "direct", None, None, None)],
    ),
    (
        "stray-closing-mark-for-a-nested-single-one",
        "Bebel wrote:\n\n“The old slogan was ‘Bread and Peace!” The new slogan is ‘Land and Freedom!’”"
        "\n\nThe meeting ended.",
        [BEBEL],
        [
            (
                "“The old slogan was ‘Bread and Peace!” The new slogan is ‘Land and Freedom!’”",
                "direct",
                "Bebel",
                "bebel",
                None,
            )
        ],
    ),
    (
        "said-after-with-apposition-and-lowercase-title",
        '"Taxes must fall," Anna Berg, the finance minister, told the assembly. '
        '"Rents must too," said economist Otto Lind.',
        [("Anna Berg", "PERSON", "berg"), ("Otto Lind", "PERSON", "lind")],
        [
            ('"Taxes must fall,"', "direct", "Anna Berg", "berg", None),
            ('"Rents must too,"', "direct", "Otto Lind", "lind", None),
        ],
    ),
    (
        "relative-which-said-and-passive-antecedent",
        "The plan was rejected by the Ministry of Health, which said it was \"unworkable in practice\".",
        [("the Ministry of Health", "ORG", None)],
        [('"unworkable in practice"', "direct", "the Ministry of Health", None, None)],
    ),
    (
        "author-year-citation-names-the-speaker",
        "The split was, as one scholar puts it, “a quarrel of friends” (Lindqvist 1991, p. 12). "
        "It gave the party a “language of loyalty” that it kept for decades (Moreau 2003, pp. 40–41).",
        [],
        [
            ("“a quarrel of friends”", "direct", "Lindqvist", None, Source(None, "Lindqvist 1991, p. 12")),
            ("“language of loyalty”", "direct", "Moreau", None, Source(None, "Moreau 2003, pp. 40–41")),
        ],
    ),
    (
        "title-case-document-name-is-a-title",
        "In March the general issued his “Petrograd Order” and the rebels published the “Appeal of the 12”.",
        [],
        [("“Petrograd Order”", "title", None, None, None), ("“Appeal of the 12”", "title", None, None, None)],
    ),
    (
        "named-narrator-speaks-for-i",
        "At the mill the older hands called me Grisha.\n\nI asked the overseer why. \"Who knows?\" I said.",
        [],
        [('"Who knows?"', "direct", "Grisha", None, None)],
    ),
    (
        "pronoun-after-a-passive-resolves-to-the-agent",
        "Berg was followed by Otto Lind, who spoke about wages. \"We cannot wait,\" he said.",
        [("Berg", "PERSON", "berg"), ("Otto Lind", "PERSON", "lind")],
        [('"We cannot wait,"', "direct", "Otto Lind", "lind", None)],
    ),
    (
        "person-noun-when-no-name-is-about",
        "That night the watchman came in from the yard. He sat down. \"It is snowing,\" he said.",
        [],
        [('"It is snowing,"', "direct", None, None, None)],
    ),
]


@pytest.mark.parametrize("text,specs,expected", [c[1:] for c in SPEAKERS_V2], ids=[c[0] for c in SPEAKERS_V2])
def test_speakers_v2_table(text, specs, expected):
    found = find_quotations(text, mentions(text, specs))
    assert summary(found) == expected
    for q in found:
        assert text[q.start:q.end] == q.text


def test_dialogue_turns_alternate_between_the_two_speakers():
    text = (
        "Vera waited by the window, and she did not turn round when Ivan came in.\n\n"
        "“They closed the works,” Ivan said before he sat down.\n\n"
        "“All of it?”\n\n"
        "“All of it, Vera.”\n\n"
        "She put down her cup. “What will you do?”"
    )
    # The tagger may take a rare first name for an organisation; a name that speaks is a person.
    found = find_quotations(text, mentions(text, [("Vera", "ORG", None), ("Ivan", "ORG", None)]))
    assert [(q.text, q.speaker) for q in found] == [
        ("“They closed the works,”", "Ivan"),
        ("“All of it?”", "Vera"),
        ("“All of it, Vera.”", "Ivan"),
        ("“What will you do?”", "Vera"),
    ]


def test_notes_kept_in_the_text_give_sources_with_ibid_resolved():
    text = (
        "Bebel wrote:\n\nThe party must never become a mere electoral machine for its leaders.[1]\n\n"
        "Later he added that “the union is the school of the party.”[2]\n\n"
        "Notes\n\n[1] August Bebel, My Life (London: Unwin, 1912), p. 7.\n\n[2] Ibid., p. 9."
    )
    found = find_quotations(text, mentions(text, [BEBEL]))
    assert [(q.kind, q.speaker, q.source) for q in found] == [
        ("block", "Bebel", Source("1", "August Bebel, My Life (London: Unwin, 1912), p. 7.")),
        ("direct", "Bebel", Source("2", "August Bebel, My Life (London: Unwin, 1912), p. 9.")),
    ]


def test_notes_one_per_line_before_a_closing_bibliography_give_sources():
    text = (
        "Bebel wrote that “the union is the school of the party.”[1] He later called it "
        "“the first school of all.”[2]\n\n"
        "Notes\n\n[1] August Bebel, My Life (London: Unwin, 1912), p. 7.\n[2] Ibid., p. 9.\n\n"
        "Bibliography\n\nAugust Bebel. My Life. London: Unwin, 1912."
    )
    found = find_quotations(text, mentions(text, [BEBEL]))
    assert [q.source for q in found] == [
        Source("1", "August Bebel, My Life (London: Unwin, 1912), p. 7."),
        Source("2", "August Bebel, My Life (London: Unwin, 1912), p. 9."),
    ]


def test_unlabelled_note_after_the_body_takes_the_body_marker():
    text = (
        "As Bebel recalled:\n\nWe met in a cellar, twelve of us, and nobody spoke above a whisper.[1]"
        "\n\nThe party grew quickly after that.\n\nAugust Bebel, My Life (London: Unwin, 1912), p. 41."
    )
    found = find_quotations(text, mentions(text, [BEBEL]))
    assert [q.source for q in found] == [Source("1", "August Bebel, My Life (London: Unwin, 1912), p. 41.")]


# --- quotes.v3: descriptions, titles, appositives, pronoun chains and dialogue turns ---------

SPEAKERS_V3 = [
    (
        "indefinite-description-speaks-after-the-quote",
        'The lights went out at nine. "The river is rising!" a ferryman shouted from the bank.',
        [],
        [('"The river is rising!"', "direct", None, None, None)],
    ),
    (
        "description-for-an-organisation-is-kept-whole",
        'A spokeswoman for Nordvik Shipping said the firm would appeal the ruling.'
        ' "We expect to win," the spokeswoman said.',
        [("Nordvik Shipping", "ORG", None)],
        [('"We expect to win,"', "direct", None, None, None)],
    ),
    (
        "one-official-with-a-relative-clause",
        'One official, who declined to be named, said the talks were "going nowhere fast."',
        [],
        [('"going nowhere fast."', "direct", None, None, None)],
    ),
    (
        "appositive-name-after-a-title-description",
        'The Health Secretary, Dr Maria Okafor, said on Monday that "the wards are full tonight."',
        [("Maria Okafor", "PERSON", None)],
        [('"the wards are full tonight."', "direct", "Maria Okafor", None, None)],
    ),
    (
        "named-person-heads-a-phrase-before-a-relative-clause",
        'Governor Alan Pryce of the Coastal League, who leads the inquiry, said the report'
        ' "raises more questions than it answers".',
        [("Alan Pryce", "PERSON", None), ("the Coastal League", "ORG", None)],
        [('"raises more questions than it answers"', "direct", "Alan Pryce", None, None)],
    ),
    (
        "time-phrase-between-subject-and-verb",
        'The Herald this morning demanded "an immediate recount" in every district.',
        [("The Herald", "ORG", None)],
        [('"an immediate recount"', "direct", "The Herald", None, None)],
    ),
    (
        "title-noun-resolves-to-the-titled-person-and-adverb-is-dropped",
        'Major Holloway set down his cup. "We leave at dawn," said the Major calmly.',
        [("Holloway", "PERSON", None)],
        [('"We leave at dawn,"', "direct", "Holloway", None, None)],
    ),
    (
        "she-skips-a-place-after-a-preposition-and-respects-mrs",
        'The carriage stopped at the inn in Hartley Green, and Mrs. Ashdown stepped down.'
        '\n\n"It is colder than London," said she.',
        [("Hartley Green", "PERSON", None), ("Ashdown", "PERSON", None), ("London", "GPE", None)],
        [('"It is colder than London,"', "direct", "Ashdown", None, None)],
    ),
    (
        "pronoun-chain-skips-sentences-about-the-same-man",
        'Pierre Lafont was born in Lyon. A bursary sent him to Paris, ahead of Victor Morel.'
        ' In 1901 he entered the Chamber. In one debate he told the deputies that "peace is a'
        ' daily labour."',
        [("Pierre Lafont", "PERSON", None), ("Victor Morel", "PERSON", None), ("Lyon", "GPE", None),
         ("Paris", "GPE", None)],
        [('"peace is a daily labour."', "direct", "Pierre Lafont", None, None)],
    ),
    (
        "pronoun-after-an-intervening-speaker-takes-the-subject-of-the-last-sentence",
        '"Costs are falling," Mayor Lind said. Beside her, the city engineer, Tomas Berg, said'
        ' the bridge was sound. "The cracks are cosmetic," he said.',
        [("Lind", "PERSON", None), ("Tomas Berg", "PERSON", None)],
        [('"Costs are falling,"', "direct", "Lind", None, None),
         ('"The cracks are cosmetic,"', "direct", "Tomas Berg", None, None)],
    ),
]


@pytest.mark.parametrize("text,specs,expected", [c[1:] for c in SPEAKERS_V3], ids=[c[0] for c in SPEAKERS_V3])
def test_speakers_v3(text, specs, expected):
    found = find_quotations(text, mentions(text, specs))
    assert summary(found) == expected
    assert all(q.annotator == ANNOTATOR in ("quotes.v11", "quotes.v12", "quotes.v13", "quotes.v14", "quotes.v15", "quotes.v16", "quotes.v17", "quotes.v18", "quotes.v19", "quotes.v20", "quotes.v21", "quotes.v22") for q in found)


DIALOGUE_V3 = [
    (
        "turns-alternate-and-skip-a-place-name",
        'Ana closed the window. A bus rattled past towards Estrela.\n\n'
        '"You came back," Rui said.\n\n"Somebody had to."\n\n"Did he ask for me?"\n\n"Every day."',
        [("Ana", "PERSON", None), ("Estrela", "PERSON", None), ("Rui", "PERSON", None)],
        ["Rui", "Ana", "Rui", "Ana"],
    ),
    (
        "turn-after-narration-belongs-to-its-subject",
        'Rui came in.\n\n"Sit," Ana said.\n\n"I would rather stand."\n\nRui looked at the clock on the wall.'
        ' Outside the rain had started.\n\n"How long do we have?"',
        [("Ana", "PERSON", None), ("Rui", "PERSON", None)],
        ["Ana", "Rui", "Rui"],
    ),
    (
        "action-beat-after-the-turn-names-the-speaker",
        '"Come in, Doctor," said Ellen Marsh.\n\n"Thank you."\n\n"Take the chair by the fire."'
        ' Ellen Marsh poured the tea.',
        [("Ellen Marsh", "PERSON", None)],
        ["Ellen Marsh", None, "Ellen Marsh"],
    ),
    (
        "the-one-addressed-answers",
        'Clara sat by the lamp. "Read it again, Clara," cried Mrs. Hale. Dr Fenwick said nothing.\n\n"It says he is well."',
        [("Clara", "PERSON", None), ("Hale", "PERSON", None), ("Fenwick", "PERSON", None)],
        ["Hale", "Clara"],
    ),
    (
        "interrupted-sentence-continues-lowercase",
        '"Open it, Mother," said Clara, putting down her sewing, "or we shall never know what he says."',
        [("Clara", "GPE", None)],
        ["Clara", "Clara"],
    ),
]


@pytest.mark.parametrize("text,specs,speakers", [c[1:] for c in DIALOGUE_V3], ids=[c[0] for c in DIALOGUE_V3])
def test_dialogue_v3(text, specs, speakers):
    found = find_quotations(text, mentions(text, specs))
    assert [q.kind for q in found] == ["direct"] * len(speakers)
    assert [q.speaker for q in found] == speakers


KINDS_V3 = [
    ("reported-fragment-after-said", 'The minister said the delays were "entirely avoidable".', "Avoidable", "direct"),
    ("promise-to-quote", 'Ortega promises to "clean up the port within a year" if elected.', "Ortega", "direct"),
    ("term-after-of-stays-term", 'The Congress declared the use of "war communism" over.', "The Congress", "term"),
]


@pytest.mark.parametrize("text,name,kind", [c[1:] for c in KINDS_V3], ids=[c[0] for c in KINDS_V3])
def test_kinds_v3(text, name, kind):
    specs = [(name, "PERSON", None)] if name in text else []
    found = find_quotations(text, mentions(text, specs))
    assert [q.kind for q in found] == [kind]


def test_sentence_ends_after_a_note_marker():
    text = (
        'Jean Morel rose to speak. He told the deputies that "the storm is coming."[1] He defended'
        ' Paul Roux when few would. In 1903 he said that courage meant "to see the real."[2]'
    )
    found = find_quotations(text, mentions(text, [("Jean Morel", "PERSON", None), ("Paul Roux", "PERSON", None)]))
    assert [q.speaker for q in found] == ["Jean Morel", "Jean Morel"]
