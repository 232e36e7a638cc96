"""Install the built wheel into a fresh ``wagtail start`` site, as docs/install.md says.

Slow (a virtualenv and its packages): marked ``install``, left out of
``make test`` and run by CI (.ci/run) on Django 5.2 and 6.1. Pick the Python
of the site with ``PORTAL_PRESS_INSTALL_PYTHON`` (Django 6 needs 3.12) and
its Django with ``PORTAL_PRESS_INSTALL_DJANGO`` ("5.2" or "6.1"; 6.1 is what
``wagtail start`` asks for).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from . import guide

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYTHON = os.environ.get("PORTAL_PRESS_INSTALL_PYTHON", sys.executable)
DJANGO = os.environ.get("PORTAL_PRESS_INSTALL_DJANGO", "5.2")

pytestmark = pytest.mark.install


def run(*args, cwd, env=None, input=None):
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        input=input,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    run(
        sys.executable,
        "-m",
        "build",
        "--wheel",
        "--no-isolation",
        "--outdir",
        out,
        ROOT,
        cwd=ROOT,
    )
    (built,) = out.glob("portal_press-*.whl")
    return built


@pytest.fixture(scope="module")
def site(tmp_path_factory, wheel):
    """A stock Wagtail site, migrated (it existed before), then the guide applied."""
    base = tmp_path_factory.mktemp("site")
    venv, project = base / "venv", base / "project"
    project.mkdir()
    run(PYTHON, "-m", "venv", venv, cwd=base)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    django = {"5.2": "Django>=5.2,<5.3", "6.1": "Django>=6.1,<6.2"}[DJANGO]
    run(
        python,
        "-m",
        "pip",
        "install",
        "-q",
        "wagtail>=8.0,<8.1",
        django,
        cwd=base,
        env=env,
    )
    run(venv / "bin" / "wagtail", "start", "mysite", project, cwd=base, env=env)
    if DJANGO != "6.1":
        # A site that stays on the LTS: its requirements say so.
        requirements = project / "requirements.txt"
        requirements.write_text(
            requirements.read_text().replace("Django>=6.1,<6.2", django)
        )
    run(python, "manage.py", "migrate", "--noinput", cwd=project, env=env)
    before = run(python, "-m", "django", "--version", cwd=project, env=env)

    # Step 1: pip, with the site's own requirements (the wheel for the package).
    (pip_line,) = guide.blocks()["pip"].split("\n")[:1]
    assert pip_line == "pip install portal-press"
    run(
        python,
        "-m",
        "pip",
        "install",
        "-q",
        "-r",
        "requirements.txt",
        wheel,
        cwd=project,
        env=env,
    )
    after = run(python, "-m", "django", "--version", cwd=project, env=env)
    commands = guide.apply(project, python)
    outputs = {}
    for command in commands:
        assert command[:2] == ["python", "manage.py"], command
        if command[2] == "portal_press_setup":
            command = [*command, "--yes"]  # the guide's answer for scripts
        outputs[command[2]] = run(python, *command[1:], cwd=project, env=env)
    shutil.copy(HERE / "site_visit.py", project / "site_visit.py")
    visit = json.loads(
        run(python, "site_visit.py", cwd=project, env=env).strip().splitlines()[-1]
    )
    return {"before": before, "after": after, "outputs": outputs, "visit": visit}


def test_pip_keeps_the_sites_django(site):
    assert site["after"] == site["before"]
    assert site["after"].startswith(DJANGO + ".")


def test_the_set_up_renames_the_english_locale_and_makes_the_sections(site):
    output = site["outputs"]["portal_press_setup"]
    assert "“en”" in output and "“vi”" in output
    # One line per section page, with its new address under /vi/.
    assert output.count(": /vi/") == 4


def test_the_checks_are_clean(site):
    assert "portal_press." not in site["outputs"]["check"]


def test_an_editor_publishes_and_a_visitor_reads_and_finds(site):
    visit = site["visit"]
    assert visit["release_live"] is True
    assert visit["release_url"].startswith("/vi/")
    assert visit["home_redirect"] == 302
    assert visit["release_status"] == 200
    assert visit["release_has_title"] and visit["newsroom_lists_it"]
    assert visit["release_has_search_box"] and visit["release_skip_link"]
    assert visit["release_lang"]
    assert visit["search_status"] == 200 and visit["search_finds_it"]
    assert visit["admin_status"] == 200 and visit["admin_listing_status"] == 200
