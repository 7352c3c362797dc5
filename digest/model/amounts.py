"""Sums of money as written in French and English, read and normalised for the front matter."""

from __future__ import annotations

import re

_VALUE = r"\d+(?:[.,]\d+|[\u202f\u00a0 ]\d{3}(?!\d))*"
_SCALE = r"(?:milliards?|billions?|millions?|mds?|mrds?|mn|bn|m|b|k)"
_CURRENCY_WORD = (r"(?:de\s+|d['’])?(?:dollars?|euros?|yens?|livres? sterling|pounds?|francs? suisses|yuans?|roupies"
                  r"|rupees|USD|EUR|JPY|GBP|CHF|CAD)")
AMOUNT = re.compile(rf"(?:(?:US|C|A|CA)?\$|€|£|¥|USD|EUR|GBP|JPY|CHF|CAD)\s?{_VALUE}(?:[\s-]?{_SCALE}\b)?"
                    rf"|{_VALUE}\s?(?:{_SCALE}\b\s*(?:{_CURRENCY_WORD}|[$€£¥])|{_CURRENCY_WORD}|[$€£¥]|M€|Md€|Mds€)",
                        re.I)


_CURRENCIES = (("USD", r"US\$|USD|\$\s*US|dollars? américains"), ("CAD", r"CA?\$|CAD|dollars? canadiens"), ("AUD",
                                                                                                            r"A\$"),
               ("EUR", r"€|EUR|euros?"), ("GBP", r"£|GBP|livres?|pounds?"), ("JPY", r"¥|JPY|yens?"),
               ("CHF", r"CHF|francs? suisses"), ("CNY", r"yuans?|CNY"), ("INR", r"roupies|rupees|INR"), ("USD",
                                                                                                         r"\$|dollars?"))
_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
           "billions": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "milliard": 1e9, "milliards": 1e9}


def amount_value(text: object) -> tuple[float, str] | None:
    """(value, ISO currency) of a written amount ("120 millions d'euros", "$43mn", "EUR 120 million"), else None."""
    if not isinstance(text, str):
        return None
    number = re.search(rf"{_VALUE}", text)
    currency = next((code for code, pattern in _CURRENCIES if re.search(rf"(?<![A-Za-z]){pattern}", text, re.I)), None)
    if not number or not currency:
        return None
    scale = re.match(rf"[\s-]?({_SCALE})\b|\s?(M|Md|Mds)€", text[number.end():], re.I)
    word = (scale.group(1) or scale.group(2)).lower() if scale else ""
    digits = re.sub(r"[\u202f\u00a0 ]", "", number.group())
    if not word and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        digits = re.sub(r"[.,]", "", digits)  # thousands separators: "1,500,000 $"
    value = float(digits.replace(",", "."))
    return value * _SCALES.get(word, 1), currency


def normalise_amount(text: str) -> str:
    """An amount as the front matter keeps it, readable in any language and localised by the site:
    "120 millions d'euros" -> "EUR 120 million"; an amount it cannot read stays as written."""
    parsed = amount_value(text)
    if parsed is None:
        return " ".join(text.split())
    value, currency = parsed
    for word, size in (("billion", 1e9), ("million", 1e6)):
        if value >= size:
            return f"{currency} {value / size:.3f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{currency} {value:,.0f}"


def same_amount(a: object, b: object) -> bool | None:
    """Whether two amounts are one round told twice (within a third, currencies converted roughly); None when
    either cannot be read. Enough to tell a €40M seed from a €400M round, not an exchange-rate tool."""
    pa, pb = amount_value(a), amount_value(b)
    if pa is None or pb is None:
        return None
    va, vb = pa[0] * _IN_USD.get(pa[1], 1.0), pb[0] * _IN_USD.get(pb[1], 1.0)
    return max(va, vb) <= 1.35 * min(va, vb)


_IN_USD = {"USD": 1.0, "EUR": 1.1, "GBP": 1.27, "JPY": 0.0068, "CHF": 1.12, "CAD": 0.73, "AUD": 0.66, "CNY": 0.14,
           "INR": 0.012}
