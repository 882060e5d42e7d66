"""Large test documents, generated rather than kept in the repository.

``long_handbook(path)`` writes a Word handbook of the size and shape of the 872-page staff
handbook in the real-world corpus (about 4,800 blocks and 800,000 characters: numbered headings,
a contents list, long paragraphs with "his or her" throughout, lists, small tables, footers and
footnotes, and a few form-like lines). Tests get it from the ``long_handbook`` fixture
(conftest.py); ``python tests/large_fixtures.py DIR`` writes it to DIR for a look.
"""
from __future__ import annotations

import sys
from pathlib import Path

from test_docx_support import make_docx, p, table

CHAPTERS = ("Accounting", "Budgeting", "Purchasing", "Travel", "Payroll", "Personnel",
            "Leave", "Grievances", "Records", "Property", "Audit", "Security")
SENTENCES = (
    "Each officer must keep the ledgers of the unit up to date and reconcile them every month.",
    "The supervisor reviews the entries and signs them when he or she is satisfied they are right.",
    "An employee who is absent must tell his or her manager before the start of the working day.",
    "Receipts are numbered in sequence, kept for six years and produced for inspection on request.",
    "Where a payment exceeds the delegated limit, the finance director approves it in writing.",
    "The clerk enters the amount, the date, the payee and the account code in the register.",
)


def _chapter(n: int, name: str, sections: int) -> list:
    out = [p(f"CHAPTER {n}. {name.upper()}", "Heading1")]
    for s in range(1, sections + 1):
        out.append(p(f"{chr(64 + (s - 1) % 26 + 1)}. {name} procedure {s}", "Heading2"))
        for k in range(14):
            text = " ".join(SENTENCES[(n + s + k + j) % len(SENTENCES)] for j in range(2))
            out.append(p(f"{k + 1}. {text}"))
        if s % 3 == 0:
            out.append(p(f"Form {n}-{s}. Name: ______  Date: ______  Signature: ______"))
            out.append(p("Check one:  Approved  /  Returned  /  Referred to the director"))
        if s % 5 == 0:
            out.append(table([["Item", "Account", "Amount"], ["Stationery", "4010", "12.50"]]))
    return out


def long_handbook(path) -> Path:
    contents = [p(f"    {c}. {name.upper()} PROCEDURES{c}-{k}") for c, name in enumerate(CHAPTERS, 1)
                for k in range(1, 8)]
    body = [p("FINANCIAL AND PERSONNEL HANDBOOK", "Title"), *contents]
    for n, name in enumerate(CHAPTERS, 1):
        body += _chapter(n, name, 24)
    return make_docx(path, body="".join(body),
                     footers={"default": p("Handbook for local offices, revised edition")},
                     footnotes={1: p("Amounts are in pounds unless stated.")})


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    folder.mkdir(parents=True, exist_ok=True)
    print(long_handbook(folder / "handbook-long.docx"))
