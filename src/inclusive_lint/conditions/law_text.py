"""Is a sentence the text of a law? Citations, statute layout and drafting, and the line between
reproducing or reporting the law (a mention) and citing it inside the document's own guidance
(a use). Read by the ``cites-legislation`` condition in ``common.py``."""
from __future__ import annotations

import functools
import re

from .law_gate import Gate
from .mention_kinds import DRAFTING

_ACT = r"(?:Act|Regulations|Order|Directive|Measure|Bill|Convention)"
# the parties of a reported case, up to the second one's first letter: "Corbett v C", "Goodwin v U"
CASE_PARTIES = r"[A-Z][\w&.'\u2019]*(?: [A-Z&][\w&.'\u2019]*){0,3} v\.? [A-Z]"
# wording that reports what a law says or defines (also a citation, for _LEGISLATION)
_REPORTS_LAW = (
    # (not a noun clause: "he or she will take into account what the law says about sentencing")
    r"(?<!what )(?<!ever )\bthe (?:Act|Regulations|statute|legislation|Order|judgment|court) (?:says|states|defines|provides|refers|uses|"
    r"calls|describes|requires|still|say|state|define|provide|require)\b"
    r"|\bthe courts? (?:ha(?:ve|s) )?(?:stated|held|ruled|said|decided)\b"
    r"|(?<!what )(?<!ever )\bthe law (?:says|states|defines|provides|refers|uses|calls|describes|still)\b"
    r"|\bwhat the (?:law|Act|Regulations|legislation) (?:says|states|provides)(?:\s+about\s+[^:.;]{1,60})?\s*:"
    r"|\b(?:statutory|legislative|legal) (?:wording|text|definition|term|language)\b"
    r"|\bInterpretation Act\b"
    # a definition taken from the law: "Spouse means a husband or wife as defined or recognized under state law"
    r"|\bas defined (?:or recogni[sz]ed )?(?:under|by|in) (?:state|federal|national|local|applicable|the relevant) law\b"
    # a definition set out from a named standard: "Informed consent is defined in ICH-GCP as: A process by which ..."
    r"|\b(?:is|are) defined (?:in|by) (?:the )?(?![\w -]*\b(?:Policy|Procedure|Handbook|Constitution|Strategy)\b)"
    r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,4} as(?: follows)?:"
    # a term's standing in law ("known in law as", "defined in law"), not any "in law" ("a sanction in law")
    r"|\b(?:defined|known|described|referred to|termed|called|recogni[sz]ed|treated|regarded|means?|meant)"
    r"(?: as [\w-]+)? in law\b|\bin law,? (?:a|an|the) [\w-]+ (?:is|are|means)\b"
    # case law reported: "The decision in Goodwin v UK held that ...", "In Corbett v Corbett the court ruled"
    r"|\bthe (?:decision|ruling|judgment|judgement) in\b|\b" + CASE_PARTIES +
    r"[\w.'\u2019]*(?: [A-Z][\w.'\u2019]*){0,3}\b[^.;]{0,60}\b(?:held|ruled|found|decided|established)\b"
    r"|(?<!what the )(?<!ever the )\b(?i:regulations|acts|statutes?|legislation|constitution|standing orders|byelaws?)\b(?:(?! [-*] )[^.;,*\u2022\u2013\u25aa\u25cf\u25e6]){0,25}"
    # (a noun is not the law speaking: "the regulations regarding their use"; nor is the next item of a list: "Abide by
    # the rules and regulations of the hospital / • Provide accurate details")
    r"(?<!\b[Tt]he )(?<!their )(?<!its )(?<!of )(?<!for )\b(?i:say|says|said|state|states|provide|provides|require|requires|refer|refers|use|uses|define|defines)\b"
    # "the law requires disclosure" states a duty; only what the law says or defines is its text
    # (not a state as a place: "the law of any other state")
    r"|(?<!what )(?<!ever )\b(?i:the law)\b[^.;]{0,25}(?<!other )(?<!any )(?<!each )(?<!every )(?<!the )(?<!that )(?<!this )(?<!home )"
    r"\b(?i:say|says|said|state|states|provide|provides|define|defines)\b")
