/**
 * The web UI's public face: the {@link org.catura.webui.api.Users} service that keeps the
 * logins (the command line seeds demo users through it), and the roles. Channel plugins offer
 * their settings through core's {@code org.catura.core.api.channel.ChannelSettings}; plugins add
 * pages of their own through {@link org.catura.webui.api.extension.WebExtension}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.catura.webui.api;
