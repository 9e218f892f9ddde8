"""The `altegio` command line: every operation of the sync client as a command.

    altegio tags list 68570 --entity client
    altegio appointments list 68570 --start 2026-01-01 --end 2026-01-31 --format csv > january.csv

The command tree is read from `Altegio` itself (see _tree.py). Nothing in `altegio` imports
this package: it loads only when the console script or `python -m altegio` runs.
"""

from ._app import main

__all__ = ["main"]
