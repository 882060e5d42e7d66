"""The named context conditions behind the language pack, each on positive and negative text.

Each case marks the match with [[...]]; the condition is called on a MatchContext built the
way the engine builds it (spaCy sentences, previous sentence, folded quotes).
"""
import bisect
import json
from pathlib import Path

import pytest
from marks import unmark

from inclusive_lint.conditions import registry
from inclusive_lint.conditions.context import MatchContext, fold_quotes
from inclusive_lint.engine.nlp import make_doc
from inclusive_lint.model import Block, Document

ROOT = Path(__file__).resolve().parent.parent


def ctx_for(marked: str, kind: str = "paragraph") -> MatchContext:
    text, spans = unmark(marked)
    assert len(spans) == 1, marked
    s, e = spans[0]
    text = fold_quotes(text)
    doc = make_doc(text)
    sents = [(x.start_char, x.end_char) for x in doc.sents] or [(0, len(text))]
    i = max(0, bisect.bisect_right([a for a, _ in sents], s) - 1)
    ss, se = sents[i]
    ps = sents[i - 1][0] if i else ss
    block = Block(text=text, kind=kind)
    return MatchContext(text=text, start=s, end=e, sent_start=ss, sent_end=max(se, e), prev_start=ps,
                        block=block, document=Document(path="t.txt", format="text", blocks=[block]),
                        doc_cache={}, tokens=doc)


def check(name, marked, expected):
    got = registry()[name](ctx_for(marked))
    assert got is expected, f"{name} gave {got} for {marked!r}"


