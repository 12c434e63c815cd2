"""Plain text to HTML and back, for providers whose servers keep a reply as HTML.

Messages are plain text everywhere else in Boundary. ``to_html`` escapes everything, so markup
a person typed is shown, never interpreted; ``from_html`` reads back ours or one written in
webmail. Part of the contract's toolkit: a provider needs nothing of the core for this.
"""

from __future__ import annotations

import re


def to_html(text: str) -> str:
    """Escaped HTML for providers that want it: paragraphs and line breaks, nothing else."""
    import html  # only providers that send HTML need it; not at start-up

    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def from_html(markup: str) -> str:
    """The plain text of a reply a server keeps as HTML (ours, or one written in webmail).

    Paragraphs become blank lines, ``<br>`` a line break, entities are decoded and every
    other tag is dropped, so ``from_html(to_html(text)) == text`` for any tidy text.
    """
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in ("style", "script", "head", "title"):
                self.skip += 1
            elif tag == "br":
                self.parts.append("\n")
            elif tag in ("p", "div", "li", "tr"):
                self.parts.append("\n\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("style", "script", "head", "title"):
                self.skip = max(0, self.skip - 1)
            elif tag in ("p", "div", "li", "tr"):
                self.parts.append("\n\n")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))

    parser = Text()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
