package org.aitrainer.api.estimate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aitrainer.api.core.CsvRows;
import org.aitrainer.api.http.problem.InvalidBodyException;
import org.aitrainer.api.http.problem.Problem;

/**
 * Batches as CSV (RFC 4180: comma-separated, double quotes around fields that hold commas, quotes or line breaks).
 * A request has a header row naming its columns, in any order; an answer has one row per program of each situation,
 * or one row for a situation that was refused.
 */
final class EstimateCsv {

    static final String MEDIA_TYPE = "text/csv";

    static final jakarta.ws.rs.core.MediaType TYPE = new jakarta.ws.rs.core.MediaType("text", "csv");

    /** The answer to {@link #EXAMPLE}, as the service gives it. */
    static final String ANSWER_EXAMPLE =
            "id,status,policyId,region,outcome,selected,amount,currency,upperLimit,applyBy,"
                    + "missingInputs,failedChecks,errors\r\n"
                    + "employee-1,200,shenzhen-skill-certificate-subsidy,440300,MORE_INFO,true,2400,CNY,false,2026-06-01,"
                    + "birthDate,,\r\n"
                    + "employee-1,200,unemployment-insurance-skill-subsidy-2017,CN,MORE_INFO,false,2000,CNY,true,2026-06-01,"
                    + "birthDate,,\r\n"
                    + "employee-2,200,yangzhou-skill-improvement-subsidy,321000,ELIGIBLE,true,1500,CNY,false,2020-03-01,,,\r\n"
                    + "employee-2,200,unemployment-insurance-skill-subsidy-2017,CN,ELIGIBLE,false,1500,CNY,true,2020-03-01,,,"
                    + "\r\n";

    /** A request the service accepts as it is: two situations, the second with a subsidy received before. */
    static final String EXAMPLE = "id,region,level,certificateIssuedOn,applyingOn,insuredMonths,employmentStatus,"
            + "previousSubsidies\r\n"
            + "employee-1,440300,3,2025-06-01,2025-07-01,24,EMPLOYED,\r\n"
            + "employee-2,321000,4,2019-03-01,2019-06-01,14,EMPLOYED,4-04-05-05:3:2018-08-01\r\n";

    /** The columns a request may have: id and the fields of a situation but previousSubsidies. */
    static final List<String> REQUEST_COLUMNS = List.of(
            "id",
            "region",
            "level",
            "workType",
            "certificateIssuedOn",
            "applyingOn",
            "insuredMonths",
            "employmentStatus",
            "birthDate",
            "sex",
            "hukouRegion",
            "recentGraduate",
            "urgentlyNeededOccupation",
            "previousSubsidies");

    /** The columns of an answer. */
    static final List<String> ANSWER_COLUMNS = List.of(
            "id",
            "status",
            "policyId",
            "region",
            "outcome",
            "selected",
            "amount",
            "currency",
            "upperLimit",
            "applyBy",
            "missingInputs",
            "failedChecks",
            "errors");

    private static final Set<String> NUMBERS = Set.of("level", "insuredMonths");
    private static final Set<String> BOOLEANS = Set.of("recentGraduate", "urgentlyNeededOccupation");

    private EstimateCsv() {}

