"""Search pages (Pagefind UI) and the search index, built by Pagefind after the pages are written.

Each text is indexed once, in its own language: the page of each version of an entry in that
version's language tree (``fr/entries/x/`` for a French text). Versions go to bundles
(``pagefind/<lang>-<kind>-<n>/``) by language and kind: ``single`` for an entry's only version,
shown to readers of every interface language, ``paired`` for one of the two versions of a
translated entry, shown only to readers of its language. The French search page merges
(Pagefind's ``mergeIndex``) the fr-paired bundles and every single bundle, the English one the
en-paired bundles and every single bundle: one result per entry, its text in the reader's
language when there is one. A single bundle also carries an index for the other interface
language (``relabel``): the same words, stemmed in the text's language, with the filter labels
(company, person, language, outlet) of that interface, so Pagefind opens it from either search
page by ``<html lang>`` and the filters of both bundles merge. The search page rewrites result
links to the reader's language tree (search.js), whose entry page marks the original text.

Editions are written in each language: an edition's page goes to a bundle of its language
(``pagefind/<lang>-editions-<n>/``), merged by that language's search page only.

Bundles are shards of at most ``DIGEST_SEARCH_SHARD_SIZE`` versions; a version's shard depends
only on its slug and the shard count of its language and kind, so editing one version re-indexes
one shard (Pagefind's time grows with the pages of the shard it indexes). Shards also
bound Pagefind's memory (a whole index in memory, about 145 kB per page); more shards mean more
bundles for the browser to load on the first search (about 8 requests and 25–50 kB each).
A stale shard is indexed into a scratch folder and synced into its bundle (``digest.site.output.sync``): Pagefind
names fragments and index chunks after their bytes, so most files are unchanged and left alone; given
the bundle's fragment files beforehand (``_seed``), it writes only those of changed pages.
Only the first bundle of each search page carries Pagefind's UI files (``UI_FILES``).

A shard is stale when what Pagefind reads from one of its pages changed (``indexed``), not when a
page was rewritten: an entry's new title rewrites the pages that list it under "Related entries",
outside the text Pagefind indexes. Only rewritten pages are read again: the state file keeps each
page's file identity (a rewrite is a new file: see digest/site/output.py) beside the digest of its indexed part.

Modules, in the order a build uses them: ``bundles`` (which entry pages go to which bundle; the search pages,
a page family), ``indexed`` (what Pagefind reads of a page), ``index`` (Pagefind run on the stale bundles) and
``canonical`` (bundles made reproducible).
"""
