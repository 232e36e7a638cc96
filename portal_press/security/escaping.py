"""JSON that may end up inside HTML: ``<``, ``>`` and ``&`` as ``\\u003C``,
``\\u003E`` and ``\\u0026`` (the escapes of Django's ``json_script``).

The JSON means the same to any parser, and no editor text in it (a title
holding ``</script>`` or ``<!--``) can end a ``<script>`` element it is
written into, or be read as markup by a page that drops it in as it is.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse

HTML_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def html_safe_json(data):
    """``data`` as JSON text, UTF-8 kept, with no ``<``, ``>`` or ``&`` left."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        HTML_ESCAPES
    )


class HtmlSafeJsonEncoder(DjangoJSONEncoder):
    def encode(self, o):
        return super().encode(o).translate(HTML_ESCAPES)


class HtmlSafeJsonResponse(JsonResponse):
    """A JsonResponse whose text holds no ``<``, ``>`` or ``&``."""

    def __init__(self, data, **kwargs):
        super().__init__(data, encoder=HtmlSafeJsonEncoder, **kwargs)
