/** What a sales channel plugin offers the rest: its settings, for the configuration pages. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.catura.core.api.channel;
