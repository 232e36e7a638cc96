"""Vietnamese formats as government documents write them: 17/10/2019, 1.234,5.

Django's own Vietnamese formats use dashes (17-10-2019) and group no digits.
Enable with ``FORMAT_MODULE_PATH = ["portal_press.formats"]``.
"""

DATE_FORMAT = "d/m/Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "H:i, d/m/Y"
YEAR_MONTH_FORMAT = r"\t\há\n\g n/Y"
MONTH_DAY_FORMAT = "d/m"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
