"""Which organization a figure belongs to, inside its sentence.

The giver or owner written after the figure (`do X hỗ trợ`, `hỗ trợ của X`, `thuộc/trong/của X`,
shared by a comma list of figures), the bodies a `2 đơn vị` counts, else the subject before
it: the nearest organization not introduced by `với`, `cho`, `của`... and not the `X giao`
that set a target. The caller falls back to the sentences before, then to the title.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import chain

import regex

from solieu.extract import lexicon
from solieu.extract.facts import orgs
from solieu.extract.facts.backwards import ends_with

PEOPLE = {p.lower() for p in lexicon.PEOPLE}
from solieu.extract.facts.doc_text import text_of
from solieu.extract.facts.units import read_unit

NON_SUBJECT_BEFORE = regex.compile(
    # `Tổng LĐLĐ Việt Nam cũng hỗ trợ LĐLĐ tỉnh Bắc Giang 1.000 suất quà`: who receives (not after
    # `tiếp đến`, next comes: `Dẫn đầu là LĐLĐ TPHCM ..., tiếp đến LĐLĐ tỉnh Bình Dương thu 395 tỷ đồng`)
    r"(?:" + "|".join(map(regex.escape, sorted(lexicon.GIVING_VERBS, key=len, reverse=True))) + "|"
    r"với|cho|tại|của|thuộc|(?<![Tt]iếp\s)(?:đến|tới)|trong|từ|do|phối hợp|[Tt]heo|Điều lệ|Nghị quyết(?: Đại hội)?|Chỉ thị|"
    r"Kế hoạch|chỉ tiêu|kế hoạch|quy định|tiêu chí|Chương trình|về|"
    r"buộc|khởi kiện|yêu cầu|xử phạt|thông qua|đưa vào hoạt động|đưa vào sử dụng|khánh thành|khởi công|nguồn vốn|"
    r"đóng góp|góp|nộp|trích nộp|đóng)\s+"  # (`TAND quận Ô Môn
    # buộc công ty ... bồi thường 186 triệu đồng`: the court rules; `vận động đoàn viên đóng góp Quỹ Tương
    # trợ được 1,2 tỷ đồng`: what is paid into; `LĐLĐ thành phố thông qua Văn phòng
    # Tư vấn pháp luật ... đã tư vấn`: the means, not the doer, as the capital a body lends from is
    # (`Công đoàn ngành ... giải ngân nguồn vốn Quỹ Tình thương cho 46 đoàn viên`); `bệnh viện phấn
    # đấu ... đưa vào hoạt động Trung tâm Ung bướu với quy mô 250 giường`: what is opened, not who
    # opens it)
    r"(?:về\s+)?(?:(?:hai|ba|bốn|năm|\d+)\s+(?=đội|đơn vị|tập thể))?"  # (`thuộc về hai đội X và Y`)
    r"(?:(?:đồng chí|Chủ tịch|Phó Chủ tịch|lãnh đạo|Lãnh đạo|Thường trực|Ban Thường vụ|"
    r"Ban Chấp hành|Ban [Gg]iám đốc|Ban [Gg]iám hiệu|đại diện|Đại diện|đội|các|những|đơn vị|tập thể|cơ quan)\s+)?$")  # (`phối hợp
    # với cơ quan BHXH`: the agency is the partner, as the bare name would be)
# (the people of a body, opening the clause, then `của` and the body: `Cùng ngày, các y, bác sĩ của X ...`)
STAFF_OF = regex.compile(r"(?:^|[,:;]\s*)(?:các\s+|những\s+)?(?:y,\s*|" + lexicon.alternation(lexicon.PEOPLE)
                         + r")(?:\s*,\s*" + lexicon.alternation(lexicon.PEOPLE) + r")*\s+của\s+$", regex.IGNORECASE)
SOURCE_BEFORE = regex.compile(r"(?<![\p{L}])[Tt]heo\s+$")
# A sentence's opening adverbial, up to a name in it (`Theo đề xuất của LĐLĐ quận, LĐLĐ Thành phố
# đã hỗ trợ ...`): the comma after the name ends it, the subject follows.
# (opening the sentence, or after an adverbial before it: `Cũng từ đầu năm đến nay, theo giới thiệu
# của LĐLĐ huyện, NHCSXH huyện Ba Vì đã giải ngân ...`)
OPENING_ADVERBIAL = regex.compile(r"(?:^\s*|,\s*)(?:Theo|Tại|Từ|Với|Trong|Nhờ|Qua|Cùng với|Thực hiện|Hưởng ứng|Về|Ngoài"
                                  r"|Sau khi|Trước khi|Khi|Trên cơ sở"
                                  r"|theo|tại|nhờ|qua|thực hiện|hưởng ứng|sau khi|trước khi|trên cơ sở"
                                  # (`Cũng trong năm 2024, từ đề nghị của Công đoàn xã, LĐLĐ huyện đã hỗ trợ ...`)
                                  r"|từ\s+(?:đề nghị|đề xuất|kiến nghị))(?![\p{L}])[^,;:.]*$")
FROM_BEFORE = regex.compile(r"(?<![\p{L}])(?:từ|thông qua)\s+$")  # `hỗ trợ 110 triệu đồng từ Quỹ Xã hội`
# (or the channel it went through: `tài trợ 80 triệu đồng thông qua LĐLĐ tỉnh, CĐCS công ty hỗ trợ ...`)
# `Theo Ban Quản lý ...,`, `Theo báo cáo của X`, `Báo cáo của X cho thấy`, `Khảo sát do X thực
# hiện`: the body whose report or survey gives the figures.
REPORT = r"(?:báo cáo|khảo sát|thống kê|số liệu|kết quả khảo sát)"
DOCUMENT = r"(?:Nghị định|Quyết định|Thông tư|Chỉ thị|quy định|hướng dẫn)"  # (`Theo quy định của Tổng LĐLĐ Việt Nam, ...`)
# `theo Nghị định số 74/2024/NĐ-CP của Chính phủ`: who issued a document the text follows
ISSUER_BEFORE = regex.compile(rf"(?<![\p{{L}}]){DOCUMENT}[^,;]{{0,40}}?\s+của\s+$")
SOURCE_NAMED = regex.compile(rf"(?:(?<![\p{{L}}])[Tt]heo\s+(?:{REPORT}\s+(?:của\s+)?)?|"
                             # `Theo Nghị định số 74/2024/NĐ-CP của Chính phủ, ...`: who issued it
                             rf"(?<![\p{{L}}])[Tt]heo\s+{DOCUMENT}[^,;]{{0,40}}?\s+của\s+|"
                             rf"(?<![\p{{L}}]){REPORT}\s+(?:của|do)\s+)$", regex.IGNORECASE)
# `... diễn ra tại Nhà thi đấu quận và sân bóng Trường Đại học X, thu hút ...`: a body named
# where something takes place, in the same clause as `tại`, is the place, not the subject.
AT_A_PLACE = regex.compile(r"(?<![\p{L}])tại\s[^,;.:()]*$")
AT_THE_COMPANY = regex.compile(r"(?<![\p{L}])(?:[Tt]ại|[Ởở])\s+$")
HELD_AT = regex.compile(r"(?<![\p{L}])(?:tổ chức|diễn ra|khai mạc|ra mắt|thăm|làm việc|khảo sát|kiểm tra)"
                        r"(?:\s+\p{Ll}+){0,3}\s+tại\s+$")
AREA_SOURCE_NAMES = tuple(f"{name} " for name in lexicon.AREA_SOURCES)  # (whole words)
# `Sở LĐTBXH tỉnh Bắc Giang cho biết, ...`: a body that tells the figures, as `Theo X` does.
SAYS = regex.compile(r"\s*,?\s*(?:cũng\s+)?(?:" + "|".join(map(regex.escape, lexicon.REPORTING_VERBS)) + r")(?![\p{L}])")
# `Theo Cục trưởng Cục X Phạm Viết Hưng, ...`, `Cục trưởng Cục X Phạm Viết Hưng cho biết`: the body
# whose head tells the figures tells them.
HEAD_AS_SOURCE = regex.compile(r"(?<![\p{L}])[Tt]heo\s+(?:(?:ông|bà)\s+)?(?:"
                                + "|".join(map(regex.escape, lexicon.PERSON_TITLES)) + r")\s+$")
HEAD_SAYS = regex.compile(r"\s+" + orgs.PERSON_NAME.pattern + SAYS.pattern)
RESTATED = regex.compile(r"\s*\(\s*")
# `cho đội A, đội B và đội C`: a name coordinated with the one before shares its role.
# (after the first's abbreviation in brackets too: `với Sở Lao động - ... (LĐTBXH), LĐLĐ tỉnh`)
COORDINATED = regex.compile(r"(?:" + orgs.INLINE_ABBREVIATION.pattern + r")?\s*(?:,|và|,\s*và)\s+"
                            r"(?:(?:đội|các|những|đơn vị|tập thể)\s+)?")
# `đồng chí X - Phó Chủ tịch UBND quận`: the organization of a person named, not a subject (a
# dash before a number is a range's: `nhiệm kỳ 2020 - 2025 là giai đoạn khó khăn khi Bệnh viện`).
# (not the paper's mark or dateline opening the lead: `(NLĐO) - Công ty X ... vừa thống nhất ...`,
# `BẮC NINH - LĐLĐ tỉnh ...`)
APPOSITION_BEFORE = regex.compile(r"(?<!^\s*(?:\([^()]{1,20}\)|\p{Lu}[\p{Lu}\s.]{1,30}))\s[-–]\s+(?!\d)[^,;.()\-–]{0,60}$")
# `400 đoàn viên nhận quà hỗ trợ ... từ X`, `nhận 100 suất quà, mỗi suất 1,5 triệu đồng, từ X`
# (what each is worth told between)
RECEIVED_FROM_WORDS = r"(?<![\p{L}])nhận(?:\s+[^\s,;.]+){0,4}(?:\s*,\s*mỗi\s[^;.]{0,40}?,)?\s+từ" \
    r"(?:\s+(?:Ban Giám đốc|Ban lãnh đạo|lãnh đạo))?"  # (its management: `nhận từ Ban Giám đốc Công ty X 7 triệu đồng`)
GIVER_AFTER = regex.compile(
    r"(?:(?<![\p{L}])do(?:\s+(?:đại diện|lãnh đạo))?|(?:hỗ trợ|quà|kinh phí|trợ cấp|tiền|phần quà|suất quà|"
    + "|".join(map(regex.escape, lexicon.AWARDS)) + r")(?:\s+Tết)? của|được|" + RECEIVED_FROM_WORDS
    # (a source opening the clause: `Cụ thể, từ nguồn của LĐLĐ Thành phố, 600 đoàn viên được nhận quà`)
    + r"|(?:^|,)\s*[Tt]ừ\s+nguồn\s+của)\s*$")
RECEIVED_FROM = regex.compile(RECEIVED_FROM_WORDS + r"\s*$")
UNION_BODIES_LOWER = {u.lower() for u in lexicon.UNION_UNITS if u not in lexicon.PEOPLE}


def _handed_over(fig, text: str, start: int) -> bool:
    """`Công đoàn phường được thành lập trên cơ sở tiếp nhận 138 CĐCS từ LĐLĐ quận (cũ)`: union
    units taken over from a body are the receiver's now, not given by the body they came from
    (not members given gifts: `400 đoàn viên nhận quà hỗ trợ từ X`)."""
    return (fig.counted or "").lower() in UNION_BODIES_LOWER and ends_with(RECEIVED_FROM, text, start)


# `LĐLĐ thành phố trao 500 thùng mì, 1.000 bình nước do Công ty X ủng hộ`, `LĐLĐ tỉnh phối hợp với
# Công ty X trao 500 suất quà của Công ty`: the body handing the figure over, its clause's subject,
# gives it; the sponsor named after says where it came from
# (realdev 205's convention). Not a clause of the figure's own (`trong đó 200 suất do Công ty X
# tài trợ`), nor a receiver before the figure (`200 đoàn viên được Y trao tặng`).
HANDING = r"(?:" + "|".join(map(regex.escape, lexicon.HANDING_VERBS)) + r")"
DELEGATION_WORDS = r"(?i:" + lexicon.alternation(lexicon.DELEGATIONS) + r")"  # (lexicon delegations, any case)
# the words between a subject and its verb: aspect words and adverbs (`còn`: also, `LĐLĐ huyện còn trao`)
BEFORE_THE_VERB = lexicon.ASPECT_WORDS + lexicon.ADVERBS_BEFORE_VERB + ["còn"]
HANDS_OVER = regex.compile(r"\s+(?:(?:phối hợp|cùng|kết hợp)\s+(?:với\s+)?[^,;]{0,80}?\s+)?"  # (with a partner)
                           r"(?:[^,;.]{0,40}?\s+dẫn đầu\s+)?"  # (the leader of a delegation: LED_DELEGATION)
                           r"(?:(?:" + lexicon.alternation(BEFORE_THE_VERB + ["trực tiếp", "đến", "tới"]) + r")\s+)*"
                           r"(?:thăm(?:\s+hỏi)?\s*(?:,|và)\s*)?"  # (`đến thăm và trao`, `thăm hỏi, tặng`)
                           r"(?:tiếp nhận\s+và\s+)?"
                           + HANDING + r"(?:\s+(?:trước|ngay|tận tay|thêm))?\s+$")  # (`trao thêm 100 suất quà`)
# `500 suất quà, mỗi suất trị giá 1 triệu đồng, do X tài trợ`: what each gift is worth, told after it
# (or right after it: `trao 1.000 phiếu mua hàng trị giá 500.000 đồng/phiếu do X tài trợ`)
EACH_WORTH = regex.compile(r"[^,;.]{0,40},\s*(?:mỗi\s+\p{L}+(?:\s+\p{L}+)?\s+(?:(?:trị giá|là)\s+)?|trị giá\s+)"
                           r"|\s+trị giá\s+")


# `Công đoàn ngành trao 50 suất quà ...; đồng thời trao 200 bộ quần áo do X tài trợ`: an item that
# opens on `đồng thời` (at the same time) and its verb has the subject of the item before it
SUBJECT_SHARED = regex.compile(r"[;\s]*đồng thời\s+(?:(?:" + lexicon.alternation(BEFORE_THE_VERB) + r")\s+)*"
                               + HANDING + r"(?![\p{L}])")


EVENT_BODY = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.EVENT_BODIES) + r")(?![\p{L}])")


def _handed_by_subject(doc, fig, text: str, mentions) -> bool:
    """Whether a body, subject of the figure's clause, hands over the list (or the gift whose worth
    it is) that the figure is in (HANDS_OVER right before the list's first figure)."""
    start = fig.q.start
    for span in reversed([s for s in doc.spans["quantities"] if s.end_char <= start]):
        unit_end = max(read_unit(doc, span.end_char)[1], span.end_char)
        if unit_end > start or not (LIST_LINK.fullmatch(text, unit_end, start)
                                    or EACH_WORTH.fullmatch(text, unit_end, start)):
            break
        start = span.start_char  # (the list's first item; the gift what each is worth is of)
    clause_start = clause_bounds(text, fig.q.start, ";")[0]
    if SUBJECT_SHARED.match(text, clause_start) and clause_start > 0:
        # (its subject hands over in the item before it: the first figure there tells)
        clause_start = clause_bounds(text, clause_start - 1, ";")[0]
        start = next((s.start_char for s in doc.spans["quantities"] if s.start_char >= clause_start), start)
    return any(clause_start <= m.start and HANDS_OVER.fullmatch(text, m.end, start)
               for m in usable_mentions(mentions, text)) \
        or any(clause_start <= d.start() and HANDS_OVER.fullmatch(text, d.end(), start)
               for unnamed in (DELEGATION, EVENT_BODY) for d in unnamed.finditer(text, 0, start))
    # (`đoàn công tác đã trao 60 suất quà do X gửi tặng`: the delegation, of the body the text told
    # of, hands over; so does the organizers' board, `Ban Tổ chức trao 20 suất quà ... do BIDV tài trợ`)


# (a delegation acting after the place: `Tại Công ty X, đoàn công tác đã trao ...`)
DELEGATION_NEXT = regex.compile(r"\s*,\s*" + DELEGATION_WORDS + r"\s+(?:(?:"
                                + lexicon.alternation(BEFORE_THE_VERB) + r")\s+)*" + HANDING + r"(?![\p{L}])")
DELEGATION = regex.compile(r"(?<![\p{L}])" + DELEGATION_WORDS + r"(?![\p{L}])")


OWNER_AFTER = regex.compile(
    r"^\s*(?:\p{L}+\s+){0,3}?(?:(?:của|thuộc|trong)\s+(?:tổ chức\s+)?|"
    # `6 Chương trình hành động theo Nghị quyết Đại hội XVI Công đoàn thành phố`: the resolution's
    r"(?:theo|thực hiện)\s+Nghị quyết(?:\s+Đại hội)?(?:\s+(?:lần thứ\s+)?[IVXLC\d]+)?\s+(?:của\s+)?)$")
# `công nhân Công ty X`: where a person works, not who did what is counted.
WORKS_AT = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.OCCUPATIONS))
                         + r")\s+$", regex.IGNORECASE)
