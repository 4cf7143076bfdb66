package org.aitrainer.api.policy;

import java.util.List;
import java.util.stream.Collectors;
import org.aitrainer.api.core.Language;

/** What a rule requires, worded from its kind and parameters in each language, once a snapshot holds the rule. */
final class RuleRequirement {

    private RuleRequirement() {}

    static String describe(RuleInput rule, Language language) {
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
