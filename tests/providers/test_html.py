"""Replies servers keep as HTML: escaped on the way out, plain text on the way back."""

from __future__ import annotations

import pytest

from boundary_app.providers.html import from_html, to_html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "<script>alert('hi')</script>",
            "<p>&lt;script&gt;alert(&#x27;hi&#x27;)&lt;/script&gt;</p>",
        ),
        ("Tom & Jerry", "<p>Tom &amp; Jerry</p>"),
        ("Hi,\nback Monday\n\nAna", "<p>Hi,<br>back Monday</p><p>Ana</p>"),
        ('<a href="x">link</a>', "<p>&lt;a href=&quot;x&quot;&gt;link&lt;/a&gt;</p>"),
    ],
)
def test_to_html_escapes_everything(text: str, expected: str) -> None:
    assert to_html(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hello,\n\nI am away until Monday.\nSam Lee covers: sam@example.com",
        "Tot maandag <afwezig> & 'bereikbaar' via Sam — groet, Ana",
        "One line",
    ],
)
def test_html_reads_back_as_the_text_that_was_written(text: str) -> None:
    assert from_html(to_html(text)) == text


def test_html_written_in_webmail_reads_as_plain_text() -> None:
    markup = (
        "<html><head><style>p {margin:0}</style></head><body>"
        "<div>Away&nbsp;until <b>Monday</b>.</div><div>Ask Sam<br>sam@example.com</div>"
        "</body></html>"
    )
    assert from_html(markup) == "Away\xa0until Monday.\n\nAsk Sam\nsam@example.com"
