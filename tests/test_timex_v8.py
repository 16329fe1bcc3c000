"""dates.v8: dated headings that run on into their entry (a diary's "Tuesday, 8th November.—",
a telegram's "PARIS, March 15.—") anchor what follows them, and more. Each rule has a
look-alike whose answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def spans(text, document_date=None, genre="narrative"):
    return [t.text for t in find_dates(text, document_date, genre)]


def test_annotator_version():
    assert ANNOTATOR == "dates.v8"


# --- dated headings -----------------------------------------------------------------------------


def test_diary_heading_running_on_anchors_today_and_yesterday():
    text = ("Friday, 3rd March 1871.—The gate was shut.\n\n"
            "Sunday, 5th March.—Bread is dear from to-day, and the baker closed yesterday.")
    found = values(text)
    assert ("to-day", "DATE", "1871-03-05") in found
    assert ("yesterday", "DATE", "1871-03-04") in found


def test_today_without_a_heading_stays_the_present():
    # look-alike: no dated heading, so narrative "today" is the general present
    found = values("In 1871 the gate was shut. Bread is dear today, as everybody knows.")
    assert ("today", "DATE", "PRESENT_REF") in found


def test_telegram_dateline_anchors_its_paragraph():
    text = ("THE MORNING STAR.\n\n"
            "VIENNA, June 9.—The Council sat late last night. It rose at two o'clock this morning.\n\n"
            "ROME, June 8.—The steamer left Naples yesterday. The King spoke to-day.\n\n"
            "LOCAL NEWS.—The bazaar opened yesterday.")
    found = values(text, "1902-06-10", "news")
    assert ("last night", "TIME", "1902-06-08TNI") in found
    assert ("yesterday", "DATE", "1902-06-07") in found
    assert ("to-day", "DATE", "1902-06-08") in found
    # look-alike: a paragraph without a dateline counts from the paper's date
    assert ("yesterday", "DATE", "1902-06-09") in found


def test_date_inside_a_news_sentence_is_no_dateline():
    # look-alike: a date in running text followed by a dash does not anchor the paragraph
    found = values("The strike began on June 2 — and it spread yesterday.", "1902-06-10", "news")
    assert ("yesterday", "DATE", "1902-06-09") in found
