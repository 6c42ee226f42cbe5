"""A parent's conversation through the portal's chat API, for the integration tests."""

import json
import urllib.request


class Chat:
    """One parent's conversation on one SWV's site, through the chat API."""

    def __init__(self, portal, site):
        self.base = portal.url
        self.host = f"{site}.localhost"
        data = self._call("POST", "/api/chat/conversations/")
        self.id, self.token, self.state = data["id"], data["token"], data["state"]

    def _call(self, method, path, body=None):
        request = urllib.request.Request(self.base + path, method=method, data=json.dumps(body).encode() if body else None,
                                         headers={"Host": self.host, "Content-Type": "application/json",
                                                  "X-Chat-Token": getattr(self, "token", "")})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def say(self, text, payload=None):
        body = {"text": text, **({"payload": payload} if payload else {})}
        data = self._call("POST", f"/api/chat/conversations/{self.id}/messages/", body)
        self.state = data["state"]
        assert data["messages"][0]["sender"] == "parent" and data["messages"][0]["text"] == text
        return data["messages"][1:]

    def answer(self, site_path):
        request = urllib.request.Request(self.base + site_path, headers={"Host": self.host})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())


def topics(messages):
    return [m["topic"] for m in messages]
