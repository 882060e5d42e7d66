"""Issue 14 round 2: conditions that judge the kind of writing a match sits in (service
literature or description), whether "next of kin" is used or discussed, and whether "opposite
sex" defines orientation or a discrimination comparator. Sentences written for these tests."""
import pytest
from test_conditions_language import ctx_for

from inclusive_lint.conditions import registry
from inclusive_lint.conditions.genre import is_service_text

CASES = [
    # descriptive writing: silent only when nothing addresses or instructs the reader
    ("descriptive-writing", "Cot death refers to the sudden death of a baby; many [[mothers]] blamed themselves.", True),
    ("descriptive-writing", "I was exhausted, and the other [[mothers]] in the bay were kind.", True),
    ("descriptive-writing", "Until recently, [[fathers]] waited outside the delivery room.", True),
    ("descriptive-writing", "Until recently, [[fathers]] waited outside; now you can stay all night.", False),
    ("descriptive-writing", "[[Breastfed]] babies are less likely to get ear infections.", False),
    ("descriptive-writing", "Our midwives support [[mothers]] at home; I am one of them.", False),
    # next of kin as someone to record, contact or involve
    ("next-of-kin-in-use", "The ward will phone your [[next of kin]] before you go home.", True),
    ("next-of-kin-in-use", "Please tell us who your [[next of kin]] is.", True),
    ("next-of-kin-in-use", "Record your [[next of kin]] on the back of this card.", True),
    ("next-of-kin-in-use", "Name and telephone number of [[next of kin]]", True),
    ("next-of-kin-in-use", "[[Next of kin]] may visit outside the usual hours.", True),
    ("next-of-kin-in-use", "A [[next of kin]] has no legal power to make medical decisions.", False),
    ("next-of-kin-in-use", "Laws on [[next of kin]] can vary from one country to another.", False),
    ("next-of-kin-in-use", "Some people consider a close friend to be their [[next of kin]].", False),
    # orientation and comparators
    ("describes-orientation-or-comparator", "Heterosexual means attracted to [[the opposite sex]].", True),
    ("describes-orientation-or-comparator", "Harassment is unwanted conduct; a comparator of "
                                            "[[the opposite sex]] is not needed.", True),
    ("describes-orientation-or-comparator", "A nurse of [[the opposite sex]] may be present.", False),
]


@pytest.mark.parametrize("name,marked,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_condition(name, marked, expected):
    assert registry()[name](ctx_for(marked)) is expected, marked


@pytest.mark.parametrize("text,expected", [
    ("You can bring one visitor.", True),
    ("Staff must wear a badge.", True),
    ("Surname: ________", True),
    ("Antenatal classes help parents prepare for labour.", True),
    ("Bring your red book to every appointment.", True),
    ("The word comes from Old English and was common in the 1800s.", False),
    ("She said the hospital had been cold and the food poor.", False),
])
def test_service_text(text, expected):
    assert is_service_text(text) is expected


def test_perinatal_prompt_stays_silent_in_an_account_but_not_in_a_leaflet(lint):
    account = "I sat in the waiting room with my wife and watched the other mothers come and go after the birth.\n"
    assert not [f.rule_id for f in lint(account) if f.rule_id.startswith("PER")]
    leaflet = "After the birth, new mothers are seen by a midwife before going home.\n"
    assert [f.rule_id for f in lint(leaflet) if f.rule_id.startswith("PER")] == ["PER-001"]


@pytest.mark.parametrize("marked,expected", [
    ("Your [[next of kin]] is the person we contact first.", True),
    ("Who is your [[next of kin]]?", True),
    ("Do you have a [[next of kin]] living nearby?", True),
    ("Some people are surprised to learn that a [[next of kin]] has no legal role.", False),
])
def test_next_of_kin_asked_or_contacted_by_the_service(marked, expected):
    assert registry()["next-of-kin-in-use"](ctx_for(marked)) is expected, marked


@pytest.mark.parametrize("marked,expected", [
    ("The receptionist asked each visitor for a badge and their [[next of kin]].", True),
    ("Staff list their [[next of kin]] on the starter form.", True),
    ("[[Next of kin]]: her civil partner, Sam.", True),
    ("Nobody, not even the [[next of kin]], can give consent for an adult who lacks capacity.", False),
])
def test_next_of_kin_asked_for_or_recorded(marked, expected):
    assert registry()["next-of-kin-in-use"](ctx_for(marked)) is expected, marked


@pytest.mark.parametrize("marked,expected", [
    ("The nurse in charge contacts the [[next of kin]] after the ward round.", True),
    ("Staff then inform the patient's [[next of kin]].", True),
    ("Many people have no [[next of kin]] they would want staff to contact.", False),
])
def test_next_of_kin_contacted_in_any_tense(marked, expected):
    assert registry()["next-of-kin-in-use"](ctx_for(marked)) is expected, marked