CASES = {
    "cited-publication-title": (
        ["Mortality in [[transsexual]] patients on long-term hormones\n\nClin Endocrinol. 2001 Mar;54(3):337-42.",
         "Brown K, et al. (2009) Outcomes for [[transsexuals]] after surgery. J Sex Med 6: 1-9. doi: 10.1111/x",
         "The 1999 booklet Living as a [[Transsexual]] in Rural Wales is in the archive.",
         "Smith J. [[Hermaphroditism]] in Clinical Practice. London: Hale & Co; 1952."],
        ["Our clinic sees [[transsexual]] patients from across the region every week.",
         "Support for [[transsexual]] staff\n\nThe policy was reviewed in 2019 by the board.",
         "Our guide for [[Transgendered]] staff explains how to update records."]),
    "cited-finding": (
        ["[[Teenage mothers]] are more likely to give birth early (Gupta et al, 2008).",
         "Young [[fathers]] are often involved with the baby's mother (Department of Health, 2007).",
         "Many young [[fathers]] have strengths (Fletcher, Matthey and Marley, 2004)."],
        ["[[Teenage mothers]] can join the group on Tuesdays.",
         "See the 2008 leaflet for [[mothers]] (page 4).",
         "Young [[fathers]] took part in the group (October 2024).",
         "Only the baby's [[father]] may stay overnight (Maternity Services, 2024)."]),
    "research-report": (
        ["Objective: To compare bone density in [[transsexual]] subjects receiving oestrogen.\nResults: None fell.",
         "We assessed mortality rates in [[transsexual]] subjects receiving long-term hormones."],
        ["Our clinic offers a trial period of living in role to [[transsexual]] patients.",
         "A third of [[homosexual]] men in the survey had not told their GP."]),
    "law-or-case-title": (
        ["Parliament passed the [[Transgenders]] persons (Protection of Rights) Act, 2019.",
         "Re Alex (Validity of Marriage of a [[Transsexual]]) [2003] FamCA 94"],
        ["Our leaflet for [[transsexuals]] explains the referral route under the Act.",
         "The [[transsexual]] patients seen in 2003 were referred on."]),
    "accommodation-clause": (
        ["Nobody sleeps in a bay with people of [[the opposite sex]].",
         "Toilets are not shared with [[the opposite sex]]."],
        ["No examiner of [[the opposite sex]] is used unless a same-sex one is busy.",
         "Mentors of [[the opposite sex]] are paired with students."]),
    "sex-fact-not-offer": (
        ["The condition affects [[both sexes]] equally.",
         "Screening is offered to [[men and women]] aged 60 to 74."],
        ["Appointments are available for [[both male and female]] patients with any condition.",
         "The class is open to [[both sexes]]."]),
    "generic-antecedent": (
        ["Each applicant must attach [[his]] payslip.",
         "If an employee is unwell, [[he]] must phone the ward.",
         "The complainant will be told how [[he]] can escalate the complaint.",
         "Anyone who wants a copy should send [[his]] request in writing.",
         "The Investigating Officer will interview staff and [[he]] will write a report.",
         "When a child is admitted, [[his]] parents will be asked to fill in the form.",
         "In the absence of the Chairman, the Vice-Chairman shall preside and [[he]] shall have a casting vote."],
        ["Dr Shah reviewed the notes and [[he]] agreed the plan.",
         "If your father has parental responsibility, [[he]] can sign the form.",
         "If your father has parental responsibility, he can sign for your child. If [[he]] is away, call us.",
         "Men over 50 can ask their GP whether [[he]] should have a PSA test.",
         "A man who has symptoms should book an appointment; [[he]] should not wait.",
         "Mr Patel, our estates manager, has reviewed the plan. [[He]] will brief staff in March.",
         "The patient was admitted on 3 May. [[He]] was seen by the registrar.",
         "John, the ward clerk, says [[he]] will update the board.",
         "A patient with prostate cancer may find that [[his]] treatment affects sleep.",
         "[[His]] Majesty's Government published the report.",
         "The report was written in [[HE]] style for the higher education sector."]),
    "stereotyped-female-antecedent": (
        ["Your health visitor will call and [[she]] will confirm the time.",
         "Your midwife will ask whether [[she]] can check your blood pressure while you are pregnant.",
         "The receptionist on duty will check the visitor's identity and [[she]] will issue a badge.",
         "Each ward nurse should keep [[her]] badge visible."],
        ["Our midwife, Priya, said [[she]] enjoyed the clinic.",
         "The midwife will check each pregnant woman's blood pressure and whether [[she]] has pain.",
         "Each applicant must attach [[her]] payslip.",
         "Your mother can stay if [[she]] wants to."]),
    "generic-feminine-antecedent": (
        ["An employee on jury service must give [[her]] manager the summons.",
         "When your family member is ready to go home, [[she]] will get a copy of the plan."],
        ["A patient having a smear test can stop whenever [[she]] wants.",
         "The receptionist will check [[her]] list.",
         "If your partner wants to visit, [[she]] can book online.",
         "Your mother can stay if [[she]] wants to."]),
    "named-person-antecedent": (
        ["Dr Okafor will review the forms and [[he]] will reply.",
         "Our lead health visitor, Carol Webb, said [[she]] was delighted.",
         "A nurse called Sam said [[he]] would help."],
        ["Each applicant must attach [[his]] payslip.",
         "Every visitor should sign in when [[he]] arrives."]),
    "in-pronoun-set": (
        ["Badges show sets such as [[he]]/him or she/they.",
         "Sam's signature reads she/[[her]].",
         "Use he/[[him]] for Jo."],
        ["Each applicant must attach [[his]] payslip.",
         "The applicant should confirm that s/[[he]] has a valid certificate.",
         "If a visitor has a concern, [[he]] should speak to the nurse in charge."],
    ),
    "pronoun-set": (
        ["Badges show pronouns such as [[she/her]].",
         "Add your pronouns, for example [[he/him]], to your signature.",
         "Sam uses [[they/them]]."],
        ["The applicant should confirm that [[s/he]] has a valid certificate.",
         "The manager will discuss it with [[him/her]] first."]),
    "masculine-disclaimer": (
        ["For ease of reading, '[[he]]' is used throughout and includes 'she'.",
         "In this policy, [[he]] includes she.",
         "For simplicity, the employee is referred to as [[he]].",
         "In this leaflet 'he' refers to your baby, and [[he]] is used throughout."],
        ["Each member of staff must keep [[his]] record up to date.",
         "For ease of reading, the policy is split into short [[sections]]."]),
    "in-quotation": (
        ['The old form asked for the "[[chairman]]" to sign.',
         "Appendix B still refers to 'the [[chairman]]'.",
         "A visitor shouted '[[tranny]]' at a nurse.",
         "A visitor called the patient a [[tranny]] in front of the ward.",
         "One patient told us the [[chairman]] had been rude to her."],
        ["The [[chairman]] will sign the minutes.",
         "The [[chairman]]'s report is attached, and the members' views are noted."]),
    "cites-legislation": (
        ["Section 7 of the Equality Act 2010 uses the phrase [[transsexual]] person.",
         "The Interpretation Act 1978 reads [[he]] as including she.",
         "Under section 26 of the Mental Health Act 1983 your [[husband or wife]] is the nearest relative.",
         "Older regulations therefore say that the [[chairman]] shall sign the register."],
        ["As section 5 explains, the [[chairman]] signs the minutes.",
         "The [[chairman]] will sign the minutes.",
         "See paragraph 4 for what the [[chairman]] does."]),
    "mention-not-use": (
        ["Staff must not use outdated terms such as [[sex change]]; say transition instead.",
         "Avoid terms such as transvestite or [[hermaphrodite]].",
         "We now say chair rather than [[chairman]].",
         "[[Transsexual]]: an older term for someone whose gender differs from their sex at birth.",
         "[[Hermaphrodite]] is an outdated and offensive term.",
         "[[Sex change]] operations are now called gender-affirming surgery.",
         "Don't refer to someone as [[transgendered]].",
         "Never describe a patient as a [[transsexual]].",
         "Some older people still describe themselves as [[transsexual]]."],
        ["The [[chairman]] will sign the minutes.",
         "Avoid jargon. [[Transsexuals]] are referred to the clinic.",
         "Conditions such as [[hermaphroditism]] are seen in the clinic.",
         "[[Transsexual]] patients are regarded as vulnerable by the panel."]),
    "proper-noun": (
        ["Patients from the Isle of [[Man]] are referred here.",
         "Dr [[Manning]] presented the figures.",
         "Jo [[Foreman]] leads the estates team.",
         "The [[Mother]] and Baby Unit is on level 2.",
         "The [[Women]]'s Health Unit is on the second floor.",
         "Coffee is served in the [[Mothers]]' Union room."],
        ["The [[foreman]] will check the scaffolding.",
         "The [[Chairman]] will sign the minutes.",
         "[[Manning]] levels fell below the agreed minimum.",
         "Ask the [[mother]] whether she has any questions."]),
    "statistics-or-comparison": (
        ["Melanoma rates rose in [[both sexes]] between 2010 and 2020.",
         "The report compares median pay for [[men and women]]."],
        ["The walking group is open to [[men and women]] of any fitness level."]),
    "non-human-biology": (
        ["Earthworms are [[hermaphrodites]].",
         "Some fish species undergo a [[sex change]]."],
        ["The baby was described as a [[hermaphrodite]] in the letter."]),
    "clinician-choice": (
        ["You can ask for a [[female doctor]] if you would prefer.",
         "A [[female GP]] is available on Tuesdays."],
        ["A [[male nurse]] will take your blood pressure."]),
    "body-or-screening-context": (
        ["Breast cancer can affect [[both men and women]].",
         "If you were [[born female]] and have a cervix, ask about screening."],
        ["The walking group is open to [[both men and women]]."]),
    "title-before-name": (
        ["[[Ward Sister]] Okoro will run the session."],
        ["Please speak to the [[ward sister]] or the nurse on duty.",
         "Ask the [[Night Sister]] for the key."]),
    "specific-family": (
        ["Jo's [[mum and dad]] visited every day.",
         "My [[husband or wife]]? Neither, I am single."],
        ["[[Mum and dad]] can stay overnight.",
         "Staff may bring their [[husbands and wives]] to the dinner."]),
    "refuted-in-sentence": (
        ["Being gay is not a [[lifestyle choice]].",
         "It is a myth that being trans is a [[lifestyle]]."],
        ["Some residents worry their [[gay lifestyle]] is misunderstood."]),
    "historical-context": (
        ["In 1948 the first [[chairman]] of the regional board was appointed.",
         "In the 1980s the clinic treated [[transsexuals]] from across the region."],
        ["The [[chairman]] will sign the minutes in 2025.",
         "The [[chairman]] is named in the 1990 handbook, which is still in use.",
         "The needs assessment focuses on [[transsexuals]] living in the borough."]),
    "describes-specific-person": (
        ["He works as a [[postman]].",
         "Mr Cole, the [[headmaster]], opened the unit."],
        ["A [[spokesman]] for the trust said the ward would reopen."]),
}


