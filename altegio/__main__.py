"""`python -m altegio`: the command line (altegio.cli)."""

import sys

from .cli import main

sys.exit(main())
