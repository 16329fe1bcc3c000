"""Build the corpus: `python build.py --help` lists the commands."""

import sys

from succession.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
