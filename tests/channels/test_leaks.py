"""Every channel of the registry, asked about what the public must not see."""

import pytest

from portal_press.channels.registry import CHANNELS


def hidden_urls(channel, province):
    """The channel's URLs for hidden things, in the language of each."""
    route = channel.route
    about = channel.about

    def url(*keys, language="vi"):
        path = route
        for key in keys:
            path = path.replace(
                path[path.index("<") : path.index(">") + 1], str(key), 1
            )
        return f"/{language}/{path}" if channel.per_language else f"/{path}"

    if about == "spokesperson":
        return [
            url(p.translation_key)
            for p in (province.ended, province.at_closed, province.draft_person)
        ]
    if about == "agency":
        return [url(province.closed_agency.translation_key)]
    if about == "release":
        return [
            url(p.translation_key, language=p.locale.language_code)
            for p in province.hidden_pages
        ]
    if about == "training":
        return [url(province.private_training.translation_key)]
    if about == "connection_point":
        return [
            url(
                province.private_training.translation_key,
                province.point.translation_key,
            )
        ]
    return []


@pytest.mark.parametrize("channel", CHANNELS, ids=lambda channel: channel.name)
def test_no_channel_shows_hidden_content(client, province, channel):
    for url in hidden_urls(channel, province):
        assert client.get(url).status_code == 404, url
    if channel.about in ("site", "topic"):
        url = "/vi/" + channel.route.replace("<slug:slug>", "dat-dai")
        if not channel.per_language:
            url = "/" + channel.route
        response = client.get(url)
        assert response.status_code == 200, url
        content = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
        text = content.decode()
        for page in province.hidden_pages + [province.private_training]:
            assert str(page.translation_key) not in text
            assert page.title not in text, (url, page.title)
        for person in (province.ended, province.at_closed, province.draft_person):
            assert person.full_name not in text
