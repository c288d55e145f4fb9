#!/usr/bin/env python3
"""Runs cel-spec's simple conformance tests through telc's CEL evaluator and prints the figures.

Usage: tools/cel_conformance.py [--cases EXE] [--list] [--strict] SOURCE

SOURCE is a directory holding `*.textproto` files (cel-spec's tests/simple/testdata, or a
checkout of cel-spec, whose tests/simple/testdata is used), or a bare git directory of cel-spec
(read with `git show HEAD:tests/simple/testdata/...`). Nothing is fetched.

Each test's `expr`, plain-value `bindings` and expected `value` / `eval_error` become a case for
EXE (build/tests/cel/cel_eval_cases), which evaluates it without type checking. A test is skipped
when it needs what telc's CEL does not have: protocol buffer messages, enums or wrapper types,
a container (namespace resolution), optional types, unknowns, type-checking only, or a cel-go
library outside telc's function table (cel.bind, cel.block, network, sets, two-variable
comprehensions); the reason is counted. Prints passed / failed / skipped per file and in total, the pass rate over
what was run, and with --list every failure. With --strict, exits 1 when any case fails.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

# --- textproto --------------------------------------------------------------------------------

TOKEN = re.compile(r"""
    (?P<space>\s+|\#[^\n]*)
  | (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<ext>\[[A-Za-z0-9_./]+\])
  | (?P<number>-?(?:inf|infinity|nan)\b|-?(?:0x[0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[fFuU]?)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>[{}\[\]<>:,;])
""", re.VERBOSE)

SIMPLE_ESCAPES = {"n": 10, "t": 9, "r": 13, "a": 7, "b": 8, "f": 12, "v": 11, "\\": 92, "'": 39, '"': 34, "?": 63}


def unescape(body):
    """The bytes of a quoted textproto string body (C escapes, octal, \\x, \\u and \\U)."""
    out = bytearray()
    i = 0
    raw = body.encode("utf-8")
    while i < len(raw):
        c = raw[i]
        if c != 92:
            out.append(c)
            i += 1
            continue
        e = chr(raw[i + 1])
        if e in SIMPLE_ESCAPES:
            out.append(SIMPLE_ESCAPES[e])
            i += 2
        elif e in "01234567":
            j = i + 1
            while j < len(raw) and j < i + 4 and chr(raw[j]) in "01234567":
                j += 1
            out.append(int(raw[i + 1:j], 8) & 0xFF)
            i = j
        elif e in "xX":
            j = i + 2
            while j < len(raw) and j < i + 4 and chr(raw[j]) in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(raw[i + 2:j], 16))
            i = j
        elif e in "uU":
            n = 4 if e == "u" else 8
            out += chr(int(raw[i + 2:i + 2 + n], 16)).encode("utf-8", "surrogatepass")
            i += 2 + n
        else:
            raise ValueError(f"unknown escape \\{e}")
    return bytes(out)


def tokens(text):
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError(f"textproto: cannot read {text[pos:pos + 20]!r}")
        pos = m.end()
        if m.lastgroup != "space":
            yield m.lastgroup, m.group()


class Reader:
    """Reads a textproto message into a list of (field name, value) pairs; a value is a nested
    list of pairs, bytes (a string), or the text of a scalar (number or identifier)."""

    def __init__(self, text):
        self.toks = list(tokens(text))
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else (None, None)

    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def message(self, close=None):
        fields = []
        while True:
            kind, text = self.peek()
            if kind is None or text == close:
                if close:
                    self.take()
                return fields
            if text in (",", ";"):
                self.take()
                continue
            name = self.take()[1]
            if self.peek()[1] == ":":
                self.take()
            if self.peek()[1] == "[":
                self.take()
                while self.peek()[1] != "]":
                    if self.peek()[1] == ",":
                        self.take()
                        continue
                    fields.append((name, self.value()))
                self.take()
            else:
                fields.append((name, self.value()))

    def value(self):
        kind, text = self.take()
        if text in ("{", "<"):
            return self.message("}" if text == "{" else ">")
        if kind == "string":
            parts = [unescape(text[1:-1])]
            while self.peek()[0] == "string":
                parts.append(unescape(self.take()[1][1:-1]))
            return b"".join(parts)
        return text


def field(msg, name, default=None):
    for n, v in msg:
        if n == name:
            return v
    return default


def fields(msg, name):
    return [v for n, v in msg if n == name]


# --- cel.expr.Value to the driver's typed JSON ---------------------------------------------------

class Unsupported(Exception):
    """A value telc's CEL has no counterpart for (a message, an enum)."""


def number(text):
    t = text.lower()
    if t[-1:] in ("u", "f") and t.lstrip("-") not in ("inf",):
        t = t[:-1]
    if t in ("inf", "infinity"):
        return math.inf
    if t in ("-inf", "-infinity"):
        return -math.inf
    if t.lstrip("-") == "nan":
        return math.nan
    return float(t) if any(c in t for c in ".e") and not t.startswith("0x") else int(t, 0)


def well_known(any_msg):
    """A google.protobuf.Duration or Timestamp inside an object_value, as typed JSON."""
    for name, body in any_msg:
        nanos = int(field(body, "seconds", "0")) * 10**9 + int(field(body, "nanos", "0"))
        if name == "[type.googleapis.com/google.protobuf.Duration]":
            return {"duration": str(nanos)}
        if name == "[type.googleapis.com/google.protobuf.Timestamp]":
            return {"timestamp": str(nanos)}
        raise Unsupported("protobuf messages")
    raise Unsupported("protobuf messages")


def typed(value):
    (kind, v), = value if value else [("null_value", "NULL_VALUE")]
    if kind == "null_value":
        return {"null": None}
    if kind == "bool_value":
        return {"bool": v == "true"}
    if kind == "int64_value":
        return {"int": str(number(v))}
    if kind == "uint64_value":
        return {"uint": str(number(v))}
    if kind == "double_value":
        d = float(number(v))
        return {"double": "NaN" if math.isnan(d) else ("Infinity" if d == math.inf else
                          ("-Infinity" if d == -math.inf else d))}
    if kind == "string_value":
        return {"string": v.decode("utf-8", "surrogateescape")}
    if kind == "bytes_value":
        return {"bytes": v.hex()}
    if kind == "type_value":
        return {"type": v.decode()}
    if kind == "list_value":
        return {"list": [typed(e) for e in fields(v, "values")]}
    if kind == "map_value":
        return {"map": [[typed(field(e, "key")), typed(field(e, "value"))] for e in fields(v, "entries")]}
    if kind == "object_value":
        return well_known(v)
    raise Unsupported("enums" if kind == "enum_value" else "protobuf messages")


def same(a, b):
    """Equality of typed values: kinds must agree; NaN equals NaN; map entries in any order."""
    (ka, va), = a.items()
    (kb, vb), = b.items()
    if ka != kb:
        return False
    if ka == "double":
        if isinstance(va, str) or isinstance(vb, str):
            return va == vb
        return va == vb and math.copysign(1, va) == math.copysign(1, vb)
    if ka == "list":
        return len(va) == len(vb) and all(same(x, y) for x, y in zip(va, vb))
    if ka == "map":
        return len(va) == len(vb) and all(any(same(k, k2) and same(v, v2) for k2, v2 in vb) for k, v in va)
    return va == vb


# --- classification -------------------------------------------------------------------------------

MESSAGE_TYPES = re.compile(r"\b(TestAllTypes|NestedTestAllTypes|NestedMessage|NestedEnum|GlobalEnum|TestRequired"
                           r"|google\.protobuf\.[A-Z]\w*\s*\{|google\.protobuf\.(Struct|Value|ListValue|Any|"
                           r"(Int32|Int64|UInt32|UInt64|Float|Double|Bool|String|Bytes)Value)\b)")
OPTIONALS = re.compile(r"\?\.|\.\?|\[\?|\{\s*\?|\boptional\.|\.(orValue|hasValue|value|or)\(")
# cel-go libraries outside telc's function table (lib/cel/functions.cpp), by how a call looks.
EXTENSIONS = [
    ("cel.bind and cel.block", re.compile(r"\bcel\.(bind|block|index|iterVar|accuVar)\(")),
    ("network ext (ip, cidr)", re.compile(r"\b(ip|cidr|isIP)\(|\.(containsIP|containsCIDR|family|isCanonical|"
                                          r"isGlobalUnicast|isLinkLocal\w*|isLoopback|isUnspecified|masked|"
                                          r"prefixLength)\(")),
    ("two-variable comprehensions", re.compile(r"\.(existsOne|transformList|transformMap|transformMapEntry)\(")),
    ("sets ext", re.compile(r"\bsets\.\w+\(")),
]
# A three-argument all() or exists() is cel-go's two-variable form, which telc's parser does not expand.
TWO_VARIABLE_MACRO = re.compile(r"^'(all|exists|exists_one)' is a macro")


def skip_reason(test):
    """Why a test is outside what telc's CEL has, or None."""
    expr = test["expr"]
    if field(test["raw"], "check_only") == "true":
        return "type-checking only"
    names = [field(b, "key", b"").decode() for b in fields(test["raw"], "bindings")]
    if field(test["raw"], "container") and (any("." in n for n in names) or expr.lstrip().startswith(".")):
        return "containers (namespace resolution)"
    if fields(test["raw"], "unknown") or fields(test["raw"], "any_unknowns"):
        return "unknowns"
    if MESSAGE_TYPES.search(expr):
        return "protobuf messages"
    if OPTIONALS.search(expr):
        return "optional types"
    for reason, pattern in EXTENSIONS:
        if pattern.search(expr):
            return reason
    return None


def expectation(test):
    raw = test["raw"]
    if field(raw, "eval_error") is not None or field(raw, "any_eval_errors") is not None:
        return ("error", None)
    typed_result = field(raw, "typed_result")
    value = field(typed_result, "result") if typed_result is not None else field(raw, "value")
    return ("value", typed(value if value is not None else [("bool_value", "true")]))


def bindings(test):
    out = {}
    for entry in fields(test["raw"], "bindings"):
        expr_value = field(entry, "value")
        if field(expr_value, "value") is None:
            raise Unsupported("unknowns")
        out[field(entry, "key").decode()] = typed(field(expr_value, "value"))
    return out


# --- running ------------------------------------------------------------------------------------

def read_sources(source):
    """(file name, text) of each textproto file under SOURCE."""
    if os.path.isdir(os.path.join(source, "tests", "simple", "testdata")):
        source = os.path.join(source, "tests", "simple", "testdata")
    if os.path.isfile(os.path.join(source, "HEAD")) and os.path.isdir(os.path.join(source, "objects")):
        git = ["git", "--git-dir", source]
        names = subprocess.run(git + ["ls-tree", "--name-only", "HEAD", "tests/simple/testdata/"],
                               check=True, capture_output=True, text=True).stdout.split()
        for name in sorted(n for n in names if n.endswith(".textproto")):
            text = subprocess.run(git + ["show", "HEAD:" + name], check=True, capture_output=True).stdout
            yield os.path.basename(name), text.decode("utf-8")
        return
    for name in sorted(os.listdir(source)):
        if name.endswith(".textproto"):
            with open(os.path.join(source, name), encoding="utf-8") as f:
                yield name, f.read()


def tests_of(text):
    root = Reader(text).message()
    for section in fields(root, "section"):
        for test in fields(section, "test"):
            yield {"name": f"{field(section, 'name', b'').decode()}/{field(test, 'name', b'').decode()}",
                   "expr": field(test, "expr", b"").decode("utf-8", "surrogateescape"), "raw": test}


def run_cases(exe, cases):
    lines = "".join(json.dumps({"expr": c["expr"], "bindings": c["bindings"]}) + "\n" for c in cases)
    out = subprocess.run([exe], input=lines, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def verdict(case, result):
    """'pass', 'fail' or a skip reason for one evaluated case."""
    kind, expected = case["expect"]
    error = result.get("error") or result.get("parse_error")
    if error and TWO_VARIABLE_MACRO.match(error):
        return "two-variable comprehensions"
    if error and "message construction" in error:
        return "protobuf messages"
    if kind == "error":
        return "pass" if error else "fail"
    return "pass" if "value" in result and same(result["value"], expected) else "fail"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source")
    ap.add_argument("--cases", default=os.path.join("build", "tests", "cel", "cel_eval_cases"))
    ap.add_argument("--list", action="store_true", help="print every failure")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a case fails")
    args = ap.parse_args()

    totals = {"pass": 0, "fail": 0, "skip": 0}
    reasons = {}
    failures = []
    print(f"{'file':<28}{'passed':>8}{'failed':>8}{'skipped':>9}")
    for name, text in read_sources(args.source):
        counts = {"pass": 0, "fail": 0, "skip": 0}
        runnable = []
        for test in tests_of(text):
            reason = skip_reason(test)
            if reason is None:
                try:
                    test["expect"] = expectation(test)
                    test["bindings"] = bindings(test)
                except Unsupported as why:
                    reason = str(why)
            if reason:
                counts["skip"] += 1
                reasons[reason] = reasons.get(reason, 0) + 1
            else:
                runnable.append(test)
        for case, result in zip(runnable, run_cases(args.cases, runnable)):
            v = verdict(case, result)
            if v in ("pass", "fail"):
                counts[v] += 1
                if v == "fail":
                    failures.append((name, case, result))
            else:
                counts["skip"] += 1
                reasons[v] = reasons.get(v, 0) + 1
        print(f"{name:<28}{counts['pass']:>8}{counts['fail']:>8}{counts['skip']:>9}")
        for k in totals:
            totals[k] += counts[k]
    run = totals["pass"] + totals["fail"]
    print(f"{'total':<28}{totals['pass']:>8}{totals['fail']:>8}{totals['skip']:>9}")
    if run:
        print(f"pass rate over the {run} cases run: {100.0 * totals['pass'] / run:.1f}%")
    for reason, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"skipped: {n:>5}  {reason}")
    if args.list:
        for name, case, result in failures:
            print(f"FAIL {name} {case['name']}: {case['expr']}\n  expected {case['expect']}\n  got      {result}")
    return 1 if args.strict and totals["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
