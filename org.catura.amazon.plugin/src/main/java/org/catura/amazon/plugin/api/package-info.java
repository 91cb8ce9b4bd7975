/**
 * The Amazon Seller Central channel as other bundles see it: channel configuration
 * ({@link org.catura.amazon.plugin.api.AmazonChannels}) and the order import with its recovery
 * commands ({@link org.catura.amazon.plugin.api.AmazonImports}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.catura.amazon.plugin.api;
