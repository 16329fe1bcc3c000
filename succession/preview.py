"""Static HTML previews of published records: one page per document and an index.

``render_document(record)`` turns one record (the dict ``record.to_record`` returns, labels as
strings) into a self-contained page: inline CSS, no external resources and no JavaScript. The
cleaned text is shown with every entity, date and quotation as an element carrying the span's
data (``data-layer``, ``data-id``, ``data-start``, ``data-end``, the label, value, speaker...)
and a ``title`` tooltip; sections and footnotes are marked up the same way. The cleaner's
removals and the raw text sit in a collapsed ``<details>``.

``summary(record)`` keeps what the index needs (a small dict), so a writer can render pages as
records stream by and ``render_index(summaries)`` at the end.

Layers may overlap one another (an entity inside a quotation, a date inside a quotation, a
heading that is also an entity), and hostile input may even make spans cross. The markup is
always well-formed: the text is cut at every span boundary and elements are opened outermost
first; a span that a closing element cuts through is reopened as a continuation fragment
(``data-part-of`` instead of ``data-id``), so every span id appears exactly once and the text
content of the text container is exactly ``record["text"]``.

The output depends on the record alone: the same record gives the same bytes.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
from collections import Counter
from html import escape
from urllib.parse import quote

from .entities import ENTITY_LABELS
from .record import QUOTATION_KINDS, TIMEX_TYPES

# Nesting order when two spans have the same bounds: the first is outermost.
# Bump when the page made for the same record changes (the build caches pages).
PREVIEW_VERSION = "preview.v1"
LAYER_RANK = {"section": 0, "footnote": 1, "quotation": 2, "date": 3, "entity": 4}
LAYERS = (("entities", "entity", "e"), ("dates", "date", "t"), ("quotations", "quotation", "q"))

ENTITY_COLOURS = {
    "PERSON": "#ffd6d6",
    "NORP": "#ffe5c2",
    "FAC": "#e8dcc8",
    "ORG": "#d4e4ff",
    "GPE": "#cdf0d6",
    "LOC": "#def7c4",
    "PRODUCT": "#eeeeee",
    "EVENT": "#f3d4f7",
    "WORK_OF_ART": "#fff2a8",
    "LAW": "#d9d2ff",
    "LANGUAGE": "#cdeff3",
}
ENTITY_BORDERS = {
    "PERSON": "#c0392b",
    "NORP": "#d35400",
    "FAC": "#8d6e40",
    "ORG": "#2962c4",
    "GPE": "#1e8e3e",
    "LOC": "#5f9e1b",
    "PRODUCT": "#777777",
    "EVENT": "#9b27af",
    "WORK_OF_ART": "#b59a00",
    "LAW": "#5b45c9",
    "LANGUAGE": "#138a99",
}
DATE_COLOURS = {"DATE": "#0b7a75", "TIME": "#00838f", "DURATION": "#6a1b9a", "SET": "#ad1457"}
QUOTATION_COLOURS = {"direct": "#fbf1c7", "block": "#f4ecd8", "term": "#e9f1f7", "title": "#f1e9f7"}
QUOTATION_BORDERS = {"direct": "#d79921", "block": "#a1785c", "term": "#5d8aa8", "title": "#8e6bb0"}
DEFAULT_BORDER = "#777777"

CSS_NAME = re.compile(r"[^A-Za-z0-9_-]")


def _css_name(value) -> str:
    return CSS_NAME.sub("_", str(value))


def _stylesheet() -> str:
    rules = [
        "*{box-sizing:border-box}",
        "body{margin:0;font:16px/1.5 'DejaVu Sans',Arial,sans-serif;color:#1d1d1f;background:#fafafa}",
        "header,main,footer{max-width:68rem;margin:0 auto;padding:0 1.5rem}",
        "header{padding-top:1rem}",
        "h1{font-size:1.6rem;margin:.4rem 0 .6rem}",
        "h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ddd}",
        "a{color:#1a55b0}",
        ".crumbs{font-size:.85rem}",
        "table{border-collapse:collapse;font-size:.85rem}",
        "th,td{border:1px solid #ddd;padding:.2rem .45rem;text-align:left;vertical-align:top}",
        "th{background:#f0f0f0;font-weight:600}",
        "td.num{text-align:right;font-variant-numeric:tabular-nums}",
        ".meta{width:100%;table-layout:fixed}",
        ".meta th{width:8rem}",
        ".meta td{overflow-wrap:anywhere}",
        ".status{display:inline-block;padding:.05rem .5rem;border-radius:.7rem;font-size:.8rem;font-weight:600}",
        ".status-reviewed{background:#d7f5dd;color:#14622a}",
        ".status-automatic{background:#fdebd0;color:#8a4b00}",
        ".legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.8rem;background:#fff;border:1px solid #ddd;"
        "padding:.5rem .7rem;position:sticky;top:0;z-index:2}",
        ".legend fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem;align-items:center}",
        ".legend legend{float:left;font-weight:600;margin-right:.3rem}",
        ".legend label{cursor:pointer;font-weight:600;margin-right:.2rem}",
        ".legend .sw{padding:0 .25rem;white-space:nowrap}",
        ".text{white-space:pre-wrap;overflow-wrap:break-word;line-height:2;background:#fff;border:1px solid #ddd;"
        "padding:1rem 1.4rem;font-family:'DejaVu Serif',Georgia,serif;font-size:1.02rem}",
        ".ann{border-radius:2px}",
        ".ann:hover{outline:1px solid #333}",
        ".ent{padding:0 1px;border-bottom:2px solid " + DEFAULT_BORDER + "}",
        ".date{border-bottom:2px dotted " + DEFAULT_BORDER + ";background:#e3f4f3}",
        ".quo{padding-bottom:4px;border-bottom:3px solid " + DEFAULT_BORDER + "}",
        ".quo[data-id][data-speaker]::after{content:'\\2014\\00a0' attr(data-speaker);font:600 .68rem/1 'DejaVu Sans',Arial,"
        "sans-serif;vertical-align:super;color:#7a5a00;margin-left:2px;white-space:nowrap}",
        ".sec{font-family:'DejaVu Sans',Arial,sans-serif;font-weight:700;color:#111}",
        ".sec-1{font-size:1.5em}.sec-2{font-size:1.3em}.sec-3{font-size:1.15em}.sec-4,.sec-5,.sec-6{font-size:1.05em}",
        ".fn{font-size:.9em;color:#444;background:#f6f6f6}",
        "body:has(#show-entity:not(:checked)) .ent{background:none;border-bottom-color:transparent}",
        "body:has(#show-date:not(:checked)) .date{background:none;border-bottom-color:transparent}",
        "body:has(#show-quotation:not(:checked)) .quo{background:none;border-bottom-color:transparent}",
        "body:has(#show-quotation:not(:checked)) .quo::after{content:none}",
        "details{margin:1rem 0;background:#fff;border:1px solid #ddd;padding:.4rem .8rem}",
        "summary{cursor:pointer;font-weight:600}",
        ".removals td.t,.footnotes td.t{white-space:pre-wrap;font-family:'DejaVu Sans Mono',monospace;font-size:.8rem}",
        ".raw{white-space:pre-wrap;overflow-wrap:break-word;font-family:'DejaVu Sans Mono',monospace;font-size:.8rem;"
        "background:#fbfbfb;border:1px solid #e4e4e4;padding:.6rem;max-height:40rem;overflow:auto}",
        ".raw del{background:#ffd9d9;color:#8b0000;text-decoration:line-through}",
        ".raw ins{background:#d9f7d9;text-decoration:none}",
        ".ws{color:#a0a0a0}",
        ".raw [data-ws]::before{content:attr(data-ws);color:#a0a0a0}",
        "footer{font-size:.75rem;color:#777;padding-bottom:2rem}",
    ]
    for label in ENTITY_LABELS:
        rules.append(f".ent-{label}{{background:{ENTITY_COLOURS.get(label, '#eee')};border-bottom-color:{ENTITY_BORDERS.get(label, DEFAULT_BORDER)}}}")
    for kind in TIMEX_TYPES:
        rules.append(f".date-{kind}{{border-bottom-color:{DATE_COLOURS.get(kind, DEFAULT_BORDER)}}}")
    for kind in QUOTATION_KINDS:
        rules.append(f".quo-{kind}{{background:{QUOTATION_COLOURS.get(kind, '#eee')};border-bottom-color:{QUOTATION_BORDERS.get(kind, DEFAULT_BORDER)}}}")
    return "".join(rule + "\n" for rule in rules)


CSS = _stylesheet()


SPECIAL = re.compile(r"[&<>\"'\r]")


def _text(value) -> str:
    """Text content, escaped; CR as a character reference (an HTML parser turns a literal CR into LF)."""
    value = str(value)
    if SPECIAL.search(value) is None:
        return value
    return escape(value, quote=False).replace("\r", "&#13;")


def _attr(value) -> str:
    value = str(value)
    if SPECIAL.search(value) is None:
        return value
    return escape(value, quote=True).replace("\r", "&#13;")


def _attrs(pairs) -> str:
    """` name="value"` for each pair whose value is not None, in the given order."""
    search = SPECIAL.search
    out = []
    for name, value in pairs:
        if value is None:
            continue
        value = str(value)
        if search(value) is not None:
            value = escape(value, quote=True).replace("\r", "&#13;")
        out.append(f' {name}="{value}"')
    return "".join(out)


def _or_dash(value) -> str:
    return "\u2014" if value is None or value == "" else _text(value)


# --- spans -----------------------------------------------------------------------------------


def _tooltip_entity(span: dict) -> str:
    lines = [f"{span.get('label')} {span.get('id')}"]
    lines.append(f"entity: {span['entity_id']}" if span.get("entity_id") else "entity: (no canonical id)")
    lines.append(f"annotator: {span.get('annotator')}")
    return "\n".join(lines)


def _tooltip_date(span: dict) -> str:
    lines = [f"{span.get('type')} {span.get('id')}", f"value: {span.get('value') if span.get('value') is not None else '(none)'}"]
    if span.get("mod"):
        lines.append(f"mod: {span['mod']}")
    if span.get("first_day") or span.get("last_day"):
        lines.append(f"days: {span.get('first_day') or '?'} \u2013 {span.get('last_day') or '?'}")
    lines.append(f"annotator: {span.get('annotator')}")
    return "\n".join(lines)


def _source_parts(span: dict) -> tuple[str | None, str | None]:
    source = span.get("source") or {}
    return source.get("marker"), source.get("text")


def _tooltip_quotation(span: dict) -> str:
    lines = [f"{span.get('kind')} quotation {span.get('id')}"]
    speaker = span.get("speaker")
    if speaker:
        lines.append(f"speaker: {speaker}" + (f" ({span['speaker_id']})" if span.get("speaker_id") else ""))
    else:
        lines.append("speaker: (unknown)")
    marker, source_text = _source_parts(span)
    if marker or source_text:
        lines.append("source: " + " ".join(part for part in (f"[{marker}]" if marker else None, source_text) if part))
    lines.append(f"annotator: {span.get('annotator')}")
    return "\n".join(lines)


def _span_attrs(layer: str, span: dict) -> tuple[str, list[tuple[str, object]], str]:
    """(class, data attributes, tooltip) of an annotation span."""
    if layer == "entity":
        label = span.get("label")
        data = [("data-label", label), ("data-entity-id", span.get("entity_id"))]
        return f"ann ent ent-{_css_name(label)}", data, _tooltip_entity(span)
    if layer == "date":
        kind = span.get("type")
        data = [
            ("data-type", kind),
            ("data-value", span.get("value")),
            ("data-mod", span.get("mod")),
            ("data-first-day", span.get("first_day")),
            ("data-last-day", span.get("last_day")),
        ]
        return f"ann date date-{_css_name(kind)}", data, _tooltip_date(span)
    kind = span.get("kind")
    marker, source_text = _source_parts(span)
    data = [
        ("data-kind", kind),
        ("data-speaker", span.get("speaker")),
        ("data-speaker-id", span.get("speaker_id")),
        ("data-source-marker", marker),
        ("data-source", source_text),
    ]
    return f"ann quo quo-{_css_name(kind)}", data, _tooltip_quotation(span)


def _markup_items(record: dict) -> list[tuple]:
    """(start, end, rank, order, open tag, continuation open tag, close tag) for every span."""
    items = []
    order = 0
    text_length = len(record.get("text") or "")

    def add(start, end, rank, open_tag, cont_tag, close_tag):
        nonlocal order
        start = min(max(int(start), 0), text_length)
        end = min(max(int(end), start), text_length)
        items.append((start, end, rank, order, open_tag, cont_tag, close_tag))
        order += 1

    for i, section in enumerate(record.get("sections") or (), 1):
        level = section.get("level") or 1
        pairs = [("data-layer", "section"), ("data-level", level), ("data-start", section["start"]), ("data-end", section["end"])]
        common = f'class="sec sec-{_css_name(level)}" role="heading" aria-level="{_attr(level)}"'
        tail = f"{common}{_attrs(pairs)}>"
        add(section["start"], section["end"], LAYER_RANK["section"], f'<span id="s{i}" {tail}', f'<span data-part-of="s{i}" {tail}', "</span>")
    for i, note in enumerate(record.get("footnotes") or (), 1):
        pairs = [("data-layer", "footnote"), ("data-marker", note.get("marker")), ("data-start", note["start"]), ("data-end", note["end"])]
        tail = f' class="fn"{_attrs(pairs)}>'
        add(note["start"], note["end"], LAYER_RANK["footnote"], f'<span id="n{i}"{tail}', f'<span data-part-of="n{i}"{tail}', "</span>")
    for field, layer, _prefix in LAYERS:
        for span in record.get(field) or ():
            css, data, tooltip = _span_attrs(layer, span)
            annotator = ("data-annotator", span.get("annotator"))
            head = f'<span class="{_attr(css)}" data-layer="{layer}"'
            tail = _attrs([("data-start", span["start"]), ("data-end", span["end"]), *data, annotator, ("title", tooltip)]) + ">"
            span_id = _attrs([("data-id", span.get("id"))])
            open_tag = head + span_id + tail
            cont_tag = head + _attrs([("data-part-of", span.get("id"))]) + tail
            add(span["start"], span["end"], LAYER_RANK[layer], open_tag, cont_tag, "</span>")
    return items


def render_text(record: dict) -> str:
    """The cleaned text with every span as a (well-formed, properly nested) element."""
    text = record.get("text") or ""
    items = _markup_items(record)
    # Outermost first: earlier start, then longer, then by layer rank, then record order.
    items.sort(key=lambda item: (item[0], -item[1], item[2], item[3]))
    starts: dict[int, list[tuple]] = {}
    empties: dict[int, list[tuple]] = {}
    boundaries = {0, len(text)}
    for item in items:
        (empties if item[0] == item[1] else starts).setdefault(item[0], []).append(item)
        boundaries.add(item[0])
        boundaries.add(item[1])
    points = sorted(boundaries)
    out: list[str] = []
    stack: list[tuple] = []
    for n, position in enumerate(points):
        # Close every span ending here; spans opened inside one of them and running on are
        # closed with it and reopened as continuation fragments.
        lowest = next((i for i, item in enumerate(stack) if item[1] <= position), None)
        if lowest is not None:
            reopen = [item for item in stack[lowest:] if item[1] > position]
            for item in reversed(stack[lowest:]):
                out.append(item[6])
            del stack[lowest:]
            for item in reopen:
                out.append(item[5])
                stack.append(item)
        for item in empties.get(position, ()):
            out.append(item[4])
            out.append(item[6])
        for item in starts.get(position, ()):
            out.append(item[4])
            stack.append(item)
        if n + 1 < len(points):
            out.append(_text(text[position : points[n + 1]]))
    for item in reversed(stack):
        out.append(item[6])
    return "".join(out)


# --- page parts ------------------------------------------------------------------------------


def _link(url) -> str:
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return f'<a href="{_attr(url)}" rel="nofollow noreferrer">{_text(url)}</a>'
    return _or_dash(url)


def _join(values) -> str | None:
    return ", ".join(values) if values else None


def _status_badge(status) -> str:
    return f'<span class="status status-{_css_name(status)}">{_text(status)}</span>'


def _metadata_table(record: dict) -> str:
    extraction = record.get("extraction")
    page = record.get("page") or {}
    # Short fields two to a row; long ones across the table.
    short = [
        ("id", _text(record.get("id"))),
        ("split", _or_dash(record.get("split"))),
        ("annotations", _status_badge(record.get("annotation_status"))),
        ("genre", _or_dash(record.get("genre"))),
        ("publisher", _or_dash(record.get("publisher"))),
        ("language", _or_dash(record.get("language"))),
        ("authors", _or_dash(_join(record.get("authors")))),
        ("series", _or_dash(record.get("series"))),
        ("published", _or_dash(record.get("date_published"))),
        ("modified", _or_dash(record.get("date_modified"))),
    ]
    page_fields = [
        (name, _join(value) if isinstance(value, list) else value)
        for name, value in (
            ("title", page.get("title")),
            ("series", page.get("series")),
            ("site", page.get("site")),
            ("authors", page.get("authors")),
            ("issue", page.get("issue")),
            ("published", page.get("published")),
            ("modified", page.get("modified")),
        )
    ]
    lifted = "; ".join(f"{name}: {value}" for name, value in page_fields if value)
    source = f"{_or_dash(record.get('source_format'))}, sha256 <code>{_or_dash(record.get('source_sha256'))}</code>"
    if extraction:
        source += (
            f"; extracted with {_or_dash(extraction.get('tool'))} {_or_dash(extraction.get('version'))},"
            f" options <code>{_or_dash(extraction.get('options'))}</code>"
        )
    source += f"; record schema version {_or_dash(record.get('schema_version'))}"
    long = [
        ("url", _link(record.get("url"))),
        ("rights", _or_dash(record.get("rights"))),
        ("notes", _or_dash(record.get("notes"))),
        ("from the page", _or_dash(lifted)),
        ("source", source),
    ]
    rows = []
    for i in range(0, len(short), 2):
        cells = "".join(f"<th>{_text(name)}</th><td>{value}</td>" for name, value in short[i : i + 2])
        rows.append(f"<tr>{cells}</tr>\n")
    rows += [f'<tr><th>{_text(name)}</th><td colspan="3">{value}</td></tr>\n' for name, value in long]
    return f'<table class="meta">\n{"".join(rows)}</table>\n'


def _counts_line(record: dict) -> str:
    parts = []
    for field, _layer, _prefix in LAYERS:
        spans = record.get(field) or ()
        annotators = Counter(span.get("annotator") for span in spans)
        by = ", ".join(f"{_text(name)} \u00d7{count}" for name, count in sorted(annotators.items(), key=lambda kv: str(kv[0])))
        parts.append(f"<li>{len(spans)} {field}" + (f" (annotator: {by})" if by else "") + "</li>")
    parts.append(f"<li>{len(record.get('sections') or ())} sections, {len(record.get('footnotes') or ())} footnotes</li>")
    parts.append(f"<li>{len(record.get('removals') or ())} removals by the cleaner</li>")
    return '<ul class="counts">' + "".join(parts) + "</ul>\n"


def _legend(record: dict) -> str:
    counts = {
        "entity": Counter(span.get("label") for span in record.get("entities") or ()),
        "date": Counter(span.get("type") for span in record.get("dates") or ()),
        "quotation": Counter(span.get("kind") for span in record.get("quotations") or ()),
    }
    groups = (
        ("entity", "Entities", "ent", ENTITY_LABELS),
        ("date", "Dates", "date", TIMEX_TYPES),
        ("quotation", "Quotations", "quo", QUOTATION_KINDS),
    )
    out = ['<div class="legend" aria-label="Legend">\n']
    for layer, title, css, known in groups:
        names = list(known) + sorted(str(name) for name in counts[layer] if name not in known)
        swatches = "".join(
            f'<span class="ann {css} {css}-{_css_name(name)} sw" data-legend="{_attr(name)}">{_text(name)} {counts[layer].get(name, 0)}</span>'
            for name in names
        )
        out.append(
            f'<fieldset><legend><input type="checkbox" id="show-{layer}" checked>'
            f'<label for="show-{layer}">{title}</label></legend>{swatches}</fieldset>\n'
        )
    out.append("</div>\n")
    return "".join(out)


def _contents(record: dict) -> str:
    sections = record.get("sections") or ()
    if not sections:
        return ""
    items = "".join(
        f'<li class="toc-{_css_name(section.get("level") or 1)}"><a href="#s{i}">{_text(section.get("text"))}</a></li>'
        for i, section in enumerate(sections, 1)
    )
    return f'<nav><h2>Sections</h2><ol class="toc">{items}</ol></nav>\n'


def _footnotes(record: dict) -> str:
    notes = record.get("footnotes") or ()
    if not notes:
        return ""
    rows = "".join(
        f'<tr><td>{_or_dash(note.get("marker"))}</td><td class="num">{_text(note["start"])}</td>'
        f'<td class="num">{_text(note["end"])}</td><td class="t">{_text(note.get("text"))}</td></tr>\n'
        for note in notes
    )
    return (
        f"<h2>Footnotes ({len(notes)})</h2>\n"
        f'<table class="footnotes"><tr><th>marker</th><th>start</th><th>end</th><th>text</th></tr>\n{rows}</table>\n'
    )


WHITESPACE_MARKS = str.maketrans({"\n": "\u21b5", "\t": "\u2192", " ": "\u2423", "\u00a0": "\u237d", "\r": "\u240d"})


def _whitespace_only(value: str) -> bool:
    return bool(value) and not value.strip(" \n\t\r\u00a0")


def _visible(value) -> str:
    """Text for the removals table, with whitespace-only text shown by symbols (a removed
    blank line would otherwise be an empty cell)."""
    value = "" if value is None else str(value)
    if _whitespace_only(value):
        return f'<span class="ws" title="{_attr(repr(value))}">{_text(value.translate(WHITESPACE_MARKS))}</span>'
    return _text(value)


def _marked(tag: str, value: str, pairs) -> str:
    """A removal or replacement in the raw view: the exact text (so the view's text is the raw
    text), whitespace-only text made visible by a CSS marker that is not part of the text."""
    if _whitespace_only(value):
        pairs = [*pairs, ("data-ws", value.translate(WHITESPACE_MARKS))]
    return f"<{tag}{_attrs(pairs)}>{_text(value)}</{tag}>"


def _removals_valid(record: dict) -> bool:
    """True when the removals point into raw_text, in order and without overlap."""
    raw = record.get("raw_text") or ""
    previous = 0
    for removal in record.get("removals") or ():
        start, end = removal["start"], removal["end"]
        if not (previous <= start <= end <= len(raw)) or raw[start:end] != removal.get("text"):
            return False
        previous = end
    return True


def _raw_text(record: dict) -> str:
    """The raw text, with each removal struck through (and its replacement shown) where the
    removal offsets point into it."""
    raw = record.get("raw_text") or ""
    removals = record.get("removals") or ()
    if record.get("extraction") or not _removals_valid(record):
        note = (
            "<p>The removal offsets point into the text extracted from this HTML page (see the extraction row above), "
            "not into the page itself, so the raw page is shown as it is.</p>\n"
            if record.get("extraction")
            else ""
        )
        return note + f'<div class="raw" data-layer="raw">{_text(raw)}</div>\n'
    out = []
    position = 0
    for i, removal in enumerate(removals, 1):
        start, end = removal["start"], removal["end"]
        out.append(_text(raw[position:start]))
        title = f"#{i} {removal.get('rule')}" + (f"\nreplaced by {removal['replacement']!r}" if removal.get("replacement") else "\ndeleted")
        pairs = [("data-rule", removal.get("rule")), ("data-start", start), ("data-end", end), ("title", title)]
        out.append(_marked("del", removal.get("text") or "", pairs))
        if removal.get("replacement"):
            out.append(_marked("ins", removal["replacement"], [("data-rule", removal.get("rule"))]))
        position = end
    out.append(_text(raw[position:]))
    return f'<div class="raw" data-layer="raw">{"".join(out)}</div>\n'


def _removed(record: dict) -> str:
    removals = record.get("removals") or ()
    rules = Counter(removal.get("rule") for removal in removals)
    by_rule = ", ".join(f"{_text(rule)} \u00d7{count}" for rule, count in sorted(rules.items(), key=lambda kv: str(kv[0])))
    rows = "".join(
        f'<tr data-rule="{_attr(removal.get("rule"))}"><td class="num">{i}</td><td>{_text(removal.get("rule"))}</td>'
        f'<td class="num">{_text(removal["start"])}</td><td class="num">{_text(removal["end"])}</td>'
        f'<td class="t">{_visible(removal.get("text"))}</td><td class="t">{_visible(removal.get("replacement"))}</td></tr>\n'
        for i, removal in enumerate(removals, 1)
    )
    where = "the extracted text" if record.get("extraction") else "the raw text"
    return (
        f'<details class="removed" id="removed"><summary>Removed by the cleaner ({len(removals)} changes)</summary>\n'
        f"<p>Offsets are into {where}. Rules: {by_rule or 'none'}.</p>\n"
        f'<table class="removals"><tr><th>#</th><th>rule</th><th>start</th><th>end</th><th>removed text</th><th>replacement</th></tr>\n'
        f"{rows}</table>\n"
        f'<details class="rawtext"><summary>Raw text ({len(record.get("raw_text") or "")} characters)</summary>\n{_raw_text(record)}</details>\n'
        "</details>\n"
    )


def _title(record: dict) -> str:
    return record.get("title") or (record.get("page") or {}).get("title") or record.get("id") or "(untitled)"


def render_document(record: dict) -> str:
    """One self-contained HTML page for a published record (labels as strings)."""
    title = _title(record)
    status = record.get("annotation_status")
    status_note = (
        "The annotations were reviewed by hand." if status == "reviewed" else "The annotations are automatic (not reviewed)."
    )
    parts = [
        "<!DOCTYPE html>\n",
        f'<html lang="{_attr(record.get("language") or "en")}">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
        f"<title>{_text(title)} \u2014 preview</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        '<header>\n<p class="crumbs"><a href="index.html">All documents</a></p>\n',
        f"<h1>{_text(title)}</h1>\n",
        f"<p>{_status_badge(status)} {status_note} Hover over a highlighted span for its label, value, speaker and annotator.</p>\n",
        "</header>\n<main>\n",
        _metadata_table(record),
        _counts_line(record),
        _contents(record),
        "<h2>Text</h2>\n",
        _legend(record),
        f'<div class="text" id="text" data-length="{len(record.get("text") or "")}">{render_text(record)}</div>\n',
        _footnotes(record),
        _removed(record),
        "</main>\n<footer><p>Generated from the published record; offsets are Unicode code points into the cleaned text.</p></footer>\n",
        "</body>\n</html>\n",
    ]
    return "".join(parts)


# --- index -----------------------------------------------------------------------------------

SUMMARY_COUNTS = ("entities", "dates", "quotations", "removals", "sections", "footnotes")


def summary(record: dict) -> dict:
    """What the index lists about a record: small, so a writer can keep one per document."""
    out = {key: record.get(key) for key in ("id", "title", "publisher", "date_published", "date_modified", "split", "annotation_status")}
    if not out["title"]:
        out["title"] = (record.get("page") or {}).get("title")
    out["characters"] = len(record.get("text") or "")
    for key in SUMMARY_COUNTS:
        out[key] = len(record.get(key) or ())
    return out


def page_name(doc_id) -> str:
    """File name of a document's page, relative to the index."""
    return f"{doc_id}.html"


