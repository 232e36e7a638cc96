"""Announce what the passing of time changed: run it every minute."""

import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ...publishing import tick


class Command(BaseCommand):
    help = (
        "Publish and unpublish what Wagtail has scheduled, announce embargoes "
        "lifted, go-live and expiry times passed and appointments started or "
        "ended since the last run (each once), and retry search index updates "
        "that failed. Safe to run every minute from cron, and to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="Keep running, once every SECONDS (for a development server).",
        )

    def handle(self, *args, every=None, **options):
        while True:
            done = tick.tick()
            if options["verbosity"] > 1 or (done["announced"] or done["retried"]):
                self.stdout.write(
                    _(
                        "Time events announced: %(announced)s; "
                        "search index updates retried: %(retried)s."
                    )
                    % done
                )
            if not every:
                return
            time.sleep(every)