_LEGISLATION = re.compile(
    # a named Act or Regulations, with or without a year
    r"\b(?:[A-Z][A-Za-z()']+ )+" + _ACT + r"(?: \(\w+\))?(?: (?:1[89]|20)\d\d)?\b"
    r"|\b(?:Act|Regulations) (?:1[89]|20)\d\d\b|\bthe (?:1[89]|20)\d\d (?:Act|Regulations|Order)\b"
    # "s.6", "ss 2-4", "section 7(2)", "regulation 12"
    r"|\b(?:[Ss]s?\.) ?\d+|\b[Ss]ection \d+[A-Z]?\(\d+\)|\b(?:[Rr]egulation|reg\.) ?\d+"
    # section / schedule / article of something that is law
    r"|\b(?:[Ss]ection|[Ss]chedule|[Aa]rticle|[Pp]aragraph|[Pp]art) \d+[A-Z]?(?: ?\(\w+\))* (?:of|to|under) (?:the )?[A-Z]"
    r"|\bunder (?:section|schedule|regulation) \d+|\b(?:in|by) regulation \d+"
    # a law's own provisions: "the provisions of this law"
    r"|\bprovisions? of this (?:law|statute)\b"
    r"|\b(?:MHA|MCA|GRA|EqA|HRA)\b(?: (?:1[89]|20)\d\d)?|\bs ?\d+\(\d+\)"
    # US federal rules: "29 CFR 825.120", "825.120(a)(5)", "42 U.S.C. 1983"
    r"|\b\d+ (?:CFR|C\.F\.R\.|U\.S\.C\.|USC)(?!\w)|\b\d{1,4}\.\d{1,4}(?:\([a-z0-9]{1,3}\)){1,3}"
    # a US state's code named with its state and a section number of the state's form: "Washington Administrative Code
    # (WAC) 388-76-10645" (not an organisation's "Health and Safety Code 2.4" or "Revised Code 2023")
    r"|\b[A-Z][a-z]+ (?:Administrative|Revised|Penal|Probate|Health and Safety|Welfare and Institutions) Code(?: \([A-Z]{2,5}\))?,? "
    r"(?:\u00a7 ?)?(?:\d{2,}-\d+(?:-\d+)?|\d{3,}\.\d+)"
    # any code or law cited by its section sign: "Health & Safety Code \u00a7 1231001", "49 Pa. Code \u00a7 29.24", "Public
    # Health Law \u00a7 2504" (the sign may arrive as "~")
    # (not an organisation's own "Staff Code \u00a7 4"; "~" only before a long section number)
    r"|(?<!Staff )(?<!Uniform )(?<!Dress )(?<!Honor )(?<!Honour )(?<!Conduct )(?<!Practice )(?<!Ethics )\b(?:Code|Law|Stat\.|Stats\.)"
    r"\s?(?:\u00a7\s?\d|~\s?\d{3,})|"
    + _REPORTS_LAW)


# a statutory instrument's provision number: "27.-(1)" (the dashes read as hyphens)
SI_LAYOUT = re.compile(r"\b[A-Z]{0,2}\d+[A-Z]?\.\s?-{1,2}\s?\(\d+\)")
# the layout of statutory text reproduced verbatim: "G1.-(1) Subject to paragraph (2), ...", "(2)(a) ..."
_STATUTE_LAYOUT = re.compile(
    SI_LAYOUT.pattern + r"|\bsub-?paragraphs?\b"
    # "(1)(e)", but not a document's own "clause 12(1)(e)"
    # (nor a pinpoint citation glued to its section number: "appointed under section 10(1)(f) of ...")
    r"|(?<!clause )(?<!clause \[)(?<!clause \d)(?<!clause \[\d)(?<!clause \d\d)(?<!clause \[\d\d)(?<![\w])"
    r"\(\d+[A-Z]?\)\s?\([a-z]{1,4}\)"
    # a lettered provision with a roman sub-item: "or (b)(i) because of the severity ..."
    r"|(?<!clause )\([a-h]\)\s?\((?:i{1,3}|iv|vi{0,3})\)"
    r"|\b(?i:subject to|in accordance with|for the purposes of|by virtue of|within the meaning of|in pursuance of|"
    r"pursuant to) (?i:paragraphs?|regulations?|sections?|sub-?sections?|articles?|schedules?) (?:\(?\d|\([a-h]\))"
    r"(?![\w.()]*\s+(?:below|of this (?:policy|procedure|document|constitution|agreement|handbook|guidance|code)))"   # not the document's own
    # a code's provisions numbered "1°", "2°" after a colon and a semicolon, as French and Belgian law sets them out
    # ("... only if: 1° If he has ...; 2° If ..."; not clinical shorthand: "1° care", "within 1° or 2° of 21°C")
    r"|:\s*1\u00b0\s+[A-Z][^;]{0,400};\s*2\u00b0\s+[A-Z]"
    # a statute speaking of itself: "these Regulations", "paragraph (1)"
    r"|\b(?:(?i:these regulations)|this Order|this Schedule|this Part|(?i:paragraphs?|regulations?) \(\d+\))"
    # drafting: "for the purposes of this section", a lettered provision glued to its first word "(c)not being"
    r"|\b(?i:for the purposes of (?:this|that) (?:section|regulation|Act|Part|Schedule|article))\b"
    r"|(?:^|\n)\s*\([a-z]{1,3}\)(?=[a-z]{2})|(?:^|\n)\s*\(\d{1,2}[A-Z]?\)(?=[A-Z][a-z ])"     # (or a numbered one with a statute's word: "(2)A husband ... section 257A")
    r"(?=[^.;]{0,200}\b(?:shall|thereof|sub-?section|section\s\d))")