    /**
     * The situations of a CSV request, as JSON objects made one at a time as they are read: an empty cell is an absent
     * field; previousSubsidies is a list of {@code occupationCode:level:receivedOn[:kind]} separated by semicolons.
     */
    static List<JsonNode> read(String body, ObjectMapper json) {
        List<List<String>> rows = parse(body);
        if (rows.isEmpty()) {
            throw new InvalidBodyException(List.of(new Problem.FieldError("rows", "must start with a header row")));
        }
        List<String> header = rows.get(0);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String column : header) {
            if (!REQUEST_COLUMNS.contains(column)) {
                errors.add(new Problem.FieldError(
                        "header", "names an unknown column '" + column + "'; the columns are " + REQUEST_COLUMNS));
            }
        }
        if (header.stream().distinct().count() != header.size()) {
            errors.add(new Problem.FieldError("header", "names a column twice"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidBodyException(errors);
        }
        List<List<String>> data = rows.subList(1, rows.size());
        return new AbstractList<>() {
            @Override
            public JsonNode get(int index) {
                return situation(header, data.get(index), json);
            }

            @Override
            public int size() {
                return data.size();
            }
        };
    }

    /** One row as a JSON object, made only when the batch comes to it. */
    private static JsonNode situation(List<String> header, List<String> row, ObjectMapper json) {
        ObjectNode situation = json.createObjectNode();
        for (int i = 0; i < header.size() && i < row.size(); i++) {
            String column = header.get(i);
            String cell = row.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (NUMBERS.contains(column) && cell.matches("-?[0-9]{1,9}")) {
                situation.put(column, Integer.parseInt(cell));
            } else if (BOOLEANS.contains(column) && (cell.equals("true") || cell.equals("false"))) {
                situation.put(column, Boolean.parseBoolean(cell));
            } else if (column.equals("previousSubsidies")) {
                situation.set(column, previous(cell, json));
            } else {
                situation.put(column, cell);
            }
        }
        return situation;
    }

    private static ArrayNode previous(String cell, ObjectMapper json) {
        ArrayNode list = json.createArrayNode();
        for (String item : cell.split(";")) {
            String[] parts = item.strip().split(":");
            ObjectNode previous = list.addObject();
            previous.put("occupationCode", parts.length > 0 ? parts[0] : null);
            if (parts.length > 1 && parts[1].matches("[0-9]{1,2}")) {
                previous.put("level", Integer.parseInt(parts[1]));
            } else if (parts.length > 1) {
                previous.put("level", parts[1]);
            }
            if (parts.length > 2) {
                previous.put("receivedOn", parts[2]);
            }
            if (parts.length > 3) {
                previous.put("kind", parts[3]);
            }
        }
        return list;
    }

    static void writeHeader(Writer out) throws IOException {
        CsvRows.write(out, ANSWER_COLUMNS);
    }

    /** A situation's rows: one per program of its summary, one for a refusal or for an answer with no program. */
    static void writeRow(Writer out, EstimateBatch.Row row) throws IOException {
        if (row.summary() == null) {
            String errors = row.problem() == null
                    ? ""
                    : row.problem().errors().stream()
                            .map(e -> e.field() + " " + e.message())
                            .collect(Collectors.joining("; "));
            line(out, row.id(), Integer.toString(row.status()), "", "", "", "", "", "", "", "", "", "", errors);
            return;
        }
        for (EstimateBatch.ResultSummary result : row.summary().results()) {
            SubsidyEstimate.Award award = result.award();
            line(
                    out,
                    row.id(),
                    Integer.toString(row.status()),
                    result.policyId(),
                    result.region(),
                    result.outcome().name(),
                    Boolean.toString(result.selected()),
                    award == null ? "" : award.amount().amount().toPlainString(),
                    award == null ? "" : award.amount().currency(),
                    award == null ? "" : Boolean.toString(award.upperLimit()),
                    result.applyBy() == null ? "" : result.applyBy().toString(),
                    String.join(";", result.missingInputs()),
                    result.failedChecks().stream()
                            .map(EstimateBatch.FailedCheck::kind)
                            .collect(Collectors.joining(";")),
                    "");
        }
        if (row.summary().results().isEmpty()) {
            line(out, row.id(), Integer.toString(row.status()), "", "", "", "", "", "", "", "", "", "", "");
        }
    }

    /** A record; text a spreadsheet would run as a formula (a leading =, +, - or @) is prefixed with '. */
    private static void line(Writer out, String... cells) throws IOException {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            safe[i] =
                    cell != null && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")
                            ? "'" + cell
                            : cell;
        }
        CsvRows.write(out, Arrays.asList(safe));
    }

    /** RFC 4180 records: fields split on commas outside quotes, records on line breaks outside quotes. */
    static List<List<String>> parse(String body) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = body.startsWith("\uFEFF") ? 1 : 0;
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        if (quoted) {
            throw new InvalidBodyException(List.of(new Problem.FieldError("rows", "has a quote that is not closed")));
        }
        return rows;
    }
}
