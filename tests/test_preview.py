"""The HTML previews: well-formed nesting of overlapping layers, escaping, tooltips, the index,
and the pages as a real headless Chromium renders them."""

import os
import shutil
import struct
import subprocess
from html.parser import HTMLParser

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from succession.preview import render_document, render_index, render_text, summary
from succession.record import FEATURES

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "embed", "source", "track"}
LAYER_FIELDS = {"entity": "entities", "date": "dates", "quotation": "quotations"}
SPAN_PREFIX = {"e": "entity", "t": "date", "q": "quotation"}


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()


class StrictTree(HTMLParser):
    """A DOM from html.parser that fails on any end tag that does not close the open element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", (), None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, attrs, self.current))

    def handle_endtag(self, tag):
        assert tag == self.current.tag, f"</{tag}> closes <{self.current.tag}>: not well-formed"
        self.current = self.current.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(page: str) -> Element:
    tree = StrictTree()
    tree.feed(page)
    tree.close()
    assert tree.current is tree.root, f"<{tree.current.tag}> never closed"
    return tree.root


def by_id(root: Element, element_id: str) -> Element:
    [element] = [e for e in root.iter() if e.attrs.get("id") == element_id]
    return element


def span(prefix, i, start, end, text, **fields):
    return {"id": f"{prefix}{i}", "start": start, "end": end, "text": text[start:end], **fields}


def make_record(text: str, **overrides) -> dict:
    record = {
        "id": "test-doc",
        "schema_version": 2,
        "split": "train",
        "title": "A test",
        "publisher": "Publisher",
        "authors": ["A. Writer"],
        "date_published": "1997-04-28",
        "date_modified": None,
        "url": "https://example.org/a?b=1&c=2",
        "language": "en",
        "rights": "unknown",
        "series": None,
        "genre": "narrative",
        "notes": None,
        "source_format": "text",
        "source_sha256": "0" * 64,
        "extraction": None,
        "annotation_status": "automatic",
        "page": {"title": None, "series": None, "site": None, "authors": [], "issue": None, "published": None, "modified": None},
        "text": text,
        "raw_text": text,
        "removals": [],
        "sections": [],
        "footnotes": [],
        "entities": [],
        "dates": [],
        "quotations": [],
    }
    record.update(overrides)
    return record


def layered_record() -> dict:
    """Layers nested every way they meet: a heading that is an entity, quotations holding
    entities and dates, a date and an entity with the same bounds, a footnote, a removal."""
    text = (
        "Lenin's Testament\n\n"
        'In January 1923 Lenin wrote: "Stalin is too rude, and this defect becomes intolerable in the office '
        'of General Secretary." [1]\n\n'
        "[1] Lenin, Collected Works, vol. 36.\n"
    )
    heading = text.index("\n")
    q_start = text.index('"Stalin')
    q_end = text.index('Secretary."') + len('Secretary."')
    note = text.index("[1] Lenin")
    entities = [
        span("e", 1, 0, 5, text, label="PERSON", entity_id="lenin", annotator="gold.v1"),
        span("e", 2, 0, heading, text, label="WORK_OF_ART", entity_id=None, annotator="gold.v1"),
        span("e", 3, text.index("Lenin wrote"), text.index("Lenin wrote") + 5, text, label="PERSON", entity_id="lenin", annotator="gold.v1"),
        span("e", 4, q_start + 1, q_start + 7, text, label="PERSON", entity_id="stalin", annotator="gold.v1"),
        span("e", 5, text.index("General"), text.index("General") + len("General Secretary"), text, label="ORG", entity_id=None, annotator="spacy"),
        span("e", 6, note + 4, note + 9, text, label="PERSON", entity_id="lenin", annotator="gold.v1"),
    ]
    dates = [
        span("t", 1, text.index("January"), text.index("January") + len("January 1923"), text,
             type="DATE", value="1923-01", mod=None, first_day="1923-01-01", last_day="1923-01-31", annotator="timex.v2"),
        # a date with exactly an entity's bounds, inside the quotation
        span("t", 2, text.index("General"), text.index("General") + len("General Secretary"), text,
             type="DURATION", value="P1Y", mod="APPROX", first_day=None, last_day=None, annotator="timex.v2"),
    ]
    quotations = [
        span("q", 1, q_start, q_end, text, kind="direct", speaker="Lenin", speaker_id="lenin",
             source={"marker": "1", "text": "Lenin, Collected Works, vol. 36."}, annotator="quotes.v2"),
        span("q", 2, 0, heading, text, kind="title", speaker=None, speaker_id=None, source=None, annotator="quotes.v2"),
    ]
    return make_record(
        text,
        raw_text="Share this\n" + text,
        removals=[{"start": 0, "end": 11, "text": "Share this\n", "replacement": "", "rule": "boilerplate.share"}],
        sections=[{"start": 0, "end": heading, "text": text[:heading], "level": 1}],
        footnotes=[{"start": note, "end": len(text) - 1, "text": text[note:-1], "marker": "1"}],
        entities=entities,
        dates=dates,
        quotations=quotations,
        annotation_status="reviewed",
    )


def annotation_spans(record: dict):
    for layer, field in LAYER_FIELDS.items():
        for item in record[field]:
            yield layer, item


def expected_attrs(layer: str, item: dict) -> dict:
    """The data attributes a span's element must carry (None values are left out)."""
    attrs = {"data-layer": layer, "data-id": item["id"], "data-start": str(item["start"]), "data-end": str(item["end"]), "data-annotator": item["annotator"]}
    if layer == "entity":
        attrs.update({"data-label": item["label"], "data-entity-id": item["entity_id"]})
    elif layer == "date":
        attrs.update({"data-type": item["type"], "data-value": item["value"], "data-mod": item["mod"],
                      "data-first-day": item["first_day"], "data-last-day": item["last_day"]})
    else:
        source = item["source"] or {}
        attrs.update({"data-kind": item["kind"], "data-speaker": item["speaker"], "data-speaker-id": item["speaker_id"],
                      "data-source-marker": source.get("marker"), "data-source": source.get("text")})
    return {key: value for key, value in attrs.items() if value is not None}


