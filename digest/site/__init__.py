"""The site: from a loaded corpus to every page in both languages.

Read in pipeline order:
``index`` (one O(N) pass: entries by slug, by company, by person, by story; events),
``markup`` (an entry body: Markdown → sanitised HTML), ``events`` (an event → a sentence
in the page's language), then one module per page family (``entries``, ``entities``,
``stories``, ``timeline``, ``home``, ``feeds``, ``editions``, ``meta``), each yielding pages (the search pages' family
is ``digest.search.bundles``), with their helpers (``indexes``: paginated company and people indexes; ``flows`` and
``careers``: the talent-flow charts and career strips, laid out for inline SVG; ``coverage``: an edition's stories
ranked; ``syndication``: Atom and RSS through feedgenerator), ``render`` (Jinja environments per language,
rendering in one or two
processes; ``reads`` records what templates read of the site) and ``output`` (write only changed bytes,
journalled so that a failed build is undone). The site knows nothing of the search index (``digest.search``)
or of the incremental build (``digest.build``), which sit on it.
"""