# `đoàn viên Nguyễn Văn Thịnh, công nhân Công ty X, được hỗ trợ ...`: a named person's workplace,
# said of them in apposition, is no subject (the workers of a company as a subject are its own:
# `công nhân Công ty X đã hiến ...`)
PERSON_WORKS_AT = regex.compile(r"\p{Lu}\p{Ll}*\s*,\s*(?:" + "|".join(map(regex.escape, lexicon.OCCUPATIONS))
                                + r")\s+$")
# `... là đoàn viên Nguyễn Văn Tuấn, Công đoàn Công ty X`: the body a person belongs to, named after
# them (not after the one who tells: `Theo ông A, Công ty X đã trao ...`)
PERSON_GLOSSED = regex.compile(
    r"(?<![Tt]heo\s)(?<![\p{L}])(?:" + "|".join(map(regex.escape, sorted(
        set(lexicon.PEOPLE) | {a.lower() for a in lexicon.PERSON_ADDRESSES if " " not in a} | {"ông", "bà"},
        key=len, reverse=True)))
    # (or in brackets: `thí sinh Lê Thị Mai (CĐCS ...)`, after their department: `đoàn viên
    # Nguyễn Thị Hồng (Khoa Dược, Trung tâm Y tế khu vực Sóc Sơn)`)
    + r")\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}\s*(?:,|\((?:[^(),;]{1,40},\s*)?)\s*$")
