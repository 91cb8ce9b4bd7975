/**
 * A benchmark hook for the runtime's {@code catura bench shipping}: renders delivery notes and
 * picking lists with this bundle's own renderer and reports documents per second.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.catura.documents.bench;
