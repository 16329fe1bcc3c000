"""Saved web pages (HTML sources): main content and page metadata with trafilatura.

A contributor may save a page as ``.html`` instead of copying its text. :func:`extract` turns the
HTML into the same kind of text a scraped ``.txt`` holds — the title on the first line, then one
paragraph per block separated by blank lines, headings on their own lines, list items one per
line, block quotes as paragraphs, note numbers kept — so that the one cleaner (``clean.clean``)
runs on both kinds of source with the same rules.

Audit trail. The record keeps the HTML as ``raw_text``. Extraction is one recorded step, not a
list of removals: it is a pure function of the HTML and the pinned trafilatura version with the
options below (no network, no clock, no cross-document cache), so re-running
``extraction_base(raw_text, "html")`` gives back the text the cleaner saw, and the cleaner's
removals are offsets into *that* text (``restore_raw(text, removals) == extraction_base(...)``).
:data:`EXTRACTION` names the step; its ``text_sha256`` is stored so that a reader can check they
re-ran the same extractor.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import metadata as importlib_metadata

from .clean import clean
from .data import Cleaned
from .errors import InputError, Problem

EXTRACTOR = "trafilatura"
# The version the extraction was developed and measured with; pyproject pins it. Another version
# may extract a different text, which would move every offset of an HTML source.
EXTRACTOR_VERSION = "2.3.1"
EXTRACTION_RULE = "html.extract"

# Options, each chosen for a reason:
# - output_format xml: the structure (head, p, list, item, quote, table, hi rend=#sup) survives,
#   and this module writes the text itself; trafilatura's txt output drops the numbers of ordered
#   lists (the note numbers) and its markdown output escapes brackets.
# - include_comments False: readers' comments are other authors' text, not the page's content.
# - include_tables True: chronologies and vote counts are content.
# - include_formatting True: keeps <sup> note markers (written "[n]" here, as the cleaner's notes
#   expect) and headings.
# - neither favor_precision nor favor_recall: on the composed pages in tests/data/html the default
#   and favor_recall extract the same text, every content block included; precision mode prunes
#   more, and content lost here cannot be recovered later, while furniture left in is removed by
#   the cleaner.
# - deduplicate False: trafilatura's duplicate filter is a cache shared across documents, so its
#   output would depend on the order documents are processed in.
_EXTRACT_OPTIONS = {
    "output_format": "xml",
    "with_metadata": True,
    "include_comments": False,
    "include_tables": True,
    "include_formatting": True,
    "include_links": False,
    "include_images": False,
    "deduplicate": False,
    "favor_precision": False,
    "favor_recall": False,
    # Dates: only what the page's markup says (no guessing from free text), and no upper bound
    # taken from today's clock, so the result does not change with the day it runs.
    "date_extraction_params": {"extensive_search": False, "original_date": True, "max_date": "2100-12-31"},
}

_SUP_NUMBER = re.compile(r"^\s*\[?(\d{1,3})\]?\s*$")
_SPACES = re.compile(r"[ \t\r\n]+")


@dataclass(frozen=True, slots=True)
class HtmlCleaned:
    """An HTML page cleaned: the extracted text, the cleaner's result on it, and the step record."""

    extracted: str  # what trafilatura's content became: the text the removals are offsets into
    cleaned: Cleaned
    extraction: dict  # the recorded extraction step (EXTRACTION_RULE, tool, version, options, hash)


def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # trafilatura's timeout uses a signal and the wall clock: a slow machine would extract less.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _check_version() -> str:
    version = importlib_metadata.version(EXTRACTOR)
    if version != EXTRACTOR_VERSION:
        raise InputError([Problem("trafilatura", "", f"version {version} installed, {EXTRACTOR_VERSION} expected (pinned in pyproject.toml): HTML extraction would not be reproducible")])
    return version