def render_index(documents: list[dict]) -> str:
    """The index page: one row per document summary (``summary(record)``), in the order given."""
    index = PreviewIndex()
    for doc in documents:
        index.add(doc)
    out = io.StringIO()
    index.write_to(out)
    return out.getvalue()


class PreviewIndex:
    """The index page, built one document summary at a time. The rows wait in an unnamed
    temporary file, so a writer's memory does not grow with the number of documents."""

    def __init__(self):
        self._rows = tempfile.TemporaryFile("w+", encoding="utf-8", prefix="succession-index-")
        self.documents = 0
        self.totals: Counter = Counter()
        self.splits: Counter = Counter()
        self.statuses: Counter = Counter()

    def add(self, doc: dict) -> None:
        self.documents += 1
        for key in (*SUMMARY_COUNTS, "characters"):
            self.totals[key] += doc.get(key) or 0
        self.splits[doc.get("split")] += 1
        self.statuses[doc.get("annotation_status")] += 1
        date = doc.get("date_published") or doc.get("date_modified")
        href = quote(page_name(doc.get("id")), safe="")
        self._rows.write(
            f'<tr data-id="{_attr(doc.get("id"))}"><td><a href="{_attr(href)}">{_text(doc.get("id"))}</a></td>'
            f"<td>{_or_dash(doc.get('title'))}</td><td>{_or_dash(doc.get('publisher'))}</td><td>{_or_dash(date)}</td>"
            f"<td>{_or_dash(doc.get('split'))}</td><td>{_status_badge(doc.get('annotation_status'))}</td>"
            + "".join(f'<td class="num">{_text(doc.get(key) or 0)}</td>' for key in ("entities", "dates", "quotations", "removals"))
            + "</tr>\n"
        )

    def write_to(self, out) -> None:
        split_text = ", ".join(f"{_text(name)} {count}" for name, count in sorted(self.splits.items(), key=lambda kv: str(kv[0])))
        status_text = ", ".join(f"{_text(name)} {count}" for name, count in sorted(self.statuses.items(), key=lambda kv: str(kv[0])))
        out.write(
            "".join(
                [
                    "<!DOCTYPE html>\n",
                    '<html lang="en">\n<head>\n<meta charset="utf-8">\n',
                    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
                    f"<title>Documents \u2014 preview</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
                    "<header>\n<h1>Documents</h1>\n",
                    f"<p>{self.documents} documents ({split_text or 'none'}); annotations: {status_text or 'none'}. "
                    "Each page shows a document's cleaned text with its entities, dates and quotations highlighted "
                    "and what the cleaner removed.</p>\n</header>\n<main>\n",
                    '<table class="index">\n<tr><th>id</th><th>title</th><th>publisher</th><th>date</th><th>split</th><th>annotations</th>'
                    "<th>entities</th><th>dates</th><th>quotations</th><th>removals</th></tr>\n",
                ]
            )
        )
        self._rows.seek(0)
        shutil.copyfileobj(self._rows, out)
        self._rows.seek(0, io.SEEK_END)
        out.write(
            f'<tr class="total"><th colspan="6">{self.documents} documents</th>'
            + "".join(f'<td class="num">{self.totals[key]}</td>' for key in ("entities", "dates", "quotations", "removals"))
            + "</tr>\n"
            + "</table>\n</main>\n<footer><p>Generated from the published records.</p></footer>\n</body>\n</html>\n"
        )

    def close(self) -> None:
        self._rows.close()