# `Sở Y tế trình UBND tỉnh phê duyệt kế hoạch tuyển dụng 650 viên chức`: the body a plan is
# submitted to for approval approves it; the plan is the submitter's (but `trình UBND thành phố
# khen thưởng cho 2.450 tập thể`: the award is the giver's)
SUBMITTED_TO = regex.compile(r"(?<![\p{L}])trình\s+$")
FOR_APPROVAL = regex.compile(r"\s+(?:xem xét,?\s+)?(?:phê duyệt|thông qua|ban hành|cho phép)(?![\p{L}])")
ASSIGNER = regex.compile(r"\s*giao(?![\p{L}])")  # `chỉ tiêu LĐLĐ Thành phố giao`
# `LĐLĐ TP Hạ Long được phân bổ 1,12 tỷ đồng`, `Bệnh viện X được hỗ trợ 50 triệu đồng`: a body
# given something receives it; the figure is the giver's (not `được giao`: what a body is
# assigned to run is its own, `Bệnh viện được giao 720 giường bệnh`)
RECEIVES = regex.compile(r"\s+(?:(?:cũng|đã|sẽ)\s+)?được\s+(?:" + "|".join(map(regex.escape, sorted(
    set(lexicon.GIVING_VERBS) | set(lexicon.RECEIVED_VERBS), key=len, reverse=True))) + r")(?![\p{L}])")
INVESTS = regex.compile(r"\s+(?:" + "|".join(map(regex.escape, lexicon.INVESTING_VERBS)) + r")(?![\p{L}])")
BY_DO = regex.compile(r"(?<![\p{L}])do\s*$")
CHOSE = regex.compile(r"\s+(?:" + "|".join(map(regex.escape, lexicon.CHOOSING_VERBS)) + r")(?![\p{L}])")
RECOGNIZES = regex.compile(r"\s+(?:(?:đã|chính thức)\s+)?(?:" + lexicon.alternation(lexicon.RECOGNIZING_VERBS) + r")(?![\p{L}])")


