"""Passwords too common to keep anyone out: the first ones an attacker tries."""

import re

#: The most used passwords of 8 or more characters in public breach lists (lower-cased).
COMMON = frozenset(
    """
    password password1 password12 password123 passw0rd p@ssw0rd p@ssword
    12345678 123456789 1234567890 0123456789 87654321 11111111 00000000 12341234
    123123123 1q2w3e4r 1qaz2wsx qwertyui qwertyuiop qwerty123 qwerty12 asdfghjk
    asdfghjkl zxcvbnm1 zxcvbnmm iloveyou iloveyou1 sunshine princess1 football
    baseball welcome1 welcome123 admin123 administrator letmein1 trustno1 dragon12
    monkey12 abc12345 abcd1234 abcdefgh aa123456 password! superman batman123
    starwars whatever computer internet michael1 qazwsxedc 123qweasd 1234qwer
    changeme changeme1 default1 secret123 storymapper
    """.split()
)
_ONE_CHARACTER = re.compile(r"^(.)\1*$", re.S)
_DIGITS = "01234567890"


def why_too_common(password: str) -> str | None:
    """Why ``password`` is too easy to guess, or None when it is not one of the usual."""
    if not password.strip():
        return "A password of spaces alone is too easy to guess; choose another."
    if _ONE_CHARACTER.match(password):
        return "A password of one character repeated is too easy to guess; choose another."
    folded = password.strip().lower()
    if folded in COMMON or (folded.isdigit() and folded in _DIGITS + _DIGITS[::-1]):
        return "This password is one of the most used, and the first tried; choose another."
    return None
