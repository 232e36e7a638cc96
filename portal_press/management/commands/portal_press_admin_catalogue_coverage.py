"""Print the share of the Wagtail admin's strings an officer reads in a language."""

from django.core.management.base import BaseCommand

from portal_press.wagtail_vi.coverage import measure, total


class Command(BaseCommand):
    help = (
        "Print, per Wagtail and wagtail-localize catalogue, the share of msgids "
        "that the site translates in the given language (Vietnamese by default)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", default="vi")

    def handle(self, *args, language, **options):
        shares = measure(language)
        self.stdout.write(f"{'catalogue':<40} {'translated':>10} {'total':>6} share")
        for share in [*shares, total(shares)]:
            name = f"{share.app} ({share.domain})" if share.domain else share.app
            self.stdout.write(
                f"{name:<40} {share.translated:>10} {share.total:>6} {share.ratio:6.1%}"
            )
