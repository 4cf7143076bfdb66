package org.aitrainer.api.estimate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.policy.Policies.RuleEntry;
import org.aitrainer.api.policy.RuleInput;

/** The estimate's own words, in both languages: what each kind of rule requires, and the sentences around results. */
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

    /**
     * Every rule's requirement in both languages, worded once: the texts follow from the rule's fields alone. Keyed by
     * the rule's id, a cheap hash, and kept with the fields they were worded from, compared by reference first: the
     * rule's fields are compared whole only when a new snapshot holds the rule anew.
     */
    private static final Map<UUID, Requirement> REQUIREMENTS = new ConcurrentHashMap<>();

    private record Requirement(RuleInput rule, String zh, String en) {}

    /** The most rules whose texts are kept; past it the map starts afresh (partners' writes add rules slowly). */
    private static final int MAX_REQUIREMENTS = 10_000;

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

    /** What a rule requires, from its kind and parameters. */
    static String requirement(RuleEntry entry, Language language) {
        RuleInput rule = entry.rule();
        Requirement texts = REQUIREMENTS.get(entry.publicId());
        if (texts == null || texts.rule() != rule) {
            if (REQUIREMENTS.size() > MAX_REQUIREMENTS) {
                REQUIREMENTS.clear();
            }
            texts = texts != null && texts.rule().equals(rule)
                    ? new Requirement(rule, texts.zh(), texts.en())
                    : new Requirement(rule, describe(rule, Language.ZH_CN), describe(rule, Language.EN));
            REQUIREMENTS.put(entry.publicId(), texts);
        }
        return language == Language.EN ? texts.en() : texts.zh();
    }

    private static String describe(RuleInput rule, Language language) {
        boolean en = language == Language.EN;
        return switch (rule.kind()) {
            case MIN_INSURED_MONTHS ->
                en
                        ? "at least " + rule.months() + " months of unemployment-insurance contributions"
                        : "失业保险累计缴费至少 " + rule.months() + " 个月";
            case CERTIFICATE_ISSUED_FROM ->
                en ? "a certificate issued on or after " + rule.issuedFrom() : "证书于 " + rule.issuedFrom() + " 或之后颁发";
            case APPLY_WITHIN_MONTHS ->
                en
                        ? "an application within " + rule.months() + " months of the certificate's issue"
                        : "证书颁发之日起 " + rule.months() + " 个月内申请";
            case LEVELS -> en ? "a certificate of level " + join(rule.levels()) : "证书等级为 " + join(rule.levels()) + " 级";
            case CLAIMANT_STATUS ->
                en ? "a claimant who is " + join(rule.statuses()) : "申请人身份为 " + join(rule.statuses());
            case EXCLUDED_STATUS ->
                en ? "a claimant who is not " + join(rule.statuses()) : "申请人身份不是 " + join(rule.statuses());
            case AGE_RANGE -> age(rule, en);
            case PLACE ->
                en
                        ? "any of " + join(rule.placeBases()) + " in the policy's region"
                        : "在政策所在地区满足其一:" + join(rule.placeBases());
            case ONCE_PER_LEVEL ->
                en ? "no subsidy received before for the same occupation and level" : "同一职业(工种)同一等级此前未领取过补贴";
            case MAX_PER_YEAR ->
                en
                        ? "at most " + rule.maxCount()
                                + (rule.maxCount() == 1 ? " subsidy a year" : " subsidies a year")
                                + (rule.maxCountUrgent() == null
                                        ? ""
                                        : " (" + rule.maxCountUrgent() + " for urgently needed occupations)")
                        : "每人每年最多 " + rule.maxCount() + " 次"
                                + (rule.maxCountUrgent() == null ? "" : "(急需紧缺职业最多 " + rule.maxCountUrgent() + " 次)");
            case NO_LOWER_AFTER_HIGHER ->
                en ? "no subsidy received before for a higher level of the occupation" : "此前未领取过同一职业更高等级的补贴";
            case NOT_COMBINED_WITH ->
                en
                        ? "no " + rule.excludedKind() + " received for the same certificate"
                        : "同一证书未领取过 " + rule.excludedKind();
            case SCHEME ->
                en ? "the conditions of " + rule.schemeId() + " apply too" : "同时适用 " + rule.schemeId() + " 的条件";
        };
    }

    private static String age(RuleInput rule, boolean en) {
        StringBuilder text = new StringBuilder();
        if (rule.minAge() != null) {
            text.append(en ? "aged at least " + rule.minAge() : "年满 " + rule.minAge() + " 周岁");
        }
        if (rule.maxAge() != null) {
            if (!text.isEmpty()) {
                text.append(en ? " and " : ",");
            }
            text.append(en ? "under " + rule.maxAge() : "未满 " + rule.maxAge() + " 周岁");
            if (rule.maxAgeFemale() != null) {
                text.append(
                        en ? " (women: under " + rule.maxAgeFemale() + ")" : "(女性未满 " + rule.maxAgeFemale() + " 周岁)");
            }
        }
        return text.toString();
    }

    private static String join(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
