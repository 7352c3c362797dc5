"""Sums of money as written in French and English, read and normalised for the front matter."""

from __future__ import annotations

import re

_VALUE = r"\d+(?:[.,]\d+|[\u202f\u00a0 ]\d{3}(?!\d))*"
# the scale words of both languages and their abbreviations, Swiss ("CHF 12 Mio.") and Indian ("Rs 40 crore") too
SCALE = r"(?:milliards?|billions?|millions?|mds?|mrds?|mios?|crores?|lakhs?|mn|bn|cr|m|b|k)"
# ISO codes of the currencies read below, written before or after the sum ("ZAR 120m", "4 millions CHF"); in capitals
# only: "ils" is French for "they"
_CODES = r"(?-i:USD|EUR|GBP|JPY|CHF|XOF|CAD|AUD|NZD|SGD|HKD|CNY|RMB|INR|ZAR|BRL|KRW|NGN|KES|ILS|SEK|NOK|DKK|AED)"
_CURRENCY_WORD = (
    r"(?:de\s+|d['’])?(?:dollars?|euros?|yens?|livres? sterling|pounds?|francs?(?: suisses| CFA)?|Swiss francs?|"
    r"yuans?|renminbi|"
    r"roupies|rupees|rands?|nairas?|shekels?|dirhams?|couronnes?|kronor|kroner|pesos?|reais|"
    r"(?:Kenyan |Ugandan |Tanzanian )?shillings?(?: kényans?| ougandais| tanzaniens)?|"
    rf"zlotys?|ringgits?|bahts?|rupiahs?|dinars?|cedis?|roubles?|rubles?|hryvnias?|(?-i:FCFA)|{_CODES})"
)
# A symbol before the sum; the rand's "R" only with a scale ("R120m", "R1.2 billion"), never a model's "R1".
_SYMBOL = r"(?:US|C|A|CA|NZ|S|HK|R)?\$|€|£|¥|₹|₩|₦|₪|Rs\.?|KSh|" + _CODES
_RAND = rf"(?<![\w$])(?-i:R){_VALUE}(?:[\s-]?(?:millions?|billions?|milliards?)|mn|bn|m)\b"
AMOUNT = re.compile(
    rf"(?:{_SYMBOL})\s?{_VALUE}(?:[\s-]?{SCALE}\b)?|{_RAND}"
    rf"|{_VALUE}\s?(?:{SCALE}\b\s*(?:{_CURRENCY_WORD}|[$€£¥₹])|{_CURRENCY_WORD}|[$€£¥₹]|M€|Md€|Mds€)",
    re.I,
)
# A sum whose currency the sentence leaves out, a number and its scale ("lève 40 millions", "raises 12 million to"):
# not a count, which names what it counts ("40 millions d'utilisateurs", "12 million users", "2 million people")
UNPRICED = re.compile(
    rf"(?<![\w.,]){_VALUE}\s?{SCALE}\b(?!\s*(?:de|d['’]|of|people|children|men|women)\b)"
    r"(?!\s*(?!(?:auprès|dans|alors|afin|plus)\b)[a-zà-ÿ]+s\b)",
    re.I,
)


_CURRENCIES = (
    ("USD", r"US\$|USD|\$\s*US|dollars? américains"),
    ("CAD", r"CA?\$|CAD|dollars? canadiens"),
    ("AUD", r"A\$|AUD|dollars? australiens"),
    ("NZD", r"NZ\$|NZD"),
    ("SGD", r"S\$|SGD"),
    ("HKD", r"HK\$|HKD"),
    ("BRL", r"R\$|BRL|reais"),
    ("EUR", r"€|EUR|euros?"),
    ("GBP", r"£|GBP|livres?|pounds?"),
    ("JPY", r"¥|JPY|yens?"),
    ("XOF", r"francs? CFA|FCFA|XOF"),
    # the franc of today's news is the Swiss one, but for the CFA franc named as such
    ("CHF", r"CHF|francs? suisses|Swiss francs?|francs?"),
    ("CNY", r"yuans?|renminbi|RMB|CNY"),
    ("INR", r"₹|Rs\.?(?=\s?\d)|roupies|rupees|INR"),
    ("ZAR", r"rands?|ZAR|(?-i:R)(?=\d)"),
    ("KRW", r"₩|KRW"),
    ("NGN", r"₦|nairas?|NGN"),
    ("KES", r"KSh|KES"),
    ("ILS", r"₪|shekels?|ILS"),
    ("SEK", r"SEK|kronor"),
    ("NOK", r"NOK|kroner"),
    ("DKK", r"DKK"),
    ("AED", r"dirhams?|AED"),
    ("UGX", r"shillings? ougandais|Ugandan shillings?|UGX"),
    ("TZS", r"shillings? tanzaniens|Tanzanian shillings?|TZS"),
    ("KES", r"shillings?"),  # the shilling of the news is Kenya's, but for another named as such
    ("PLN", r"zlotys?|PLN"),
    ("MYR", r"ringgits?|MYR"),
    ("THB", r"bahts?|THB"),
    ("IDR", r"rupiahs?|IDR"),
    ("GHS", r"cedis?|GHS"),
    ("RUB", r"roubles?|rubles?|RUB"),
    ("UAH", r"hryvnias?|UAH"),
    ("USD", r"\$|dollars?"),
)
_SCALES = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "mio": 1e6,
    "mios": 1e6,
    "cr": 1e7,
}


def scaled(number: str, scale: str) -> float:
    """A number written with its scale word ("38", "millions"; "2,5", "Md") as a plain value."""
    return float(number.replace(",", ".")) * _SCALES[scale.lower()]


def amount_value(text: object) -> tuple[float, str] | None:
    """(value, ISO currency) of a written amount ("120 millions d'euros", "$43mn", "EUR 120 million"), else None."""
    if not isinstance(text, str):
        return None
    number = re.search(rf"{_VALUE}", text)
    currency = next((code for code, pattern in _CURRENCIES if re.search(rf"(?<![A-Za-z]){pattern}", text, re.I)), None)
    if not number or not currency:
        return None
    scale = re.match(rf"[\s-]?({SCALE})\b|\s?(M|Md|Mds)€", text[number.end() :], re.I)
    word = (scale.group(1) or scale.group(2)).lower() if scale else ""
    digits = re.sub(r"[\u202f\u00a0 ]", "", number.group())
    if not word and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        digits = re.sub(r"[.,]", "", digits)  # thousands separators: "1,500,000 $"
    elif "," in digits and "." in digits:  # "1,722.5", "1.722,5": the last mark is the decimal one
        digits = digits.replace("," if digits.rfind(",") < digits.rfind(".") else ".", "")
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


_IN_USD = {
    "USD": 1.0,
    "EUR": 1.1,
    "GBP": 1.27,
    "JPY": 0.0068,
    "CHF": 1.12,
    "XOF": 0.0017,
    "CAD": 0.73,
    "AUD": 0.66,
    "CNY": 0.14,
    "INR": 0.012,
    "NZD": 0.6,
    "SGD": 0.74,
    "HKD": 0.13,
    "BRL": 0.18,
    "ZAR": 0.055,
    "KRW": 0.00073,
    "NGN": 0.00065,
    "KES": 0.0077,
    "ILS": 0.27,
    "SEK": 0.095,
    "NOK": 0.093,
    "DKK": 0.15,
    "AED": 0.27,
    "UGX": 0.00027,
    "TZS": 0.00038,
    "PLN": 0.25,
    "MYR": 0.22,
    "THB": 0.028,
    "IDR": 0.000063,
    "GHS": 0.065,
    "RUB": 0.011,
    "UAH": 0.024,
}
