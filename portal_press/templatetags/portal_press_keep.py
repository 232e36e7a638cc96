"""``{% keep name path %}…{% endkeep %}``: a part of a page kept as HTML
between requests, as :mod:`portal_press.cache.fragments` keeps data.

The part must be the same for every visitor of the language (the public
view, nothing about the visitor or the query string but what ``name``
says), and ``path`` the page whose events change it: the part ends with
that page's cached versions, the site's chrome and the gate's next
boundary. With an empty ``name``, or in a preview, the part is rendered
afresh; the variables it reads are then the only work done, so a view can
hand it callables that the template calls only when the part is rendered.
"""

from django import template
from django.utils.safestring import mark_safe

from ..cache import fragments

register = template.Library()


def kept_html(context, name, path, render):
    """``render()`` (the template's own HTML), kept under ``name`` with the
    page at ``path``."""
    # A preview shows the editor's unsaved form: never kept, nor served.
    preview = getattr(context.get("request"), "is_preview", False)
    if not name or not path or preview:
        return mark_safe(render())  # noqa: S308 - the template's own rendering
    html = fragments.remembered(f"html:{name}", lambda: str(render()), path=path)
    return mark_safe(html)  # noqa: S308 - the template's own rendering


class KeepNode(template.Node):
    def __init__(self, name, path, nodelist):
        self.name, self.path, self.nodelist = name, path, nodelist

    def render(self, context):
        return kept_html(
            context,
            self.name.resolve(context),
            self.path.resolve(context),
            lambda: self.nodelist.render(context),
        )


@register.tag("keep")
def keep(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(
            f"{bits[0]} takes a name and the path of the page it belongs to"
        )
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    return KeepNode(
        parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), nodelist
    )
