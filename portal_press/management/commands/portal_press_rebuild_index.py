"""Rebuild the Elasticsearch index of the public search, without downtime."""

from django.core.management.base import BaseCommand, CommandError

from ...search import connection, indexing


class Command(BaseCommand):
    help = (
        "Build a new Elasticsearch index of everything public, then switch the "
        "search alias to it and delete the old index."
    )

    def handle(self, *args, **options):
        if not connection.is_configured():
            raise CommandError(
                'Elasticsearch is not configured: set PORTAL_PRESS["ELASTICSEARCH"]'
                ' = {"URL": "http://localhost:9200"} in the settings.'
            )
        url = connection.config()["URL"]
        try:
            connection.get_client().info()
        except connection.ERRORS as error:
            raise CommandError(
                f"Elasticsearch at {url} cannot be reached: {error}"
            ) from error
        try:
            name, counts = indexing.rebuild(progress=self._progress)
        except connection.ERRORS as error:
            raise CommandError(f"Rebuilding the index failed: {error}") from error
        self.stdout.write("")
        for kind, count in counts.items():
            self.stdout.write(f"{kind}: {count}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {sum(counts.values())} objects into {name}; "
                f"alias {connection.alias_name()} now points to it."
            )
        )

    def _progress(self, kind, done, total):
        # One line per kind, rewritten in place while it fills.
        self.stdout.write(f"\r{kind}: {done}/{total}", ending="")
        if done == total:
            self.stdout.write("")
        self.stdout.flush()