def extract(html: str, source: str = "<html>") -> tuple[str, dict]:
    """The main content of a saved page as text, and its metadata.

    Metadata keys: title, author, date (ISO 8601), sitename — each None when the page gives none.
    Raises InputError (naming ``source``) when no main content is found: an empty document is a
    contributor's problem to look at, never a silent empty record.
    """
    import trafilatura
    from lxml import etree

    _check_version()
    xml = trafilatura.extract(html, config=_config(), **_EXTRACT_OPTIONS)
    if not xml:
        raise InputError([Problem(source, "", "no main content found in the HTML (trafilatura extracted nothing); save the article page itself")])
    root = etree.fromstring(xml.encode("utf-8"))
    meta = {key: (root.get(key) or None) for key in ("title", "author", "date", "sitename")}
    blocks = []
    main = root.find("main")
    if main is not None:
        for element in main:
            blocks.extend(_blocks(element))
    blocks = [block for block in blocks if block.strip()]
    if not blocks:
        raise InputError([Problem(source, "", "no main content found in the HTML (only empty blocks); save the article page itself")])
    title = _SPACES.sub(" ", meta["title"] or "").strip()
    # trafilatura takes the title out of the body; put it back on the first line, where a scraped
    # text has it and where the cleaner looks for it (unless the body already opens with it).
    if title and _SPACES.sub(" ", blocks[0]).strip() != title:
        blocks.insert(0, title)
    return "\n\n".join(blocks) + "\n", meta


def _blocks(element) -> list[str]:
    """Paragraph texts for one top-level element of trafilatura's XML."""
    tag = element.tag
    if tag == "list":
        return ["\n".join(_list_lines(element))]
    if tag == "quote":
        inner = [block for child in element for block in _blocks(child)]
        return inner or [_inline(element)]
    if tag == "table":
        rows = []
        for row in element.iter("row"):
            # Cells joined by a tab: "|" would make the row look like a link bar to the cleaner.
            rows.append("\t".join(_inline(cell) for cell in row.iter("cell")))
        return ["\n".join(rows)]
    if tag in ("div", "section"):
        return [block for child in element for block in _blocks(child)]
    return [_inline(element)]


def _list_lines(element, depth: int = 0) -> list[str]:
    """One line per item: "1. " for ordered lists (note numbers live there), "- " otherwise."""
    ordered = element.get("rend") == "ol"
    lines = []
    number = 0
    for item in element:
        if item.tag != "item":
            continue
        number += 1
        nested = [child for child in item if child.tag == "list"]
        for child in nested:
            item.remove(child)
        text = _inline(item)
        if text:
            lines.append(f"{'  ' * depth}{f'{number}.' if ordered else '-'} {text}")
        for child in nested:
            lines.extend(_list_lines(child, depth + 1))
    return lines


def _inline(element) -> str:
    """The text of a block: spaces collapsed, <lb/> a line break, superscript numbers as "[n]"."""
    parts: list[str] = []

    def walk(node) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.tag == "hi" and node.get("rend") == "#sup":
            text = "".join(node.itertext())
            number = _SUP_NUMBER.match(text)
            parts.append(f"[{number.group(1)}]" if number else text)
            parts.append(node.tail or "")
            return
        else:
            parts.append(node.text or "")
            for child in node:
                walk(child)
        parts.append(node.tail or "")

    parts.append(element.text or "")
    for child in element:
        walk(child)
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def extraction_base(raw_text: str, source_format: str) -> str:
    """The text a record's removals are offsets into: the raw text itself, or for an HTML source
    the text extracted from it (re-extracted here, reproducibly)."""
    if source_format == "html":
        return extract(raw_text)[0]
    return raw_text


def extraction_step(extracted: str) -> dict:
    """The record of the extraction step (the first step of an HTML source's audit trail)."""
    options = {key: value for key, value in _EXTRACT_OPTIONS.items()}
    return {
        "rule": EXTRACTION_RULE,
        "tool": EXTRACTOR,
        "version": EXTRACTOR_VERSION,
        "options": options,
        "text_sha256": hashlib.sha256(extracted.encode("utf-8")).hexdigest(),
    }


def clean_html(html: str, site_lines: frozenset[str] = frozenset(), source: str = "<html>") -> HtmlCleaned:
    """Extract, then clean with the same rules as text sources; trafilatura's metadata fills the
    page fields the text itself does not give (what the page text says wins)."""
    extracted, meta = extract(html, source)
    cleaned = clean(extracted, site_lines=site_lines)
    page = cleaned.page
    if page.title is None and meta["title"]:
        page.title = meta["title"]
    if page.site is None and meta["sitename"]:
        page.site = meta["sitename"]
    if not page.authors and meta["author"]:
        page.authors = [name.strip() for name in meta["author"].split(";") if name.strip()]
    if page.published is None and meta["date"]:
        page.published = meta["date"]
    return HtmlCleaned(extracted=extracted, cleaned=cleaned, extraction=extraction_step(extracted))
