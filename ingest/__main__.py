"""`python -m ingest ...`: see `ingest.cli` for the commands."""
import sys

from ingest.cli import main

sys.exit(main())
