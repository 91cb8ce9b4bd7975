/**
 * Pages from a plugin: a bundle registers a {@link org.catura.webui.api.extension.WebExtension}
 * service with its routes, navigation entries and templates, and the web UI serves them under
 * {@code /catura} with the same sign-in, role check, CSRF check and error pages as its own. The
 * package uses no servlet types, so handlers do not depend on the servlet API the server ships.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.catura.webui.api.extension;
