"""The request-body limit: a declared length over it is refused before a byte is read."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diurna.errors import DiurnaError
from diurna.server.envelope import error_response

__all__ = ["BodyLimit"]


class BodyLimit:
    """Refuse bodies over ``limit`` bytes with a 413 envelope (D054), streamed or declared."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await error_response(DiurnaError("D054", limit=self.limit))(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # Raised while the route reads its body: the HTTP handler makes it D054.
                    raise HTTPException(413, detail=str(self.limit))
            return message

        await self.app(scope, counted, send)
