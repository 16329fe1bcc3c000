"""The card's figures: PNG images drawn from a release's counts, the same bytes on every run.

- ``timeline_png``: normalised dates per year (the year of each date's ``first_day``), with the
  years 1900-1945 drawn and the dates outside them counted in a note.
- ``people_png``: the most-mentioned people, by canonical name from the entity table.

Matplotlib draws with its Agg backend on a ``Figure`` object (no pyplot, no global state), with
fixed sizes, its default style (a user's matplotlibrc changes nothing) and the font it ships,
and writes PNGs without the metadata that would vary (software version, dates). Two runs with
the same matplotlib version give byte-identical files.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Mapping

TIMELINE = "figures/timeline.png"
PEOPLE = "figures/people.png"
FIRST_YEAR, LAST_YEAR = 1900, 1945
TOP_PEOPLE = 15
SIZE = (8.0, 4.0)  # inches
PEOPLE_SIZE = (8.0, 5.0)
DPI = 100
BAR = "#4c72b0"
HIGHLIGHT = "#c44e52"
# The years of Lenin's succession proper: shaded on the timeline.
SUCCESSION = (1922, 1929)


def _render(draw, size: tuple[float, float]) -> bytes:
    import matplotlib

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update({"font.family": "DejaVu Sans", "font.size": 9, "svg.hashsalt": "succession", "path.simplify": True})
        figure = Figure(figsize=size, dpi=DPI, layout="constrained")
        FigureCanvasAgg(figure)
        draw(figure)
        buffer = io.BytesIO()
        # No Software/date chunks: the bytes depend on the counts and matplotlib's version only.
        figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def year_counts(date_years: Mapping) -> Counter:
    """{year (int): dates}; keys may be "1924" strings (as ReleaseWriter.date_years has them)."""
    counts: Counter = Counter()
    for year, n in date_years.items():
        try:
            counts[int(year)] += int(n)
        except (TypeError, ValueError):
            continue
    return counts


def timeline_note(date_years: Mapping) -> str:
    """What the timeline leaves out, in words (also used as the card's alt text)."""
    counts = year_counts(date_years)
    before = sum(n for year, n in counts.items() if year < FIRST_YEAR)
    after = sum(n for year, n in counts.items() if year > LAST_YEAR)
    shown = sum(n for year, n in counts.items() if FIRST_YEAR <= year <= LAST_YEAR)
    parts = [f"{shown} dates fall in {FIRST_YEAR}-{LAST_YEAR}"]
    if before:
        parts.append(f"{before} before {FIRST_YEAR} (earliest {min(counts)})")
    if after:
        parts.append(f"{after} after {LAST_YEAR} (latest {max(counts)})")
    return "; ".join(parts)


def timeline_png(date_years: Mapping) -> bytes:
    """Bar chart of normalised dates per year, 1900-1945, with a note on the dates outside."""
    counts = year_counts(date_years)
    years = list(range(FIRST_YEAR, LAST_YEAR + 1))
    values = [counts.get(year, 0) for year in years]

    def draw(figure) -> None:
        ax = figure.add_subplot()
        ax.axvspan(SUCCESSION[0] - 0.5, SUCCESSION[1] + 0.5, color="#eeeeee", zorder=0, label=f"succession struggle {SUCCESSION[0]}-{SUCCESSION[1]}")
        ax.bar(years, values, width=0.8, color=BAR, zorder=2)
        ax.set_xlim(FIRST_YEAR - 1, LAST_YEAR + 1)
        ax.set_xticks(range(FIRST_YEAR, LAST_YEAR + 1, 5))
        ax.set_xlabel("year of the date's first day")
        ax.set_ylabel("temporal expressions")
        ax.set_title("Normalised dates per year")
        ax.grid(axis="y", color="#dddddd", zorder=1)
        ax.spines[["top", "right"]].set_visible(False)
        if not any(values):
            ax.set_ylim(0, 1)
            ax.text(0.5, 0.5, "no dates in these years", transform=ax.transAxes, ha="center", va="center", color="#777777")
        ax.legend(loc="upper left", frameon=False)
        outside = timeline_note(date_years).partition("; ")[2] or "none"
        ax.text(1.0, -0.2, f"Outside the chart: {outside}", transform=ax.transAxes, ha="right", va="top", fontsize=8, color="#555555")

    return _render(draw, SIZE)


def top_people(entity_mentions: Mapping[str, Mapping[str, int]], entity_table, n: int = TOP_PEOPLE) -> list[tuple[str, int]]:
    """(canonical name, mentions over all splits) of the ``n`` most-mentioned PERSON entities.

    ``entity_mentions`` is ReleaseWriter.entity_mentions ({entity_id: {split: count}});
    ``entity_table`` an EntityTable (or anything with ``entries`` of id, name, type). Ties are
    broken by name, so the order never depends on the order documents were written in.
    """
    people = {entry.id: entry.name for entry in entity_table.entries if entry.type == "PERSON"}
    totals = [(people[entity_id], sum(counts.values())) for entity_id, counts in entity_mentions.items() if entity_id in people]
    totals = [(name, count) for name, count in totals if count > 0]
    return sorted(totals, key=lambda item: (-item[1], item[0]))[:n]


def people_png(counts: list[tuple[str, int]]) -> bytes:
    """Horizontal bar chart of mentions per person, most-mentioned at the top."""
    counts = list(counts)[:TOP_PEOPLE]

    def draw(figure) -> None:
        ax = figure.add_subplot()
        names = [name for name, _ in counts][::-1]
        values = [count for _, count in counts][::-1]
        positions = list(range(len(names)))
        ax.barh(positions, values, color=BAR, zorder=2)
        ax.set_yticks(positions, names)
        for position, value in zip(positions, values):
            ax.text(value, position, f" {value}", va="center", ha="left", fontsize=8, color="#333333")
        ax.set_xlabel("mentions (all splits)")
        ax.set_title(f"Most-mentioned people (top {len(names)})" if names else "Most-mentioned people")
        ax.grid(axis="x", color="#dddddd", zorder=1)
        ax.spines[["top", "right"]].set_visible(False)
        if not names:
            ax.set_xlim(0, 1)
            ax.set_yticks([])
            ax.text(0.5, 0.5, "no linked person mentions", transform=ax.transAxes, ha="center", va="center", color="#777777")
        else:
            ax.set_xlim(0, max(values) * 1.12)

    return _render(draw, PEOPLE_SIZE)


def drawing_versions() -> list:
    """What a figure's bytes depend on besides what it draws: this module's code (sizes, colours,
    layout) and the versions of what draws and encodes it. Read without importing matplotlib."""
    import hashlib
    import importlib.metadata
    from pathlib import Path

    return [hashlib.sha256(Path(__file__).read_bytes()).hexdigest(), *(importlib.metadata.version(name) for name in ("matplotlib", "pillow", "numpy"))]


def release_figures(date_years: Mapping, entity_mentions: Mapping, entity_table, cache=None) -> dict[str, bytes]:
    """{path in the release: PNG bytes}, for ReleaseWriter.finish's extra_files.

    With a cache (succession.cache.StageCache), a figure whose drawn values, code and drawing
    libraries are unchanged is taken from it instead of drawn again: drawing both takes half a
    second, a good part of a rebuild after a few documents changed.
    """
    years = sorted(year_counts(date_years).items())  # all the timeline shows of the dates
    people = top_people(entity_mentions, entity_table)
    drawn = {TIMELINE: (years, lambda: timeline_png(dict(years))), PEOPLE: (people, lambda: people_png(people))}
    if cache is None or cache.root is None:
        return {path: draw() for path, (_, draw) in drawn.items()}
    from .cache import cache_key

    versions = drawing_versions()
    figures = {}
    for path, (values, draw) in drawn.items():
        key = cache_key("figure", path, values, versions)
        png = cache.get_bytes("figures", key)
        if png is None:
            png = draw()
            cache.put_bytes("figures", key, png)
        figures[path] = png
    return figures