def check_page(record: dict, root: Element) -> None:
    """Every span of the record is in the text container once, with its data, its text and its
    tooltip; the container's text is the record's text."""
    container = by_id(root, "text")
    assert container.text() == record["text"]
    elements = {}
    fragments = {}
    for element in container.iter():
        if "data-id" in element.attrs:
            assert element.attrs["data-id"] not in elements, f"{element.attrs['data-id']} appears twice"
            elements[element.attrs["data-id"]] = element
        if "data-part-of" in element.attrs:
            fragments.setdefault(element.attrs["data-part-of"], []).append(element)
    ids = set()
    for layer, item in annotation_spans(record):
        ids.add(item["id"])
        element = elements[item["id"]]
        for name, value in expected_attrs(layer, item).items():
            assert element.attrs.get(name) == value, (item["id"], name)
        assert element.text() + "".join(part.text() for part in fragments.get(item["id"], ())) == item["text"]
        assert item["annotator"] in element.attrs["title"]
    assert set(elements) == ids
    for prefix, field, layer in (("s", "sections", "section"), ("n", "footnotes", "footnote")):
        for i, item in enumerate(record[field], 1):
            element = by_id(container, f"{prefix}{i}")
            assert element.attrs["data-layer"] == layer
            assert (element.attrs["data-start"], element.attrs["data-end"]) == (str(item["start"]), str(item["end"]))
            assert element.text() + "".join(part.text() for part in fragments.get(f"{prefix}{i}", ())) == item["text"]


# --- unit tests ------------------------------------------------------------------------------


