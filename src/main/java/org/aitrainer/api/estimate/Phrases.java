package org.aitrainer.api.estimate;

import org.aitrainer.api.core.Language;

/** The estimate's own words, in both languages: the sentences around its results. */
enum Phrases {
    DISCLAIMER(
            "本结果仅为估算,不是决定:能否领取以及金额以当地人社部门的审核为准。",
            "This is an estimate, not a decision: the local human-resources office decides whether and how much is paid."),
    NO_PROGRAM(
            "所查地区在该证书颁发日期没有记录在案的该等级证书补贴。",
            "No certificate subsidy for the level is recorded in the regions searched for the certificate's issue date."),
    NONE_TAKEN("每个项目都有未满足的条件,估算不采用任何结果。", "Every program has a condition that is not met: the estimate takes none."),
    TAKEN(
            "估算采用「%s」(%s):在未被排除的 %d 个结果中,按核实程度(官方、报道、未证实)优先,其次按更具体的地区选取;" + "同一补贴不重复领取。",
            "The estimate takes \"%s\" (%s): of the %d results not ruled out, it takes the surest record (OFFICIAL, "
                    + "then REPORTED, then UNCONFIRMED), then the most local one; the same subsidy is not paid twice."),
    ELIGIBLE("所有条件均已满足。", "Every condition is met."),
    INELIGIBLE("未满足条件:%s。", "A condition is not met: %s."),
    MORE_INFO("需要更多信息:%s。", "More information is needed: %s."),
    RULES_UNKNOWN("没有来源说明该日期适用的条件,请向当地人社部门咨询。", "No source states the conditions for this date: ask the local office."),
    AMOUNT_RECORDED("有记录的 %d 级金额(证书颁发日期 %s)", "An amount recorded for level %d (certificates issued on %s)"),
    NOT_TAKEN_SURER("估算未采用此结果:「%s」的记录更可靠(%s,此处为 %s)。", "Not taken: \"%s\" has a surer record (%s over %s)."),
    NOT_TAKEN_LOCAL(
            "估算未采用此结果:同等可靠时采用更具体地区的「%s」。",
            "Not taken: with records as sure, the estimate takes the more local \"%s\"."),
    RULES_KNOWN("「%s」在 %s 颁发的证书适用的条件有记录", "Conditions of \"%s\" recorded for certificates issued on %s");

    private final String zh;
    private final String en;
    private final String[] zhParts;
    private final String[] enParts;

    Phrases(String zh, String en) {
        this.zh = zh;
        this.en = en;
        this.zhParts = zh.split("%[sd]", -1);
        this.enParts = en.split("%[sd]", -1);
    }

    String in(Language language) {
        return language == Language.EN ? en : zh;
    }

    /** The phrase with its %s and %d filled in order: a plain substitution, far cheaper than String.format. */
    String format(Language language, Object... values) {
        String[] parts = language == Language.EN ? enParts : zhParts;
        StringBuilder text = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            text.append(i - 1 < values.length ? values[i - 1] : "").append(parts[i]);
        }
        return text.toString();
    }
}
