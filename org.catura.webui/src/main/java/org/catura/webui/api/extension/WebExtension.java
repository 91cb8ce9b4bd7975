package org.catura.webui.api.extension;

import java.util.List;

/**
 * Pages a plugin adds to the web UI. Register an implementation as an OSGi service; the web UI
 * reads it once when the service arrives and drops its routes and navigation entries when the
 * service goes away.
 *
 * <p>The {@link #namespace()} keeps extensions apart: every route path is {@code /namespace} or
 * starts with {@code /namespace/}, and the extension's templates are named
 * {@code namespace/file.ftlh}. A namespace that a built-in page or another extension already
 * uses is refused (and logged), and nothing of that extension is served.
 */
public interface WebExtension {

    /** Lower-case letters, digits and dashes, starting with a letter (e.g. {@code shipping}). */
    String namespace();

    /** The pages and form targets, tried after the web UI's own routes. */
    List<WebRoute> routes();

    /** Entries for the top navigation; each shows only to users whose role includes its role. */
    default List<NavigationEntry> navigation() {
        return List.of();
    }

    /**
     * Where the templates are: template {@code namespace/x.ftlh} is the resource
     * {@code templateFolder() + "/x.ftlh"} of {@link #templateLoader()}.
     */
    default String templateFolder() {
        return "templates/" + namespace();
    }

    /** The class loader of the extension's own bundle, by default the one that loaded this class. */
    default ClassLoader templateLoader() {
        return getClass().getClassLoader();
    }
}
