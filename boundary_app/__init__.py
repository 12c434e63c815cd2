"""Boundary: keep work boundaries with out-of-office replies and planned mail checks."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("boundary-app")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

APP_NAME = "boundary"
