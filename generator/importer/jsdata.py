"""Data written as a script's object literal rather than JSON: keys without quotes, strings in single quotes,
`undefined`, `void 0`, trailing commas, and Nuxt 2's payload `window.__NUXT__=(function(a,b,…){return {…}}(1,"x",…))`
whose values are the function's parameters. Read into Python values for embedded.py; anything else a script may
compute (calls, operators) makes the literal unreadable (None), never a guess."""
from __future__ import annotations

import json
import re

_TOKEN = re.compile(r"""\s*(?:(?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?P<num>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|"""
                    r"""(?P<name>[A-Za-z_$][\w$]*)|(?P<punct>[{}\[\]:,()]))""", re.S)
_FUNCTION = re.compile(r"\(?\s*function\s*\(([^)]*)\)\s*\{\s*return\s*", re.S)
MAX_TOKENS = 200_000


def _string(token: str) -> str:
    if token.startswith("'"):
        token = '"' + token[1:-1].replace('\\"', '"').replace('"', '\\"').replace("\\'", "'") + '"'
    try:
        return json.loads(token)
    except ValueError:
        return token[1:-1]


class _Reader:
    def __init__(self, text: str, at: int, names: dict):
        self.text, self.at, self.names, self.count = text, at, names, 0

    def token(self):
        found = _TOKEN.match(self.text, self.at)
        if not found:
            raise ValueError("not a literal")
        self.count += 1
        if self.count > MAX_TOKENS:
            raise ValueError("too long")
        self.at = found.end()
        kind = found.lastgroup
        return kind, found.group(kind)

    def peek(self):
        at, count = self.at, self.count
        found = self.token()
        self.at, self.count = at, count
        return found

    def value(self):
        kind, token = self.token()
        if kind == "str":
            return _string(token)
        if kind == "num":
            return float(token) if any(c in token for c in ".eE") else int(token)
        if kind == "name":
            if token in ("true", "false"):
                return token == "true"
            if token in ("null", "undefined"):
                return None
            if token == "void":
                self.token()
                return None
            if token in self.names:
                return self.names[token]
            raise ValueError(f"unknown name {token}")
        if token == "{":
            return self.object()
        if token == "[":
            return self.array()
        raise ValueError(f"unexpected {token}")

    def object(self) -> dict:
        out = {}
        while True:
            kind, token = self.token()
            if token == "}":
                return out
            if kind not in ("str", "name", "num"):
                raise ValueError("a key expected")
            key = _string(token) if kind == "str" else token
            if self.token()[1] != ":":
                raise ValueError("':' expected")
            out[key] = self.value()
            kind, token = self.token()
            if token == "}":
                return out
            if token != ",":
                raise ValueError("',' expected")

    def array(self) -> list:
        out = []
        while True:
            if self.peek()[1] == "]":
                self.token()
                return out
            out.append(self.value())
            kind, token = self.token()
            if token == "]":
                return out
            if token != ",":
                raise ValueError("',' expected")


def literal_at(text: str, at: int):
    """The object literal (or Nuxt 2 payload function) that starts at `at`; None when it is not plain data."""
    try:
        function = _FUNCTION.match(text, at)
        if function:
            params = [name.strip() for name in function.group(1).split(",") if name.strip()]
            body = _Reader(text, function.end(), {})
            depth, start = 0, body.at
            while True:   # (skip the returned literal to read the arguments after the function first)
                kind, token = body.token()
                depth += token in "{[" if kind == "punct" else 0
                depth -= token in "}]" if kind == "punct" else 0
                if depth == 0 and kind == "punct" and token in "}]":
                    break
            closing = re.compile(r"\s*;?\s*\}\s*\(", re.S).match(text, body.at)
            if not closing:
                return None
            args = _Reader(text, closing.end(), {})
            values = []
            while args.peek()[1] != ")":
                values.append(args.value())
                if args.peek()[1] == ",":
                    args.token()
            return _Reader(text, start, dict(zip(params, values))).value()
        return _Reader(text, at, {}).value()
    except (ValueError, IndexError, RecursionError):
        return None