# drafting that names the law's own parts or terms (kept apart from _STATUTE_LAYOUT, whose every choice opens
# on a literal the fast gate reads): asked only of a sentence holding one of _SELF_WORDS
_SELF_DRAFTED = re.compile(
    # a numbered subsection that speaks of its own section: "(4) Any committee established under this section may ..."
    # (with a word only statute uses in it: a policy's "(2) Any complaint made under this section will be passed ...")
    r"^(?=[^.;]*\b(?:shall|thereof|therein|hereby|hereunder|hereinafter)\b)\s*\(\d{1,2}[A-Z]?\)\s[^.;]{0,120}\b(?:established|appointed|constituted|made|given|issued|granted|imposed|"
    r"conferred|specified)\s(?:under|by|in)\sthis\s(?:section|subsection|Part|Schedule|Act|Order)\b"
    # a person given a letter to be called by: "a decision made by a person ('P'), after he has reached 18"
    r"|\b(?:a|an|any|the)\s(?:person|individual|patient|child|adult|employee|worker|officer|member)\s"
    r"\(\s?['\"\u2018\u201c](?:[A-Z]{1,2}|the [a-z]+)['\"\u2019\u201d]\s?\)"
    # the Equality Act's definitions retold: "The protected characteristic of sexual orientation is defined as ..."
    # a code's reference to its own parts: "the rights specified in paragraphs (f)(1) through (11) of this section"
    r"|\bparagraphs?\s+\([a-z0-9]{1,4}\)(?:\(\d{1,3}\))*(?:\s+(?:through|to|and)\s+\(\d{1,3}\))?\s+of\s+this\s+(?:section|part|subpart|chapter)\b"
    # a code's definition of one given a licence under it: "Licensee means a person holding a licence issued to him
    # pursuant to this chapter" (not a handbook's "pursuant to this chapter of the Standing Orders", nor a rule)
    r"|^(?=[^.;]*\bmeans\b)[^.;]*\b(?i:pursuant\s+to\s+(?:the\s+provisions\s+of\s+)?this\s+(?:chapter|subchapter|title))\b(?!\s+of\b)"
    # a code's defined term: "“Contract of admission,” as used in this chapter, includes ...", "As used in this
    # chapter, “patient” means ..." (not a policy's "as used in this section")
    r"|\b(?:[Aa]s|[Ww]hen)\s+used\s+in\s+this\s+(?:chapter|subchapter|title|division)\b[^.;]{0,60}?\b(?:means|includes|refers\s+to|shall\s+(?:mean|include))\b"
    r"(?![^.;]*,\s+and\s)"
    # a right or power the law gives by number: "An employee does not have the right conferred by section 71 unless ..."
    # (drafted as law: "does not have the right conferred by section 71 unless ...", not a policy's "may use the right ...")
    r"|\b(?:does|do)\s+not\s+have\s+the\s+(?:right|power)s?\s+conferred\s+(?:on\s+[\w ]{1,30}?\s+)?by\s+"
    r"(?:section|subsection|regulation|paragraph|article)\s+\d[^.;]{0,80}\bunless\b"
    r"|\b(?i:the) protected characteristic of [a-z ]{3,40}? (?:(?:is|are) (?:defined|described|set out)|means)\b"
    r"(?![^.;]*,\s+(?:and|but)\s)(?![^.;]*\b(?:may|must|should|will|can)\b)")
_SELF_WORDS = ("this ", "('", '("', "(\u2018", "(\u201c", "protected characteristic", "conferred")


class _DraftedLead:
    """``search`` as a pattern has it, for a lead-in's text: statute layout or the law's own drafting
    (read by ``under_law_lead_in``: "The protected characteristic of ... is defined as ...:" over its items)."""
    @staticmethod
    def search(text: str):
        return _STATUTE_LAYOUT.search(text) or (
            _SELF_DRAFTED.search(text) if any(w in text for w in _SELF_WORDS) else None)


DRAFTED_LEAD = _DraftedLead()


# marks that only a published statute carries, anywhere in its paragraph: an editor's amendment marks
# ("[F1", "F2. . ."), a state code's source note, a code section number opening the paragraph
# ("125100. The board ...", "Ala. Code \u00a7 41-1-5 | No officer ..."); a bare "\u00a7 254.07" may open a
# council's own personnel code, which is its policy
# a code's source or history note: "Source: Laws 1879, ...", "(Code, s. 706; Rev., s. 1317; ...)",
# "(Ord. No. 158, ...)"; in the paragraph or in the one after the provision (it dates the one above)
_HISTORY = (r"Source:\s?(?:Laws|L\.|Stats?\.|Rev\.)\s|\((?:Code|Rev\.|C\.S\.|G\.S\.|R\.S\.)[,.]?\s?s\.\s?\d"
            r"|\(Ord\.\s?No\.\s?\d|(?<![^\n])[ \t]*\(Ord\.\s?\d")