def test_overlapping_layers_nest_well_formed():
    record = layered_record()
    root = parse(render_document(record))
    check_page(record, root)
    container = by_id(root, "text")
    elements = {e.attrs["data-id"]: e for e in container.iter() if "data-id" in e.attrs}

    def ancestors(element):
        while element.parent is not None:
            element = element.parent
            yield element.attrs.get("data-id") or element.attrs.get("data-layer")

    assert {"q1"} <= set(ancestors(elements["e4"]))  # an entity inside the quotation
    assert {"t2", "q1"} <= set(ancestors(elements["e5"]))  # same bounds: date outside entity
    assert {"q2", "e2", "section"} <= set(ancestors(elements["e1"]))
    assert not any(e.attrs.get("data-part-of") for e in container.iter())  # nothing needed cutting


def test_crossing_spans_are_cut_into_fragments_and_stay_well_formed():
    text = "alpha beta gamma delta"
    record = make_record(
        text,
        entities=[span("e", 1, 0, 10, text, label="PERSON", entity_id=None, annotator="x"),
                  span("e", 2, 6, 16, text, label="ORG", entity_id=None, annotator="x")],  # overlaps e1 (hostile)
        dates=[span("t", 1, 3, 22, text, type="DATE", value="1923", mod=None, first_day=None, last_day=None, annotator="x"),
               span("t", 2, 8, 8, "", type="SET", value=None, mod=None, first_day=None, last_day=None, annotator="x")],
        quotations=[span("q", 1, 6, 22, text, kind="term", speaker=None, speaker_id=None, source=None, annotator="x")],
    )
    record["dates"][1]["text"] = ""
    root = parse(render_document(record))
    check_page(record, root)
    assert any(e.attrs.get("data-part-of") for e in by_id(root, "text").iter())


@st.composite
def random_records(draw):
    text = draw(st.text(alphabet="ab <>&\"'\n\u00e9", max_size=40))
    n = len(text)

    def spans(prefix, **fields):
        bounds = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=6))
        return [span(prefix, i, min(a, b), max(a, b), text, annotator="x", **fields) for i, (a, b) in enumerate(bounds, 1)]

    def plain(**fields):
        bounds = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=2))
        return [{"start": min(a, b), "end": max(a, b), "text": text[min(a, b) : max(a, b)], **fields} for a, b in bounds]

    return make_record(
        text,
        entities=spans("e", label="PERSON", entity_id="a&b"),
        dates=spans("t", type="DATE", value="1923", mod=None, first_day="1923-01-01", last_day="1923-12-31"),
        quotations=spans("q", kind="direct", speaker='"S"', speaker_id=None, source=None),
        sections=plain(level=2),
        footnotes=plain(marker="1"),
    )


@settings(max_examples=300, deadline=None)
@given(random_records())
def test_any_spans_render_well_formed(record):
    """Whatever the spans (crossing, empty, nested, equal), the page is well-formed, every span
    is there once with its exact text, and the container's text is the record's."""
    check_page(record, parse(render_document(record)))


def test_text_is_escaped():
    text = 'x <script>alert("x")</script> & <b>bold</b> \r\n "quoted" </div>'
    hostile = '"><script>alert(1)</script>'
    start = text.index("alert")
    record = make_record(
        text,
        title="<script>t()</script>",
        notes=hostile,
        raw_text="<img src=x onerror=y>\n" + text,
        removals=[{"start": 0, "end": 22, "text": "<img src=x onerror=y>\n", "replacement": "", "rule": "boilerplate.x"}],
        entities=[span("e", 1, start, start + 5, text, label="PERSON", entity_id=hostile, annotator=hostile)],
        quotations=[span("q", 1, text.index('"quoted"'), text.index('"quoted"') + 8, text, kind="direct", speaker=hostile,
                         speaker_id=None, source={"marker": None, "text": hostile}, annotator="x")],
        page={"title": hostile, "series": None, "site": None, "authors": [hostile], "issue": None, "published": None, "modified": None},
    )
    page = render_document(record)
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    root = parse(page)
    assert not any(e.tag in ("script", "img", "b") for e in root.iter())
    check_page(record, root)
    assert by_id(root, "text").text() == text  # the CR survives as a character reference
    raw = [e for e in root.iter() if e.attrs.get("data-layer") == "raw"]
    assert raw[0].text() == record["raw_text"]
    index = render_index([summary(record)])
    assert "<script" not in index
    parse(index)


