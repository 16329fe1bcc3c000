"""The cleaner's quality gate on the labelled development set (tests/data/cleaning), in the manner
of trafilatura's eval gate: floors that a change must not break, and a pinned held-out baseline."""

from __future__ import annotations

import json

import pytest

from succession.clean_eval import DATA_DIR, SPLITS, Page, evaluate, load_page, load_pages, main, score_page

from .conftest import CORPUS

# The floors: content words kept, and removed words that are boilerplate or metadata.
CONTENT_KEPT_FLOOR = 0.99
REMOVED_IS_BOILERPLATE_FLOOR = 0.98
# The dev pages (11 from clean.v2, 13 added for clean.v3: archive credit lines, lecture pages,
# Q&A, phpBB, Discourse, wiki navboxes, newsletter, live blog, journal, PDF text, translation;
# 15 added for clean.v4: Reddit, Hacker News, Stack Exchange, Quora, vBulletin, wiki infobox,
# shops, catalogue, archive and museum records, podcast transcript, PDF scrape, Medium, news),
# measured with clean.v4; pinned so that they only move up. Re-pinned on purpose when the dev-3
# pages came in (the set changed); on the 24 earlier pages clean.v4 scores 0.9943 precision,
# 0.9526 recall, 0.9967 content kept, 0.9939 removed is boilerplate (clean.v3: 0.9942, 0.9507,
# 0.9966, 0.9939).
# Re-pinned on purpose in session 2 for clean.v5: 50 dev-3 lines were relabelled (infobox rows,
# a record's descriptive fields and a museum tombstone are content, the owner's decision), so the
# set changed again; clean.v4 scores 0.9574 precision, 0.9475 recall, 0.9774 content kept, 0.9540
# removed is boilerplate on the relabelled set. On the 24 earlier pages clean.v5 scores 0.9943,
# 0.9507, 0.9967, 0.9939 (recall back to the clean.v3 value: narrower record fields).
# Raised in session 2 to the clean.v6 values (the rules were developed against heldout2 and
# heldout3; on these pages v6 removes two content lines fewer and finds two more furniture lines).
# Raised in session 2 to the clean.v7 values (developed against heldout4's errors; on these pages
# v7 removes two content lines fewer: a chapter number and a reading list's heading).
# Raised in session 2 to the clean.v8 values (developed against heldout5's errors with those of the
# other development sets; on these pages v8 keeps an article's "Keywords:" line and finds more
# paywall, share and citation-tool furniture).
# Re-pinned on purpose in session 2 for clean.v10, recall DOWN from 0.9466 to 0.8878: clean.v10
# requires a furniture signal for what the weak position- and shape-based rules remove (edge and
# header runs, widget runs, menu blocks, edge link bars, series), trading recall for precision;
# precision, content kept and removed is boilerplate went up and are raised.
DEV_BASELINE = {"content_kept": 0.9989, "removed_is_boilerplate": 0.9977, "precision": 0.9964, "recall": 0.8878}
# The held-out pages were scored once at the end of clean.v2 (content kept 0.9797, removed is
# boilerplate 0.9555, precision 0.9703, recall 0.7038: below the floors) and once at the end of
# clean.v3, without tuning to them. Re-pinned on purpose to the clean.v3 values, which meet the
# floors; pinned so that they only move up. Re-pin on purpose, and say so. Raised to the clean.v4
# values (the rules were written against the dev-3 pages, not these). clean.v5 scores the same
# (0.9941, 0.9909, 0.9907, 0.9185); its changes were not checked against these pages' errors.
# Raised to the clean.v7 values (1.0, 1.0, 1.0, 0.9185): its two wrongly removed lines (a work
# title lifted as the series over its author or dates) went with general changes made against
# heldout4; these pages' errors were not read for clean.v7 either.
HELDOUT_BASELINE = {"content_kept": 1.0, "removed_is_boilerplate": 1.0, "precision": 1.0, "recall": 0.9184}


@pytest.fixture(scope="module")
def results():
    return evaluate(load_pages())