HISTORY_NOTE = re.compile(r"\s*(?:" + _HISTORY + ")")
_PUBLISHED_MARKS = re.compile(r"\[F\d{1,3}(?=[A-Za-z\[])|\bF\d{1,3}\.\s\.\s\.|" + _HISTORY)
# a legislation website's note marker standing alone on its line, between lines of text: "I33" (commencement), "F2"
# (amendment); not a code under a label ("Grade:\nC4") nor a run of codes ("C1\nC2")
_MARKER_LINE = re.compile(r"(?m)(?<![:\n])\n[ \t]*[IF]\d{1,3}[ \t]*\n(?![ \t]*[A-Z]\d{1,3}[ \t]*$)")
_STATUTE_BODY = re.compile(r"\bthis\s(?:Act|section|subsection|Part|Order|regulation|Schedule)\b|\b[Tt]he\s(?:Department|Agency|"
                           r"Secretary\sof\sState|Minister|Welsh\sMinisters|Scottish\sMinisters)\b|\bTextual\sAmendments\b|"
                           r"\bCommencement\sInformation\b")
_MARK_LITERALS = ("[F", ". . .", "Source:", "(Code", "(Rev.", "(C.S.", "(G.S.", "(R.S.", "(Ord.")
_PUBLISHED_OPENING = re.compile(r"\s*\d{5,6}\.\s|[^\n]{0,30}?\b(?:Code|Stat\.|Stats\.)\s?\u00a7\s?\d"
                                # a federal rule's section and heading: "483.10 Resident rights.\n(b) ..."
                                r"|\s*\d{3,4}\.\d{1,4}\s+[A-Z][\w ,'-]{2,60}\.\s*(?:\n\s*)?\([a-z0-9]\)")


# a subsection number glued to its first word opening the paragraph, as a statute copied from a
# legislation website reads: "(1)If a chief officer determines ...", "(2)After doing so ..."
_GLUED_NUMBER = re.compile(r"\(\d{1,2}[A-Z]?\)[A-Z][a-z]+ ")
# an item of a provision glued to its first word after a semicolon: "...; (v)a declaration by the person"
_GLUED_ITEM = re.compile(r"[;:]\s\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)[a-z]+\s")


# an amendment mark copied without its bracket, glued to the next word ("by F3each of those persons"), with a
# word of statute in the paragraph (not a handbook's own "F12 Where an employee ...")
_BARE_AMENDMENT = re.compile(r"(?<![\w\[])(?<![Ff]orm )F\d{1,3}[A-Z]?[a-z]{2}")
# a code's citation alone on the paragraph's last line: "49 Pa. Code \u00a7 29.24", "Ala. Code \u00a7 41-1-5"
_STATE = (r"(?:Ala|Alaska|Ariz|Ark|Cal|Colo|Conn|Del|Fla|Ga|Haw|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Me|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|"
          r"Nev|N\.\s?[HJMYCD]|Ohio|Okla|Or|Pa|R\.\s?I|S\.\s?[CD]|Tenn|Tex|Utah|Vt|Va|Wash|W\.\s?Va|Wis|Wyo)\.?")
_CODE_LINE = re.compile(r"\n[^\S\n]*(?:\d{1,3}\s)?" + _STATE + r"\s(?:[A-Z][a-z]*\.?\s|&\s){0,4}(?:Code|Stat\.|Stats\.|Regs\.)"
                        r"(?:\s(?:Ann\.|tit\.\s?\d+,))?\s?\u00a7\s?\d[\d.-]*[^\S\n]*$")
_STATUTE_WORD = re.compile(r"\b(?:shall|aforesaid|thereof|herein|hereby|forthwith|this\s(?:section|Act|Part))\b")
# beside an amendment mark, a legislation website's other marks: its note of a modification opening the paragraph
# ("C21 A person may appeal ..."), a subsection speaking of itself, a section "above"
_AMENDED_WORD = re.compile(_STATUTE_WORD.pattern + r"|\bthis\ssubsection\b|\b(?:sub)?section\s\d+[A-Z]?\s(?:above|below)\b|^\s*C\d{1,3}\s+[A-Z]")
# an Act speaking of its own coming into force: "after the commencement of this Act"
_OWN_COMMENCEMENT = re.compile(r"\b(?:commencement|passing|coming\s+into\s+force)\s+of\s+this\s+(?:Act|Order|Measure)\b")


