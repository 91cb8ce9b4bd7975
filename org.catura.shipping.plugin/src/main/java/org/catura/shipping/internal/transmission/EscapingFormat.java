package org.catura.shipping.internal.transmission;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * A FreeMarker output format that escapes every {@code ${…}} for one file format, so a template
 * author cannot forget it: a semicolon in a name stays inside its CSV field, a quote inside its
 * JSON string. The template's own text is written as it stands.
 */
final class EscapingFormat extends CommonMarkupOutputFormat<EscapingFormat.Escaped> {

    /** CSV fields separated by {@code ;}: quoted (quotes doubled) when they hold a separator, quote or blank edge. */
    static final EscapingFormat CSV = new EscapingFormat("CSV", "text/csv", EscapingFormat::csvField);
    /** The inside of a JSON string: the template writes the quotes. */
    static final EscapingFormat JSON = new EscapingFormat("JSON-string", "application/json", EscapingFormat::jsonString);
    /** Fixed-width records: nothing may break the record, so control characters become spaces. */
    static final EscapingFormat FIXED = new EscapingFormat("fixed-width", "text/plain", EscapingFormat::oneLine);

    private final String name;
    private final String mimeType;
    private final UnaryOperator<String> escape;

    private EscapingFormat(String name, String mimeType, UnaryOperator<String> escape) {
        this.name = name;
        this.mimeType = mimeType;
        this.escape = escape;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getMimeType() {
        return mimeType;
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape.apply(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape.apply(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Escaped newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Escaped(plainTextContent, markupContent, this);
    }

    static String csvField(String s) {
        boolean quote = s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || !s.strip().equals(s);
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    static String jsonString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // U+2028/2029 end a line in JavaScript; escaped, the JSON stays safe to embed anywhere
                case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString();
    }

    /** Text already escaped for an {@link EscapingFormat}. */
    static final class Escaped extends CommonTemplateMarkupOutputModel<Escaped> {

        private final EscapingFormat format;

        Escaped(String plainTextContent, String markupContent, EscapingFormat format) {
            super(plainTextContent, markupContent);
            this.format = format;
        }

        @Override
        public EscapingFormat getOutputFormat() {
            return format;
        }
    }
}
