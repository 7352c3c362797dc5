"""The incremental build: what did not change is not parsed, rendered or written again, and the output is byte
for byte that of a clean build.

Read in the order a build uses them:

- ``store``: the cache's files under ``.cache/`` (one pickled ``Store`` each, versioned by digest's source);
- ``parsed`` and ``bodies``: content files' parse results by stamp, entry bodies' HTML by text;
- ``snapshot``: the last build's indexed site, restored with the edits since, and the frozen ``Delta`` of what
  changed;
- ``record``: what the last build rendered and wrote (``Record``), and this build's (``Recorder``);
- ``depends``: what each page depends on (fingerprints of contexts, what templates read);
- ``plan``: the pure ``plan(last, pages, delta)``, the pages to render;
- ``indexer``: the forked process that runs the search index while the build renders;
- ``scheduler``: one build, step by step (``Build``), which the Pelican plugin runs.

This package sits on ``digest.site`` and ``digest.search``; neither imports it.
"""