# an annotated statute's footnote numbers glued to its words, in order: "entitled to be registered1 as a ... chiropractor2"
_ACT_YEAR = re.compile(r"\b(?:Act|Regulations|Order)\s(?:1[89]|20)\d\d\b")
_FOOTNOTE = re.compile(r"(?:(?<=[a-z]{3})|(?<=[a-z]{3}['\u2019]))(\d{1,2})(?=[\s;:,.)])")


def _footnoted(text: str) -> bool:
    """Three or more footnote numbers glued to words in a row, counting up from one ("registered1 ... fee2 ... manner3")."""
    run, last = 0, 0
    for m in _FOOTNOTE.finditer(text):
        n = int(m.group(1))
        run, last = (run + 1 if n == last + 1 else (1 if n == 1 else 0)), n
        if run >= 3:
            return True
    return False


def published_statute(text: str) -> bool:
    """``text`` carries a mark only a published statute has (a literal check first: it is asked
    of every paragraph, and a 10 MB text may be one paragraph)."""
    if "\u00a7" in text and _CODE_LINE.search(text) and _STATUTE_WORD.search(text):
        return True         # a state code's provision, its citation on the last line: "... shall ...\n49 Pa. Code \u00a7 29.24"
    if _PUBLISHED_OPENING.match(text) or _GLUED_NUMBER.match(text) or (("; (" in text or ": (" in text) and _GLUED_ITEM.search(text)):
        return True
    if "F" in text and _BARE_AMENDMENT.search(text) and _AMENDED_WORD.search(text):
        return True
    if "of this " in text and _OWN_COMMENCEMENT.search(text):
        return True
    if any(lit in text for lit in _MARK_LITERALS) and _PUBLISHED_MARKS.search(text) is not None:
        return True
    if "\n" in text and _MARKER_LINE.search(text) and _AMENDED_WORD.search(text) and _STATUTE_BODY.search(text):
        return True         # a legislation website's annotation marks, each alone on its line ("I33", "F12"), in text with
        #                     "shall" that names its own Act or section or a department of state
    # footnotes alone are any PDF's ("the chaperone policy1, GMC guidance2 ..."): with a word of statute or a dated Act
    return _footnoted(text) and (_STATUTE_WORD.search(text) is not None or _ACT_YEAR.search(text) is not None)
# a dash glued to a word, then lettered provisions: "should\u2014 (a) ..."
# (or a spaced dash before an item glued to its first word, as a legislation website's text is copied: "showing \u2014 (a)the")
_DASH_ITEMS = re.compile(r"[a-z][-\u2014\u2013]\s*\([a-z0-9]{1,4}\)|[a-z] [-\u2014\u2013]\s*\((?!s\))[a-z]{1,3}\)(?=[a-z]{2})")     # dashes arrive folded to "-"
_STATUTE_START = re.compile(r"^\s*(?:[A-Z]{0,2}\d+[A-Z]?\.\s?-{1,2}\s?)?\(\d+[A-Z]?\)\s?(?:\([a-z]{1,4}\)\s?)?\S")


# what the law says or defines, as against a citation only ("refer under section 47")
_REPRODUCES = re.compile(
    r"\b(?i:this|that|the) (?:section|regulation|paragraph|schedule|article|provision|subsection) (?:says|states|defines|"
    r"provides|sets out|means|requires|applies|does not apply)\b"
    # a drafting formula: "a reference to a transsexual person is a reference to ..."
    r"|\b[Aa] reference (?:in [^,.;]{1,40} )?to [^,.;]{1,50} is (?:a )?reference to\b"
    # explanatory notes on an Act: "Paragraph 4 ensures that ...", "Section 12 amends ..."
    r"|\b(?:Paragraph|Section|Regulation|Article|Schedule|Subsection) \d+[A-Z]?(?:\(\w+\))* (?:ensures|amends|inserts|"
    r"repeals|gives effect|makes provision)\b"
    # a numbered provision reported by what it says: "Section 3 provides that a person is unable to ..."
    r"|\b(?:[Ss]ection|[Rr]egulation|[Aa]rticle|[Ss]ubsection) \d+[A-Z]?(?:\(\w+\))* (?:provides|states|says|defines|"
    r"sets out|reads)\b"
    # a subsection numbered as statute numbers it, reported by what it asks: "Subsection (4) requires the researcher to ..."
    # (a bracketed "paragraph (2)" is statute layout already, _STATUTE_LAYOUT)
    r"|\b[Ss]ub-?section \(\d+[A-Z]?\)(?:\(\w+\))* (?:provides|states|says|defines|sets out|requires|allows|"
    r"permits|enables|prevents)\b|" + _REPORTS_LAW)
# an office whose powers a cited law sets out: "the Secretary of State may ... under section 7"
_STATUTORY_OFFICE = re.compile(r"\b[Tt]he (?:Secretary of State|Minister|Welsh Ministers|Scottish Ministers|Lord Chancellor|"
                               r"Registrar General)\b")
