"""The kinds of registry entity and, for each, the word for its plural: its folder under the content folder and
in the site, and the entry key that lists its ids (``companies: [openai]``)."""

from __future__ import annotations

FOLDERS = {"company": "companies", "person": "people"}
KINDS = tuple(FOLDERS)  # ("company", "person")