def test_data_set_shape():
    pages = load_pages()
    counts = {split: sum(1 for page in pages if page.split == split) for split in SPLITS}
    assert counts["seed"] == 5
    assert counts["dev"] >= 6 and counts["heldout"] >= 6
    assert len({page.id for page in pages}) == len(pages)
    for page in pages:
        labels = {label for label, _ in page.lines}
        assert "content" in labels, page.id


def test_seed_pages_are_the_corpus_files_byte_for_byte():
    for page in load_pages():
        if page.split == "seed":
            doc_id = page.id.removeprefix("seed-")
            assert page.raw == (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8"), page.id


@pytest.mark.parametrize("split", ["seed", "dev"])
def test_floors_on_the_pages_developed_against(results, split):
    scores = results[split]
    assert scores.content_kept >= CONTENT_KEPT_FLOOR, scores.errors
    assert scores.removed_is_boilerplate >= REMOVED_IS_BOILERPLATE_FLOOR, scores.errors


def test_dev_does_not_fall_below_its_baseline(results):
    scores = results["dev"]
    assert scores.content_kept >= DEV_BASELINE["content_kept"], scores.errors
    assert scores.removed_is_boilerplate >= DEV_BASELINE["removed_is_boilerplate"], scores.errors
    assert scores.precision >= DEV_BASELINE["precision"], scores.errors
    assert scores.recall >= DEV_BASELINE["recall"], scores.errors


def test_seeds_are_cleaned_exactly_as_labelled(results):
    assert results["seed"].errors == []


def test_heldout_does_not_fall_below_its_baseline(results):
    scores = results["heldout"]
    assert scores.content_kept >= HELDOUT_BASELINE["content_kept"]
    assert scores.removed_is_boilerplate >= HELDOUT_BASELINE["removed_is_boilerplate"]
    assert scores.precision >= HELDOUT_BASELINE["precision"]
    assert scores.recall >= HELDOUT_BASELINE["recall"]


def test_floors_on_heldout(results):
    scores = results["heldout"]
    assert scores.content_kept >= CONTENT_KEPT_FLOOR
    assert scores.removed_is_boilerplate >= REMOVED_IS_BOILERPLATE_FLOOR


def test_scoring_counts_words_and_lines():
    title = "The Struggle for the Succession"
    prose = "The triumvirs moved first, packing the party congresses with delegates chosen by the Secretariat."
    page = Page("t", "dev", "t", (("boilerplate", "Skip to content"), ("content", title), ("blank", ""),
                                  ("content", prose), ("blank", ""), ("boilerplate", "Share this:"), ("content", "Lenin")), True)
    # The last line, a lone name after a share button, goes as a footer label: a wrong removal.
    scores = score_page(page)
    assert (scores.removed_right, scores.removed_wrong, scores.missed) == (2, 1, 0)
    content_words = len(title.split()) + len(prose.split()) + 1
    assert scores.content_words == content_words
    assert scores.content_kept == (content_words - 1) / content_words
    assert scores.precision == 2 / 3 and scores.recall == 1.0
    assert scores.removed_is_boilerplate == 5 / 6  # 3 + 2 furniture words, and "Lenin"
    assert scores.errors == ["t:7: removed content: Lenin"]


def test_malformed_page_is_rejected(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"id": "x", "split": "dev", "site": "s", "lines": [["content", "a\nb"]]}))
    with pytest.raises(ValueError, match="/lines/0"):
        load_page(bad)
    bad.write_text(json.dumps({"id": "x", "split": "other", "site": "s", "lines": []}))
    with pytest.raises(ValueError, match="/split"):
        load_page(bad)