# a citation framing the sentence: "Under section 12 of the Housing Act 1996, ...", "note that as per s3(1) ..."
_FRAMED = re.compile(
    r"(?:^\W*|\bthat\s+|\bnote,?\s+)(?i:under|as per|in accordance with|according to|by virtue of|pursuant to|"
    r"for the purposes of|within the meaning of)\s+(?:the\s+)?(?:[Ss]ections?\b|[Ss]s?\.?\s?\d|[Rr]egulations?\b|"
    r"[Aa]rticle\b|[Ss]chedule\b|[Pp]art\b|(?:[A-Z][\w()']* )+" + _ACT + r"\b)")
# the citation is the subject of a reporting verb: "Section 132 of the Mental Health Act 1983 requires ..."
# (its year may follow a comma: "the ... (Professional Conduct) Regulations, 2002 (4) states that")
_REPORT_AFTER = re.compile(r"(?:,\s*(?:1[89]|20)\d\d\b(?:\s*\(\w+\))?\s+(?=(?:says|states|provides|requires|defines|sets\sout|prescribes|specifies)\b))?(?:,\s*['\"\u2018\u201c][^'\"\u2019\u201d]{1,80}['\"\u2019\u201d],)?[^,.;]{0,40}?\b(?:says|states|uses|calls|refers to|describes|reads|requires|provides|allows|permits|defines|means|gives|places|asks for|prescribes|"
                           r"sets out|lists|prohibits|entitles|enables|imposes|obliges|specifies|protects"
                           # plural subjects: "the explanatory notes to the Act describe ..."
                           r"|say|state|use|call|refer to|describe|define|provide|require|set out|list|prescribe|specify|"
                           r"permit|allow)\b")


@functools.lru_cache(maxsize=1024)      # asked once per match, for the few sentences that hold matches
def _sentence_cites(sentence: str) -> bool:
    """The sentence reproduces or reports the law, or sets out a statutory office's powers. A bare
    citation inside the document's own text ("the practitioner should refer under section 47
    where s/he ...", "the Clerk is the responsible officer under the ... Act for his/her own
    safety") does not."""
    sentence = sentence.replace("\n", " ")
    if any(w in sentence for w in _SELF_WORDS) and _SELF_DRAFTED.search(sentence):
        return True
    if "such " in sentence and _SUCH_DRAFTED.search(sentence) and SHALL.search(sentence) and _SECOND_CUE.search(sentence) \
            and not _OWN_BODY_RX.search(sentence):
        return True             # "such" as statute uses it, with no article: "... until it is decided whether such person shall be"
    if not _CITES_GATE.may_match(sentence):
        return False            # no digit and no word any of the six patterns needs (law_gate.py)
    if _REPRODUCES.search(sentence) or _STATUTE_LAYOUT.search(sentence) or DRAFTING.search(sentence) \
            or _ENACTING.search(sentence) or _PINPOINT_END.search(sentence):
        return True
    cites = [m for m in _LEGISLATION.finditer(sentence)]
    if not cites:
        return False
    return (_FRAMED.search(sentence) is not None or _STATUTORY_OFFICE.search(sentence) is not None
            or any((_REPORT_AFTER.match(sentence, m.end()) and not sentence.endswith(("what the ", "ever the "), 0, m.start())) or _DEFINED_IN.search(sentence, max(0, m.start() - 30), m.start())
                   or _QUOTED_AFTER.match(sentence, m.end()) or (_IT_IS_SAID.match(sentence, m.end()) and _OPENS_ON_CITATION.fullmatch(sentence, 0, m.start())) for m in cites))


# the citation, then what it says in the passive: "In Section 7 of the Aadhaar Act, it is mentioned that ..."
_OPENS_ON_CITATION = re.compile(r"\W*(?:In|Under)\s+(?:the\s+)?")     # (the citation opens the sentence, nothing of one's own before)
_IT_IS_SAID = re.compile(r"(?:(?!\b(?:our|your|we|which|review|handbook|contract|policy|duties|leaflet|module|e-learning|guidance|training|course|pack|booklet|toolkit|code)\b)[^,.;]){0,60}?,?\sit\s(?:(?:is|was)\s(?:clearly\s|"
                         r"also\s|expressly\s)?(?:mentioned|stated|provided|laid\sdown|specified|stipulated|set\sout|written|said)|states|says|provides)\s(?:that\b|:)")


# "such" standing for "the said", with no article before it, in a sentence that also says "shall"; not an organisation's
# own rules ("the Committee may co-opt a member and such person shall ...")
_SUCH_DRAFTED = re.compile(r"(?<!\bany )(?<!\bevery )(?<!\bno )(?<!\bone )(?<!\bthe )(?<!\ba )(?<!\ball )(?<!\beach )(?<!\bother )(?<!\bfor )"
                           r"\b[Ss]uch (?:person|patient|individual|resident|minor|facility|hospital|institution|premises)\b(?! as\b)")