def recognizes(text: str, mention) -> bool:
    """`được X công nhận` (RECOGNIZES): X recognizes or assesses what others have, it gives nothing."""
    return ends_with(BY_PASSIVE, text, mention.start) and bool(RECOGNIZES.match(text, mention.end))

# (`mỗi suất 1 triệu đồng`, `trị giá 800.000 đồng/suất`: what each is worth, of the same gifts)
PER_ITEM = regex.compile(r"(?<![\p{L}])(?:mỗi\s+\p{L}+(?:\s+\p{L}+)?\s+(?:(?:trị giá|là)\s+)?|trị giá\s+)$")
GIVER_BY = regex.compile(r"(?<![\p{L}])(?:do|được)\s*$")  # `do X`, `được X`: X gives
# between two figures of one list: `50 đoàn viên có hoàn cảnh khó khăn và 7 đoàn viên ...`
LIST_LINK = regex.compile(r"[\s\p{L}]{0,30},\s*|[\s\p{L}]{0,40}\svà\s+")


def clause_bounds(text: str, pos: int, seps: str) -> tuple[int, int]:
    """The clause around `pos`, between separators `seps` (a decimal comma, `6,8 triệu`, is none)."""
    start = max(_separator_before(text, c, pos) for c in seps) + 1
    ends = [i for i in (_separator_after(text, c, pos) for c in seps) if i >= 0]
    return start, min(ends) if ends else len(text)


