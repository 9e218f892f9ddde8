"""The version of this package, in a module of its own: the User-Agent reads it without importing
the package root."""

__version__ = "0.1.0"
