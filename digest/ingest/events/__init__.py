"""Structured events (who joined, left, was hired, fired, appointed, founded, released, raised or bought what),
proposed from article text in French and English.

Extraction works clause by clause on the entity mentions found by ingest: a trigger word ("quitte",
"rejoindre", "was ousted", "nommé", "a fondé", "lève") picks the person (the subject before it, or the
name after a noun such as "le départ de") and the company (the one the trigger governs, or the subject
company for "Microsoft recrute", "OpenAI hires"). Names inside asides (parentheses, dashes, appositions,
relative clauses) and names that only report or are reported to ("selon X", "said X") are never the
subject: an event needs a person and a company the same clause links, and no event beats a wrong one. A question
asserts nothing. An acquisition keeps the buyer as company and the company bought as from_company.

The modules, in the order extraction uses them: ``interposed`` (a date or an aside between a verb and its object,
taken out first: "a pris le 1er mars ses fonctions"), ``triggers`` (the words of each kind), ``clauses`` (sentences,
asides, lists; ``headline_names``: the body's names a headline gives, maybe shorter, "Mistral" for
Mistral AI), ``background`` (history rather than news), ``people`` and ``companies`` (the slots; ``referents``:
the company "the start-up" or "we" means), ``founding`` (``launches``: founders told in other words, "is behind",
"X, which A founded", "les deux fondateurs de X, A et B"), ``deals``, ``products`` and ``passives`` (the kinds with
slots of their own, and releases told from the product; amounts are read by ``digest.model.amounts``) and
``article`` (the whole article; ``fronted``: a post and its company told before the name, "Nommée directrice de
Acme, X quitte …", and founders counted before they are named; ``headlines``: the headline's event read again when
it describes a side instead of naming it, "UAE AI firm", "Orbisoft's research chief", or takes a shape the body's
triggers leave out; ``lead_reading``, the last resort when no sentence told one: the one clause of the headline,
else of the lead, that names the entry's person and company around a kind's verb, "X quitte A pour B", "sort de
l'ombre", "is now owned by", its vocabulary in ``lead_words``, silent when two readings compete or
``background`` says the verb tells the past).
Events as editors write them are checked by ``digest.model.events`` (their shape, the affiliations they imply) and
``digest.event_checks`` (against the registry)."""

from ...model.amounts import amount_value, normalise_amount, same_amount
from .article import extract

__all__ = ["amount_value", "extract", "normalise_amount", "same_amount"]
