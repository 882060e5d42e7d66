"""Write a deterministic corpus of policy-like Markdown for the throughput benchmark.

    python bench/make_corpus.py OUT.md [--mb 5] [--seed 9]

Paragraphs mix ordinary policy sentences (most of them, as in real documents) with sentences
that should draw findings (generic "he", "next of kin", "mothers", "husband or wife", blood
relatives...) and near misses (the same words used correctly), so the prefilter, the spaCy
matchers and the context checks all get exercised. Same seed, same bytes.
"""
from __future__ import annotations

import argparse
import random

SUBJECTS = ["Each employee", "The applicant", "A patient", "Every member of staff", "The line manager",
            "The service user", "Any clinician", "The ward manager", "A new starter", "The carer"]
ROLES = ["employee", "patient", "applicant", "nurse", "manager", "resident", "student", "visitor"]
TOPICS = ["annual leave", "sickness absence", "flexible working", "information governance", "consent",
          "safeguarding", "infection control", "record keeping", "lone working", "mandatory training",
          "complaints", "medicines management", "discharge planning", "data protection", "uniforms"]
PLAIN = [
    "This policy applies to all staff employed by the trust, including bank and agency workers.",
    "{subj} must complete {topic} training within three months of starting.",
    "Requests for {topic} should be made in writing to the HR department at least four weeks in advance.",
    "The trust will review this policy every three years, or sooner if legislation changes.",
    "Managers are responsible for making sure that their teams understand the {topic} procedure.",
    "Records must be kept securely and retained in line with the records management code of practice.",
    "Where a concern is raised, it will be investigated promptly and fairly.",
    "{subj} can ask for support from occupational health at any stage.",
    "Staff should report incidents using the electronic reporting system within 24 hours.",
    "The equality impact assessment for this policy is available from the governance team.",
    "Further guidance on {topic} is available on the intranet.",
    "If you need this leaflet in another language or format, please ask a member of staff.",
    "Appointments can be changed by calling the booking office between 9am and 5pm.",
    "Please tell us who you would like us to contact in an emergency; this can be anyone you choose.",
    "The person you would like us to contact can be a partner, friend or relative.",
    "{subj} may take up to five days of compassionate leave when someone close to them dies.",
    "Bereavement leave applies whoever the person was to you, including a partner of any sex.",
    "Pregnant people and new parents can ask for a risk assessment at any time.",
    "Ask the person which name and pronouns they use, and use them consistently.",
    "Chairs of committees are appointed for a term of three years.",
    "The hospital is committed to providing safe, effective and compassionate care.",
    "Clinical notes must be written clearly, dated and signed.",
    "Visitors are welcome between 2pm and 8pm; children must be accompanied by an adult.",
]
FLAGGED = [
    "{subj} must tell {poss} manager if {pron} will be absent from work.",
    "Please give the name and telephone number of your next of kin.",
    "Compassionate leave is granted on the death of a spouse or blood relative.",
    "Each {role} should make sure that he has read the {topic} policy.",
    "Mothers are encouraged to bring the baby's father to the first appointment.",
    "The {role} must sign the form before he or she leaves the ward.",
    "Enter the name of your husband or wife in section 3.",
    "The chairman will approve the minutes of the previous meeting.",
    "Staff should state whether they are male or female on the form.",
    "Visiting is limited to blood relatives after 8pm.",
    "If a {role} is unhappy with the outcome, he/she may appeal within 14 days.",
    "Write the name of your next-of-kin on the admission form.",
]
NEAR_MISS = [
    "Dr Shah said that he would review the results on Monday.",
    "Tell us if any blood relatives have had ovarian or breast cancer, as this can change your screening.",
    "The Mental Health Act 1983 uses the term nearest relative, which has a legal meaning.",
    "Avoid terms such as next of kin, which have no legal status in health care.",
    "Her father, Mr Jones, will be staying with her overnight.",
]


def paragraph(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(2, 6)):
        r = rng.random()
        pool = FLAGGED if r < 0.12 else NEAR_MISS if r < 0.17 else PLAIN
        pron, poss = rng.choice([("he", "his"), ("he", "his"), ("they", "their")])
        out.append(rng.choice(pool).format(subj=rng.choice(SUBJECTS), topic=rng.choice(TOPICS),
                                           role=rng.choice(ROLES), pron=pron, poss=poss))
    return " ".join(out)


def generate(megabytes: float = 5.0, seed: int = 9) -> str:
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    parts, size, section = [], 0, 0
    while size < target:
        section += 1
        heading = f"## {section} {rng.choice(TOPICS).capitalize()}\n\n"
        parts.append(heading)
        size += len(heading)
        for _ in range(rng.randint(3, 8)):
            para = paragraph(rng) + "\n\n"
            parts.append(para)
            size += len(para)
    return "# Staff policies and patient information (generated benchmark text)\n\n" + "".join(parts)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args(argv)
    text = generate(args.mb, args.seed)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"{args.out}: {len(text.encode('utf-8')) / 1e6:.1f} MB, {len(text.split()):,} words")


if __name__ == "__main__":
    main()
