"""Finding-rich and finding-dense benchmark text (generated; not built from the rule packs).

    python bench/make_rich.py OUT.md [--kind rich|dense|oneline] [--mb 1] [--seed 5]

- ``rich``: policy-like Markdown where about one word in a hundred is one a reviewer would query
  (a gendered pronoun for "the employee", a title list, "next of kin", "husband or wife"…). The
  sentences are written from a general grammar of staff-policy and leaflet sentences: subjects,
  verbs, objects, and everyday words for people (pronouns, relatives, partners, titles, job
  names) in the proportions ordinary older policies use them. Nothing is copied from the packs
  or their examples, and the rate is set by how often people-words occur, not by which rule
  would fire.
- ``dense``: the same people-words packed into short sentences, about one finding per five words
  (1 MB: about 30,000 findings) — the worst case for the work done per finding.
- ``oneline``: ``dense`` text with no line breaks at all (one 10 MB paragraph by default).

Same seed, same bytes.
"""
from __future__ import annotations

import argparse
import random

SUBJECTS = ["the employee", "the applicant", "the patient", "each member of staff", "the line manager",
            "the service user", "the clinician", "the ward manager", "a new starter", "the resident",
            "the student", "the visitor", "the carer", "the client", "the trainee", "the locum"]
VERBS = ["must tell", "should ask", "may contact", "will meet", "can write to", "needs to inform",
         "is expected to update", "should agree the plan with", "must send a copy to", "may bring"]
OBJECTS = ["the rota", "the form", "the occupational health team", "the pay office", "the duty nurse",
           "a trade union representative", "the booking office", "the governance team", "the ward clerk"]
TOPICS = ["annual leave", "sickness absence", "flexible working", "consent", "safeguarding",
          "record keeping", "lone working", "training", "complaints", "discharge", "uniforms", "parking"]
# people-words, as older policies use them; the neutral ones are far more common
POSSESSIVE = ["their"] * 9 + ["his", "her", "his or her", "his/her"]
PRONOUN = ["they"] * 9 + ["he", "she", "he or she", "s/he"]
RELATIVES = ["a friend", "a partner", "someone close to them", "a relative", "a carer", "a colleague",
             "their next of kin", "a husband or wife", "a spouse or blood relative", "their mother",
             "their father", "the mother", "a close family member"]
TITLES = ["Mr / Mrs / Miss / Ms", "Mr, Mrs, Ms, Mx, Dr or none", "Mr / Mrs / Ms", "title (optional)"]
FIELDS = ["Sex: Male / Female", "Gender: Male / Female / Other", "Date of birth", "NHS number",
          "Marital status: Single / Married / Divorced / Widowed", "Preferred name", "Pronouns (optional)"]
JOBS = ["chair", "chairman", "spokesperson", "headteacher", "cleaner", "porter", "firefighter",
        "receptionist", "midwife", "manager", "nurse", "police officer", "tea lady", "handyman"]
FILLER = ["within five working days", "before the start of the shift", "in writing", "as soon as possible",
          "at the next review", "unless there is a good reason not to", "using the online system",
          "after discussing it with the team", "at least four weeks in advance", "if that is possible"]


def _sentence(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:
        s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(POSSESSIVE)} manager about {rng.choice(TOPICS)} {rng.choice(FILLER)}"
    elif r < 0.75:
        s = f"if {rng.choice(PRONOUN)} cannot attend, {rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(FILLER)}"
    elif r < 0.85:
        s = f"{rng.choice(SUBJECTS)} may bring {rng.choice(RELATIVES)} to the appointment {rng.choice(FILLER)}"
    elif r < 0.92:
        s = f"the {rng.choice(JOBS)} will review the {rng.choice(TOPICS)} records {rng.choice(FILLER)}"
    else:
        s = f"the form asks for: {rng.choice(TITLES)}; {rng.choice(FIELDS)}"
    return s[0].upper() + s[1:] + "."


def _plain(rng: random.Random) -> str:
    s = (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} about {rng.choice(TOPICS)} "
         f"{rng.choice(FILLER)}")
    return s[0].upper() + s[1:] + "."


def rich(megabytes: float = 1.0, seed: int = 5) -> str:
    """Policy-like text: mostly plain sentences, a people-word sentence now and then."""
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    parts, size, section = ["# Staff and patient policies (generated benchmark text)\n\n"], 0, 0
    while size < target:
        section += 1
        parts.append(f"## {section} {rng.choice(TOPICS).capitalize()}\n\n")
        for _ in range(rng.randint(3, 7)):
            para = " ".join(_sentence(rng) if rng.random() < 0.7 else _plain(rng)
                            for _ in range(rng.randint(3, 7))) + "\n\n"
            parts.append(para)
            size += len(para)
    return "".join(parts)


DENSE = ["Ask {p} manager.", "Tell {p} line manager.", "Give your next of kin.", "Name your husband or wife.",
         "The chairman signs.", "Ask the mother.", "Bring {p} form.", "Title: Mr / Mrs / Miss.",
         "Sex: Male / Female.", "The tea lady calls.", "Ask his or her nurse."]


def dense(megabytes: float = 1.0, seed: int = 5, line_breaks: bool = True) -> str:
    """Short sentences, nearly every one with a people-word: about one finding per five words."""
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    parts, size = [], 0
    while size < target:
        para = " ".join(rng.choice(DENSE).format(p=rng.choice(["his", "her", "his or her"]))
                        for _ in range(rng.randint(4, 9)))
        para += "\n\n" if line_breaks else " "
        parts.append(para)
        size += len(para)
    return "".join(parts)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--kind", choices=["rich", "dense", "oneline"], default="rich")
    ap.add_argument("--mb", type=float, default=None)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)
    if args.kind == "rich":
        text = rich(args.mb or 1.0, args.seed)
    else:
        text = dense(args.mb or (1.0 if args.kind == "dense" else 10.0), args.seed, args.kind == "dense")
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"{args.out}: {len(text.encode('utf-8')) / 1e6:.1f} MB, {len(text.split()):,} words")


if __name__ == "__main__":
    main()
