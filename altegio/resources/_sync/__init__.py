"""The sync resources, derived from ../_async by scripts/unasync.py. Do not edit."""
