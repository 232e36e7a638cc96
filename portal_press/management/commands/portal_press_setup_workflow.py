"""Set up the approval workflow and the agencies' groups: safe to run again.

python manage.py portal_press_setup_workflow
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from ...editorial.workflow import setup_workflow


class Command(BaseCommand):
    help = (
        "Make the workflow “Soạn thảo → Lãnh đạo duyệt → Xuất bản” (approval by "
        "the leaders of the issuing agency), assign it to the newsrooms and "
        "training indexes, and make or update every agency's groups. Safe to "
        "run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            workflow, created, assigned = setup_workflow()
            call_command("portal_press_setup_agency_groups", stdout=self.stdout)
        state = _("created") if created else _("already there")
        self.stdout.write(
            self.style.SUCCESS(
                _("Workflow “%(name)s” (%(state)s), newly assigned to %(count)d pages.")
                % {"name": workflow.name, "state": state, "count": assigned}
            )
        )
