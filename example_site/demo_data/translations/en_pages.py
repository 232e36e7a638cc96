"""x"""

PAGES = {}
