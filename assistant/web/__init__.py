"""The local web page: review briefings, approve drafts (``interview-assistant serve``)."""

from assistant.web.app import create_app

__all__ = ["create_app"]
