"""The days of the week in English and French, written once for every rule that reads them: a date's words around
a verb ("nommé lundi", "named on Monday"), a page's stamp, a periodical's rhythm ("chaque vendredi", "every Friday").
A pattern fragment without flags: its callers read it regardless of case."""

DAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
