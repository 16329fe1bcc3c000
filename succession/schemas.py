"""Loading the JSON Schemas in schema/ and turning violations into Problems with pointers."""

from __future__ import annotations

import json
from functools import cache

from jsonschema import Draft202012Validator, FormatChecker

from . import SCHEMA_DIR
from .errors import InputError, Problem


@cache
def load_schema(name: str) -> dict:
    with open(SCHEMA_DIR / name, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    return schema


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(name), format_checker=FormatChecker())


def json_pointer(parts) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def schema_problems(instance, schema_name: str, path: str) -> list[Problem]:
    """Every violation of the schema, in a stable order, each naming the field and what was expected."""
    errors = sorted(validator(schema_name).iter_errors(instance), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    problems = []
    for error in errors:
        expected = error.schema.get("description") if isinstance(error.schema, dict) else None
        message = error.message if len(error.message) < 300 else error.message[:297] + "..."
        if expected and error.validator not in ("required", "additionalProperties"):
            message = f"{message} (expected: {expected})"
        problems.append(Problem(path, json_pointer(error.absolute_path), message))
    return problems


def load_checked_json(path, schema_name: str, what: str):
    """The JSON at ``path`` once it satisfies its schema; else an InputError naming the file and
    every field that is wrong (``what`` says what the file is, for a file that cannot be read)."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        raise InputError([Problem(str(path), "", f"cannot read the {what}: {e}")]) from None
    problems = schema_problems(data, schema_name, str(path))
    if problems:
        raise InputError(problems)
    return data