def test_main_prints_the_table(capsys):
    assert main(["--split", "seed"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("split") and "seed" in out
    assert main(["--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"seed", "dev", "heldout", "all"}


# A second set (tests/data/cleaning-heldout2), written without looking at the rules or the other
# pages, one site per page. Scored with clean.v2 (content kept 0.9700, removed is boilerplate
# 0.8877), clean.v3 (0.9798, 0.9285, precision 0.9393, recall 0.7193) and clean.v4 (0.9649,
# 0.9040, 0.9180, 0.8327). It is NO LONGER HELD OUT: in session 2 its errors were read and
# clean.v5 was developed against it, so it is development data (split name kept) and these
# scores say nothing about unseen sites; tests/data/cleaning-heldout3 is the blind set. Pinned
# to the clean.v5 values as a regression pin; it was still below the removed-is-boilerplate floor.
# Raised to the clean.v6 values (0.9933, 0.9805, 0.9868, 0.8364), which meet the floors: still
# development data, so this says nothing about unseen sites.
# Raised to the clean.v8 values (session 2).
# Re-pinned on purpose for clean.v10 (session 2): precision measures up, recall DOWN from 0.8401 to
# 0.7267 (weak rules now need a furniture signal; the trade of recall for precision).
HELDOUT2_BASELINE = {"content_kept": 0.9954, "removed_is_boilerplate": 0.9855, "precision": 0.9923, "recall": 0.7267}


# A third set (tests/data/cleaning-heldout3, 16 pages of 15 kinds of site not used before),
# written blind and scored once, blind, with clean.v5: precision 0.9721, recall 0.6476, content
# kept 0.9938, removed is boilerplate 0.9663 (below the floor). It is NO LONGER HELD OUT: in
# session 2 its errors were read and clean.v6 was developed against them, so it is development
# data (split name kept) and these scores say nothing about unseen sites; the blind set is
# tests/data/cleaning-heldout4, scored by someone else. Pinned to the clean.v6 values as a
# regression pin. Its recall stays low: much of its furniture (bot sections, talk-page banners,
# readers' flowers, mailing-list footers) is reached by no general rule yet.
# Raised to the clean.v8 values (session 2).
# Re-pinned on purpose for clean.v10 (session 2): recall DOWN from 0.6873 to 0.5148 (weak rules now
# need a furniture signal; no content was removed here before either).
HELDOUT3_BASELINE = {"content_kept": 1.0, "removed_is_boilerplate": 1.0, "precision": 1.0, "recall": 0.5148}


# A fourth set (tests/data/cleaning-heldout4, 16 pages of 15 kinds of site not used before),
# written blind and scored once, blind, with clean.v6: precision 0.9637, recall 0.7096, content
# kept 0.9922, removed is boilerplate 0.9536 (below the 0.98 floor; 21 content lines removed). It
# is NO LONGER HELD OUT: in session 2 its wrongly removed lines were read, with those of the other
# development sets, and clean.v7 was developed against them, so it is development data (split name
# kept) and these scores say nothing about unseen sites; the blind set is
# tests/data/cleaning-heldout5, scored by someone else. Pinned to the clean.v7 values as a
# regression pin. Recall fell a little (0.7096 to 0.7019): seven furniture lines (dates under
# related links, a channel's date separators) had been removed only by the running-head rule's
# mistake, which v7 no longer makes.
# Raised to the clean.v8 values (session 2).
# Re-pinned on purpose for clean.v10 (session 2), DOWN: recall 0.7605 to 0.6101, and precision
# (0.9983 to 0.9979) and removed is boilerplate (0.9981 to 0.9979) by a hair: the one content line
# still removed (by a pattern, not a weak rule) weighs more among fewer removed lines.
HELDOUT4_BASELINE = {"content_kept": 0.9996, "removed_is_boilerplate": 0.9979, "precision": 0.9979, "recall": 0.6101}


# A fifth set (tests/data/cleaning-heldout5, 16 pages of 15 kinds of site not used before),
# written blind and scored once, blind, with clean.v7: precision 0.988, recall 0.693, content kept
# 0.996, removed is boilerplate 0.976 (just under the 0.98 floor; 6 content lines removed, 212
# furniture lines missed). It is NO LONGER HELD OUT: in session 2 its errors were read, with those
# of the other development sets, and clean.v8 was developed against them, so it is development
# data (split name kept) and these scores say nothing about unseen sites; the blind set is
# tests/data/cleaning-heldout6, scored by someone else. Pinned to the clean.v8 values as a
# regression pin. Two content lines are still removed (an episode title inside a header run, the
# author line of a book under review read as a byline).
# Re-pinned on purpose for clean.v10 (session 2): precision measures up (one content line still
# removed), recall DOWN from 0.7163 to 0.5455 (weak rules now need a furniture signal).
HELDOUT5_BASELINE = {"content_kept": 0.9995, "removed_is_boilerplate": 0.9973, "precision": 0.9973, "recall": 0.5455}


# A sixth set (tests/data/cleaning-heldout6, 16 pages of 15 kinds of site not used before), written
# blind and scored once, blind, with clean.v8: precision 0.922, recall 0.713, content kept 0.985,
# removed is boilerplate 0.921 (below both floors; 45 content lines removed, 214 furniture lines
# missed). It is NO LONGER HELD OUT: in session 2 its wrongly removed lines were read and clean.v9
# was developed against them, so it is development data (split name kept) and these scores say
# nothing about unseen sites; the blind set is tests/data/cleaning-heldout7, scored by someone
# else. Pinned to the clean.v9 values as a regression pin. It is still below the
# removed-is-boilerplate floor: 21 content lines are still removed (a film's title block and a
# newspaper's headline deck taken as header menus, a dictionary headword, an event's date and
# venue fields, two titles lifted as the site name).
# Re-pinned on purpose for clean.v10 (session 2): with corroboration required of the weak rules
# and no span of years in a site name, 2 content lines are still removed (was 21) and the set
# meets both floors; recall DOWN from 0.71 to 0.5288.
HELDOUT6_BASELINE = {"content_kept": 0.9987, "removed_is_boilerplate": 0.9909, "precision": 0.9949, "recall": 0.5288}


# A seventh set (tests/data/cleaning-heldout7, 16 pages of 15 kinds of site not used before),
# written blind and scored once, blind, with clean.v9: precision 0.965, recall 0.730, content kept
# 0.993, removed is boilerplate 0.966 (below the 0.98 floor; 18 content lines removed). It is NO
# LONGER HELD OUT: in session 2 its wrongly removed lines were read, with those of the six other
# development folders, and clean.v10 (corroboration for weak rules) was developed with it, so it
# is development data (split name kept) and these scores say nothing about unseen sites; the
# blind set is tests/data/cleaning-heldout8, scored by someone else. Pinned to the clean.v10
# values as a regression pin (2 content lines removed; recall 0.5512, below the blind 0.730:
# the price of requiring corroboration).
HELDOUT7_BASELINE = {"content_kept": 0.9988, "removed_is_boilerplate": 0.9923, "precision": 0.9946, "recall": 0.5512}


# An eighth set (tests/data/cleaning-heldout8: 14 pages of common kinds of sites, one site pair),
# written blind to the rules and scored once, blind, with clean.v10: precision 0.995, recall 0.659,
# content kept 0.999, removed is boilerplate 0.995 (2 content lines removed, 212 furniture lines
# missed). Still held out: nobody has read its errors. Pinned to that blind score.
HELDOUT8_BASELINE = {"content_kept": 0.9986, "removed_is_boilerplate": 0.9945, "precision": 0.9951, "recall": 0.6586}


FURTHER_SETS = {
    "heldout2": HELDOUT2_BASELINE,
    "heldout3": HELDOUT3_BASELINE,
    "heldout4": HELDOUT4_BASELINE,
    "heldout5": HELDOUT5_BASELINE,
    "heldout6": HELDOUT6_BASELINE,
    "heldout7": HELDOUT7_BASELINE,
    "heldout8": HELDOUT8_BASELINE,
}


@pytest.mark.parametrize("split", sorted(FURTHER_SETS))
def test_further_sets_do_not_fall_below_their_baselines(split):
    scores = evaluate(load_pages(DATA_DIR.parent / f"cleaning-{split}"))[split]
    for measure, pinned in FURTHER_SETS[split].items():
        assert getattr(scores, measure) >= pinned, (split, measure, getattr(scores, measure))
