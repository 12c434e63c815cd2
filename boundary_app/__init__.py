"""Boundary: keep work boundaries with out-of-office replies and planned mail checks."""

__version__ = "0.1.0"
"""The one place the version is set; pyproject.toml reads it from here."""

APP_NAME = "boundary"