def test_tooltips_carry_labels_values_speakers_and_annotators():
    record = layered_record()
    root = parse(render_document(record))
    elements = {e.attrs["data-id"]: e for e in by_id(root, "text").iter() if "data-id" in e.attrs}
    assert all(s in elements["e1"].attrs["title"] for s in ("PERSON", "lenin", "gold.v1"))
    assert "no canonical id" in elements["e2"].attrs["title"]
    date = elements["t1"].attrs["title"]
    assert all(s in date for s in ("DATE", "1923-01", "1923-01-01", "1923-01-31", "timex.v2"))
    assert all(s in elements["t2"].attrs["title"] for s in ("DURATION", "P1Y", "APPROX"))
    quote = elements["q1"].attrs["title"]
    assert all(s in quote for s in ("direct", "Lenin", "(lenin)", "[1]", "Collected Works", "quotes.v2"))
    assert "speaker: (unknown)" in elements["q2"].attrs["title"]


def test_page_shows_metadata_status_legend_footnotes_and_removals():
    record = layered_record()
    page = render_document(record)
    root = parse(page)
    assert [e.text() for e in root.iter() if e.tag == "h1"] == ["A test"]
    assert "reviewed" in page and "Publisher" in page and "A. Writer" in page
    assert 'href="https://example.org/a?b=1&amp;c=2"' in page
    legend = {e.attrs["data-legend"] for e in root.iter() if "data-legend" in e.attrs}
    assert {"PERSON", "ORG", "DATE", "SET", "direct", "title"} <= legend
    assert all(by_id(root, f"show-{layer}") for layer in LAYER_FIELDS)
    [details] = [e for e in root.iter() if e.tag == "details" and e.attrs.get("class") == "removed"]
    assert "open" not in details.attrs
    assert "boilerplate.share" in details.text() and "Share this" in details.text()
    [deleted] = [e for e in details.iter() if e.tag == "del"]
    assert deleted.text() == "Share this\n" and deleted.attrs["data-rule"] == "boilerplate.share"
    assert record["footnotes"][0]["text"] in [e.text() for e in root.iter() if e.tag == "td"]
    assert by_id(root, "s1").attrs["aria-level"] == "1"
    assert "<script" not in page and "http://" not in page.replace("https://example.org", "")  # no external resources


def test_html_source_removals_point_into_the_extracted_text():
    text = "Body text."
    record = make_record(
        text,
        source_format="html",
        raw_text="<html><body><p>Menu</p><p>Body text.</p></body></html>",
        extraction={"tool": "trafilatura", "version": "2.3.1", "options": "{}", "text_sha256": "0" * 64},
        removals=[{"start": 0, "end": 5, "text": "Menu\n", "replacement": "", "rule": "boilerplate.menu"}],
    )
    root = parse(render_document(record))
    [raw] = [e for e in root.iter() if e.attrs.get("data-layer") == "raw"]
    assert raw.text() == record["raw_text"]
    assert "extracted text" in render_document(record)


def test_output_is_deterministic():
    record = layered_record()
    assert render_document(record) == render_document(layered_record())
    assert render_index([summary(record)]) == render_index([summary(layered_record())])


def test_empty_record_renders():
    record = make_record("", title=None, raw_text="")
    root = parse(render_document(record))
    assert by_id(root, "text").text() == ""
    assert render_text(make_record("plain")) == "plain"


