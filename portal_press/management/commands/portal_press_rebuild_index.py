"""Rebuild the public search's indexes without interrupting searches."""

from django.core.management.base import BaseCommand, CommandError

from ...search import connection, database_index


class Command(BaseCommand):
    help = (
        "Rebuild the public search's index in the database (in one transaction: "
        "searches see the old index until the new one is complete) and, when "
        "Elasticsearch is configured, build a new Elasticsearch index, switch "
        "the search alias to it and delete the old one."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--only",
            choices=["database", "elasticsearch"],
            help="Rebuild only this index.",
        )

    def handle(self, *args, only=None, **options):
        if only != "database" and connection.client_missing():
            raise CommandError(
                'PORTAL_PRESS["ELASTICSEARCH"] is set but the Elasticsearch client '
                'is not installed: pip install "portal-press[elasticsearch]".'
            )
        if only == "elasticsearch" and not connection.is_configured():
            raise CommandError(
                'Elasticsearch is not configured: set PORTAL_PRESS["ELASTICSEARCH"]'
                ' = {"URL": "http://localhost:9200"} in the settings.'
            )
        if only != "elasticsearch":
            self.stdout.write("Database index:")
            counts = database_index.rebuild(progress=self._progress)
            self._summary(counts, "into the database index")
        if only != "database" and connection.is_configured():
            self._rebuild_elasticsearch()

    def _rebuild_elasticsearch(self):
        from ...search import elasticsearch_index

        url = connection.config()["URL"]
        self.stdout.write(f"Elasticsearch index at {url}:")
        try:
            connection.get_client().info()
        except connection.ERRORS as error:
            raise CommandError(
                f"Elasticsearch at {url} cannot be reached: {error}"
            ) from error
        try:
            name, counts = elasticsearch_index.rebuild(progress=self._progress)
        except connection.ERRORS as error:
            raise CommandError(f"Rebuilding the index failed: {error}") from error
        self._summary(
            counts,
            f"into {name}; alias {connection.alias_name()} now points to it",
        )

    def _summary(self, counts, where):
        self.stdout.write(
            self.style.SUCCESS(f"Indexed {sum(counts.values())} objects {where}.")
        )

    def _progress(self, kind, done, total):
        # One line per kind, rewritten in place while it fills.
        self.stdout.write(f"\r  {kind}: {done}/{total}", ending="")
        if done == total:
            self.stdout.write("")
        self.stdout.flush()
