"""Realistic benchmark corpora: recombined real paragraphs, web furniture at the edges, valid sidecars.

Every document is made of whole paragraphs (runs of consecutive paragraphs, so a quotation
that spans two of them usually stays whole) taken from the labelled pages in
tests/data/cleaning: the five seed documents byte for byte, and the hand-written dev and
held-out pages about the same history. Whole paragraphs keep the names, dates and quotations
the annotators are there to find; nothing is shuffled below the paragraph.

The furniture around the text is the lines those pages label ``boilerplate`` or ``metadata``
(menus, share bars, cookie banners, bylines, footers), taken as the header and footer of one
page. About 60% of the documents belong to a few "sites": same publisher, same host in the
url and the same header and footer on every page, as on a real site, so the build's
site-repeat learning has something to learn; the others are single pages of unknown
publisher, whose furniture the generic rules must find.

Document ``i`` depends only on ``(seed, i)``: the first 1,000 documents of a 10,000-document
corpus are the 1,000-document corpus, and two runs write the same bytes.

No offline public-domain prose was found on the benchmark machine (no Gutenberg or NLTK
texts), so the pool is this project's own labelled pages, whatever the checkout holds (at
commit c7c9e8d: 27 pages, 404 paragraphs, about 14,000 words). Adding pages there changes the
corpora, so results name the commit they were measured at.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO / "tests" / "data" / "cleaning"

# Paragraphs per document: 5 to 40, most pages short (mode 8, mean about 18), as on the web.
MIN_PARAGRAPHS, MODE_PARAGRAPHS, MAX_PARAGRAPHS = 5, 8, 40
# A document takes runs of up to this many consecutive paragraphs from one page.
MAX_RUN = 6
SITE_SHARE = 0.6
# Pages whose header and footer become the furniture of a site (at least 3 lines each side).
SITE_TEMPLATES = ("01_wordpress_blog", "03_news_site", "05_academic_archive", "06_newsletter", "09_magazine", "02_mediawiki")
RIGHTS = "synthetic benchmark document recombined from the project's corpus and test pages; not for release"
GENRES = ("narrative", "narrative", "narrative", "news")
AUTHORS = ("Mark Ellison", "Helen Marsh", "Maurice Williams", "Anna Petrova", "David North", "J. Carter", "Olga Smirnova")


@dataclass(frozen=True)
class Page:
    name: str
    site: str
    header: tuple[str, ...]
    footer: tuple[str, ...]
    paragraphs: tuple[str, ...]  # each one or more content lines joined by "\n"


def read_page(path: Path) -> Page | None:
    data = json.loads(path.read_text(encoding="utf-8"))
    lines = data["lines"]
    content = [i for i, (label, _) in enumerate(lines) if label == "content"]
    if not content:
        return None
    first, last = content[0], content[-1]
    furniture = ("boilerplate", "metadata")
    header = tuple(text for label, text in lines[:first] if label in furniture and text.strip())
    footer = tuple(text for label, text in lines[last + 1 :] if label in furniture and text.strip())
    paragraphs, current = [], []
    for label, text in lines[first : last + 1]:
        if label == "content":
            current.append(text)
        elif current:  # a blank line or furniture inside the text ends the paragraph
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return Page(data["id"], data["site"], header, footer, tuple(paragraphs))


@lru_cache(maxsize=1)
def pages() -> tuple[Page, ...]:
    return tuple(page for page in map(read_page, sorted(PAGES.glob("*.json"))) if page is not None)


def site_name(slug: str) -> str:
    return " ".join(word.capitalize() for word in slug.split("-"))


def document(i: int, seed: int = 0) -> tuple[str, dict]:
    """The text and the sidecar of document ``i``: a function of ``(seed, i)`` only."""
    rng = random.Random(f"succession-bench-{seed}-{i}")
    pool = pages()
    by_name = {page.name: page for page in pool}
    doc_id = f"bench-{seed}-{i:06d}"
    in_site = rng.random() < SITE_SHARE
    frame = by_name[rng.choice(SITE_TEMPLATES)] if in_site else rng.choice(pool)
    header, footer = list(frame.header), list(frame.footer)
    if not in_site:  # a one-off page: not every line of its model page's furniture
        header = [line for line in header if rng.random() < 0.8]
        footer = [line for line in footer if rng.random() < 0.8]
    wanted = int(rng.triangular(MIN_PARAGRAPHS, MAX_PARAGRAPHS + 1, MODE_PARAGRAPHS))
    body: list[str] = []
    while len(body) < wanted:
        page = rng.choice(pool)
        start = rng.randrange(len(page.paragraphs))
        body.extend(page.paragraphs[start : start + rng.randint(1, MAX_RUN)])
    body = body[:wanted]
    title = next((p for p in body if len(p) < 90 and "\n" not in p and not p.endswith(".") and p[0].isalnum()), None)
    if title is None:
        title = body[0].split(". ")[0][:80].strip() or "Untitled"
    parts = ["\n".join(header)] if header else []
    parts += body
    if footer:
        parts.append("\n".join(footer))
    text = "\n\n".join(parts) + "\n"
    year = rng.randint(1995, 2024)
    date = rng.choice([None, f"{year}", f"{year}-{rng.randint(1, 12):02d}", f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    publisher = site_name(frame.site) if in_site else None
    url = f"https://{frame.site}.example.org/articles/{doc_id}.html" if in_site else None
    metadata = {
        "id": doc_id,
        "title": title,
        "publisher": publisher,
        "authors": rng.choice([None, [rng.choice(AUTHORS)]]),
        "date_published": date,
        "url": url,
        "language": "en",
        "rights": RIGHTS,
        "series": None,
        "genre": rng.choice(GENRES),
        "notes": f"Benchmark document {i} of seed {seed}: paragraphs recombined from the seed corpus and tests/data/cleaning, furniture from {frame.name}.",
    }
    return text, metadata


def generate(out_dir: Path, n: int, seed: int = 0) -> list[str]:
    """Write ``n`` documents (``<id>.txt`` and ``<id>.meta.json``) into ``out_dir``; their ids."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(n):
        text, metadata = document(i, seed)
        (out_dir / f"{metadata['id']}.txt").write_text(text, encoding="utf-8")
        (out_dir / f"{metadata['id']}.meta.json").write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        ids.append(metadata["id"])
    return ids


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, required=True, help="number of documents")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    generate(args.out, args.docs, args.seed)
    print(f"wrote {args.docs} documents into {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
