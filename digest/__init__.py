"""digest: a bilingual static research digest about AI companies and people."""

__version__ = "0.1.0"