def _in_number(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _separator_before(text: str, sep: str, pos: int) -> int:
    i = text.rfind(sep, 0, pos)
    while i > 0 and _in_number(text, i):
        i = text.rfind(sep, 0, i)
    return i


def _separator_after(text: str, sep: str, pos: int) -> int:
    i = text.find(sep, pos)
    while i >= 0 and _in_number(text, i):
        i = text.find(sep, i + 1)
    return i


# `Đại hội lần thứ IV, nhiệm kỳ 2017 - 2022 của Công đoàn Công ty có 95 đại biểu`: the event of
# a body, as its clause's subject, is that body's doing
EVENT_OWNER_BEFORE = regex.compile(r"(?:^|[.;:]\s*|,\s+)(?:"
                                   + "|".join(map(regex.escape, lexicon.EVENT_SUBJECTS + lexicon.PROJECTS))
                                   + r")(?![\p{L}])[^;.:]{0,80}?\s+của\s+$"
                                   # (and a body's delegation, so many of them too: `Ba đoàn công tác của`)
                                   r"|(?:^|[.;:]\s*|,\s+)(?:\p{L}+\s+)?" + DELEGATION_WORDS
                                   + r"\s+của\s+$")
# `đoàn công tác do Phó Chủ tịch Công đoàn ngành Y tế Hà Nội Vũ Thị Thu Hằng dẫn đầu đã trao ...`: the
# body of the one leading a delegation is the delegation's
LED_DELEGATION = regex.compile(r"(?<![\p{L}])" + DELEGATION_WORDS + r"\s+do\s+[^;.]{0,60}$")
LEADS = regex.compile(r"[^;.]{0,40}?\s+dẫn đầu(?![\p{L}])")


def usable(mention, text: str, allow_generic: bool = False) -> bool:
    """A mention that can be the subject: not after `với`, `cho`, `của`..., not the `X giao`
    that set a target; a giver (`hỗ trợ của X`, `do X`) is usable, and so is the body whose
    event is the subject (`Đại hội ... của X có 95 đại biểu`)."""
    if mention.generic and not allow_generic:
        return False
    before = text[:mention.start]
    if recognizes(text, mention):
        return False  # (`có 14 sáng kiến được Sở GD&ĐT công nhận`: it recognizes what others have)
    if ends_with(GIVER_AFTER, text, mention.start) and not GIVER_BY.search(before):
        return True
    if ends_with(LED_DELEGATION, text, mention.start) and LEADS.match(text, mention.end):
        return True
    if ends_with(EVENT_OWNER_BEFORE, text, mention.start) \
            or INVESTS.match(text, orgs.aside_end(text, mention)):  # (`... (HUD) làm chủ đầu tư`)
        return True  # (`Dự án do Công ty X làm chủ đầu tư, quy mô 4 tòa nhà`: the project's figures
        # are its investor's)
    if ends_with(AT_THE_COMPANY, text, mention.start) and DELEGATION_NEXT.match(text, orgs.aside_end(text, mention)):
        return False  # `Tại Công ty X, đoàn công tác đã trao 200 suất quà`: where a delegation acts
    if orgs.COMPANY.fullmatch(mention.head) and ends_with(AT_THE_COMPANY, text, mention.start) \
            and not ends_with(HELD_AT, text, mention.start):
        return True  # `Trong khi đó, tại Công ty TNHH Bao bì Minh Phát (KCN Lê Minh Xuân), do đơn hàng
        # sụt giảm khoảng 30%, ...`: what happens at a company is its own (not where another body's
        # event is held: `được tổ chức tại Công ty X với khoảng 500 đoàn viên`)
    if ends_with(STAFF_OF, text, mention.start) and orgs.acts(text, mention):
        return True  # `các y, bác sĩ của Trung tâm Y tế quận đã đo huyết áp ... cho 452 công nhân`: its
        # people acting, the body does
    if ends_with(NON_SUBJECT_BEFORE, text, mention.start) or APPOSITION_BEFORE.search(before) \
            or ends_with(AT_A_PLACE, text, mention.start) or ends_with(PERSON_WORKS_AT, text, mention.start) \
            or ends_with(PERSON_GLOSSED, text, mention.start):
        return False
    if ends_with(SUBMITTED_TO, text, mention.start) and FOR_APPROVAL.match(text, mention.end):
        return False
    if _receives_as_the_first_item(text, mention):
        return False
    if RECEIVES.match(text, mention.end) and not ends_with(WORKS_AT, text, mention.start):
        return False  # (but `Công nhân Công ty X sẽ được thưởng ...`: the company pays its own workers)
    return not ASSIGNER.match(text, mention.end)


# `LĐLĐ TP Hạ Long được phân bổ 1,12 tỷ đồng; LĐLĐ TP Cẩm Phả 760 triệu đồng; ...`: the items of a
# list after the first, a name and its figure, leave out the first item's verb and share it
ITEM_OPENS = regex.compile(r";\s*$")
FIGURE_NEXT = regex.compile(r"\s+(?:(?:khoảng|hơn|gần|trên|dưới)\s+)?\d")


def _receives_as_the_first_item(text: str, mention) -> bool:
    if not (ends_with(ITEM_OPENS, text, mention.start) and FIGURE_NEXT.match(text, mention.end)):
        return False
    first_item = text[:mention.start].split(";")[0]
    return RECEIVES.search(first_item) is not None


def usable_mentions(mentions, text: str) -> list:
    """The mentions that can be a subject (`usable`); a name coordinated with an unusable one
    before it (`cho đội A và đội B`) is unusable too."""
    out, previous, previous_ok = [], None, True
    for m in mentions:
        ok = usable(m, text)
        between = text[previous.end:m.start] if previous is not None else ""
        if previous is not None and not previous_ok and COORDINATED.fullmatch(between) \
                and not SOURCE_BEFORE.search(text, 0, previous.start) \
                and not (between.strip() == "," and orgs.acts(text, m) and (
                    ends_with(AT_A_PLACE, text, previous.start) or FROM_BEFORE.search(text, 0, previous.start)
                    or OPENING_ADVERBIAL.search(text, 0, previous.start))):
            ok = False  # (not after `Theo X,`, nor `tại X, Y tổ chức`, `từ Quỹ Xã hội, LĐLĐ
            # huyện hỗ trợ ...`: the comma ends the source or the place, the subject follows;
            # but `phối hợp với Sở ..., BHXH tỉnh kiểm tra`: partners listed)
        if previous is not None and previous_ok and RUN_BY.fullmatch(between) \
                and INVESTS.match(text, orgs.aside_end(text, m)):
            ok = False  # `Trường Mầm non Hoa Sen do Công đoàn các KCN&CX Hà Nội quản lý đón 420 trẻ`: a
            # body another runs is the subject, what it does its own (not a project: `Dự án do X làm chủ đầu tư`)
        if previous is not None and RESTATED.fullmatch(between):
            ok = False  # `thuộc Tổng Liên đoàn Lao động Việt Nam (Tổng LĐLĐ Việt Nam)`: the name
            # in brackets is the one before it, short, in the same role; or the body it belongs to,
            # said of it (`Trung tâm Lao động ngoài nước (Bộ Nội vụ) cho biết`: the centre tells)
        if ok:
            out.append(m)
        previous, previous_ok = m, ok
    return out


# `40 triệu đồng từ Quỹ “Mái ấm Công đoàn” của LĐLĐ thành phố`, `900 triệu đồng trích từ Quỹ Xã
# hội`: where money comes from gives it
RUN_BY = regex.compile(r"\s+do\s+")
RECEIVERS_BEFORE = regex.compile(r"(?<![\p{L}])cho\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$", regex.IGNORECASE)
MONEY_FROM = regex.compile(r"(?<![\p{L}])(?:trích\s+)?từ\s+(?:nguồn\s+)?$")
FROM_RIGHT_AFTER = regex.compile(r"\s+từ\s+")
# (or raises money for: `Ủy ban MTTQ tỉnh vận động Quỹ “Vì người nghèo” các cấp được 85,6 tỷ đồng`)
DRAWN_FROM = regex.compile(r"(?<![\p{L}])(?:trích\s+(?:từ\s+)?|(?:vận động|quyên góp)\s+(?:(?:cho|ủng hộ|xây dựng)\s+)?)$")
OF_OWNER = regex.compile(r"\s+(?:của|do)\s+")  # (`Quỹ Xã hội do LĐLĐ thành phố quản lý`)


def _receivers(doc, text: str, start: int) -> bool:
    """The figure at `start`, or the list it ends (`cho 3 tập thể và 7 cá nhân`), follows `cho`."""
    figures = None  # (the quantities' spans, read once: each read of a SpanGroup makes new Spans)
    while not ends_with(RECEIVERS_BEFORE, text, start):
        figures = figures or [(s.start_char, s.end_char) for s in doc.spans["quantities"]]
        before = [span for span in figures if span[1] <= start]
        if not before or not LIST_LINK.fullmatch(text, before[-1][1], start):
            return False
        start = before[-1][0]
    return True


def _fund_owner(mention, mentions, text: str):
    """A fund named with its owner (`Quỹ Trợ vốn của LĐLĐ quận`) gives as its owner does."""
    if mention.head != "Quỹ":
        return mention
    owner = next((m for m in mentions if m.start >= mention.end), None)
    return owner if owner is not None and OF_OWNER.fullmatch(text, mention.end, owner.start) else mention


RECEIVING = regex.compile(r"(?<![\p{L}])(?:nhận|đón nhận)(?![\p{L}])")
BY_PASSIVE = regex.compile(r"(?<![\p{L}])được\s+$")
GIVES_NEXT = regex.compile(r"\s+(?:(?:đã|cũng|trực tiếp)\s+)*(?:" + lexicon.alternation(lexicon.GIVING_VERBS) + r")(?![\p{L}])")
AND_NEXT = regex.compile(r"(?:(?<![\p{L}])và|,)\s+$")
HANDED_BY = regex.compile(r"\s+(?:(?:đã|cũng|trực tiếp)\s+)*" + HANDING + r"(?![\p{L}])")


def sentence_org(doc, fig, offset: int, context_at) -> str | None:
    """The organization of figure `fig` said in its sentence; `context_at(offset)` gives the
    article's naming context at a body offset (places named before it, abbreviations)."""
    text = text_of(doc)
    mentions = [s._.org for s in doc.spans["orgs"]]
    item_start, clause_end = clause_bounds(text, fig.q.start, ";")
    list_end = _list_end(doc, fig)
    # `tặng Bằng khen cho 3 tập thể ... thuộc Công đoàn ngành X`: where receivers belong is not
    # who gives
    receivers = _receivers(doc, text, fig.q.start)
    handed = None  # whether the clause's subject hands the figure over (_handed_by_subject)
    for m in mentions:  # the giver or owner written after the figure
        # (a bare employer, `Tổng công ty`, `Bệnh viện`, is the one the article names in full: `12
        # tập thể ... được Tổng công ty khen thưởng`)
        if not (fig.q.end <= m.start < clause_end) or m.generic and not orgs.EMPLOYER.fullmatch(m.head):
            continue
        if ASSIGNER.match(text, m.end) or CHOSE.match(text, m.end) and ends_with(BY_DO, text, m.start):
            continue  # (`... tặng đoàn viên khó khăn do LĐLĐ quận giới thiệu`: who chose them)
        if recognizes(text, m):
            continue  # (`có 14 sáng kiến được Sở GD&ĐT công nhận`: who recognized them)
        if any(list_end <= s.start_char < m.start and not ends_with(PER_ITEM, text, s.start_char)
               for s in doc.spans["quantities"]):
            break  # `X hỗ trợ 20 triệu đồng, phần còn lại 5 triệu đồng do Y hỗ trợ`: Y gave the 5
            # (but `50 suất học bổng, mỗi suất 1 triệu đồng, do LĐLĐ tỉnh trao tặng`: what each is)
        if "so với" in text[fig.q.end:m.start]:
            break  # `cao hơn 8% so với mức lương tối thiểu vùng do Chính phủ quy định`: the base's
        between = text[list_end:m.start]
        if ends_with(GIVER_AFTER, text, m.start):
            if handed is None:  # (of the figure, not of the giver: asked once)
                handed = _handed_by_subject(doc, fig, text, mentions)
            if handed:
                continue  # (the sponsor of what the subject hands over: `trao 500 suất quà của Công ty`)
        if ends_with(GIVER_AFTER, text, m.start) and not _handed_over(fig, text, m.start) \
                or OWNER_AFTER.match(between) and not receivers \
                or _workers_of(doc, fig, m, mentions, list_end) \
                or fig.q.kind == "money" and ends_with(MONEY_FROM, text, m.start) \
                and (_fund_owner(m, mentions, text) is not m  # (a fund alone is where, not who)
                     # `nhận hỗ trợ 50 triệu đồng từ LĐLĐ Thành phố, 15 triệu đồng từ Công đoàn ngành`:
                     # the body the money comes from, right after it, gives it
                     or m.head != "Quỹ" and FROM_RIGHT_AFTER.fullmatch(text, fig.q.end, m.start)):
            if not ends_with(GIVER_AFTER, text, m.start):
                # `2 tập thể ... thuộc Công đoàn huyện X nhận Bằng khen của Tổng LĐLĐ`: where the
                # receivers belong yields to the giver their clause names after `nhận`
                # (or after `được` and what it gives: `120 công nhân Công ty X được Công đoàn Công ty
                # tặng thẻ bảo hiểm`)
                m = next((later for later in mentions if m.end <= later.start < clause_end
                          and ends_with(GIVER_AFTER, text, later.start)
                          and (RECEIVING.search(text, m.end, later.start)
                               or ends_with(BY_PASSIVE, text, later.start) and GIVES_NEXT.match(text, later.end))), m)
            elif ends_with(BY_DO, text, m.start):
                # `400 suất do BIDV tài trợ, được Công đoàn ngành trao trực tiếp tới đoàn viên`: the
                # body handing them over gives them, the sponsor says where they came from
                # (or told next: `do Vietcombank tài trợ và LĐLĐ TP.HCM trao tặng`, `do X tài trợ,
                # Công đoàn Công Thương Việt Nam trực tiếp trao cho các đoàn`)
                m = next((later for later in mentions if m.end <= later.start < clause_end
                          and (ends_with(BY_PASSIVE, text, later.start) or ends_with(AND_NEXT, text, later.start))
                          and HANDED_BY.match(text, later.end)), m)
            m = _fund_owner(m, mentions, text)
            name = orgs.canonical(m, context_at(offset + m.start))
            if name and not (m.generic and name == m.head):
                return name
    named = _named_units(doc, fig, mentions, offset, context_at)
    if named:
        return named
    # `doanh thu của Công ty đạt 1.840 tỷ đồng`, `... của công ty đạt khoảng 412 tỷ`: whose the
    # level is (a workplace written small is the one named)
    small = bare_workplaces(BARE_WORKPLACE, text, fig.q.start)
    # (and so is the level of the next item, of the same kind, that names no one: `tổng thu kinh phí
    # công đoàn của LĐLĐ huyện đạt 19,6 tỷ đồng, ...; thu đoàn phí công đoàn đạt 7,15 tỷ đồng`)
    elliptic = item_start > 0 and ITEM_LEVEL.fullmatch(text, item_start, fig.q.start) \
        and not any(item_start <= m.start < fig.q.start for m in mentions)
    for m in mentions + small:
        if m.end <= fig.q.start and ends_with(OF_BEFORE, text, m.start) \
                and (LEVEL_VERB.fullmatch(text, m.end, fig.q.start)
                     or elliptic and m.end <= item_start
                     and LEVEL_VERB.match(text, m.end) and clause_bounds(text, m.start, ";")[1] == item_start - 1):
            name = orgs.canonical(m, context_at(offset + m.start))
            if name and not (m.generic and name == m.head):
                return name
    # `Bệnh viện dành trung bình 10 triệu đồng/người`: a bare `Bệnh viện`, `Công ty` is a subject
    # too when the article names one workplace of that kind in full (`orgs.canonical` says which);
    # so is a bare `Tổng công ty`, `Tập đoàn`, `Ngân hàng`
    workplaces = [m for m in mentions if m.generic and orgs.EMPLOYER.fullmatch(m.head)
                  and usable(m, text, allow_generic=True)]
    bare = bare_workplaces(BARE_WORKPLACE_SUBJECT, text, fig.q.start)
    # `Công đoàn đã duy trì hoạt động của 312 an toàn vệ sinh viên`: the union the article is about,
    # acting by its bare head
    # (capitalized: a body, not the institution in general, `vai trò của công đoàn`)
    own_union = [m for m in mentions if m.generic and m.head == UNION and not m.sector and not m.admin
                 and text[m.start] == "C" and orgs.acts(text, m) and usable(m, text, allow_generic=True)]
    # (and its whole system: `năm 2024 toàn hệ thống thu kinh phí công đoàn đạt 1.012 tỷ đồng`)
    own_union += [orgs.Mention(w.start(), w.end(), UNION) for w in WHOLE_SYSTEM.finditer(text, 0, fig.q.start)
                  if orgs.VERB_AFTER_NAME.match(text, w.end()) or MONEY_MOVED.match(text, w.end())]
    subjects = sorted([m for m in usable_mentions(mentions, text) + workplaces if not counted(doc, m.start)]
                      + bare + own_union, key=lambda m: m.start)
    earlier_items = _earlier_items(text, fig)
    for m in reversed([m for m in subjects if m.end <= fig.q.start]):
        if earlier_items[0] < m.start < earlier_items[1]:
            continue  # `gồm: dự án A do Công ty X làm chủ đầu tư, quy mô 2.162 căn; ...; dự án tại KCN
            # An Dương 1.356 căn`: the body of one item of a list is not the others'
        if m.head == "Quỹ" and ends_with(DRAWN_FROM, text, m.start):
            continue  # `LĐLĐ tỉnh còn trích Quỹ Xã hội hỗ trợ 15 “Mái ấm công đoàn”`: the fund the
            # body draws on is where the money comes from, the one it raises for where it goes; the body gives
        if m in own_union:  # (the union named before it, its head's: `Chủ tịch Công đoàn Công ty X
            # Trần Thị Lan cho biết, Công đoàn đã đăng ký cho 186 công nhân`)
            return _union_named_before([x for x in mentions if not x.generic], m, context_at, offset) or OWN_UNION
        m = _fund_owner(m, mentions, text)
        # (a department telling of a clause with a subject of its own, `Sở LĐ-TB&XH Thanh Hóa cho
        # biết, vùng II hiện có khoảng 1.400 doanh nghiệp`, tells its province's statistics; not
        # its own deeds, `Sở Nội vụ cho biết đã tổng hợp báo cáo của 1.486 doanh nghiệp`)
        name = as_subject(m, text, context_at(offset + m.start)) \
            if m.head == "Sở" and DEPARTMENT_TELLS.match(text, orgs.aside_end(text, m)) \
            else orgs.canonical(m, context_at(offset + m.start))
        if name and not (m.generic and name == m.head):
            return name
        if m in bare:  # `..., doanh nghiệp đã đồng ý tăng tiền hỗ trợ nhà trọ từ 200.000 đồng`: a
            return UNNAMED  # workplace the article never named does it: no one named
        if m.system and name == "":  # `Các cấp công đoàn đã tham gia giải quyết 9/9 vụ`
            # (the system of the union the sentence named before it: `LĐLĐ tỉnh đã ban hành Kế
            # hoạch ..., theo đó các cấp công đoàn sẽ tổ chức 25 lớp tập huấn`)
            return _union_named_before(subjects, m, context_at, offset) or OWN_UNION
        if m.parent and m.parent.system and name == "":  # `UBKT công đoàn các cấp đã kiểm tra
            return f"{m.head} {OWN_UNION}"  # 98 CĐCS`: that body of the article's union
    return None


DEPARTMENT_TELLS = regex.compile(r"\s*(?:cũng\s+)?(?:" + lexicon.alternation(lexicon.SAYING_VERBS) + r")\s*[,:]\s*(?!(?:"
                              + lexicon.alternation(lexicon.ASPECT_WORDS + lexicon.ADVERBS_BEFORE_VERB) + r")(?![\p{L}]))")


# `gồm:`, `như sau:`: what opens a list of things (not a speaker's colon, `Ông X: Sở Y tế sẽ ...`)
LIST_OPENS = regex.compile(r"(?<![\p{L}])(?:bao gồm|gồm|như sau|sau đây|cụ thể)\s*:\s*$")


def _earlier_items(text: str, fig) -> tuple[int, int]:
    """The span of a list's items (`gồm: ...; ...`) before the one `fig` is in; empty if `fig`
    is in no list's later item."""
    item_start = clause_bounds(text, fig.q.start, ";")[0]
    list_start = text.rfind(":", 0, item_start)
    if list_start >= 0 and ends_with(LIST_OPENS, text, list_start + 1):
        return list_start, item_start
    return 0, 0


def _union_named_before(subjects: list, system, context_at, offset: int) -> str | None:
    for m in reversed([m for m in subjects if m.end <= system.start and not m.system]):
        name = orgs.canonical(m, context_at(offset + m.start))
        if name and name.startswith(UNION_NAMES):
            return name
    return None


UNION_NAMES = tuple(sorted(lexicon.UNION_HEADS))
UNION = lexicon.ORGANIZATION_HEADS["công đoàn"]
WHOLE_SYSTEM = regex.compile(r"(?<![\p{L}])[Tt]oàn\s+hệ\s+thống\s+")
MONEY_MOVED = regex.compile(r"(?:thu|chi)\s")  # (`toàn hệ thống thu kinh phí công đoàn`)
UNNAMED = ""  # (sentence_org: the figure's subject is a body the text does not name)
OWN_UNION = "các cấp Công đoàn"  # (sentence_org: the subject is the union system the article is about,
# or, after a body's head, that body of it)


def counted(doc, start: int) -> bool:
    """Whether the text at `start` is what a figure counts, written right after it (`quản lý 30
    Công đoàn Giáo dục quận, huyện và 197 CĐCS`: no body acting)."""
    text = text_of(doc)
    return any(q.end_char <= start and not text[q.end_char:start].strip() for q in doc.spans["quantities"])


# `..., công ty hiện có 126 lao động`, `Hiện công ty có ...`: a workplace's common noun opening a
# clause, before what it does or has, is the workplace the text named (not the union whose
# chairman speaks); `công ty con`, `các công ty` are no subject.
BARE_WORKPLACE_SUBJECT = regex.compile(
    # (opening a clause, or what is reported: `... cho biết doanh nghiệp có 3.200 lao động`)
    # (at the sentence's start with its capital: `Nhà trường hiện có 214 giảng viên`)
    r"(?|^((?i:" + "|".join(map(regex.escape, lexicon.BARE_WORKPLACES)) + r"))"
    r"|(?:[,;:]\s*|(?<![\p{L}])(?:[Hh]iện(?: nay| tại)?|[Đđ]ến nay|[Nn]ay|cho biết|cho hay)\s+)("
    + "|".join(map(regex.escape, lexicon.BARE_WORKPLACES)) + r"))\s+"
    # (not a kind of enterprise: `doanh nghiệp có vốn đầu tư nước ngoài 6,9 triệu đồng/người`)
    r"(?!có vốn|nhà nước|ngoài nhà nước|dân doanh|tư nhân|FDI)(?=(?:"
    # (an aspect word or adverb, `còn` (still has), a verb that ends a name: `hiện`, `có`, ...)
    + "|".join(map(regex.escape, BEFORE_THE_VERB + sorted(lexicon.NAME_ENDERS) + lexicon.VERBS_AFTER_NAME))
    + r")(?![\p{L}]))")


def bare_workplaces(pattern: regex.Pattern, text: str, end: int) -> list:
    """Mentions of the workplaces written by their common noun (`pattern`'s group 1) before
    `end`, each of the kind it stands for."""
    return [orgs.Mention(m.start(1), m.end(1), lexicon.BARE_WORKPLACES[m.group(1).lower()])
            for m in pattern.finditer(text, 0, end)]


OF_BEFORE = regex.compile(r"(?<![\p{L}])của\s+$")
BARE_WORKPLACE = regex.compile(r"(?<![\p{L}])(" + "|".join(map(regex.escape, lexicon.BARE_WORKPLACES))
                               + r")(?![\p{L}])")
# an item that tells a level and nothing else before its figure (`; thu đoàn phí đạt 7,15 tỷ đồng`)
ITEM_LEVEL = regex.compile(r"\s*(?:\p{Ll}+\s+){1,6}?(?:đạt|là|ước đạt)\s+(?:\p{Ll}+\s+)?")
LEVEL_VERB = regex.compile(r"\s+(?:(?:đã|chỉ|vẫn|cũng)\s+)?(?:đạt|là|ước đạt|lên tới|lên|còn|bằng|(?:giảm|tăng)(?:\s+từ)?)\s+"
                           r"(?:\p{Ll}+\s+)?")  # (`khoảng`; `đơn hàng của công ty chỉ bằng khoảng 85%`)


def _workers_of(doc, fig, mention, mentions, list_end: int) -> bool:
    """`Sáng 15-10, hơn 3.000 công nhân Công ty X đã ngừng việc`: people counted as a
    workplace's, the subject of their sentence (no body named before them, which would be the
    one doing something for them: `LĐLĐ trao quà cho 500 công nhân Công ty X`)."""
    text = text_of(doc)
    return (fig.counted or "").lower() in PEOPLE and not text[list_end:mention.start].strip() \
        and orgs.WORKPLACE.match(mention.head) is not None \
        and not any(m.end <= fig.q.start for m in mentions)


def source_org(doc, fig, offset: int, context_at) -> str | None:
    """The body named as the source of the sentence's figures before `fig` (`Theo Ban Quản lý
    các KCN ..., tại các KCN xảy ra 14 vụ`), for a figure whose sentence names no subject."""
    text = text_of(doc)
    for s in doc.spans["orgs"]:
        m = s._.org
        if m.end <= fig.q.start and not m.generic and ends_with(SOURCE_NAMED, text, m.start):
            return as_subject(m, text, context_at(offset + m.start)) or None
    return None


def as_subject(m, text: str, context) -> str:
    """The name a mention stands for as the one whose figures these are: a province's
    department named as the source (`Theo Sở Nội vụ tỉnh Bắc Ninh, ...`, `Sở ... cho biết`)
    reports the province's statistics, so it stands for the province; any other body for
    itself."""
    end = orgs.aside_end(text, m)  # (`Số liệu được Cục X (Bộ LĐTBXH) công bố`)
    tells = ends_with(SOURCE_NAMED, text, m.start) or SAYS.match(text, end) \
        or ends_with(HEAD_AS_SOURCE, text, m.start) \
        or ends_with(orgs.TITLE_BEFORE, text, m.start) and HEAD_SAYS.match(text, end)
    if m.head in lexicon.NATIONAL_SOURCES and tells and not (m.admin or m.place or orgs.PLACE_RE.search(m.sector)) \
            and not orgs.statistics_office_named_bare(f"{m.head} {m.sector}"):
        # (not a province's: `Theo số liệu của Cục Thống kê tỉnh Bắc Giang`)
        return "Việt Nam"
    if f"{m.head} {m.sector} ".startswith(AREA_SOURCE_NAMES) \
            and tells and not _does_what_it_tells(m, text):
        area = orgs.territory_of(m, context)
        if area:
            return area
    return orgs.canonical(m, context)


def _does_what_it_tells(m, text: str) -> bool:
    """`Theo báo cáo của Trung tâm Dịch vụ việc làm Hà Nội, 6 tháng đầu năm 2026, Trung tâm đã tư
    vấn ...`: the source, named again as the one doing what it reports, tells its own deeds, not
    its territory's statistics."""
    return any(orgs.does(text, found.end()) or ASPECT_NEXT.match(text, found.end())
               for found in _named_again(m.head).finditer(text, m.end))


@lru_cache(maxsize=None)
def _named_again(head: str) -> regex.Pattern:
    """A body named again by its head, or the head's first words (`Trung tâm`)."""
    words = head.split()
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(
        regex.escape(" ".join(words[:n])) for n in range(len(words), 0, -1)) + r")(?![\p{L}])")


