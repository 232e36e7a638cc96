"""Press and external-information toolkit for Vietnamese government portals."""

__version__ = "0.1.0"
