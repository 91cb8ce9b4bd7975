package org.catura.webui.internal.web;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * FreeMarker with HTML auto-escaping: every template is {@code .ftlh}, so each {@code ${...}} is
 * escaped unless a template says otherwise. A name without a folder ({@code layout.ftlh}) is the
 * web UI's own, from this bundle; {@code ns/x.ftlh} belongs to the extension with namespace
 * {@code ns} and is read through its class loader, so plugins' templates never collide.
 */
public final class Templates {

    private final Configuration cfg;

    /** @param extensions the template loader of a namespace, if an extension has it */
    public Templates(Function<String, Optional<TemplateLoader>> extensions) {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ByNamespace(new ClassTemplateLoader(Templates.class.getClassLoader(), "templates"),
                extensions));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    public String render(String name, Map<String, Object> model) {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + name + " could not be read: " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** An extension came or went: a cached template may come from a class loader that is gone. */
    public void forget() {
        cfg.clearTemplateCache();
    }

    /** Sends each name to the loader of its namespace; remembers which loader found a source. */
    private record ByNamespace(TemplateLoader own, Function<String, Optional<TemplateLoader>> extensions)
            implements TemplateLoader {

        private record Found(TemplateLoader loader, Object source) {
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            int slash = name.indexOf('/');
            if (slash < 0) {
                Object source = own.findTemplateSource(name);
                return source == null ? null : new Found(own, source);
            }
            Optional<TemplateLoader> loader = extensions.apply(name.substring(0, slash));
            if (loader.isEmpty()) {
                return null;
            }
            Object source = loader.get().findTemplateSource(name.substring(slash + 1));
            return source == null ? null : new Found(loader.get(), source);
        }

        @Override
        public long getLastModified(Object source) {
            Found f = (Found) source;
            return f.loader().getLastModified(f.source());
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            Found f = (Found) source;
            return f.loader().getReader(f.source(), encoding);
        }

        @Override
        public void closeTemplateSource(Object source) throws IOException {
            Found f = (Found) source;
            f.loader().closeTemplateSource(f.source());
        }
    }
}