ASPECT_NEXT = regex.compile(r"\s+(?:" + "|".join(lexicon.ASPECT_WORDS) + r")(?![\p{L}])")  # (`Trung tâm đã ...`)


def _named_units(doc, fig, mentions, offset: int, context_at) -> str | None:
    """`Chủ tịch LĐLĐ quận A ... và Chủ tịch LĐLĐ quận B cho biết, 2 đơn vị sẽ...`: the
    figure counts the bodies just named; the fact is theirs jointly."""
    if fig.q.kind != "count" or (fig.unit or "").lower() != "đơn vị" or fig.q.value < 2:
        return None
    names = list(dict.fromkeys(
        orgs.canonical(m, context_at(offset + m.start)) for m in mentions
        if m.end <= fig.q.start and usable(m, text_of(doc))))
    return "; ".join(names) if len(names) == fig.q.value else None


def _list_end(doc, fig) -> int:
    """End of the comma list of figures `fig` opens (`10 nhiệm vụ trọng tâm, 10 nhiệm vụ trọng
    điểm của X`): what is written after the list is said of each figure in it."""
    end = fig.unit_end or fig.q.end
    for span in doc.spans["quantities"]:
        if span.start_char >= end and LIST_LINK.fullmatch(text_of(doc)[end:span.start_char]):
            unit_end = read_unit(doc, span.end_char)[1]
            end = max(unit_end, span.end_char)
    return end


