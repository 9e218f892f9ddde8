"""Python client for the Altegio Business Management API v2."""

__version__ = "0.1.0"
