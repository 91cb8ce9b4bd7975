package org.catura.shipping.internal.transmission;

import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders a {@link Consignment} as CSV, XML, JSON or fixed-width text from a FreeMarker template:
 * the carrier's own (CAT_Carrier.TransmissionTemplate) or the default shipped with this bundle.
 * Every {@code ${…}} is escaped for the format. Admins edit the templates, so nothing in a
 * template reaches Java classes ({@code ?new}, {@code ?api} are off) or other files (no loader).
 */
public final class TemplateRenderer {

    private static final String DEFAULTS = "templates/default.";

    private final Map<TransmissionFormat, Configuration> configurations = new EnumMap<>(TransmissionFormat.class);

    public TemplateRenderer() {
        configurations.put(TransmissionFormat.CSV, configuration(EscapingFormat.CSV));
        configurations.put(TransmissionFormat.XML, configuration(XMLOutputFormat.INSTANCE));
        configurations.put(TransmissionFormat.JSON, configuration(EscapingFormat.JSON));
        configurations.put(TransmissionFormat.FIXED, configuration(EscapingFormat.FIXED));
    }

    /**
     * @param ownTemplate the carrier's template; null or blank: the default for the format
     * @throws TransmissionProblem naming the template, line and column when it does not parse or render
     */
    public byte[] render(Consignment consignment, TransmissionFormat format, String carrier, String ownTemplate)
            throws TransmissionProblem {
        Configuration configuration = configurations.get(format);
        if (configuration == null) {
            throw new IllegalArgumentException(format + " is not rendered from a template");
        }
        boolean own = ownTemplate != null && !ownTemplate.isBlank();
        String name = own ? "the " + format + " template of carrier " + carrier + " (CAT_Carrier.TransmissionTemplate)"
                : "the default " + format + " template";
        Template template;
        try {
            template = new Template(name, new StringReader(own ? ownTemplate : defaultTemplate(format)), configuration);
        } catch (ParseException e) {
            throw new TransmissionProblem("Shipment " + consignment.reference() + " was not sent: " + name
                    + " does not parse at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + firstLine(e.getEditorMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringWriter out = new StringWriter();
        try {
            template.process(TemplateData.of(consignment), out);
        } catch (TemplateException e) {
            String blamed = e.getBlamedExpressionString();
            throw new TransmissionProblem("Shipment " + consignment.reference() + " was not sent: " + name
                    + " fails at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + firstLine(e.getMessageWithoutStackTop()) + (blamed == null ? "" : " " + blamed), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The template shipped for a format: what an admin copies to start their own. */
    public static String defaultTemplate(TransmissionFormat format) {
        String resource = DEFAULTS + format.name().toLowerCase(Locale.ROOT) + ".ftl";
        try (InputStream in = TemplateRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks its default template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    private static Configuration configuration(OutputFormat format) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_32);
        c.setOutputFormat(format);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        c.setRecognizeStandardFileExtensions(false);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("c");
        c.setBooleanFormat("c");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateLoader(null);
        return c;
    }
}
