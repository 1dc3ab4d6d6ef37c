"""Word lists shared by the components: the closed classes of the language of figures.

They name grammar (time units, classifiers, cue words), never the words of one article.
"""
from __future__ import annotations

# After a number these make a duration, an age or an anniversary, not a counted thing.
TIME_UNITS = {"năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý", "tuổi", "thế kỷ",
              "thập kỷ", "buổi sáng", "buổi chiều", "đêm", "h"}
# ...unless the noun goes on (`ngày công` is a count of work-days).
TIME_UNIT_COUNTS = {"ngày công", "giờ công", "tháng lương", "ngày hội"}

# Function words: they end a noun phrase, and a number before one counts nothing.
FUNCTION_WORDS = {"với", "cho", "tại", "để", "do", "theo", "so", "và", "của", "là", "được", "đã",
                  "sẽ", "có", "trong", "từ", "đến", "tới", "về", "mỗi", "trên", "nhưng", "thì",
                  "mà", "như", "đạt", "bị", "nhằm", "qua", "thuộc", "gồm", "vào", "ra", "lên",
                  "xuống", "còn", "đang", "vừa", "mới", "không", "chưa", "cùng", "khi", "sau",
                  "trước", "này", "đó", "ấy", "hoặc", "hay", "nên", "vì", "kể", "tính", "dưới",
                  "đang", "nhất"}

# Vague quantifiers: `một số đơn vị`, `hàng trăm suất quà` are not figures (`số` only after 1).
VAGUE_AFTER = {"vài", "trong", "cách", "phần", "chút", "ít", "loạt", "nửa", "bên", "phía"}
VAGUE_BEFORE = {"hàng", "hằng", "vài", "mấy", "dăm", "hàng chục", "hàng trăm", "hàng nghìn"}

# A number right after these is an ordinal, a name or a document number (`lần thứ 2`,
# `Cụm thi đua số 1`, `giai đoạn 2`, `Nghị quyết 02`, `Chương trình 1 triệu sáng kiến`).
ORDINAL_BEFORE = {"thứ", "số", "lần", "khóa", "khoá", "kỳ", "đợt", "giai đoạn", "tập", "phần",
                  "chương", "điều", "khoản", "mục", "cấp", "hạng", "top", "phiên bản", "version",
                  "nghị quyết", "chỉ thị", "kế hoạch", "quyết định", "thông tư", "nghị định",
                  "kết luận", "công văn", "luật", "chương trình", "cuộc thi", "hội thi", "giải",
                  "đề án", "dự án", "vành đai", "đường", "phố", "ngõ", "phòng", "tổ", "lớp",
                  "khu", "cụm", "game", "games", "đại hội", "hội nghị", "kỳ họp", "mùa", "số hiệu",
                  "quận", "phường", "tòa", "nhà", "tầng", "km", "quốc lộ", "tỉnh lộ", "tuyến"}

# Classifiers that take the following noun into the unit (`lượt CNVCLĐ`, `chuyến xe`).
CLASSIFIERS = {"lượt", "chuyến", "suất", "chiếc", "cái", "con", "căn", "ngôi", "tấm", "bộ",
               "đôi", "phần", "gói", "bao", "thùng", "cuốn", "quyển", "tờ", "bức", "lá", "xuất", "vé"}

# Nouns for people (units, and the `đoàn viên, người lao động` coordination).
PEOPLE = ["người lao động", "công nhân lao động", "công nhân viên chức", "đoàn viên công đoàn",
          "đoàn viên", "công nhân", "người", "NLĐ", "CNLĐ", "CNVCLĐ", "CBCCVCLĐ", "CNVC", "CBCCVC",
          "cán bộ", "công chức", "viên chức", "giáo viên", "học sinh", "sinh viên", "hội viên",
          "lao động", "thanh niên", "nữ công nhân", "cá nhân", "tập thể", "gia đình", "hộ",
          "trẻ em", "cháu", "em", "bệnh nhân", "y bác sĩ", "bác sĩ", "chiến sĩ", "đại biểu",
          "nạn nhân", "thành viên", "khách hàng", "hộ gia đình", "đảng viên", "lao động nữ"]

# Counted nouns a number word may precede (`hai phiên`, `ba đơn vị`), besides PEOPLE.
COUNT_NOUNS = ["đơn vị", "doanh nghiệp", "cơ quan", "công đoàn cơ sở", "CĐCS", "phiên", "cuộc",
               "buổi", "lớp", "đợt", "hội nghị", "công trình", "sáng kiến", "nhiệm vụ", "hoạt động",
               "chương trình", "giải", "đội", "nhà", "mái ấm", "suất", "phần quà", "xe", "lần",
               "chỉ tiêu", "tiêu chí", "nội dung", "vụ", "trường hợp", "điểm", "mô hình", "ngày hội",
               "hội thi", "hội thao", "hội diễn", "cuộc thi", "giải đấu", "ngôi nhà", "căn nhà", "nhóm",
               # compound nouns, counted whole (FACTS.md: `phiếu mua hàng`, not `phiếu`)
               "phiếu mua hàng", "tổ công đoàn", "khâu đột phá", "tháng lương", "ngày lương",
               "hộ dân", "bài thơ", "bài viết", "bài dự thi", "gian hàng", "suất quà",
               "tác phẩm", "đề tài", "nhân khẩu", "điểm phần trăm", "vị trí việc làm", "đội bóng", "xe cứu thương", "xe ô tô",
               "an toàn vệ sinh viên", "đơn vị sự nghiệp", "cán bộ công đoàn", "thanh niên công nhân",
               # a family counted by its members (`hai vợ chồng`, `3 mẹ con`)
               "vợ chồng", "mẹ con", "cha con", "bố con"]
