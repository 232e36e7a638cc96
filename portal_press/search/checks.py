"""A system check: the public search's index is there and filled.

Run with the database checks (``manage.py check --database default``, and
by ``migrate``); the admin's dashboard shows the same warning at run time.
"""

from django.core.checks import Warning, register

from ..models import SearchEntry
from . import health

IDS = {
    health.MISSING: "portal_press.W101",
    health.EMPTY: "portal_press.W102",
    health.PENDING: "portal_press.W103",
}


@register("database")
def check_search_index(app_configs=None, databases=None, **kwargs):
    if databases is None or SearchEntry.objects.db not in databases:
        return []
    problem = health.index_problem()
    if problem is None:
        return []
    return [Warning(str(problem.message), hint=str(problem.hint), id=IDS[problem.code])]
