"""The site: from a loaded corpus to every page in both languages.

Read in pipeline order:
``index`` (one O(N) pass: entries by slug, by company, by person, by story; events),
``markup`` (an entry body: Markdown → sanitised HTML), ``events`` (an event → a sentence
in the page's language), then one module per page family (``entries``, ``entities``,
``stories``, ``timeline``, ``home``, ``search``, ``feeds``, ``meta``), each yielding pages,
``render`` (Jinja environments per language, rendering in one or two processes) and
``output`` (write only changed bytes, journalled so that a failed build is undone).
"""
