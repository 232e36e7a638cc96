"""The test suite on each supported Django, one session per version.

    nox -s django52        # Django 5.2 LTS on Python 3.11
    nox -s django61 -- -x  # Django 6.1 on Python 3.12, pytest options after --

DATABASE_URL (PostgreSQL) and ELASTICSEARCH_URL are passed through, as for
``make test``. Django 6 needs Python 3.12: nox looks for ``python3.12``.
"""

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["django52", "django61"]

# (session, Python, Django): what the package declares, and CI runs 5.2 and 6.1.
MATRIX = [
    ("django52", "3.11", "5.2"),
    ("django60", "3.12", "6.0"),
    ("django61", "3.12", "6.1"),
]


def _session(name, python, django):
    @nox.session(name=name, python=python)
    def tests(session):
        session.install("-e", ".[test]", f"Django~={django}.0")
        session.run("python", "-m", "django", "--version")
        session.run("python", "-m", "pytest", *session.posargs)

    return tests


for name, python, django in MATRIX:
    globals()[name] = _session(name, python, django)