NUMBER_WORD_UNITS = sorted(PEOPLE + COUNT_NOUNS + sorted(CLASSIFIERS), key=len, reverse=True)

# Comparators written before the figure, longest first; `trở lên` is written after it.
COMPARATOR_BEFORE = [("xấp xỉ", "~"), ("khoảng", "~"), ("gần", "~"), ("chừng", "~"),
                     ("trên dưới", "~"), ("ước tính", "~"), ("ước", "~"), ("hơn", ">"),
                     ("trên", ">"), ("vượt", ">"), ("ít nhất", ">="), ("tối thiểu", ">="),
                     ("không dưới", ">="), ("dưới", "<"), ("chưa đến", "<"),
                     ("chưa tới", "<"), ("không quá", "<="), ("tối đa", "<="), ("trung bình", "="),
                     ("bình quân", "=")]
COMPARATOR_AFTER = [("trở lên", ">="), ("trở xuống", "<="), ("trở xuống", "<=")]

TARGET_CUES = ["phấn đấu", "chỉ tiêu", "mục tiêu", "kế hoạch", "sẽ", "dự kiến", "phương hướng",
               "cần", "định hướng"]
ACTUAL_CUES = ["đã", "đạt", "được", "kết quả", "hoàn thành", "vượt"]

# Units of measure: the figure measures what is said before it (`tổng diện tích 65 m2`).
MEASURE_UNITS = {"m2", "m²", "m3", "m", "km", "ha", "kg", "tấn", "lít", "tạ"}

MONEY_NOUNS = ["tổng số tiền", "tổng trị giá", "tổng kinh phí", "tổng giá trị", "số tiền",
               "trị giá", "kinh phí", "giá trị", "tổng cộng"]

# Units as FACTS.md writes them: one name for one counted thing, however the text spells it.
CANONICAL_UNITS = {"công đoàn cơ sở": "CĐCS", "cđ cơ sở": "CĐCS", "cđ": "CĐCS", "cđcs": "CĐCS",
                   "đoàn viên công đoàn": "đoàn viên", "nlđ": "người lao động",
                   "cnlđ": "công nhân lao động", "lượt nlđ": "lượt người lao động"}
# Words that follow a counted noun without being part of it (`1 Voucher trị giá 500.000 đồng`,
# `2 con nhỏ`, `2 con vẫn ...`): the unit ends before them.
UNIT_TAIL_STOPS = {"trị giá", "giá trị", "nhỏ", "vẫn", "mỗi", "ở", "tại", "gồm", "với", "cùng",
                   "hiện", "đang", "đều", "khác",
                   "thủ đô"}  # where they are from: `100 “Công nhân giỏi Thủ đô”` counts Công nhân giỏi

# A family's own things: children, rooms, floors (`2 con`, `nhà 2 tầng`). A count of them is
# personal: it belongs to no organization and has no period unless its sentence gives them.
PERSONAL_UNITS = {"con", "con nhỏ", "mẹ con", "cha con", "bố con", "vợ chồng", "cháu", "phòng",
                  "tầng", "gian", "người con", "anh chị em", "cháu nhỏ"}

# Vietnamese family names: a capitalized word among these after an organization's name starts a
# person's name (`Sở GDĐT Quảng Bình Đoàn Đức Liêm phát biểu`), which ends the organization's.
SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Mai", "Trịnh", "Đào", "Cao", "Lâm",
            "Tạ", "Tô", "Hà", "Chu", "Quách", "Kiều", "Bồ", "Khuất", "Nghiêm", "Triệu", "Vương",
            "Đoàn", "Lại", "Lưu", "Tống", "Mạc", "Hứa", "Phùng", "Doãn", "Khổng", "Lục", "Tăng",
            "Diệp", "Đàm", "Nông", "Lò", "Trương", "Lã", "Hầu", "Cù", "Đới", "Nhữ", "Phí", "Mẫn",
            "Thạch", "Sầm", "Bế", "Giáp", "Thân", "Trình", "Ứng"}
# (not the family names that also begin places or names of things: Thái Bình, Đồng Nai, Ninh
# Bình, Bắc Từ Liêm, Trung Văn, Kim Liên, Châu Đốc...)
