package org.aitrainer.api.core;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, special fields quoted. */
public final class CsvRows {

    public static final String LINE_END = "\r\n";

    private CsvRows() {}

    /** One record: each field as {@link #field} writes it, then the line end. */
    public static void write(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write(LINE_END);
    }

    /** A field with a comma, a double quote, CR or LF is quoted, its quotes doubled; null is empty. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
