"""Set portal_press up in a site, after ``migrate``: safe to run again.

python manage.py portal_press_setup [--yes | --noinput] [--create-locale]
    [--redirect-old-urls] [--skip-sections] [--skip-glossary] [--skip-workflow]
    [--skip-index]
"""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...installation.steps import STEPS


class Run:
    """What a step sees of the command: options, progress, questions."""

    def __init__(self, command, options):
        self.command = command
        self.options = options
        self.stdout = command.stdout

    def say(self, line):
        self.stdout.write(line)

    def ask(self, question):
        if self.options["yes"]:
            self.say(" ".join([question, _("yes (--yes)")]))
            return True
        if not self.options["interactive"] or not sys.stdin.isatty():
            raise CommandError(
                _("%(question)s Answer with --yes, or run the command in a terminal.")
                % {"question": question}
            )
        answer = input(f"{question} [y/N] ")
        return answer.strip().lower() in {"y", "yes", "c", "co", "có"}


class Command(BaseCommand):
    help = (
        "Set portal_press up after migrate: the default Locale (created, or "
        "renamed after asking), the four section pages, the official names "
        "glossary, the approval workflow and agencies' groups, and the search "
        "index. Safe to run again."
    )
    # Runs while the check portal_press.W001 (no Locale) still fails: it is
    # what fixes it.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Never ask: a question stops the command unless --yes is given.",
        )
        parser.add_argument(
            "--yes", action="store_true", help="Answer yes to every question."
        )
        parser.add_argument(
            "--create-locale",
            action="store_true",
            help="Create a new Locale for LANGUAGE_CODE instead of renaming the "
            "one the existing pages are in.",
        )
        parser.add_argument(
            "--redirect-old-urls",
            action="store_true",
            help="Add permanent redirects from the pages' addresses without a "
            "language prefix (for a site that had pages before).",
        )
        parser.add_argument("--skip-sections", action="store_true")
        parser.add_argument("--skip-glossary", action="store_true")
        parser.add_argument("--skip-workflow", action="store_true")
        parser.add_argument("--skip-index", action="store_true")

    def handle(self, *args, **options):
        run = Run(self, options)
        steps = [step for step in STEPS if step.wanted(options)]
        for number, step in enumerate(steps, start=1):
            self.stdout.write(
                self.style.MIGRATE_HEADING(f"[{number}/{len(steps)}] {step.label}")
            )
            self.stdout.write(f"  {step.run(run)}")
        self.stdout.write(self.style.SUCCESS(_("portal_press is set up.")))