def _params():
    for name, (pos, neg) in CASES.items():
        for i, m in enumerate(pos):
            yield pytest.param(name, m, True, id=f"{name}+{i + 1}")
        for i, m in enumerate(neg):
            yield pytest.param(name, m, False, id=f"{name}-{i + 1}")


@pytest.mark.parametrize("name,marked,expected", list(_params()))
def test_condition(name, marked, expected):
    check(name, marked, expected)


def test_every_language_condition_is_tested():
    from inclusive_lint.conditions import common, names, pronoun_sets, pronouns, terms

    mine = {getattr(fn, "condition_name", None) for mod in (common, names, pronoun_sets, pronouns, terms)
            for fn in vars(mod).values() if callable(fn)}
    mine.discard(None)
    mine.discard("allowed-phrase")          # needs config; tested with the config code
    assert mine <= set(CASES), sorted(mine - set(CASES))


def test_paired_pronoun_is_one_finding(lint):
    for text in ("Each volunteer must return his or her badge.", "Confirm that s/he has a DBS check.",
                 "Discuss it with him/her first.", "Once registered, (s)he will get a letter."):
        hits = [f for f in lint(text) if f.rule_id.startswith("PRN")]
        assert len(hits) == 1, (text, [(f.rule_id, f.text) for f in hits])


