/** Benchmarks of the shipping plugin, for {@code catura bench shipping}. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.catura.shipping.bench;
