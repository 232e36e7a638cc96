"""The wheel a province installs holds the app and only the app, and says
exactly what it needs."""

import ast
import email
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
STANDARD = set(sys.stdlib_module_names)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Build the sdist and the wheel once; keep what the build printed."""
    out = tmp_path_factory.mktemp("dist")
    # Byte-compiling switched off in the environment makes setuptools say so:
    # that is not about the package.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    (wheel,) = out.glob("portal_press-*.whl")
    (sdist,) = out.glob("portal_press-*.tar.gz")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (meta,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        metadata = email.message_from_bytes(archive.read(meta))
    with tarfile.open(sdist) as archive:
        sdist_names = [n.split("/", 1)[1] for n in archive.getnames() if "/" in n]
    return {
        "output": result.stdout + result.stderr,
        "wheel": names,
        "metadata": metadata,
        "sdist": sdist_names,
    }


def test_the_build_prints_no_warnings(built):
    warnings = [
        line for line in built["output"].splitlines() if "warning" in line.lower()
    ]
    assert not warnings, "\n".join(warnings)


def test_the_wheel_ships_templates_static_locales_and_migrations(built):
    def has(prefix, suffix=""):
        return any(n.startswith(prefix) and n.endswith(suffix) for n in built["wheel"])

    assert has("portal_press/templates/portal_press/", ".html")
    assert has("portal_press/static/portal_press/css/", ".css")
    assert has("portal_press/locale/vi/LC_MESSAGES/django.mo")
    assert has("portal_press/locale/vi/LC_MESSAGES/django.po")
    assert has("portal_press/migrations/0001_initial.py")


def test_the_wheel_ships_the_vietnamese_wagtail_admin(built):
    server = "portal_press/wagtail_vi/locale/vi/LC_MESSAGES/"
    scripts = "portal_press/wagtail_vi/javascript/vi/LC_MESSAGES/"
    for name in [server + "django.po", server + "django.mo"]:
        assert name in built["wheel"]
    for name in [scripts + "djangojs.po", scripts + "djangojs.mo"]:
        assert name in built["wheel"]
    assert "portal_press/wagtail_vi/apps.py" in built["wheel"]


def test_the_wheel_leaves_out_tests_and_the_example_site(built):
    assert not [
        n
        for n in built["wheel"]
        if n.startswith(("tests/", "example_site/", "bench/")) or "__pycache__" in n
    ]


def test_the_metadata_links_the_project_and_its_docs(built):
    urls = dict(
        value.split(", ", 1) for value in built["metadata"].get_all("Project-URL")
    )
    assert {"Documentation", "Source", "Changelog", "Issues"} <= set(urls)


def test_the_sdist_holds_every_doc_the_readme_links(built):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"`?(docs/[\w-]+\.md)`?", readme))
    assert "docs/install.md" in linked
    assert linked <= set(built["sdist"])
    assert "CHANGELOG.md" in built["sdist"]


def _requirements(metadata):
    """``{extra or None: {distribution name}}`` from the wheel's metadata."""
    found = {}
    for line in metadata.get_all("Requires-Dist"):
        requirement = Requirement(line)
        extra = None
        if requirement.marker is not None:
            extra = re.search(r'extra == "([^"]+)"', str(requirement.marker)).group(1)
        found.setdefault(extra, set()).add(_normal(requirement.name))
    return found


def _normal(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_distributions():
    """The distributions providing what the package's modules import."""
    provided = packages_distributions()
    found = set()
    for path in (ROOT / "portal_press").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in STANDARD or top == "portal_press":
                    continue
                found.update(_normal(d) for d in provided[top])
    return found


def test_the_dependencies_are_exactly_what_the_code_imports(built):
    declared = _requirements(built["metadata"])
    required = declared[None]
    optional = declared["elasticsearch"] | declared["csp"]
    assert _imported_distributions() == required | optional
    assert declared["elasticsearch"] == {"elasticsearch", "elastic-transport"}
    # The Content-Security-Policy on Django 5.2; Django 6 has its own.
    assert declared["csp"] == {"django-csp"}
    assert "elasticsearch-dsl" not in required | optional


def test_django_5_2_lts_to_6_1_are_allowed(built):
    (django,) = [
        Requirement(line)
        for line in built["metadata"].get_all("Requires-Dist")
        if line.startswith("Django")
    ]
    for version in ("5.2.19", "6.0.3", "6.1.3"):
        assert django.specifier.contains(version), version
    assert not django.specifier.contains("6.2")
    assert built["metadata"]["Requires-Python"] == ">=3.11"
