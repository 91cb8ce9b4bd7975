/** Seeded generators of realistic demo orders for the standalone runtime and tests. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.catura.sandbox.demo;