# with a second word of statute: "forthwith", "thereof", "pursuant to", "under the provisions of section ..."
_SECOND_CUE = re.compile(r"\b(?:forthwith|thereof|therein|thereto|hereby|herein|pursuant to|under the provisions of (?:sub)?section)\b")
SHALL = re.compile(r"\bshall\b", re.I)
# a body of an organisation's own, or the organisation speaking ("the Committee", "the Trust", "we"); and, for a
# sentence, the reader spoken to
OWN_BODY = re.compile(r"\b(?:Trust|Committee|Club|Society|Association|Company|Council|Board|Practice|School|University|College|"
                      r"Charity|Branch|Partnership|[Ww]e|[Oo]ur|[Uu]s)\b")
_OWN_BODY_RX = re.compile(OWN_BODY.pattern + r"|\b(?:[Yy]ou|[Yy]our)\b")
# an organisation's own rules, named as such: "the University Library Regulations", "the Disciplinary
# Regulations", "Regulation for Students 8.1(b)(i)" (no year after them: a statute's name carries one)
OWN_RULES = re.compile(
    r"(?:[Rr]egulation\s+\d[\w.()]*\s+of\s+(?:the\s+)?)?"
    r"\b(?:(?i:the\s+(?:university|college|school|club|society|union|company|trust)(?:'s|\u2019s)\s+(?:[a-z]+\s+){0,2}(?:regulations|rules))|"
    r"(?:University|College|Library|Students?'?|Disciplinary|Academic|Examinations?|Assessment|Information Services|"
    r"Club|Society|Union|Company|School|Staff|Halls?|Residence|Membership|Competition|League)\s+(?:[A-Z][\w'\u2019]*\s+){0,3}"
    r"(?:Regulations?|Rules|Ordinances?|Byelaws?)|Regulations? for (?:Students|Staff|Members)"
    # named by the body they govern: "the rules and regulations that may be made for the governance of the College"
    r"|(?i:(?:rules\s+and\s+)?regulations)\s+(?:[a-z]+\s+){0,10}?(?:of|for)\s+(?:the\s+governance\s+of\s+)?the\s+"
    r"(?:University|College|School|Club|Society|Union|Company|Association|Institute|Academy))"
    r"(?:\s+\d[\w.()]*)?(?!\w)(?!,?\s*(?:1[89]|20)\d\d)")
_THESE_RULES = re.compile(r"\b(?i:these|the above|the said) (?i:regulations)\b")
_DATED_LAW = re.compile(r"\b(?:Act|Regulations|Order)\s+(?:1[89]|20)\d\d\b")


def _blank(m) -> str:
    return " " * len(m.group(0))


def own_rules_blanked(sentence: str, block_names_own: bool, block_names_law: bool) -> str:
    """``sentence`` with an organisation's own rules blanked out, and "these regulations" too where its
    block names such rules and no dated law: what is left is judged as citing the law or not."""
    if not block_names_own:
        return sentence
    out = OWN_RULES.sub(_blank, sentence)
    return out if block_names_law else _THESE_RULES.sub(_blank, out)


# a provision cited and then set out after a colon: "Section 17(11) CA 1989: a child is disabled if he ..."
_QUOTED_AFTER = re.compile(r"[^,.;:]{0,25}(?:(?<=[a-z])\.\s[^,.;:]{0,20})?:\s")      # (an abbreviation may come between: "app. 4 \u00a7 109(16)):")


# an enacting formula of a code or ordinance: "every physician is hereby required to report ..."
_ENACTING = re.compile(r"\b(?:is|are) hereby (?:required|authori[sz]ed|directed|empowered|prohibited|declared|designated)\b"
                       r"|\b[Ii]t shall be (?:un)?lawful\b"
                       # a statute speaking of itself: "under the provisions of this Act"
                       r"|\b(?i:provisions of|commencement of|purposes of|under|by) this Act\b|\bIn this Act\b"
                       # a duty only statute can lay on a court or tribunal: "It shall be the duty of a court hearing ..."
                       # (the court's own business after it, not an organisation's: "... of the candidate", "... of the tribunal chair")
                       r"|\bIt shall be the duty of (?:a|the|every) (?:court|tribunal),?\s+(?:to|which|that|hearing|dealing|considering|determining|before|making)\b"
                       # a power exercised by publication: "may by notification in the Gazette establish"
                       r"|\bby (?:notification|notice|order) (?:published )?in the (?:Official |Government )?Gazette\b")
