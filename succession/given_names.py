"""Given names by gender (resources/given_names.json, checked against its schema).

The quotation attributor uses the genders ("Helena Marsh ... she writes"); the entity rules use
the names to complete a person the model cut short ("Maya [Lindgren]").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from succession import RESOURCE_DIR
from succession.errors import InputError, Problem
from succession.schemas import load_checked_json

GIVEN_NAMES_PATH = RESOURCE_DIR / "given_names.json"
GIVEN_NAMES_SCHEMA = "given_names.schema.json"


@lru_cache(maxsize=4)
def load_given_names(path: Path = GIVEN_NAMES_PATH) -> dict[str, frozenset[str]]:
    """{"female", "male", "common"}: lower-case given names; InputError naming every schema
    violation, or a name listed under both genders, when the file is malformed."""
    data = load_checked_json(path, GIVEN_NAMES_SCHEMA, "given-name list")
    common = data.get("common_words") or {"female": [], "male": []}
    female = set(data["female"]) | set(common["female"])
    male = set(data["male"]) | set(common["male"])
    both = sorted(female & male)
    if both:
        raise InputError([Problem(str(path), "/female", f"{name!r} is listed as both female and male") for name in both])
    return {"female": frozenset(female), "male": frozenset(male), "common": frozenset(common["female"]) | frozenset(common["male"])}
