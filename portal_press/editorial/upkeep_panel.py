"""The administrator's warnings on the admin home page: what keeps the public
site current is not running or failing."""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from ..publishing import tick
from ..publishing.clock import portal_now
from ..search import breaker, connection, health

# The tick runs every minute: this much silence means it is not running.
TICK_SILENCE = datetime.timedelta(minutes=10)


def warnings():
    """``[(message, hint), …]`` for what needs the administrator."""
    found = []
    problem = health.index_problem()
    if problem is not None:
        found.append((problem.message, problem.hint))
    last = tick.last_run()
    if last is None or portal_now() - last > TICK_SILENCE:
        found.append(
            (
                _(
                    "Scheduled work has not run recently: embargoes and "
                    "appointments still change on time on the site, but search "
                    "index retries and scheduled publishing wait."
                ),
                _("Run “python manage.py portal_press_tick” every minute (cron)."),
            )
        )
    if connection.is_configured() and breaker.is_paused():
        found.append(
            (
                _(
                    "Elasticsearch is not answering: the search answers from the "
                    "database, and index updates wait to be retried."
                ),
                _("Check that the Elasticsearch server is running and reachable."),
            )
        )
    return found


class UpkeepPanel(Component):
    name = "portal_press_upkeep"
    template_name = "portal_press/admin/upkeep_panel.html"
    order = 80

    def __init__(self, request):
        self.request = request
        self.warnings = warnings() if request.user.is_superuser else []

    def render_html(self, parent_context=None):
        if not self.warnings:
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        return {"warnings": self.warnings}
