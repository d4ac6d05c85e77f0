"""Madoguchi, the desktop client of a prefectural IP support counter."""

from desktop.version import __version__

__all__ = ["__version__"]
