"""x"""

REGISTERS = {}
