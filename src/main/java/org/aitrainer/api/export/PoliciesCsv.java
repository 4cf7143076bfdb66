package org.aitrainer.api.export;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.aitrainer.api.core.CsvRows;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.policy.BenefitExport;
import org.aitrainer.api.policy.PolicyExport;

/**
 * Policies and their benefits as RFC 4180 CSV, one row per benefit; a policy without benefits has one row whose
 * benefit columns are empty. UTF-8 with a byte order mark, so that Excel reads the Chinese texts; CRLF line ends.
 */
final class PoliciesCsv implements StreamingOutput {

    static final List<String> HEADER = List.of(
            "policy_id",
            "policy_title_zh",
            "policy_title_en",
            "issuer_zh",
            "issuer_en",
            "document_number",
            "category",
            "scope",
            "region_code",
            "issued_on",
            "policy_effective_from",
            "policy_effective_to",
            "policy_source_id",
            "policy_verification",
            "benefit_id",
            "level",
            "kind",
            "amount",
            "currency",
            "upper_limit",
            "uplift_percent",
            "effective_from",
            "effective_to",
            "conditions_zh",
            "conditions_en",
            "benefit_source_id",
            "benefit_verification");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<PolicyExport> policies;

    PoliciesCsv(List<PolicyExport> policies) {
        this.policies = policies;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        out.write(BYTE_ORDER_MARK);
        CsvRows.write(out, HEADER);
        for (PolicyExport policy : policies) {
            if (policy.benefits().isEmpty()) {
                CsvRows.write(out, row(policy, null));
            }
            for (BenefitExport benefit : policy.benefits()) {
                CsvRows.write(out, row(policy, benefit));
            }
        }
        // Flushed, not closed: the stream belongs to the server.
        out.flush();
    }

    static List<String> row(PolicyExport policy, BenefitExport benefit) {
        List<String> row = new ArrayList<>(HEADER.size());
        row.addAll(Arrays.asList(
                policy.id(),
                zh(policy.title()),
                en(policy.title()),
                zh(policy.issuer()),
                en(policy.issuer()),
                policy.documentNumber(),
                text(policy.category()),
                text(policy.scope()),
                policy.region() == null ? null : policy.region().code(),
                text(policy.issuedOn()),
                text(policy.effectiveFrom()),
                text(policy.effectiveTo()),
                policy.sourceId(),
                text(policy.verification())));
        if (benefit == null) {
            row.addAll(Collections.nCopies(HEADER.size() - row.size(), null));
            return row;
        }
        row.addAll(Arrays.asList(
                text(benefit.id()),
                text(benefit.level()),
                text(benefit.kind()),
                benefit.amount() == null ? null : number(benefit.amount().amount()),
                benefit.amount() == null ? null : benefit.amount().currency(),
                Boolean.toString(benefit.upperLimit()),
                number(benefit.upliftPercent()),
                text(benefit.effectiveFrom()),
                text(benefit.effectiveTo()),
                zh(benefit.conditions()),
                en(benefit.conditions()),
                benefit.sourceId(),
                text(benefit.verification())));
        return row;
    }

    /** A plain number: 2400, 12.5; never 2.4E+3 or 2400.00. */
    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String zh(Texts text) {
        return text == null ? null : text.zhCn();
    }

    private static String en(Texts text) {
        return text == null ? null : text.en();
    }
}
