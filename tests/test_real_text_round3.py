"""Issue 14, round 3: blind real-text sets whose figures may only go up.

- real-text-tune-3.yaml: held out in rounds 1-2 (P 0.622 / R 0.933), studied case by case in
  round 3.
- real-text-tune-4.yaml: the tuning halves of four new blind sets split by page. First pass
  (commit 883f78e): P 0.584 / R 0.820, one error false alarm.
- real-text-tune-5.yaml: the other halves, held out in round 3 (first pass P 0.668 / R 0.777),
  opened for tuning in round 4 once a new blind set had been collected to replace them.
- real-text-tune-6.yaml / real-text-heldout-4.yaml: the round-4 blind set (355 passages from 310
  new pages) split by page; the first half is tuned on, the second scored in aggregate only.
  First pass (commit bbabd03): P 0.656 / R 0.797 and P 0.702 / R 0.835.
- real-text-tune-7.yaml / real-text-heldout-5.yaml: the round-5 blind set (347 passages from 310
  new pages) split the same way. First pass (commit 59849d4): P 0.707 / R 0.854 and
  P 0.773 / R 0.850.
- real-text-tune-8.yaml / real-text-heldout-6.yaml: a second round-5 blind set (360 passages from
  304 new pages) split the same way. First pass (commit e7619d4): P 0.720 / R 0.889 and
  P 0.737 / R 0.833.
- real-text-tune-9.yaml / real-text-heldout-7.yaml: a third round-5 blind set (359 passages from
  300 new pages) split the same way. First pass (commit fedc91c): P 0.653 / R 0.762 and
  P 0.673 / R 0.673.
- real-text-tune-10.yaml / real-text-heldout-8.yaml: the round-6 blind set (366 passages from 311
  new pages) split the same way. First pass (commit 8d9c13b): P 0.712 / R 0.929 and
  P 0.577 / R 0.833; the held-out half had five `error` false alarms (rules not looked at).
- real-text-tune-11.yaml / real-text-heldout-9.yaml: a second round-6 blind set (352 passages from
  276 new pages: half collected for outdated or offensive terms, fine uses included; forms;
  employment policies) split the same way. First pass (commit 9099322): P 0.719 / R 0.877 and
  P 0.652 / R 0.882, with four and six error-level false alarms.
- real-text-tune-12.yaml / real-text-heldout-10.yaml: a third round-6 blind set (360 passages
  from 294 new pages) split the same way, scored once on round 6's final code (2917a99):
  P 0.744 / R 0.853 and P 0.686 / R 0.935, no error false alarm.
- written-blind-6.yaml / written-blind-6-heldout.yaml: 230 cases written blind around outdated
  and offensive terms (the writer's own uses and many fine ones), split by position. First pass
  (commit 22bc9a1): P 0.819 / R 1.000 and P 0.889 / R 0.960, with six and one error-level false
  alarms.
- written-blind-5.yaml: 366 sentences written blind from the catalogue (two paraphrased positives
  and two risky negatives per rule). First pass (commit 67d1ba0): P 0.964 / R 0.931 (PRN-PER) and
  P 0.918 / R 0.818 (TRM-EIA).
- Round 8-9 (one session): written-blind-8/-9/-10 and their -heldout halves (253, 348 and 219
  cases written blind around perinatal and service text, role nouns and terms, forms, family,
  EIAs, pronouns in narratives and governance text, flattened forms), split by id hash; two real
  blind sets split by page (real-text-tune-14 / -heldout-12, 381 passages; real-text-tune-15 /
  -heldout-13, 269 passages); and real-text-heldout-14 (261 passages), scored once on the final
  code. First passes are in each file's header.
- Round 10: written-blind-11 / -heldout (217 cases written blind around role nouns, spouse and
  maternity wording, LGBTQ+ terms, sex and gender service wording, pronouns in policy narratives),
  split by id hash; real-text-tune-16 / -heldout-15 (271 passages from 227 unused pages), split by
  page; real-text-heldout-15-second, the held-out half labelled again by a second blind reviewer,
  and -agreed, the labels the two reviewers agree on; the same for real-text-heldout-8 to -14
  and real-text-tune-9/-11/-12/-13/-14/-15/-16; real-text-heldout-16 (261 passages), scored once on
  the round's final code, with its second labelling and agreed labels.
- Round 11: real-text-tune-17 / -heldout-17 (261 passages from 220 unused pages, two collectors),
  each labelled again by a second blind reviewer (-second) with the agreed labels (-agreed), split
  by page. First passes are in each file's header.
- Round 12: real-text-heldout-18 (260 passages from 220 unused pages, two collectors), its second
  labelling and agreed labels, kept whole and never read; the round tuned on the older held-out
  sets (-8 to -16), read for the first time, whose floors rise with it.
- Round 13: real-text-heldout-19 (260 passages from 231 unused pages, two collectors), its second
  labelling and agreed labels, kept whole and never read; the round tuned on the sets round 12 kept
  unread (-17, -18) and on the older ones, whose floors rise with it.
- Round 14: a fresh set (260 passages from 241 unused pages, two collectors) split by page into
  real-text-tune-18 (133, read and tuned on) and real-text-heldout-20 (127, never read), each with
  its second labelling and agreed labels; the round also read real-text-heldout-19, whose floors
  rise with it.
  A second fresh set, real-text-heldout-21 (261 passages from 236 unused pages), with its second
  labelling and agreed labels, kept whole and never read, scored once on the round's final code.
- Round 15: read real-text-heldout-20 and -21 (kept unread in round 14), whose floors rise with
  it; three fresh sets, real-text-heldout-22, -23 and -24 (260, 260 and 262 passages, from 233, 231
  and 230 unused pages), each with its second labelling and agreed labels, kept whole and never
  read, scored on the round's final code.
- Round 16 read -22 to -24 and kept -25 to -27 (260 passages each) unread. Round 17 read -25 to
  -27, kept three fresh sets unread (-28, -29, -30: 260, 261 and 261 passages from 242, 225 and 231
  unused pages) and read three more fresh sets collected during the round (-31, -32, -33: 260, 258
  and 258 passages), whose first pass was scored before they were read.
- Round 18 read -28 to -30 and kept three fresh sets unread (-34, -35, -36: 263, 252 and 263
  passages from 228, 241 and 244 unused pages). A few first-label floors were lowered by 0.01 where
  a correction (a hospital or a benefit is no named person; a duty with no one named is anyone's)
  shows prompts the single first labeller left unmarked while the agreed labels gained; see the
  comments at those rows.
- Round 19 read -34 to -36 and kept -37 to -39 unread. Round 20 read -37 to -39, kept three fresh sets
  unread (-40, -41, -42: 260 passages each, from 234, 220 and 228 unused pages) and read six more
  collected during the round (-43 to -48), each scored blind before it was read. Their agreed labels
  were settled by the second labeller after its blind pass, by the collectors' guide.
"""
from pathlib import Path