def test_disclaimer_is_reported_once_and_not_as_generic_pronoun(lint):
    text = ("For ease of reading, the employee is referred to as 'he' and this includes 'she'. "
            "Each employee must keep his record up to date.")
    ids = [(f.rule_id, f.text) for f in lint(text) if f.rule_id.startswith("PRN")]
    assert ids == [("PRN-005", ids[0][1]), ("PRN-001", "his")], ids


@pytest.mark.parametrize("text,span", [
    ("The Chairman's report is attached.", "Chairman"),
    ("The chairman\u2019s report is attached.", "chairman"),
    ("Nominations for Vice-Chairman close on Friday.", "Chairman"),
    ("Nominations for vice chairman close on Friday.", "chairman"),
    ("The committee chairmen meet monthly.", "chairmen"),
    ("The clinic supports trans-gendered adults.", "trans-gendered"),
    ("The helpline is unmanned at night.", "unmanned"),
    ("Please explain it in laymen's terms.", "laymen's terms"),
    ("Please explain it in layman\u2019s terms.", "layman\u2019s terms"),
    ("The project took 300 man hours.", "man hours"),
    ("The project took 300 man-hours.", "man-hours"),
    ("Mom and dad can stay on the ward.", "Mom and dad"),
    ("The group is for TRANSEXUALS only.", "TRANSEXUALS"),
    ("Requests for sex change surgery go to the panel.", "sex change"),
    ("The line manager will tell him / her the outcome.", "him / her"),
    ("Dear Sir / Madam, thank you for your letter.", "Dear Sir / Madam"),
    ("The group welcomes trans-women and transwomen.", "transwomen"),
])
def test_case_inflection_and_spelling(lint, text, span):
    hits = [f.text for f in lint(text) if f.rule_id.startswith(("ROL", "TRM", "BIN", "PRN"))]
    assert span in hits, (text, hits)


