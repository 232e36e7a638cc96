"""Simplified Chinese texts: the home page and the promotion hub, with the
contact agency and person the hub names (and the kinds, role and parent
agency those link to).

“Phù Sa” is written 浮沙 (its Sino-Vietnamese reading); smaller places keep
their Vietnamese spelling.
"""

PAGES = {
    "Cổng thông tin điện tử tỉnh Phù Sa": "浮沙省电子信息门户网站",
    "trang-chu": "zhuye",
    "Thông tin chính thức của Ủy ban nhân dân tỉnh Phù Sa dành cho báo chí, nhà "
    "đầu tư và du khách: thông cáo báo chí, danh sách người phát ngôn của các cơ "
    "quan, lịch tập huấn và giới thiệu tiềm năng của tỉnh.": (
        "浮沙省人民委员会面向新闻媒体、投资者和游客发布的官方信息：新闻公报、"
        "各机关新闻发言人名单、培训日程以及本省发展潜力介绍。"
    ),
    "Giới thiệu tỉnh Phù Sa": "浮沙省概况",
    "gioi-thieu-tinh-phu-sa": "fusha-gaikuang",
    "Phù Sa là tỉnh ven biển ở hạ lưu sông Cửu Long, nơi ba dân tộc Kinh, Khmer và "
    "Hoa cùng sinh sống, với nền nông nghiệp trù phú, cảng biển nước sâu và bờ "
    "biển dài 72 km.": (
        "浮沙省是位于九龙江（湄公河）下游的沿海省份，京族、高棉族和华族三个民族"
        "在此共同生活。本省农业富饶，拥有深水海港和长达72公里的海岸线。"
    ),
    "Vị trí địa lý": "地理位置",
    "Tỉnh nằm giữa hai nhánh sông lớn đổ ra biển, cách Thành phố Hồ Chí Minh khoảng "
    "180 km theo đường cao tốc. Phía đông giáp biển, có cửa sông Bãi Bồi thuận lợi "
    "cho tàu trọng tải lớn.": (
        "本省位于两条入海大河支流之间，经高速公路距胡志明市约180公里。东部临海，"
        "Bãi Bồi河口便于大吨位船舶通航。"
    ),
    "Chính quyền địa phương hai cấp": "两级地方政府",
    "Từ ngày 01/7/2025, tỉnh tổ chức chính quyền địa phương hai cấp gồm cấp tỉnh "
    "và 50 xã, phường. Trung tâm hành chính đặt tại phường Phù Sa.": (
        "自2025年7月1日起，本省实行两级地方政府体制，包括省级和50个社、坊。"
        "行政中心设在浮沙坊。"
    ),
    "Diện tích tự nhiên": "自然面积",
    "km²": "平方公里",
    "Dân số": "人口",
    "người": "人",
    "Tăng trưởng GRDP": "地区生产总值（GRDP）增长率",
    "Đơn vị hành chính cấp xã": "社级行政单位",
    "xã, phường": "个社、坊",
    "Khu công nghiệp": "工业区",
    "khu": "个",
    "Khách du lịch": "游客接待量",
    "triệu lượt": "百万人次",
    "Tờ gấp giới thiệu tỉnh (PDF)": "浮沙省简介折页（PDF）",
}

REGISTERS = {
    # Agency kinds
    "Ủy ban nhân dân tỉnh": "省人民委员会",
    "Ủy ban nhân dân tỉnh và Văn phòng giúp việc.": "省人民委员会及其办公厅。",
    "Đơn vị sự nghiệp": "事业单位",
    "Đơn vị sự nghiệp công lập trực thuộc tỉnh hoặc các sở.": (
        "隶属于省或各厅的公立事业单位。"
    ),
    # Agencies
    "Ủy ban nhân dân tỉnh Phù Sa": "浮沙省人民委员会",
    "UBND tỉnh": "省人委会",
    "Cơ quan hành chính nhà nước ở địa phương, chấp hành nghị quyết của Hội đồng "
    "nhân dân tỉnh; chỉ đạo các sở, ngành và Ủy ban nhân dân các xã, phường.": (
        "地方国家行政机关，执行省人民议会的决议，领导各厅、各部门以及各社、坊"
        "人民委员会。"
    ),
    "Số 1 đường Hùng Vương, phường Phù Sa, tỉnh Phù Sa": "浮沙省浮沙坊雄王路1号",
    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Phù Sa": (
        "浮沙省投资、贸易与旅游促进中心"
    ),
    "TTXT": "促进中心",
    "Xúc tiến đầu tư, thương mại và du lịch; hỗ trợ nhà đầu tư tìm hiểu tỉnh.": (
        "开展投资、贸易和旅游促进工作；协助投资者了解本省。"
    ),
    "Số 2 đường Hùng Vương, phường Phù Sa, tỉnh Phù Sa": "浮沙省浮沙坊雄王路2号",
    # The contact person and role
    "Người được giao phát ngôn về vấn đề cụ thể": "专项问题发言人",
    "Người đứng đầu cơ quan, đơn vị thuộc, trực thuộc được giao phát ngôn về một "
    "vấn đề cụ thể trong phạm vi ghi trong văn bản giao nhiệm vụ.": (
        "机关所属或直属单位的负责人，受托在任务委派文件规定的范围内就具体问题发言。"
    ),
    "Giám đốc Trung tâm": "中心主任",
    "Xúc tiến đầu tư, thương mại và du lịch; thông tin về danh mục dự án kêu gọi "
    "đầu tư và các chương trình xúc tiến ở nước ngoài.": (
        "投资、贸易和旅游促进；招商引资项目清单及境外促进活动相关信息。"
    ),
}

TEXTS = {**PAGES, **REGISTERS}
