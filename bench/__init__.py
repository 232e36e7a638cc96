"""The search benchmark (``make bench-search``); not part of the package."""