def test_language_dev_set_precision_and_recall(cli):
    """Span precision and recall on tests/data/language-cases.yaml, via ``rules test``."""
    res = cli("rules", "test", ROOT / "tests" / "data" / "language-cases.yaml", "--no-config",
              "--select", "PRN,ROL,BIN,TRM", "--json")
    assert res.returncode == 0, res.stderr
    span = json.loads(res.stdout)["total"]["span"]
    assert span["precision"] >= 0.9 and span["recall"] >= 0.9, span


def test_list_items_take_their_antecedent_from_the_lead_in(lint):
    text = ("When a new employee joins, the manager will:\n\n- give him a copy of the handbook\n"
            "- make sure he completes induction\n")
    assert [f.text for f in lint(text, "policy.md") if f.rule_id == "PRN-001"] == ["him", "he"]


def test_a_new_paragraph_does_not_borrow_an_antecedent(lint):
    text = "Condom use was discussed with the patient.\n\nHe is our longest-serving nurse.\n"
    assert [f.text for f in lint(text) if f.rule_id.startswith("PRN")] == []


@pytest.mark.parametrize("text,span", [
    ("Each volunteer must return his or\nher badge at the end of the shift.", "his or\nher"),
    ("Staff may not visit a colleague of the opposite\nsex at home alone.", "the opposite\nsex"),
    ("The walking group is open to men and\nwomen of any fitness level.", "men and\nwomen"),
    ("Reception must confirm the patient's real\nname before booking.", "real\nname"),
])
def test_phrases_match_across_line_breaks(lint, text, span):
    hits = [f.text for f in lint(text) if f.rule_id.startswith(("PRN", "ROL", "BIN", "TRM"))]
    assert span in hits, (text, hits)


def test_a_heading_can_supply_the_antecedent(lint):
    text = ("4.2 Duties of the line manager\n\nHe will publish the rota two weeks ahead.\n\n"
            "Dr Shah\n\nHe leads the diabetes service.\n")
    assert [(f.rule_id, f.location.line) for f in lint(text) if f.rule_id.startswith("PRN")] == [("PRN-001", 3)]


@pytest.mark.parametrize("text,filename,expected", [
    ("Terms to avoid:\n- transsexual\n- hermaphrodite\n\nThe clinic sees transsexual patients.\n", "t.txt", 1),
    ("| Avoid | Say instead |\n|---|---|\n| transsexual | trans person |\n\n"
     "| Service | Notes |\n|---|---|\n| Clinic | for transsexuals |\n", "t.md", 1),
    ("<table><tr><th>Avoid</th><th>Say</th></tr><tr><td>transsexual</td><td>trans</td></tr></table>"
     "<table><tr><th>Group</th><th>Notes</th></tr><tr><td>transsexual people</td><td>x</td></tr></table>",
     "t.html", 1),
])
def test_terms_listed_under_an_avoid_lead_in_are_mentions(lint, text, filename, expected):
    hits = [f for f in lint(text, filename) if f.rule_id.startswith("TRM")]
    assert len(hits) == expected, [(f.rule_id, f.text, f.location) for f in hits]


def test_in_pronoun_set_excuses_declared_sets_only(lint):
    flagged = lambda t: [f.text for f in lint(t) if f.rule_id == "PRN-001"]  # noqa: E731
    assert flagged("Each member of staff can show he/him or they/them on the badge.") == []
    assert flagged("Each member of staff must wear his badge.") == ["his"]