# `Dẫn đầu là LĐLĐ tỉnh Bình Dương với 86.240 đoàn viên, tiếp đến là LĐLĐ TP Hồ Chí Minh`: bodies
# ranked in a list the sentence draws (its figures are theirs; the next sentence is not about them)
RANKED_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Dd]ẫn đầu|[Đđ]ứng đầu|[Tt]iếp (?:đến|theo)|[Xx]ếp (?:sau|thứ \p{L}+)"
                              r"|[Đđ]ứng thứ \p{L}+)\s+(?:là\s+)?$")


PART_OPENS = regex.compile(r"[,;]\s*trong\s+(?:số\s+)?đó(?![\p{L}])")


def subject_org(marks, offset: int, context_at) -> str | None:
    """The organization a sentence is about (for the sentences after it); `marks`: the
    sentence's `assembly.SentenceMarks` (its text and organizations)."""
    text = marks.text
    subjects = usable_mentions(marks.orgs, text)
    # the one doing something (`..., LĐLĐ quận Cầu Giấy tổ chức Hội thi`) before one only named
    # (`Hướng tới kỷ niệm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, ...`)
    # and, when none can be the subject, the body named as the source (`Theo Nghị định ... của
    # Chính phủ, mức lương tối thiểu vùng tăng 6%`: what follows, `Cụ thể, ...`, is its too)
    # (tried lazily, in that order: the first that gives a name is the answer)
    subjects = [m for m in subjects if not ends_with(RANKED_BEFORE, text, m.start)]
    # (not one giving a part of the whole the sentence told: `Tổng giá trị giải thưởng là 380 triệu
    # đồng, trong đó nhà tài trợ Công ty X đóng góp 120 triệu đồng`; what follows is the whole's)
    part = PART_OPENS.search(text)
    if part:
        subjects = [m for m in subjects if m.start < part.start()]
    # (not a sponsor told of in passing after the subject: `đoàn công tác do ... dẫn đầu đã trao 120
    # suất quà do BIDV Chi nhánh Hà Thành tài trợ`)
    acting = (m for m in subjects if orgs.acts(text, m)
              and not (ends_with(BY_DO, text, m.start) and subjects[0].start < m.start))
    sources = (m for m in marks.orgs if not m.generic and ends_with(SOURCE_NAMED, text, m.start))
    for m in chain(acting, subjects, sources):
        name = as_subject(m, text, context_at(offset + m.start))
        if name:
            return name
    return None
