"""An annotated corpus on the struggle over Lenin's succession, and the code that builds it."""

from pathlib import Path

__version__ = "0.1.0"

# The schemas, resources and default corpus live beside the package in the repository.
REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = REPO_ROOT / "schema"
RESOURCE_DIR = REPO_ROOT / "resources"
