"""Make or update the two groups of every agency: safe to run again.

python manage.py portal_press_setup_agency_groups
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from ...editorial import agency_groups


class Command(BaseCommand):
    help = (
        "Make or update the officers' and leaders' groups of every agency, with "
        "their rights on the newsroom, the training index and the register. "
        "Closed agencies' groups keep their members and lose their rights. "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            groups = agency_groups.sync_all()
        for agency_group in groups:
            self.stdout.write(f"  {agency_group.group.name}")
        self.stdout.write(
            self.style.SUCCESS(_("Agency groups: %(count)d.") % {"count": len(groups)})
        )
