/**
 * The web UI's public face: the {@link org.catura.webui.api.Users} service that keeps the
 * logins (the command line seeds demo users through it), and the
 * {@link org.catura.webui.api.ChannelSettings} service a channel plugin offers so the settings
 * page can show and change its configuration without knowing the channel.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.catura.webui.api;