def test_summary_and_index():
    record = layered_record()
    info = summary(record)
    assert info == {
        "id": "test-doc", "title": "A test", "publisher": "Publisher", "date_published": "1997-04-28", "date_modified": None,
        "split": "train", "annotation_status": "reviewed", "characters": len(record["text"]),
        "entities": 6, "dates": 2, "quotations": 2, "removals": 1, "sections": 1, "footnotes": 1,
    }
    other = dict(info, id="other-doc", title="B & <C>", annotation_status="automatic", split="test")
    root = parse(render_index([info, other]))
    links = [e.attrs["href"] for e in root.iter() if e.tag == "a"]
    assert links == ["test-doc.html", "other-doc.html"]
    rows = {e.attrs["data-id"]: e for e in root.iter() if e.tag == "tr" and "data-id" in e.attrs}
    cells = [c.text() for c in rows["test-doc"].children if isinstance(c, Element)]
    assert cells == ["test-doc", "A test", "Publisher", "1997-04-28", "train", "reviewed", "6", "2", "2", "1"]
    assert [c.text() for c in rows["other-doc"].children if isinstance(c, Element)][1] == "B & <C>"


# --- real records in a real browser ----------------------------------------------------------


def published_records(release) -> list[dict]:
    """The release's documents as the writer receives them: labels as strings."""
    records = []
    for path in sorted((release / "data").glob("*.parquet")):
        for row in pq.read_table(path).to_pylist():
            row["annotation_status"] = FEATURES["annotation_status"].int2str(row["annotation_status"])
            for field, key in (("entities", "label"), ("dates", "type"), ("quotations", "kind")):
                feature = FEATURES[field].feature[key]
                row[field] = [dict(item, **{key: feature.int2str(item[key])}) for item in row[field]]
            records.append(row)
    return sorted(records, key=lambda r: r["id"])


@pytest.fixture(scope="module")
def records(release):
    return published_records(release)


@pytest.fixture(scope="module")
def pages(records, tmp_path_factory):
    folder = tmp_path_factory.mktemp("preview")
    for record in records:
        (folder / f"{record['id']}.html").write_text(render_document(record), encoding="utf-8")
    (folder / "index.html").write_text(render_index([summary(r) for r in records]), encoding="utf-8")
    return folder


def test_real_records_render_every_span(records):
    assert records
    for record in records:
        check_page(record, parse(render_document(record)))


@pytest.fixture(scope="session")
def chromium():
    path = shutil.which("chromium")
    if path is None:
        reason = "chromium is not installed (Debian: apt-get install chromium); the browser tests need it"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def run_chromium(chromium, profile, *args) -> subprocess.CompletedProcess:
    command = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", *args,
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def test_browser_dom_holds_every_span_of_every_record(chromium, records, pages, tmp_path):
    for record in records:
        dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", (pages / f"{record['id']}.html").as_uri()).stdout
        root = parse_dom(dom)
        check_page(record, root)
        [details] = [e for e in root.iter() if e.tag == "details" and e.attrs.get("class") == "removed"]
        rules = [e.attrs["data-rule"] for e in details.iter() if e.tag == "tr" and "data-rule" in e.attrs]
        assert rules == [r["rule"] for r in record["removals"]]


def parse_dom(dom: str) -> Element:
    """The browser's serialised DOM (well-formed by construction; html.parser reads it)."""
    assert "<html" in dom, dom[:500]
    return parse(dom[dom.index("<html") :])


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_browser_screenshot(chromium, records, pages, tmp_path):
    record = max(records, key=lambda r: len(r["quotations"]))
    shot = tmp_path / "page.png"
    run_chromium(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,1600", (pages / f"{record['id']}.html").as_uri())
    data = shot.read_bytes()
    assert png_size(data) == (1280, 1600)
    assert len(data) > 30_000  # a blank or unstyled page compresses far smaller


def test_browser_index_links_to_every_document(chromium, records, pages, tmp_path):
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", (pages / "index.html").as_uri()).stdout
    root = parse_dom(dom)
    links = [e.attrs["href"] for e in root.iter() if e.tag == "a"]
    assert links == [f"{r['id']}.html" for r in records]
    assert all((pages / link).exists() for link in links)
    rows = {e.attrs["data-id"]: [c.text() for c in e.children if isinstance(c, Element)] for e in root.iter() if e.tag == "tr" and "data-id" in e.attrs}
    for record in records:
        assert rows[record["id"]][-4:] == [str(len(record[k])) for k in ("entities", "dates", "quotations", "removals")]
        assert rows[record["id"]][5] == record["annotation_status"]
