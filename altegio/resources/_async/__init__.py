"""The async resources, written by hand. The sync ones in ../_sync are derived from these by
scripts/unasync.py; edit here and run it."""
