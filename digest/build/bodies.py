"""Entry bodies' sanitised HTML kept between builds, keyed by a hash of the Markdown text."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from .store import Store


class Bodies:
    """``render(text)`` once per text and digest version. The store is read on first use: a build that renders
    no page never reads it, and one that renders few bodies does without it (``bypass``)."""

    def __init__(self, store: Store):
        self.store = store
        self.bypass = False  # few bodies to convert: converting them costs less than reading the store
        self._hits: list = []  # keys read since the last harvest (worker processes send them back)
        self._new: dict = {}  # HTML rendered since the last harvest

    def render(self, text: str, render: Callable[[str], str]) -> str:
        """``render(text)``, cached by the text's hash (and digest's version)."""
        if self.bypass:
            return render(text)
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=20).digest()
        found = self.store.get(key, None)
        if found is None:
            found = render(text)
            self.store.put(key, None, found)
            self._new[key] = found
        else:
            self._hits.append(key)
        return found

    def harvest(self) -> tuple:
        """What a worker process learnt, for the parent's ``merge``."""
        taken = (self._hits, self._new)
        self._hits, self._new = [], {}
        return taken

    def merge(self, taken: tuple) -> None:
        hits, new = taken
        for key in hits:
            self.store.get(key, None)
        for key, html in new.items():
            self.store.put(key, None, html)

    def keep_all(self) -> None:
        """Keep the HTML of bodies this build did not render (a partial build), not only of those it used."""
        if self.store.loaded:
            for key, value in self.store.items.items():
                self.store.used.setdefault(key, value)