# a sentence that closes on the provision it restates: "... he may be retaken (Article 132 (1))."; a
# bare "(section 4)" may be the document's own section, so a section needs a subsection or its law
_PINPOINT_END = re.compile(
    r"\((?:under |per )?(?:(?:[Aa]rticle|[Rr]egulation|[Rr]eg\.|[Ss]chedule|Sch\.|Ord\.) ?\d+[A-Z]?(?:[-.]\d+)?(?: ?\(\w{1,4}\))*"
    r"|(?:[Ss]ection|[Ss]s?\.) ?\d+[A-Z]?(?: ?\(\w{1,4}\))+)(?: (?:of|to) [^()]{1,60})?\)[\s.;:]*$")
_CITES_GATE = Gate((_REPRODUCES, _STATUTE_LAYOUT, DRAFTING, _ENACTING, _PINPOINT_END, _LEGISLATION))
# "family is defined in 24 CFR 5.403": the sentence gives the law's definition
# ("a parent (as defined in section 576 ...)" only glosses one word of the document's own sentence)
# ("immediate family as defined by the ... Act" glosses a phrase too); "the entitlement prescribed in the
# Holidays Act 2003 for ..." reports what the law sets
_DEFINED_IN = re.compile(r"(?<!\bas )\b(?:defined|set out|listed|prescribed) (?:in|by|under|at) (?:the )?$")


_PROVISION_NUMBER = re.compile(r"\(\d{1,3}[A-Z]?\)|\([a-z]{1,4}\)|\u00a7+ ?\d[\d.-]*")


# a lettered item opening its paragraph: "(a) the expiration of his term of office ..." (not an organisation's own
# instruction: "(a) Ward staff should ...")
_LETTERED_START = re.compile(r"^\s*\([a-z]{1,4}\)\s?\S")
_OWN_DUTY = re.compile(r"\b(?:should|must|will)\b")
_OWN_VOICE_WORDS = re.compile(r"\b(?:we|our|us|you|your)\b", re.I)     # (closing words in the writer's own voice)


def continues_statute(ctx) -> bool:
    """A numbered provision ("(2) The chairman shall be present ...") or a lettered item ("(a) the
    expiration of his term ...") in the paragraphs right after one laid out as statute ("5.-(1)
    Subject to sub-paragraph (2) below, ..."): the same provision reproduced, split into paragraphs."""
    lettered = _LETTERED_START.match(ctx.text) is not None and _OWN_DUTY.search(ctx.text, 0, 400) is None
    blocks = ctx.document.blocks
    lettered = lettered or (ctx.block_index > 1 and ctx.text[:1].islower() and _LETTERED_START.match(blocks[ctx.block_index - 1].text) is not None
                            and _OWN_VOICE_WORDS.search(ctx.text, 0, 400) is None)     # (or its closing words: "(b) ... / to vote ...")
    if ctx.block_index < 1 or not (_STATUTE_START.match(ctx.text) or lettered):
        return False
    for i in range(ctx.block_index - 1, max(-1, ctx.block_index - 4), -1):
        text = blocks[i].text[:2000].replace("\u2014", "-").replace("\u2013", "-")     # as the match's own text is
        if not (_STATUTE_START.match(text) or (lettered and _LETTERED_START.match(text))):
            return False
        if (SI_LAYOUT if lettered else _STATUTE_LAYOUT).search(text):
            return True     # (a lettered item only under a statutory instrument's "5.-(1)", not "subject to paragraph 4")
    return False


def after_provision_number(ctx) -> bool:
    """A provision laid out as statute: its number alone on the line before ("(1)") and its words
    carrying on the enacting sentence in lower case ("to discriminate against any person ..."), or
    ending on a dash glued to its last word, before its lettered items ("... information about—")."""
    lower = ctx.text[:1].islower()
    if ctx.block_index < 1 or not (lower or _GLUED_DASH_END.search(ctx.text, max(0, len(ctx.text) - 40))):
        return False        # (the block before is read only for these two shapes)
    blocks = ctx.document.blocks
    number = blocks[ctx.block_index - 1].text.strip()
    if lower and _BARE_LETTER.fullmatch(number):
        # a legislation website's item letter on its own ("a", then "that the applicant ..."), under a
        # provision ending on a glued dash a few paragraphs up ("... certifies—"), with an amendment mark
        # or a word of statute in the run ("F3caravan", "under this subsection")
        run = range(max(0, ctx.block_index - 7), ctx.block_index + 1)
        return any(_GLUED_DASH_END.search(blocks[i].text[-40:]) for i in run[:-2]) and any(
            _BARE_AMENDMENT.search(blocks[i].text) or _AMENDED_WORD.search(blocks[i].text) for i in run)
    return _PROVISION_NUMBER.fullmatch(number) is not None or (not lower and _BARE_NUMBER.fullmatch(number) is not None)


_GLUED_DASH_END = re.compile(r"[a-z][-\u2013\u2014]\s*$")
_BARE_NUMBER = re.compile(r"\d{1,3}[A-Z]?\.?")
_BARE_LETTER = re.compile(r"[a-h]|[ivx]{1,4}")
