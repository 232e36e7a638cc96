"""The blocks of docs/install.md, as the install test applies them.

Each block the test uses follows a marker ``<!-- install:NAME -->`` in the
guide; reading them from there (not from a copy) is what makes the test fail
when the guide and the code disagree.
"""

import re
from pathlib import Path

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "install.md"
# The stock urls.py's last block: the catch-all the guide says to replace.
STOCK_CATCH_ALL = re.compile(r"^urlpatterns = urlpatterns \+ \[\n.*?^\]\n", re.M | re.S)


def blocks():
    """``{name: text}`` of every marked block of the guide."""
    text = GUIDE.read_text(encoding="utf-8")
    found = re.findall(r"<!-- install:(.+?) -->\s*```\w*\n(.*?)```", text, re.S)
    return {name.strip(): body for name, body in found}


def apply(project, python):
    """Apply the guide to the project made by ``wagtail start mysite``.

    Returns the shell commands of step 5 to run, in order.
    """
    guide = blocks()
    settings = project / "mysite" / "settings" / "base.py"
    settings.write_text(
        settings.read_text(encoding="utf-8") + "\n" + guide["settings"],
        encoding="utf-8",
    )
    urls = project / "mysite" / "urls.py"
    stock = urls.read_text(encoding="utf-8")
    assert STOCK_CATCH_ALL.search(stock), "the stock urls.py has changed"
    urls.write_text(
        STOCK_CATCH_ALL.sub("", stock) + "\n" + guide["urls"], encoding="utf-8"
    )
    for name, body in guide.items():
        if name.startswith("template "):
            target = project / "mysite" / "templates" / name.removeprefix("template ")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(body, encoding="utf-8")
    return [line.split() for line in guide["commands"].splitlines() if line.strip()]
