"""x"""

TEXTS = {}
