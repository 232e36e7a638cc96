"""The example site's production settings load and queue tasks in the database."""

import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "example_site"


def test_production_settings_pass_the_checks_and_use_the_database_queue(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "example_site.settings.production",
        "DJANGO_SECRET_KEY": "a-long-random-secret-for-this-test-only",
        "DJANGO_ALLOWED_HOSTS": "portal.example",
        "WAGTAILADMIN_BASE_URL": "https://portal.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "from django.core.management import call_command; call_command('check'); "
        "print(settings.TASKS['default']['BACKEND'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=EXAMPLE,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().endswith("django_tasks_db.DatabaseBackend")
