"""digest as a Pelican namespace plugin: the wheel installs this module as ``pelican.plugins.digest``.

In a Pelican site, ``PLUGINS = ["digest"]`` (or leaving PLUGINS unset, which loads every installed namespace
plugin) makes Pelican run digest's generator. It needs digest's settings (``from digest.defaults import *`` in
pelicanconf.py: its theme, no article or page readers, its feeds) and a content folder laid out as digest's
(docs/pelican.md).
"""

from digest.plugin import register

__all__ = ["register"]
