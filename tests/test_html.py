"""Tests for succession.html: saved web pages through trafilatura, then the same cleaner."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest


from succession.clean import restore_raw  # noqa: E402
from succession.errors import InputError  # noqa: E402
from succession.html import (  # noqa: E402
    EXTRACTION_RULE,
    EXTRACTOR_VERSION,
    clean_html,
    extract,
    extraction_base,
    extraction_step,
)

HTML_DIR = Path(__file__).resolve().parent / "data" / "html"


def read(name: str) -> str:
    return (HTML_DIR / f"{name}.html").read_text(encoding="utf-8")


# (page, lines that must survive, strings that must go, sections, notes, page metadata)
PAGES = {
    "wordpress_blog": (
        [
            "Lenin's Last Struggle",
            "The Georgian affair",
            "“Stalin is too rude.”",
            "- enlarge the Central Committee",
            "- remove Stalin from his post",
            "Notes",
        ],
        ["Skip to content", "Search for:", "Share this", "Related", "Posted in", "Leave a Reply", "Great post",
         "Recent Posts", "Proudly powered", "Thoughts on history"],
        ["Lenin's Last Struggle", "The Georgian affair", "Notes"],
        [("1", "Moshe Lewin, Lenin's Last Struggle (New York: Pantheon, 1968), p. 43.")],
        {"title": "Lenin's Last Struggle", "site": "Red Archive Notes", "authors": ["Jane Doe"], "published": "2015-03-03"},
    ),
    "news": (
        [
            "The funeral that decided a succession",
            "The oath",
            "\"We vow to you, Comrade Lenin, that we will fulfil your behest with honour.\"",
        ],
        ["cookies", "Manage preferences", "Subscribe", "Advertisement", "Share on", "Most popular",
         "More on this story", "Royal Mail", "All rights reserved", "World"],
        ["The funeral that decided a succession", "The oath"],
        [],
        {"title": "The funeral that decided a succession", "site": "The Evening Ledger", "authors": ["Helen Marsh"], "published": "2024-01-21"},
    ),
    "wiki": (
        [
            "Lenin's Testament",
            "Background",
            "The postscript",
            "Stalin is too coarse and this defect, although quite tolerable in our midst and in dealings among us "
            "Communists, becomes intolerable in a Secretary-General.",
        ],
        ["Main page", "Create account", "From Wikipedia", "[edit]", "Categories:", "Privacy policy",
         "Creative Commons", "1 Background"],
        ["Lenin's Testament", "Background", "The postscript"],
        [
            ("1", "Lewin, Moshe (1968). Lenin's Last Struggle. New York: Pantheon. p. 77."),
            ("2", "Service, Robert (2000). Lenin: A Biography. London: Macmillan. p. 462."),
        ],
        {"title": "Lenin's Testament", "site": "Wikipedia"},
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_content_survives_and_furniture_goes(name):
    kept, gone, sections, notes, page = PAGES[name]
    result = clean_html(read(name))
    lines = result.cleaned.text.split("\n")
    for line in kept:
        assert line in lines, line
    for furniture in gone:
        assert furniture not in result.cleaned.text, furniture
    assert [section.text for section in result.cleaned.sections] == sections
    assert [(note.marker, note.text) for note in result.cleaned.notes] == notes
    for key, value in page.items():
        assert getattr(result.cleaned.page, key) == value, key
    # Removals are offsets into the extracted text, and rebuild it exactly.
    assert restore_raw(result.cleaned.text, result.cleaned.removals) == result.extracted


def test_note_markers_stay_in_the_body():
    text = clean_html(read("wiki")).cleaned.text
    assert "governing bodies.[1]" in text and "political business.[2]" in text
    # A superscript number becomes a bracketed marker, as text sources write it.
    assert "did not want.[1]" in clean_html(read("wordpress_blog")).cleaned.text


def test_extracted_text_layout():
    text, meta = extract(read("wordpress_blog"))
    assert text.startswith("Lenin's Last Struggle\n\n")  # the title on the first line
    assert "\n\nThe Georgian affair\n\n" in text  # headings are paragraphs of their own
    assert "- enlarge the Central Committee\n- give the planning commission" in text  # one item a line
    assert "\n1. Moshe Lewin" in text  # ordered lists keep their numbers: the note numbers
    assert text.endswith("\n") and "\n\n\n" not in text
    assert meta == {"title": "Lenin's Last Struggle", "author": "Jane Doe", "date": "2015-03-03", "sitename": "Red Archive Notes"}


def test_extraction_is_reproducible_and_recorded():
    html = read("news")
    first = clean_html(html)
    assert clean_html(html) == first
    assert extraction_base(html, "html") == first.extracted
    assert extraction_base("plain text", "text") == "plain text"
    step = extraction_step(first.extracted)
    assert step["rule"] == EXTRACTION_RULE and step["version"] == EXTRACTOR_VERSION
    assert step["text_sha256"] == hashlib.sha256(first.extracted.encode("utf-8")).hexdigest()
    assert first.extraction == step


def test_tables_and_line_breaks():
    html = (
        "<html><body><article><h1>Votes at the Fifteenth Congress</h1>"
        "<p>The resolution expelling the Opposition was carried without a single vote against it, after a debate that lasted two days.</p>"
        "<table><tr><th>Year</th><th>Delegates</th></tr><tr><td>1925</td><td>665</td></tr><tr><td>1927</td><td>898</td></tr></table>"
        "<p>The snow came down on Moscow<br>and would not stop for days;<br>the workers stood in silence</p>"
        "<p>Trotsky and Zinoviev had already been expelled from the party in November, a month before the congress opened.</p>"
        "</article></body></html>"
    )
    text, _ = extract(html)
    assert "Year\tDelegates\n1925\t665\n1927\t898" in text
    assert "The snow came down on Moscow\nand would not stop for days;\nthe workers stood in silence" in text


def test_a_page_without_content_is_an_input_error():
    with pytest.raises(InputError) as error:
        extract("<html><body><nav><a>Home</a></nav></body></html>", source="corpus/empty.html")
    assert "corpus/empty.html" in str(error.value)