import pytest

from real_text_floors_late import LATE_SETS
from inclusive_lint.case_scores import score_cases
from inclusive_lint.labelled_cases import load_cases

DATA = Path(__file__).resolve().parent / "data"


SETS = [
    ("real-text-tune-3.yaml", 213, 0.85, 1),
    # round 18: capitalised things ("Social Security", "Health and Social Care", "Council Tax") are no longer
    # read as a named person, so prompts they hid by accident show (PER-001 "All mothers will be offered ...",
    # FAM-005 "not their spouse"), in passages the single first labeller left unmarked; agreed labels gained
    ("real-text-tune-4.yaml", 774, 0.81, 0.95),
    ("real-text-tune-5.yaml", 771, 0.88, 0.97),
    ("real-text-tune-6.yaml", 178, 0.88, 0.93),
    ("real-text-heldout-4.yaml", 177, 0.83, 0.97),
    ("real-text-tune-7.yaml", 174, 0.88, 0.97),
    ("real-text-heldout-5.yaml", 173, 0.91, 0.93),
    ("real-text-tune-8.yaml", 180, 0.84, 0.97),
    # round 18: a hospital or surgery name is no longer read as a named person, so two maternity prompts
    # (PER-001, info) show in passages the single labeller of -6 and the first of tune-17 left unmarked;
    # round 19: a marital status question whose answers start on the line below ("Marital status (circle
    # one)" / "Single / Married / Divorced / Widow") is read as one, and -6's one labeller left it unmarked
    ("real-text-heldout-6.yaml", 180, 0.81, 0.9),
    ("written-blind-5.yaml", 366, 0.99, 0.96),
    ("real-text-tune-9.yaml", 180, 0.84, 1),
    ("real-text-heldout-7.yaml", 179, 0.88, 0.81),
    # the first pass raised five error-level false alarms here: the count may only go down
    ("real-text-heldout-8.yaml", 182, 0.79, 0.92),         # round 17: a spouse is a role (ZA050, reviewers split)
    ("real-text-tune-10.yaml", 184, 0.9, 1),
    ("real-text-tune-11.yaml", 177, 0.86, 0.94),
    # (round 26: "homosexual and bisexual" before a people noun is found; these first labels leave it unmarked, the agreed may-mark it)
    ("real-text-heldout-9.yaml", 175, 0.73, 0.95, 4),
    ("written-blind-6.yaml", 115, 0.96, 1),
    ("written-blind-6-heldout.yaml", 115, 0.9, 1, 1),
    ("real-text-tune-12.yaml", 180, 0.88, 0.94),
    ("real-text-heldout-10.yaml", 180, 0.79, 0.96),
    ("written-blind-7.yaml", 102, 0.96, 0.96),
    ("written-blind-7-heldout.yaml", 101, 0.87, 0.98),
    ("real-text-tune-13.yaml", 177, 0.86, 0.89),
    ("real-text-heldout-11.yaml", 177, 0.86, 0.95),
    ("written-blind-8.yaml", 127, 1, 0.97),
    ("written-blind-8-heldout.yaml", 126, 0.88, 0.94),
    ("written-blind-9.yaml", 174, 0.98, 0.96),
    ("written-blind-9-heldout.yaml", 174, 0.95, 0.95),
    ("real-text-tune-14.yaml", 190, 0.71, 0.97),
    ("real-text-heldout-12.yaml", 191, 0.82, 0.98),
    ("real-text-tune-15.yaml", 135, 0.9, 0.94),
    ("real-text-heldout-13.yaml", 134, 0.9, 0.94),
    ("written-blind-10.yaml", 110, 0.97, 0.89),
    ("written-blind-10-heldout.yaml", 109, 0.97, 0.93),
    # a fresh set scored once on the round's final code; its five error-level alarms may only go down
    ("real-text-heldout-14.yaml", 261, 0.8, 0.98, 3),
    ("written-blind-11.yaml", 109, 1, 1),
    ("written-blind-11-heldout.yaml", 108, 0.94, 0.94),
    ("real-text-tune-16.yaml", 136, 0.92, 0.89),
    ("real-text-heldout-15.yaml", 135, 0.87, 1),
    # the same passages labelled again by a second blind reviewer
    ("real-text-heldout-15-second.yaml", 135, 0.98, 0.93),
    # and what the two agree on (rules agree --write-agreed)
    ("real-text-heldout-15-agreed.yaml", 135, 0.98, 1),
    # a fresh set scored once on the round's final code, never read, with its second labelling
    ("real-text-heldout-16.yaml", 261, 0.9, 0.93),
    ("real-text-heldout-16-second.yaml", 261, 0.93, 0.91),
    ("real-text-heldout-16-agreed.yaml", 261, 0.94, 0.93),
    # earlier real sets labelled a second time, blind, and what the two reviewers agree on
    ("real-text-heldout-8-second.yaml", 182, 0.8, 0.9),
    ("real-text-heldout-8-agreed.yaml", 182, 0.83, 0.93),
    ("real-text-heldout-9-second.yaml", 175, 0.86, 0.94),
    ("real-text-heldout-9-agreed.yaml", 175, 0.86, 0.97),
    ("real-text-heldout-10-second.yaml", 180, 0.85, 0.97),
    ("real-text-heldout-10-agreed.yaml", 180, 0.85, 1),
    ("real-text-heldout-11-second.yaml", 177, 0.91, 0.94),
    ("real-text-heldout-11-agreed.yaml", 177, 0.91, 0.96),
    ("real-text-heldout-12-second.yaml", 191, 0.87, 0.86),
    ("real-text-heldout-12-agreed.yaml", 191, 0.87, 0.98),
    ("real-text-heldout-13-second.yaml", 134, 0.9, 0.97),
    ("real-text-heldout-13-agreed.yaml", 134, 0.91, 0.98),
    ("real-text-heldout-14-second.yaml", 261, 0.89, 0.95, 3),
    ("real-text-heldout-14-agreed.yaml", 261, 0.91, 1, 3),
    ("real-text-tune-14-second.yaml", 190, 0.79, 0.96),
    ("real-text-tune-14-agreed.yaml", 190, 0.76, 0.97),
    ("real-text-tune-15-second.yaml", 135, 0.86, 0.89),
    ("real-text-tune-15-agreed.yaml", 135, 0.9, 0.93),
    ("real-text-tune-16-second.yaml", 136, 1, 0.9),
    ("real-text-tune-16-agreed.yaml", 136, 1, 0.9),
    ("real-text-tune-9-second.yaml", 180, 0.88, 0.94),
    ("real-text-tune-9-agreed.yaml", 180, 0.87, 1),
    ("real-text-tune-11-second.yaml", 177, 0.93, 0.9),
    ("real-text-tune-11-agreed.yaml", 177, 0.93, 0.97),
    ("real-text-tune-12-second.yaml", 180, 0.97, 0.92),
    ("real-text-tune-12-agreed.yaml", 180, 0.97, 0.95),
    ("real-text-tune-13-second.yaml", 177, 0.92, 0.88),
    ("real-text-tune-13-agreed.yaml", 177, 0.95, 0.9),
    # round 11: the tuning half of a fresh set, its second labelling and the agreed labels
    ("real-text-tune-17.yaml", 134, 0.88, 0.96),
    ("real-text-tune-17-second.yaml", 134, 0.97, 0.94),
    ("real-text-tune-17-agreed.yaml", 134, 0.97, 0.97),
    # and its held-out half, never read
    ("real-text-heldout-17.yaml", 127, 0.93, 0.97),
    ("real-text-heldout-17-second.yaml", 127, 0.98, 0.96),
    ("real-text-heldout-17-agreed.yaml", 127, 1, 0.97),
    # round 12: a fresh set kept whole and never read, its second labelling and the agreed labels
    ("real-text-heldout-18.yaml", 260, 0.85, 0.91),
    ("real-text-heldout-18-second.yaml", 260, 0.94, 0.86),
    ("real-text-heldout-18-agreed.yaml", 260, 0.95, 0.92),
    # round 13: a fresh set kept whole and unread that round (read in round 14), its second labelling
    # and the agreed labels
    # (one error-level alarm on the first labels, there since the first pass; it may only go down)
    ("real-text-heldout-19.yaml", 260, 0.91, 0.96, 1),
    ("real-text-heldout-19-second.yaml", 260, 0.97, 0.95),
    ("real-text-heldout-19-agreed.yaml", 260, 0.98, 0.97),
    # round 14: the tuning half of a fresh set, its second labelling and the agreed labels
    ("real-text-tune-18.yaml", 133, 0.92, 0.94),
    ("real-text-tune-18-second.yaml", 133, 0.98, 0.93),
    ("real-text-tune-18-agreed.yaml", 133, 0.98, 0.94),
    # and its held-out half, never read
    ("real-text-heldout-20.yaml", 127, 0.93, 0.89),
    ("real-text-heldout-20-second.yaml", 127, 0.97, 0.92),
    ("real-text-heldout-20-agreed.yaml", 127, 0.97, 0.91),
    # round 14: a second fresh set kept whole and never read, its second labelling and the agreed labels
    # round 18: "he" for a plural "Teenagers" is reported, as is "the duty of the father ... to notify" in a 1907 Act
    # paraphrase; the agreed labels mark the first {{may}}, the first labels neither
    ("real-text-heldout-21.yaml", 261, 0.93, 0.95),
    ("real-text-heldout-21-second.yaml", 261, 0.98, 0.95),
    ("real-text-heldout-21-agreed.yaml", 261, 0.99, 0.96),
    # round 15: two fresh sets kept whole and never read, each with its second labelling and agreed labels
    ("real-text-heldout-22.yaml", 260, 0.9, 0.94),
    # (round 27: recall 0.9 to 0.89; the second labeller alone marked "Workmen's Compensation", a scheme's name, as a finding)
    ("real-text-heldout-22-second.yaml", 260, 0.93, 0.89),
    ("real-text-heldout-22-agreed.yaml", 260, 0.94, 0.95),
    ("real-text-heldout-23.yaml", 260, 0.92, 0.96),
    ("real-text-heldout-23-second.yaml", 260, 0.94, 0.96),
    ("real-text-heldout-23-agreed.yaml", 260, 0.95, 0.97),
    ("real-text-heldout-24.yaml", 262, 0.88, 0.88),
    ("real-text-heldout-24-second.yaml", 262, 0.91, 0.92),
    ("real-text-heldout-24-agreed.yaml", 262, 0.94, 0.94),
    # round 16: three fresh sets kept whole and never read, each with its second labelling and agreed labels
    # round 18: "him" after "he" in "if he is there ... questions for him" now means the husband named before (both
    # {{may}} on the agreed labels); the first labeller asked for "him" too
    ("real-text-heldout-25.yaml", 260, 0.82, 0.86),
    ("real-text-heldout-25-second.yaml", 260, 0.88, 0.91),
    ("real-text-heldout-25-agreed.yaml", 260, 0.92, 0.92),
    ("real-text-heldout-26.yaml", 260, 0.92, 0.96),
    ("real-text-heldout-26-second.yaml", 260, 0.95, 0.97),
    ("real-text-heldout-26-agreed.yaml", 260, 0.95, 0.98),
    ("real-text-heldout-27.yaml", 260, 0.84, 0.91),
    ("real-text-heldout-27-second.yaml", 260, 0.96, 0.89),
    ("real-text-heldout-27-agreed.yaml", 260, 0.96, 0.94),
    # round 17: three fresh sets kept whole and never read (-28 to -30) and three read and tuned on (-31 to -33),
    # each with its second labelling and agreed labels
    ("real-text-heldout-28.yaml", 260, 0.85, 0.95),
    ("real-text-heldout-28-second.yaml", 260, 0.95, 0.95),
    ("real-text-heldout-28-agreed.yaml", 260, 0.95, 0.95),
    ("real-text-heldout-29.yaml", 261, 0.9, 0.97),
    ("real-text-heldout-29-second.yaml", 261, 0.96, 0.95),
    ("real-text-heldout-29-agreed.yaml", 261, 0.96, 0.97),
    ("real-text-heldout-30.yaml", 261, 0.7, 0.73),
    ("real-text-heldout-30-second.yaml", 261, 0.86, 0.76),
    ("real-text-heldout-30-agreed.yaml", 261, 0.85, 0.8),
    ("real-text-heldout-31.yaml", 260, 0.92, 0.94),
    # (round 26: next of kin as whoever is paid when someone leaves no will is not reported; these second labels mark it)
    ("real-text-heldout-31-second.yaml", 260, 0.97, 0.93),
    ("real-text-heldout-31-agreed.yaml", 260, 0.97, 0.98),
    ("real-text-heldout-32.yaml", 258, 0.89, 0.92),
    ("real-text-heldout-32-second.yaml", 258, 0.92, 0.91),
    ("real-text-heldout-32-agreed.yaml", 258, 0.92, 0.97),
    ("real-text-heldout-33.yaml", 258, 0.83, 0.9),
    ("real-text-heldout-33-second.yaml", 258, 0.95, 0.86),
    ("real-text-heldout-33-agreed.yaml", 258, 0.95, 0.9),
    # round 18: three fresh sets kept whole and never read (-34 to -36), each with its second labelling and agreed
    # labels; read in round 19
    ("real-text-heldout-34.yaml", 263, 0.88, 0.94),
    ("real-text-heldout-34-second.yaml", 263, 0.93, 0.93),
    ("real-text-heldout-34-agreed.yaml", 263, 0.93, 0.97),
    ("real-text-heldout-35.yaml", 252, 0.9, 0.93),
    ("real-text-heldout-35-second.yaml", 252, 0.93, 0.93),
    ("real-text-heldout-35-agreed.yaml", 252, 0.95, 0.96),
    ("real-text-heldout-36.yaml", 263, 0.85, 0.9),
    ("real-text-heldout-36-second.yaml", 263, 0.94, 0.88),
    ("real-text-heldout-36-agreed.yaml", 263, 0.95, 0.94),
    # round 19: three fresh sets collected at the end of round 18 and kept whole and never read (-37 to -39),
    # each with its second labelling and agreed labels
    ("real-text-heldout-37.yaml", 260, 0.89, 0.84),
    ("real-text-heldout-37-second.yaml", 260, 0.95, 0.88),
    ("real-text-heldout-37-agreed.yaml", 260, 0.95, 0.91),
    ("real-text-heldout-38.yaml", 260, 0.78, 0.91),
    ("real-text-heldout-38-second.yaml", 260, 0.89, 0.91),
    ("real-text-heldout-38-agreed.yaml", 260, 0.89, 0.95),
    ("real-text-heldout-39.yaml", 239, 0.81, 0.88),
    ("real-text-heldout-39-second.yaml", 239, 0.92, 0.86),
    ("real-text-heldout-39-agreed.yaml", 239, 0.92, 0.94),
    # round 20: three fresh sets collected at the start of round 20 and kept whole and never read (-40 to -42, first
    # passes on the session-start code eabb1dd in the round's closing note), each with its second labelling and agreed labels
    # (agreed by the second labeller after its blind pass, by the collectors' guide)
    ("real-text-heldout-40.yaml", 260, 0.86, 0.97),
    ("real-text-heldout-40-second.yaml", 260, 0.91, 0.91),
    ("real-text-heldout-40-agreed.yaml", 260, 0.89, 0.97),
    ("real-text-heldout-41.yaml", 260, 0.95, 0.94),
    ("real-text-heldout-41-second.yaml", 260, 0.98, 0.95),
    ("real-text-heldout-41-agreed.yaml", 260, 0.97, 0.96),
    # (round 23: one first-label "he" in a writer's own account ("how hard it would be ... how he was seen") is no longer raised;
    # the agreed labels mark it arguable and the second labels counted it a false alarm)
    ("real-text-heldout-42.yaml", 260, 0.98, 0.98),
    ("real-text-heldout-42-second.yaml", 260, 0.93, 0.98),
    ("real-text-heldout-42-agreed.yaml", 260, 0.98, 1),
    # round 20: six more fresh sets collected during round 20 (-43 to -45, then -46 to -48), each scored blind first (on
    # the session-start code, and -46 to -48 again on the code of the time, which found the same), then read and tuned on
    # (-43 first labels: one "adopt their husband's surname" told of women marked must, which the agreed labels make
    # arguable; the surname custom told of others has been excused since round 25)
    ("real-text-heldout-43.yaml", 260, 0.86, 0.92),
    ("real-text-heldout-43-second.yaml", 260, 0.89, 0.96),
    ("real-text-heldout-43-agreed.yaml", 260, 0.91, 0.96),
    ("real-text-heldout-44.yaml", 260, 0.93, 0.97),
    # the second labeller left unmarked "gay lifestyle" in a gay carer's own words, quoted without a closing mark; the
    # first labeller and the agreed labels ask for it (TRM-011, error)
    ("real-text-heldout-44-second.yaml", 260, 0.93, 0.97, 1),
    ("real-text-heldout-44-agreed.yaml", 260, 0.94, 0.97),
    ("real-text-heldout-45.yaml", 260, 0.94, 0.97),
    ("real-text-heldout-45-second.yaml", 260, 0.93, 0.95),
    ("real-text-heldout-45-agreed.yaml", 260, 0.95, 0.96),
    ("real-text-heldout-46.yaml", 260, 0.85, 0.9),
    ("real-text-heldout-46-second.yaml", 260, 0.82, 0.95),
    ("real-text-heldout-46-agreed.yaml", 260, 0.89, 0.9),
    ("real-text-heldout-47.yaml", 260, 0.71, 0.89),
    ("real-text-heldout-47-second.yaml", 260, 0.76, 0.93),
    ("real-text-heldout-47-agreed.yaml", 260, 0.77, 0.92),
    ("real-text-heldout-48.yaml", 260, 0.89, 0.93),
    ("real-text-heldout-48-second.yaml", 260, 0.98, 0.95),
    ("real-text-heldout-48-agreed.yaml", 260, 0.98, 0.97),
    # round 21: -49 to -51 collected at the start of the round and never read (floors at their figures, which the
    # round's fixes left unchanged); -52 to -54 collected during the round, scored blind, then read
    ("real-text-heldout-49.yaml", 260, 0.92, 0.93),
    ("real-text-heldout-49-second.yaml", 260, 0.92, 0.94),
    ("real-text-heldout-49-agreed.yaml", 260, 0.92, 0.95),
    ("real-text-heldout-50.yaml", 260, 0.73, 0.94),
    ("real-text-heldout-50-second.yaml", 260, 0.75, 0.95),
    ("real-text-heldout-50-agreed.yaml", 260, 0.75, 0.95),
    ("real-text-heldout-51.yaml", 260, 0.9, 0.92),
    ("real-text-heldout-51-second.yaml", 260, 0.89, 0.94),
    ("real-text-heldout-51-agreed.yaml", 260, 0.9, 0.94),
    ("real-text-heldout-52.yaml", 260, 0.8, 0.95),
    ("real-text-heldout-52-second.yaml", 260, 0.8, 0.95),
    ("real-text-heldout-52-agreed.yaml", 260, 0.8, 0.96),
    ("real-text-heldout-53.yaml", 260, 0.97, 0.96),
    ("real-text-heldout-53-second.yaml", 260, 0.97, 0.95),
    ("real-text-heldout-53-agreed.yaml", 260, 0.98, 0.96),
    # (round 26: "counselor", the US spelling, is a role; these first labels leave its "her" unmarked, the agreed may-mark it)
    ("real-text-heldout-54.yaml", 260, 0.84, 0.94),
    ("real-text-heldout-54-second.yaml", 260, 0.94, 1),
    ("real-text-heldout-54-agreed.yaml", 260, 0.97, 1),
]


SETS += LATE_SETS


@pytest.mark.parametrize("name,cases,precision,recall,max_errors", [(s + (0,))[:5] for s in SETS])
def test_real_text_set_keeps_its_figures(settings, name, cases, precision, recall, max_errors):
    result = score_cases(load_cases(DATA / name), settings)
    # only figures in the messages: a failure must not show a held-out set's passages
    n, p, r = result.cases, result.precision, result.recall
    errors = sum(1 for a in result.alarms if a[3] == "error")
    assert n == cases, n
    holds = p >= precision and r >= recall
    assert holds, (p, r)
    assert errors <= max_errors, errors
