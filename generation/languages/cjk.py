"""Chinese, Japanese and Korean: story frames only.

Their text is compared by overlapping character pairs, not words, and they have no pack of
phrasing yet: maps of these documents carry a note that says so.
"""

from generation.languages import LanguagePack, pattern

PACKS = (
    LanguagePack(
        code="zh",
        name="Chinese",
        stopwords=frozenset(),
        story_frame=pattern(
            r"^\W*作为(?:一[个名位])?(?P<role>[^，,。]{1,30}?)[，,]\s*我(?:想要|想|希望|需要|要|可以)"
            r"(?P<goal>.+?)(?:[，,]\s*(?:以便|从而|这样|以|为了)(?P<benefit>.+?))?[。！]?\s*$"
        ),
        requirement_cues=pattern(r"必须|应该|应当|需要|可以|能够|支持|允许|提供"),
        priority_words=(
            (r"高|必须|p[01]", "MVP"),
            (r"中|应该|p2", "Release 1"),
            (r"低|可选|p3", "Later"),
        ),
        priority_label="优先级",
        toc_headings=pattern(r"目录"),
        non_goal_headings=pattern(r"不在范围内?|范围之外|非目标"),
        context_headings=pattern(
            r"参考文献|参考资料|术语表?|词汇表|附录|修订历史|变更记录|风险|假设"
        ),
        role_headings=pattern(r"用户角色|角色|参与者|目标用户|用户画像"),
        background_headings=pattern(r"概述|背景|目的|简介|引言"),
        phase_word=r"阶段|版本|期",
    ),
    LanguagePack(
        code="ja",
        name="Japanese",
        stopwords=frozenset(),
        story_frame=pattern(
            r"^\W*(?P<role>[^、,。]{1,30}?)として[、,]?\s*(?P<goal>.+?)(?:たい|ほしい|欲しい)"
            r"(?:[。、,]?\s*(?:なぜなら|それにより|そうすれば)?(?P<benefit>.+?))?[。]?\s*$"
        ),
        requirement_cues=pattern(r"できる|できること|必要がある|しなければならない|すること"),
        priority_words=(
            (r"高|必須|p[01]", "MVP"),
            (r"中|p2", "Release 1"),
            (r"低|任意|p3", "Later"),
        ),
        priority_label="優先度",
        toc_headings=pattern(r"目次"),
        non_goal_headings=pattern(r"対象外|スコープ外|範囲外"),
        context_headings=pattern(
            r"参考文献|その他文献|文献|用語集|用語|付録|変更履歴|改訂履歴|リスク|前提条件|出典"
        ),
        role_headings=pattern(r"ペルソナ|利用者|対象ユーザー|ユーザー像|役割|アクター"),
        background_headings=pattern(r"概要|背景|目的|はじめに|なぜ"),
        phase_word=r"フェーズ|段階|バージョン",
    ),
    LanguagePack(
        code="ko",
        name="Korean",
        stopwords=frozenset(),
        story_frame=pattern(
            r"^\W*(?P<role>[^,，.。]{1,30}?)(?:로서|으로서)[,，]?\s*(?:나는\s*)?(?P<goal>.+?)"
            r"(?:하고\s*싶다|싶습니다|원한다|원합니다)(?:[.,]?\s*(?P<benefit>.+?))?[.]?\s*$"
        ),
        requirement_cues=pattern(r"해야\s*한다|해야\s*합니다|할\s*수\s*있|필요|지원|제공"),
        priority_words=(
            (r"높음|필수|p[01]", "MVP"),
            (r"중간|보통|p2", "Release 1"),
            (r"낮음|선택|p3", "Later"),
        ),
        priority_label="우선순위",
        toc_headings=pattern(r"목차"),
        non_goal_headings=pattern(r"범위\s*외|제외\s*범위|비목표"),
        context_headings=pattern(r"참고\s*문헌|참고\s*자료|용어집?|부록|변경\s*이력|위험|가정"),
        role_headings=pattern(r"역할|페르소나|액터|대상\s*사용자"),
        background_headings=pattern(r"개요|배경|목적|소개"),
        phase_word=r"단계|버전|차",
    ),
)
