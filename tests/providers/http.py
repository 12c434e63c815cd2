"""A raw HTTP request to a loopback fake, as any client could send it, and its answer."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any


def json_answer(request: urllib.request.Request) -> tuple[int, Any]:
    """The status and the JSON body of the answer to ``request``, a refusal's too (``{}`` for
    an empty body)."""
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.loads(error.read() or b"{}")
