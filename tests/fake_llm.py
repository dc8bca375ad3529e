"""A scripted OpenAI-compatible server on a free loopback port, for fault and contract tests."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    content: str | None = None
    headers: dict = field(default_factory=dict)
    body: str | None = None
    delay: float = 0.0

    def payload(self) -> bytes:
        if self.body is not None:
            return self.body.encode()
        return json.dumps(
            {"choices": [{"index": 0, "message": {"role": "assistant", "content": self.content}}]}
        ).encode()


def answer(value) -> Reply:
    """A 200 chat completion whose content is ``value`` (JSON-encoded unless a string)."""
    return Reply(content=value if isinstance(value, str) else json.dumps(value))


class FakeLLM:
    """Serves the queued replies in order (the last one repeats) and records every request.

    A reply may also be a function of the request (its JSON body) returning the Reply.
    """

    def __init__(self):
        self.replies: list[Reply] = []
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(request)
                fake.headers.append(dict(self.headers))
                reply = fake.replies.pop(0) if len(fake.replies) > 1 else fake.replies[0]
                if callable(reply):  # a responder that picks the reply from the request
                    reply = reply(request)
                time.sleep(reply.delay)
                payload = reply.payload()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> FakeLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def user_messages(self, request_index: int) -> list[str]:
        return [
            m["content"] for m in self.requests[request_index]["messages"] if m["role"] == "user"
        ]

    def kinds(self) -> list[str]:
        """What each request asked for, in order (see :func:`request_kind`)."""
        return [request_kind(request) for request in self.requests]

    def requests_for(self, kind: str) -> list[dict]:
        return [request for request in self.requests if request_kind(request) == kind]


def request_kind(request: dict) -> str:
    """ "map", "part", "cover", "revise", "enhance", "wireframe" or "other", by the prompts."""
    system = request["messages"][0]["content"]
    user = request["messages"][1]["content"] if len(request["messages"]) > 1 else ""
    if "reviewing a user story map" in system:
        return "revise"
    if "No story covers these requirement sentences yet" in user:
        return "cover"
    if "Gather them into 3 to 8 activities" in user:
        return "backbone"
    if "of a longer requirements document" in user:
        return "part"
    if "You turn product requirements into a user story map" in system:
        return "map"
    if "You improve product requirements" in system:
        return "enhance"
    if "wireframes" in system:
        return "wireframe"
    return "other"


def by_kind(**replies) -> Callable[[dict], Reply]:
    """A responder answering each kind of request (:func:`request_kind`) with its own reply.

    A reply is a Reply, a value to answer, a function of the request returning a Reply, or
    a list of those served in turn (the last repeats). A kind not given is answered with a
    400, as a server refusing it would.
    """
    queues = {
        kind: list(value) if isinstance(value, list) else [value] for kind, value in replies.items()
    }

    def respond(request: dict) -> Reply:
        queue = queues.get(request_kind(request))
        if not queue:
            return Reply(status=400, body='{"error": {"message": "not scripted"}}')
        reply = queue.pop(0) if len(queue) > 1 else queue[0]
        if callable(reply):  # a responder of its own
            return reply(request)
        return reply if isinstance(reply, Reply) else answer(reply)

    return respond


GOOD_MAP = {
    "productName": "Bitebox",
    "map": [
        {
            "activity": name,
            "tasks": [
                {
                    "taskTitle": f"{name} task",
                    "stories": [
                        {
                            "title": f"{name} story",
                            "description": f"As a customer, I want to {name.lower()}, "
                            "so that I get my food.",
                            "priority": "MVP",
                            "acceptanceCriteria": [
                                "Given I am signed in, when I continue, then it works.",
                                "Given the network fails, when I continue, then I see an error.",
                            ],
                        }
                    ],
                }
            ],
        }
        for name in ("Sign up", "Order food", "Pay")
    ],
}
