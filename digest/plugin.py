"""The Pelican plugin: Pelican glue only.

``register()`` connects to Pelican's signals, as any third-party plugin would: ``get_generators`` adds the
digest generator, whose two steps are those of one ``digest.build.scheduler.Build``: ``generate_context``
loads (or restores) and indexes the site, ``generate_output`` renders, writes and indexes the pages for search.
"""

from __future__ import annotations

from pathlib import Path

from pelican import signals

from .build.scheduler import Build
from .settings import DigestSettings


class DigestGenerator:
    """A Pelican generator over one ``Build``."""

    def __init__(self, context, settings, path, theme, output_path, **kwargs):
        self.build = Build(DigestSettings.read(settings), Path(path), Path(output_path))

    def generate_context(self):
        self.build.load()

    def generate_output(self, writer):
        self.build.write()


def get_generators(pelican):
    return DigestGenerator


def register():
    signals.get_generators.connect(get_generators)
